import { Module } from '@nestjs/common';
import { DepartmentsModule } from '../departments/departments.module.js';
import { ItemsModule } from '../items/items.module.js';
import { BoardController } from './board.controller.js';
import { BoardService } from './board.service.js';

@Module({
  imports: [ItemsModule, DepartmentsModule],
  controllers: [BoardController],
  providers: [BoardService],
})
export class BoardModule {}
