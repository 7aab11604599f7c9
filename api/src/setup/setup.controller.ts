import { Body, Controller, Get, Post, Req } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import { setupAdminSchema, type SetupAdminRequest, type SetupStatus, type UserView } from '@rectify/shared';
import type { Request } from 'express';
import { Public } from '../auth/auth.decorators.js';
import { openApiSchema } from '../common/openapi.js';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
import { SetupService } from './setup.service.js';

@ApiTags('初始化')
@Controller('setup')
export class SetupController {
  constructor(private readonly setup: SetupService) {}

  @Get()
  @Public()
  @ApiOperation({ summary: '是否仍在等待创建第一个系统管理员（登录页据此提示使用服务器日志中的初始化链接）' })
  status(): Promise<SetupStatus> {
    return this.setup.status();
  }

  @Post()
  @Public()
  @ApiOperation({ summary: '用服务器日志中的一次性初始化令牌创建第一个系统管理员；用过即失效，已有管理员时不可用' })
  @ApiBody({ schema: openApiSchema(setupAdminSchema) })
  create(@Body(new ZodValidationPipe(setupAdminSchema)) body: SetupAdminRequest, @Req() request: Request): Promise<UserView> {
    return this.setup.createFirstAdministrator(body, request.ip ?? 'unknown');
  }
}
