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
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
import { BoardService } from './board.service.js';

const filterDocs = [
  { name: 'source', description: '问题来源，如 巡察反馈' },
  { name: 'category', description: '问题类别，如 作风建设' },
  { name: 'department', description: '责任部门编号（牵头或配合）' },
  { name: 'warning', description: '预警：red 逾期 / yellow 临近到期 / green 正常 / none 无' },
  { name: 'q', description: '关键字（标题、描述、编号）' },
  { name: 'limit', description: '每列返回的卡片数，默认 50' },
];
const DocumentFilters = () => (target: object, key: string, descriptor: PropertyDescriptor) => {
  for (const doc of filterDocs) ApiQuery({ ...doc, required: false })(target, key, descriptor);
};

@ApiTags('看板')
@Controller('board')
export class BoardController {
  constructor(private readonly board: BoardService) {}

  @Get()
  @Requires('board.read')
  @ApiOperation({ summary: '看板：五列及每列总数和前若干张卡片' })
  @DocumentFilters()
  get(@Query(new ZodValidationPipe(boardQuerySchema)) query: BoardQuery, @CurrentActor() actor: Actor): Promise<BoardResponse> {
    return this.board.board(query, actor);
  }

  @Get('columns/:key')
  @Requires('board.read')
  @ApiOperation({ summary: '一列的下一页卡片（加载更多）' })
  @ApiParam({ name: 'key', enum: COLUMN_KEYS })
  @DocumentFilters()
  @ApiQuery({ name: 'offset', required: false })
  column(
    @Param('key') key: string,
    @Query(new ZodValidationPipe(columnPageQuerySchema)) query: ColumnPageQuery,
    @CurrentActor() actor: Actor,
  ): Promise<ColumnPage> {
    if (!isColumnKey(key)) throw new NotFoundError(`看板没有「${key}」这一列`);
    return this.board.column(key, query, actor);
  }
}
