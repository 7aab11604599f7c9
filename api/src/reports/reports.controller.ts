import { Body, Controller, Get, HttpCode, Post, Query, StreamableFile } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import {
  reportDocxRequestSchema,
  reportQuerySchema,
  type Actor,
  type ProblemsAndCausesResponse,
  type ReportDocxRequest,
  type ReportQuery,
} from '@rectify/shared';
import { CurrentActor, Requires } from '../auth/auth.decorators.js';
import { openApiSchema } from '../common/openapi.js';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
import { attachmentDisposition, buildReportDocx, DOCX_CONTENT_TYPE } from './report-docx.js';
import { ReportQueryPipe } from './report-query.pipe.js';
import { ReportsService } from './reports.service.js';

const FILE_NAME = '存在的问题及原因.docx';

const queryDocs = [
  { name: 'from', description: '开始日期 YYYY-MM-DD（含）：统计期内在账的问题，期内销号的计为已整改销号' },
  { name: 'to', description: '结束日期 YYYY-MM-DD（含）' },
  { name: 'sources', description: '问题来源，逗号分隔或重复参数，如 巡察反馈,民主生活会' },
  { name: 'departmentIds', description: '责任部门编号（牵头或配合），逗号分隔' },
  { name: 'scope', description: 'team 班子问题 / individual 个人问题' },
  { name: 'itemIds', description: '选入问题及原因的已销号事项编号，逗号分隔；不传则为期内全部已销号事项' },
  { name: 'title', description: '首行标题，默认“工作中存在的问题及原因”；以“四、”等开头则作一级标题' },
  { name: 'format', description: 'json（默认）或 docx' },
];
const DocumentQuery = () => (target: object, key: string, descriptor: PropertyDescriptor) => {
  for (const doc of queryDocs) ApiQuery({ ...doc, required: false })(target, key, descriptor);
};

function docxFile(buffer: Buffer): StreamableFile {
  return new StreamableFile(buffer, {
    type: DOCX_CONTENT_TYPE,
    disposition: attachmentDisposition(FILE_NAME, 'problems-and-causes.docx'),
    length: buffer.length,
  });
}

@ApiTags('材料')
@Controller('reports')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Get('problems-and-causes')
  @Requires('report.read')
  @ApiOperation({ summary: '“存在的问题及原因”初稿：统计、按类别归纳的问题、按维度归纳的原因；format=docx 下载公文格式文档' })
  @ApiProduces('application/json', DOCX_CONTENT_TYPE)
  @DocumentQuery()
  async problemsAndCauses(
    @Query(new ReportQueryPipe(reportQuerySchema)) query: ReportQuery,
    @CurrentActor() actor: Actor,
  ): Promise<ProblemsAndCausesResponse | StreamableFile> {
    const report = await this.reports.problemsAndCauses(query, actor);
    if (query.format === 'docx') return docxFile(await buildReportDocx({ text: report.text }));
    return report;
  }

  @Post('problems-and-causes/docx')
  @HttpCode(200)
  @Requires('report.read')
  @ApiOperation({ summary: '把页面上修改后的文字导出为公文格式 .docx' })
  @ApiBody({ schema: openApiSchema(reportDocxRequestSchema) })
  @ApiProduces(DOCX_CONTENT_TYPE)
  async docxFromText(@Body(new ZodValidationPipe(reportDocxRequestSchema)) body: ReportDocxRequest): Promise<StreamableFile> {
    return docxFile(await buildReportDocx(body));
  }
}
