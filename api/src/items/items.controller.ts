import { Body, Controller, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  createItemSchema,
  moveItemSchema,
  updateItemSchema,
  type Actor,
  type CreateItemRequest,
  type ItemEventView,
  type ItemView,
  type MoveItemRequest,
  type UpdateItemRequest,
} from '@rectify/shared';
import { CurrentActor, Requires } from '../auth/auth.decorators.js';
import { openApiSchema } from '../common/openapi.js';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
import { ItemsService } from './items.service.js';

@ApiTags('整改事项')
@Controller('items')
export class ItemsController {
  constructor(private readonly items: ItemsService) {}

  @Post()
  @Requires('item.create')
  @ApiOperation({ summary: '登记问题（新事项进入「发现问题」列，编号自动生成）' })
  @ApiBody({ schema: openApiSchema(createItemSchema) })
  create(@Body(new ZodValidationPipe(createItemSchema)) body: CreateItemRequest, @CurrentActor() actor: Actor): Promise<ItemView> {
    return this.items.create(body, actor);
  }

  @Get(':id')
  @Requires('item.read')
  @ApiOperation({ summary: '查看事项' })
  get(@Param('id') id: string, @CurrentActor() actor: Actor): Promise<ItemView> {
    return this.items.get(id, actor);
  }

  @Get(':id/history')
  @Requires('history.read')
  @ApiOperation({ summary: '事项的历史记录：谁在何时做了什么，从什么改为什么' })
  history(@Param('id') id: string, @CurrentActor() actor: Actor): Promise<ItemEventView[]> {
    return this.items.timeline(id, actor);
  }

  @Patch(':id')
  @Requires('item.edit')
  @ApiOperation({ summary: '修改事项（须带上读取时的 version；已被他人修改时返回 409）' })
  @ApiBody({ schema: openApiSchema(updateItemSchema) })
  update(@Param('id') id: string, @Body(new ZodValidationPipe(updateItemSchema)) body: UpdateItemRequest, @CurrentActor() actor: Actor): Promise<ItemView> {
    return this.items.update(id, body, actor);
  }

  @Post(':id/move')
  @HttpCode(200)
  @Requires('item.move')
  @ApiOperation({ summary: '移动卡片到另一列（关口不满足时返回 422 和全部原因）' })
  @ApiBody({ schema: openApiSchema(moveItemSchema) })
  move(@Param('id') id: string, @Body(new ZodValidationPipe(moveItemSchema)) body: MoveItemRequest, @CurrentActor() actor: Actor): Promise<ItemView> {
    return this.items.move(id, body, actor);
  }
}
