import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditController } from './audit.controller.js';
import { HistoryService } from './history.service.js';
import { ItemColumnStayEntity } from './item-column-stay.entity.js';
import { ItemEventEntity } from './item-event.entity.js';

@Module({
  imports: [TypeOrmModule.forFeature([ItemEventEntity, ItemColumnStayEntity])],
  controllers: [AuditController],
  providers: [HistoryService],
  exports: [HistoryService],
})
export class HistoryModule {}
