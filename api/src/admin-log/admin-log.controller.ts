import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { adminLogQuerySchema, type AdminLogPage, type AdminLogQuery, type AdminLogVerification } from '@rectify/shared';
import { Requires } from '../common/access-decorators.js';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
import { AdminLogService } from './admin-log.service.js';

@ApiTags('审计')
@Controller('admin-log')
export class AdminLogController {
  constructor(private readonly log: AdminLogService) {}

  @Get()
  @Requires('admin-log.read')
  @ApiOperation({ summary: '管理日志：用户、部门、字典、系统设置、消息推送的每次变更（谁、何时、从什么改为什么），新的在前' })
  @ApiQuery({ name: 'limit', required: false, description: '每页条数（1–200，默认50）' })
  @ApiQuery({ name: 'offset', required: false, description: '跳过的条数' })
  page(@Query(new ZodValidationPipe(adminLogQuerySchema)) query: AdminLogQuery): Promise<AdminLogPage> {
    return this.log.page(query.limit, query.offset);
  }

  @Get('verify')
  @Requires('admin-log.read')
  @ApiOperation({ summary: '校验管理日志的哈希链，报告第一处被改动或删除的位置' })
  verify(): Promise<AdminLogVerification> {
    return this.log.verify();
  }
}
