import { Controller, Get, Query, StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import { OVERDUE_SORTS, overdueQuerySchema, type Actor, type OverdueQuery, type OverdueView, type PastOverdueView } from '@rectify/shared';
import { CurrentActor, Requires } from '../auth/auth.decorators.js';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
import { OverdueService } from './overdue.service.js';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function DocumentOverdueFilters(): MethodDecorator {
  return (target, key, descriptor) => {
    ApiQuery({ name: 'department', required: false, description: '责任部门编号' })(target, key, descriptor);
    ApiQuery({ name: 'level', required: false, enum: ['red', 'yellow'] })(target, key, descriptor);
    ApiQuery({ name: 'minDaysOverdue', required: false, type: Number, description: '最少逾期天数（只列红灯）' })(target, key, descriptor);
    ApiQuery({ name: 'sort', required: false, enum: OVERDUE_SORTS })(target, key, descriptor);
  };
}

@ApiTags('逾期督查')
@Controller('overdue')
export class OverdueController {
  constructor(private readonly overdue: OverdueService) {}

  @Get()
  @Requires('overdue.read')
  @ApiOperation({ summary: '红灯、黄灯事项：逾期/剩余天数、责任部门、责任领导、延期与督办次数、最近进展' })
  @DocumentOverdueFilters()
  view(@Query(new ZodValidationPipe(overdueQuerySchema)) query: OverdueQuery, @CurrentActor() actor: Actor): Promise<OverdueView> {
    return this.overdue.view(query, actor);
  }

  @Get('past')
  @Requires('overdue.read')
  @ApiOperation({ summary: '曾逾期：逾期后延期、逾期销号的事项（含已销号）及逾期天数；按期完成率' })
  @ApiQuery({ name: 'department', required: false, description: '责任部门编号' })
  past(@Query(new ZodValidationPipe(overdueQuerySchema)) query: OverdueQuery, @CurrentActor() actor: Actor): Promise<PastOverdueView> {
    return this.overdue.past(query, actor);
  }

  @Get('export')
  @Requires('overdue.read')
  @ApiOperation({ summary: '导出逾期督查清单 .xlsx（与列表相同的筛选和排序）' })
  @ApiProduces(XLSX_TYPE)
  @DocumentOverdueFilters()
  async export(@Query(new ZodValidationPipe(overdueQuerySchema)) query: OverdueQuery, @CurrentActor() actor: Actor): Promise<StreamableFile> {
    const { fileName, data } = await this.overdue.export(query, actor);
    return new StreamableFile(data, {
      type: XLSX_TYPE,
      disposition: `attachment; filename="overdue.xlsx"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      length: data.length,
    });
  }
}
