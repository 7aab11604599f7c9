import { Module } from '@nestjs/common';
import { AsOfModule } from '../as-of/as-of.module.js';
import { HistoryModule } from '../history/history.module.js';
import { ItemsModule } from '../items/items.module.js';
import { OverdueModule } from '../overdue/overdue.module.js';
import { DashboardController } from './dashboard.controller.js';
import { DashboardService } from './dashboard.service.js';

/** 统计：各列数量、整改完成率、逾期分布、来源与类别、各列平均停留天数. */
@Module({
  imports: [ItemsModule, HistoryModule, AsOfModule, OverdueModule],
  controllers: [DashboardController],
  providers: [DashboardService],
})
export class DashboardModule {}
