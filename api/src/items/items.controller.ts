import { Body, Controller, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  createItemSchema,
  moveItemSchema,
  updateItemSchema,
  type CreateItemRequest,
  type ItemView,
  type MoveItemRequest,
  type UpdateItemRequest,
} from '@rectify/shared';
import { openApiSchema } from '../common/openapi.js';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
import { ANONYMOUS_ACTOR } from './item-history.js';
import { ItemsService } from './items.service.js';

@ApiTags('整改事项')
@Controller('items')
export class ItemsController {
  constructor(private readonly items: ItemsService) {}

  @Post()
  @ApiOperation({ summary: '登记问题（新事项进入「发现问题」列，编号自动生成）' })
  @ApiBody({ schema: openApiSchema(createItemSchema) })
  create(@Body(new ZodValidationPipe(createItemSchema)) body: CreateItemRequest): Promise<ItemView> {
    return this.items.create(body, ANONYMOUS_ACTOR);
  }

  @Get(':id')
  @ApiOperation({ summary: '查看事项' })
  get(@Param('id') id: string): Promise<ItemView> {
    return this.items.get(id);
  }

  @Patch(':id')
  @ApiOperation({ summary: '修改事项（须带上读取时的 version；已被他人修改时返回 409）' })
  @ApiBody({ schema: openApiSchema(updateItemSchema) })
  update(@Param('id') id: string, @Body(new ZodValidationPipe(updateItemSchema)) body: UpdateItemRequest): Promise<ItemView> {
    return this.items.update(id, body, ANONYMOUS_ACTOR);
  }

  @Post(':id/move')
  @HttpCode(200)
  @ApiOperation({ summary: '移动卡片到另一列（关口不满足时返回 422 和全部原因）' })
  @ApiBody({ schema: openApiSchema(moveItemSchema) })
  move(@Param('id') id: string, @Body(new ZodValidationPipe(moveItemSchema)) body: MoveItemRequest): Promise<ItemView> {
    return this.items.move(id, body, ANONYMOUS_ACTOR);
  }
}
