import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ItemsModule } from '../items/items.module.js';
import { ProgressEntryEntity } from './progress-entry.entity.js';
import { ProgressController } from './progress.controller.js';
import { ProgressService } from './progress.service.js';

/** 整改进展：按日期记录的进展日志，每条可附佐证材料. */
@Module({
  imports: [ItemsModule, TypeOrmModule.forFeature([ProgressEntryEntity])],
  controllers: [ProgressController],
  providers: [ProgressService],
})
export class ProgressModule {}
