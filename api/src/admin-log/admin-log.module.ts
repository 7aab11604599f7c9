import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AdminEventEntity } from './admin-event.entity.js';
import { AdminLogController } from './admin-log.controller.js';
import { AdminLogService } from './admin-log.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([AdminEventEntity])],
  controllers: [AdminLogController],
  providers: [AdminLogService],
})
export class AdminLogModule {}
