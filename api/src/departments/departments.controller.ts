import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import { departmentSchema, updateDepartmentSchema, type Department, type DepartmentRequest, type UpdateDepartmentRequest } from '@rectify/shared';
import type { Actor } from '@rectify/shared';
import { CurrentActor, Requires } from '../common/access-decorators.js';
import { openApiSchema } from '../common/openapi.js';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
import { DepartmentsService } from './departments.service.js';

@ApiTags('部门')
@Controller('departments')
export class DepartmentsController {
  constructor(private readonly departments: DepartmentsService) {}

  @Get()
  @Requires('departments.read')
  @ApiOperation({ summary: '部门列表（单位及其处室、科室、支部；parentId 构成树）' })
  list(): Promise<Department[]> {
    return this.departments.list();
  }

  @Post()
  @Requires('departments.manage')
  @ApiOperation({ summary: '新建部门（系统管理员）' })
  @ApiBody({ schema: openApiSchema(departmentSchema) })
  create(@Body(new ZodValidationPipe(departmentSchema)) body: DepartmentRequest, @CurrentActor() admin: Actor): Promise<Department> {
    return this.departments.create(body, admin);
  }

  @Patch(':id')
  @Requires('departments.manage')
  @ApiOperation({ summary: '修改部门名称或上级部门（系统管理员）' })
  @ApiBody({ schema: openApiSchema(updateDepartmentSchema) })
  update(
    @Param('id') id: string,
    @Body(new ZodValidationPipe(updateDepartmentSchema)) body: UpdateDepartmentRequest,
    @CurrentActor() admin: Actor,
  ): Promise<Department> {
    return this.departments.update(id, body, admin);
  }
}
