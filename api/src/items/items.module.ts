import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DepartmentsModule } from '../departments/departments.module.js';
import { HistoryModule } from '../history/history.module.js';
import { ItemSearch } from './item-search.js';
import { ItemEntity } from './item.entity.js';
import { ItemsController } from './items.controller.js';
import { ItemsService } from './items.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([ItemEntity]), DepartmentsModule, HistoryModule],
  controllers: [ItemsController],
  providers: [ItemsService, ItemSearch],
  exports: [ItemsService, ItemSearch],
})
export class ItemsModule {}
