import { Module } from '@nestjs/common';
import { AsOfModule } from '../as-of/as-of.module.js';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DepartmentsModule } from '../departments/departments.module.js';
import { ItemEntity } from '../items/item.entity.js';
import { SettingsModule } from '../settings/settings.module.js';
import { OverdueController } from './overdue.controller.js';
import { OverdueService } from './overdue.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([ItemEntity]), DepartmentsModule, SettingsModule, AsOfModule],
  controllers: [OverdueController],
  providers: [OverdueService],
})
export class OverdueModule {}
