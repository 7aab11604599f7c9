import { Body, Controller, Get, HttpCode, Post, Query, Res, StreamableFile, UploadedFile, UseFilters, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import {
  describeIssues,
  LEDGER_LIMITS,
  ledgerExportQuerySchema,
  ledgerImportOptionsSchema,
  type Actor,
  type LedgerExportQuery,
  type LedgerImportResult,
} from '@rectify/shared';
import type { Response } from 'express';
import { CurrentActor, Requires } from '../auth/auth.decorators.js';
import { InvalidRequestError } from '../common/domain-errors.js';
import { DocumentItemFilters } from '../common/filter-docs.js';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
import { LedgerUploadErrorsFilter } from './ledger-upload-errors.filter.js';
import { LedgerService, type UploadedLedger } from './ledger.service.js';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

@ApiTags('台账')
@Controller('ledger')
@UseFilters(LedgerUploadErrorsFilter)
export class LedgerController {
  constructor(private readonly ledger: LedgerService) {}

  @Get('export')
  @Requires('ledger.export')
  @ApiOperation({ summary: '导出整改台账 .xlsx（与看板相同的筛选条件；责任部门只导出本部门事项）' })
  @ApiProduces(XLSX_TYPE)
  @DocumentItemFilters()
  async export(@Query(new ZodValidationPipe(ledgerExportQuerySchema)) query: LedgerExportQuery, @CurrentActor() actor: Actor): Promise<StreamableFile> {
    const { fileName, data } = await this.ledger.export(query, actor);
    return new StreamableFile(data, { type: XLSX_TYPE, disposition: attachment(fileName), length: data.length });
  }

  @Get('template')
  @Requires('ledger.import')
  @ApiOperation({ summary: '下载导入模板 .xlsx：标准列名、问题来源/问题类别/责任部门下拉列表，附填写说明' })
  @ApiProduces(XLSX_TYPE)
  async template(): Promise<StreamableFile> {
    const { fileName, data } = await this.ledger.template();
    return new StreamableFile(data, { type: XLSX_TYPE, disposition: attachment(fileName), length: data.length });
  }

  @Post('import')
  @HttpCode(200)
  @Requires('ledger.import')
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: LEDGER_LIMITS.maxFileBytes, files: 1, fields: 10, fieldSize: 2 * 1024 * 1024 } }))
  @ApiOperation({
    summary: '导入整改台账 .xlsx：dryRun=true（默认）只预检并给出列和值的对应建议（mapping）；dryRun=false 全部有效才写入，编号相同的更新已有事项',
    description: '有任何错误时返回 422，正文与预检相同（errors 按行列列出），且不写入任何数据。',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: {
        file: { type: 'string', format: 'binary' },
        dryRun: { type: 'string', enum: ['true', 'false'], default: 'true' },
        mapping: {
          type: 'string',
          description:
            '映射（JSON）：各列对应的字段，以及来源、类别、原因分析维度、部门中系统没有的值如何处理（对应到已有项 / 新建 / 保留原样）。不传时按列名识别标准台账；回答中的 mapping 是建议，可修改后随正式导入一并提交',
        },
      },
    },
  })
  async import(
    @UploadedFile() file: UploadedLedger | undefined,
    @Body() body: Record<string, unknown> | undefined,
    @Query('dryRun') dryRunQuery: unknown,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) response: Response,
  ): Promise<LedgerImportResult> {
    const options = ledgerImportOptionsSchema.safeParse({ dryRun: body?.dryRun ?? dryRunQuery, mapping: body?.mapping });
    if (!options.success) {
      const problems = describeIssues(options.error.issues);
      throw new InvalidRequestError(problems.map((p) => p.message).join('；'), problems);
    }
    const result = await this.ledger.import(file, options.data, actor);
    if (result.errorCount > 0) response.status(422);
    return result;
  }
}

/** RFC 6266: an ASCII name for old clients, the Chinese one for everyone else. */
function attachment(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '').replace(/^-+/, 'ledger-');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
