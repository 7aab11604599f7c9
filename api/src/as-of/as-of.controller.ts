import { Controller, Get, Query, StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import {
  compareQuerySchema,
  evaluationQuerySchema,
  progressNoticeQuerySchema,
  PROGRESS_NOTICE_TITLE,
  type Actor,
  type CompareQuery,
  type CompareView,
  type EvaluationQuery,
  type EvaluationView,
  type ProgressNoticeQuery,
} from '@rectify/shared';
import { CurrentActor, Requires } from '../auth/auth.decorators.js';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
import { attachmentDisposition, buildReportDocx, DOCX_CONTENT_TYPE } from '../reports/report-docx.js';
import { AsOfService } from './as-of.service.js';

@ApiTags('历史状态')
@Controller('as-of')
export class AsOfController {
  constructor(private readonly asOf: AsOfService) {}

  @Get('compare')
  @Requires('board.read')
  @ApiOperation({ summary: '对比两日：期间新增、移动（从→到）、销号、重新整改、延期、转为红灯的事项，及按部门计数' })
  @ApiQuery({ name: 'from', required: true, description: '开始日期 YYYY-MM-DD（当日结束时的状态）' })
  @ApiQuery({ name: 'to', required: true, description: '结束日期 YYYY-MM-DD' })
  compare(@Query(new ZodValidationPipe(compareQuerySchema)) query: CompareQuery, @CurrentActor() actor: Actor): Promise<CompareView> {
    const { from, to, ...filters } = query;
    return this.asOf.compare(from, to, filters, actor);
  }

  @Get('batches')
  @Requires('report.read')
  @ApiOperation({ summary: '在账的来源批次及其首个问题的登记日期（整改期满评估用）' })
  batches(@CurrentActor() actor: Actor): Promise<Array<{ batch: string; total: number; firstDay: string }>> {
    return this.asOf.batches(actor);
  }

  @Get('evaluation')
  @Requires('report.read')
  @ApiOperation({
    summary: '整改期满评估：来源批次在整改期满之日（反馈日期+期限，默认2个月）的总数、已销号、按期销号、逾期、未销号，按部门，及未销号和逾期清单',
  })
  @ApiQuery({ name: 'batch', required: true, description: '来源批次，如 市委第三巡察组反馈意见' })
  @ApiQuery({ name: 'feedbackDate', required: false, description: '反馈日期 YYYY-MM-DD；默认为该批次首个问题的登记日' })
  @ApiQuery({ name: 'months', required: false, description: '整改期限（月），默认2（巡视工作条例）' })
  @ApiQuery({ name: 'asOf', required: false, description: '改在此日评估，YYYY-MM-DD' })
  evaluation(@Query(new ZodValidationPipe(evaluationQuerySchema)) query: EvaluationQuery, @CurrentActor() actor: Actor): Promise<EvaluationView> {
    return this.asOf.evaluation(query, actor);
  }

  @Get('notice')
  @Requires('report.read')
  @ApiOperation({ summary: '整改进展情况通报 .docx（GB/T 9704）：某批次整改期满时，或任一日期、范围的状态' })
  @ApiProduces(DOCX_CONTENT_TYPE)
  async notice(@Query(new ZodValidationPipe(progressNoticeQuerySchema)) query: ProgressNoticeQuery, @CurrentActor() actor: Actor): Promise<StreamableFile> {
    const { text, asOf } = await this.asOf.notice(query, actor);
    const data = await buildReportDocx({ text });
    const fileName = `${PROGRESS_NOTICE_TITLE.replace(/^关于/, '').replace(/的通报$/, '通报')}_${asOf}.docx`;
    return new StreamableFile(data, { type: DOCX_CONTENT_TYPE, disposition: attachmentDisposition(fileName, 'progress-notice.docx'), length: data.length });
  }
}
