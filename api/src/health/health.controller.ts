import { Controller, Get, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '../auth/auth.decorators.js';
import { STORAGE_MESSAGES, STORAGE_SHORT } from '../common/storage-errors.js';
import { WriteQueue } from '../database/write-queue.js';

export interface HealthView {
  /** `ok`, or `unavailable` when changes cannot be stored (the board still shows what it has). */
  status: 'ok' | 'unavailable';
  database: string;
  /** Whether a write would be stored now: the readiness a monitor alerts on. */
  writable: boolean;
  /** Why not, in Chinese (磁盘空间不足 / 数据目录不可写 / 磁盘读写出错). */
  problem?: string;
  message?: string;
}

@ApiTags('运行状态')
@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly writeQueue: WriteQueue,
  ) {}

  @Get()
  @Public()
  @ApiOperation({
    summary: '运行状态：数据库可读，且能否写入（writable）',
    description: '可以写入时为 200；磁盘空间不足或数据目录不可写时为 503，`problem` 说明原因（监控据此告警）。',
  })
  async health(@Res({ passthrough: true }) response: Response): Promise<HealthView> {
    await this.dataSource.query('SELECT 1');
    const database = this.dataSource.options.type;
    const problem = await this.writeQueue.writable();
    if (!problem) return { status: 'ok', database, writable: true };
    response.status(503);
    return { status: 'unavailable', database, writable: false, problem: STORAGE_SHORT[problem], message: STORAGE_MESSAGES[problem] };
  }
}
