import { Module } from '@nestjs/common';
import { AsOfModule } from '../as-of/as-of.module.js';
import { DepartmentsModule } from '../departments/departments.module.js';
import { ItemsModule } from '../items/items.module.js';
import { BoardController } from './board.controller.js';
import { BoardService } from './board.service.js';

@Module({
  imports: [ItemsModule, DepartmentsModule, AsOfModule],
  controllers: [BoardController],
  providers: [BoardService],
})
export class BoardModule {}
