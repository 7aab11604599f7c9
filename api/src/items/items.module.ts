import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DepartmentsModule } from '../departments/departments.module.js';
import { DictionariesModule } from '../dictionaries/dictionaries.module.js';
import { HistoryModule } from '../history/history.module.js';
import { SettingsModule } from '../settings/settings.module.js';
import { ItemChangeRules } from './item-changes.js';
import { ItemSearch } from './item-search.js';
import { ItemWriter } from './item-writer.js';
import { ItemEntity } from './item.entity.js';
import { ItemsController } from './items.controller.js';
import { ItemsService } from './items.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([ItemEntity]), DepartmentsModule, DictionariesModule, HistoryModule, SettingsModule],
  controllers: [ItemsController],
  providers: [ItemsService, ItemSearch, ItemWriter, ItemChangeRules],
  exports: [ItemsService, ItemSearch, ItemWriter, ItemChangeRules],
})
export class ItemsModule {}
