import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiQuery, ApiTags } from '@nestjs/swagger';
import {
  boardQuerySchema,
  columnPageQuerySchema,
  COLUMN_KEYS,
  isColumnKey,
  type Actor,
  type BoardQuery,
  type BoardResponse,
  type ColumnPage,
  type ColumnPageQuery,
} from '@rectify/shared';
import { CurrentActor, Requires } from '../auth/auth.decorators.js';
import { NotFoundError } from '../common/domain-errors.js';
import { DocumentItemFilters } from '../common/filter-docs.js';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
import { BoardService } from './board.service.js';

@ApiTags('看板')
@Controller('board')
export class BoardController {
  constructor(private readonly board: BoardService) {}

  @Get()
  @Requires('board.read')
  @ApiOperation({ summary: '看板：五列及每列总数和前若干张卡片' })
  @DocumentItemFilters({ name: 'limit', description: '每列返回的卡片数，默认 50' })
  get(@Query(new ZodValidationPipe(boardQuerySchema)) query: BoardQuery, @CurrentActor() actor: Actor): Promise<BoardResponse> {
    return this.board.board(query, actor);
  }

  @Get('columns/:key')
  @Requires('board.read')
  @ApiOperation({ summary: '一列的下一页卡片（滚动时续取）' })
  @ApiParam({ name: 'key', enum: COLUMN_KEYS })
  @DocumentItemFilters({ name: 'limit', description: '每列返回的卡片数，默认 50' })
  @ApiQuery({ name: 'after', required: false, description: '上一页返回的 next（从该卡片之后继续）' })
  column(
    @Param('key') key: string,
    @Query(new ZodValidationPipe(columnPageQuerySchema)) query: ColumnPageQuery,
    @CurrentActor() actor: Actor,
  ): Promise<ColumnPage> {
    if (!isColumnKey(key)) throw new NotFoundError(`看板没有「${key}」这一列`);
    return this.board.column(key, query, actor);
  }
}
