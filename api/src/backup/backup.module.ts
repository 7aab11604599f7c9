import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { SettingsModule } from '../settings/settings.module.js';
import { BackupRunEntity } from './backup-run.entity.js';
import { BackupController } from './backup.controller.js';
import { BackupScheduler } from './backup-scheduler.js';
import { BackupService } from './backup.service.js';

/** 数据备份：每日自动备份（SQLite）、立即备份、保留份数、结果记录与失败提醒. */
@Module({
  imports: [TypeOrmModule.forFeature([BackupRunEntity]), SettingsModule, NotificationsModule],
  controllers: [BackupController],
  providers: [BackupService, BackupScheduler],
  exports: [BackupService],
})
export class BackupModule {}
