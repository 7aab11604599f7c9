import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  createUserSchema,
  updateUserSchema,
  type Actor,
  type CreateUserRequest,
  type PersonOption,
  type UpdateUserRequest,
  type UserView,
} from '@rectify/shared';
import { CurrentActor, Requires } from '../common/access-decorators.js';
import { openApiSchema } from '../common/openapi.js';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
import { UsersService } from './users.service.js';

@ApiTags('用户管理')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @Requires('users.manage')
  @ApiOperation({ summary: '用户列表（系统管理员）' })
  list(): Promise<UserView[]> {
    return this.users.list();
  }

  @Get('directory')
  @Requires('item.edit')
  @ApiOperation({ summary: '可选为责任领导、责任人的账号：启用中的领导、部门、纪检账号（姓名与部门）' })
  directory(): Promise<PersonOption[]> {
    return this.users.directory();
  }

  @Post()
  @Requires('users.manage')
  @ApiOperation({ summary: '新建用户（系统管理员）' })
  @ApiBody({ schema: openApiSchema(createUserSchema) })
  create(@Body(new ZodValidationPipe(createUserSchema)) body: CreateUserRequest, @CurrentActor() admin: Actor): Promise<UserView> {
    return this.users.create(body, admin);
  }

  @Patch(':id')
  @Requires('users.manage')
  @ApiOperation({ summary: '修改用户：姓名、角色、部门、停用、重设密码（系统管理员）' })
  @ApiBody({ schema: openApiSchema(updateUserSchema) })
  update(@Param('id') id: string, @Body(new ZodValidationPipe(updateUserSchema)) body: UpdateUserRequest, @CurrentActor() admin: Actor): Promise<UserView> {
    return this.users.update(id, body, admin);
  }
}
