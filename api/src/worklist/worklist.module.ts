import { Module } from '@nestjs/common';
import { ItemsModule } from '../items/items.module.js';
import { WorklistController } from './worklist.controller.js';
import { WorklistService } from './worklist.service.js';

@Module({
  imports: [ItemsModule],
  controllers: [WorklistController],
  providers: [WorklistService],
})
export class WorklistModule {}
