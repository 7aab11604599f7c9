import { Module } from '@nestjs/common';
import { DepartmentsModule } from '../departments/departments.module.js';
import { HistoryModule } from '../history/history.module.js';
import { SettingsModule } from '../settings/settings.module.js';
import { AsOfController } from './as-of.controller.js';
import { AsOfService } from './as-of.service.js';

/** The board, overdue list, dashboard and 台账 as of a past day, 对比, 整改期满评估 and 通报, from the history. */
@Module({
  imports: [HistoryModule, DepartmentsModule, SettingsModule],
  controllers: [AsOfController],
  providers: [AsOfService],
  exports: [AsOfService],
})
export class AsOfModule {}
