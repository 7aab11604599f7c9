import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DepartmentsModule } from '../departments/departments.module.js';
import { ItemEntity } from '../items/item.entity.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { SupervisionController } from './supervision.controller.js';
import { SupervisionEntity } from './supervision.entity.js';
import { SupervisionService } from './supervision.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([SupervisionEntity, ItemEntity]), DepartmentsModule, NotificationsModule],
  controllers: [SupervisionController],
  providers: [SupervisionService],
  exports: [SupervisionService],
})
export class SupervisionModule {}
