import { Module } from '@nestjs/common';
import { DepartmentsModule } from '../departments/departments.module.js';
import { DictionariesModule } from '../dictionaries/dictionaries.module.js';
import { ItemsModule } from '../items/items.module.js';
import { ReportsController } from './reports.controller.js';
import { ReportsService } from './reports.service.js';

/** “存在的问题及原因”材料：从已销号事项生成文字稿与 .docx. */
@Module({
  imports: [ItemsModule, DepartmentsModule, DictionariesModule],
  controllers: [ReportsController],
  providers: [ReportsService],
})
export class ReportsModule {}
