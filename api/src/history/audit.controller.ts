import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuditVerification } from '@rectify/shared';
import { Requires } from '../auth/auth.decorators.js';
import { HistoryService } from './history.service.js';

@ApiTags('审计')
@Controller('audit')
export class AuditController {
  constructor(private readonly history: HistoryService) {}

  @Get('verify')
  @Requires('audit.verify')
  @ApiOperation({ summary: '校验全部历史记录的哈希链，报告第一处被改动或删除的位置' })
  verify(): Promise<AuditVerification> {
    return this.history.verify();
  }
}
