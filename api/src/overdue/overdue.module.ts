import { Module } from '@nestjs/common';
import { AsOfModule } from '../as-of/as-of.module.js';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DepartmentsModule } from '../departments/departments.module.js';
import { ItemEventEntity } from '../history/item-event.entity.js';
import { ItemEntity } from '../items/item.entity.js';
import { ItemsModule } from '../items/items.module.js';
import { OverdueHistories } from './overdue-histories.js';
import { SettingsModule } from '../settings/settings.module.js';
import { OverdueController } from './overdue.controller.js';
import { OverdueService } from './overdue.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([ItemEntity, ItemEventEntity]), DepartmentsModule, SettingsModule, AsOfModule, ItemsModule],
  controllers: [OverdueController],
  providers: [OverdueService, OverdueHistories],
  exports: [OverdueHistories],
})
export class OverdueModule {}
