import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { BackupRunView, BackupStatus } from '@rectify/shared';
import { Requires } from '../auth/auth.decorators.js';
import { BackupService } from './backup.service.js';

@ApiTags('数据备份')
@Controller('backup')
export class BackupController {
  constructor(private readonly backups: BackupService) {}

  @Get()
  @Requires('backup.manage')
  @ApiOperation({ summary: '备份状态：设置、备份目录、下次自动备份时间、最近的备份结果（系统管理员）' })
  status(): Promise<BackupStatus> {
    return this.backups.status();
  }

  @Post('run')
  @HttpCode(200)
  @Requires('backup.manage')
  @ApiOperation({
    summary: '立即备份（系统管理员）',
    description:
      '在线备份数据库与佐证材料并打开校验，按保留份数删除旧备份；返回这次的结果（失败时 ok 为 false 并说明原因）。正在备份时 409；PostgreSQL 时 422（请用 pg_dump）。',
  })
  run(): Promise<BackupRunView> {
    return this.backups.run('manual');
  }
}
