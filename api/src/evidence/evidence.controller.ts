import { Body, Controller, Get, Param, Post, StreamableFile, UploadedFile, UseFilters, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { EVIDENCE_HINT, EVIDENCE_LIMITS, type Actor, type EvidenceUploadResult, type EvidenceView } from '@rectify/shared';
import { CurrentActor, Requires } from '../auth/auth.decorators.js';
import { EvidenceUploadGate, temporaryFileStorage } from './evidence-upload.js';
import { EvidenceUploadErrorsFilter } from './evidence-upload-errors.filter.js';
import { EvidenceService, type UploadedEvidence } from './evidence.service.js';

@ApiTags('佐证材料')
@Controller()
export class EvidenceController {
  constructor(private readonly evidence: EvidenceService) {}

  @Post('items/:id/evidence')
  @Requires('evidence.upload')
  @UseFilters(EvidenceUploadErrorsFilter)
  @UseInterceptors(
    EvidenceUploadGate,
    FileInterceptor('file', {
      storage: temporaryFileStorage,
      limits: { fileSize: EVIDENCE_LIMITS.maxFileBytes, files: 1, fields: 5, fieldSize: 4 * 1024 },
      // Browsers and curl send the file name as UTF-8; multer would otherwise read it as Latin-1.
      defParamCharset: 'utf8',
    }),
  )
  @ApiOperation({
    summary: '上传佐证材料（multipart：file，可选 progressId 关联整改进展、note 说明）',
    description: `${EVIDENCE_HINT}。类型按文件内容判断，内容与扩展名不符时返回 422；超过大小返回 413；销号审核期间和已销号的事项不能上传（422）：这些在读取文件之前就已判断。同时接收的上传有上限（UPLOAD_CONCURRENCY），超出时返回 429。`,
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: {
        file: { type: 'string', format: 'binary' },
        progressId: { type: 'string', format: 'uuid' },
        note: { type: 'string', maxLength: EVIDENCE_LIMITS.maxNoteLength },
      },
    },
  })
  upload(
    @Param('id') id: string,
    @UploadedFile() file: UploadedEvidence | undefined,
    @Body() body: Record<string, unknown> | undefined,
    @CurrentActor() actor: Actor,
  ): Promise<EvidenceUploadResult> {
    return this.evidence.upload(id, file, body, actor);
  }

  @Get('items/:id/evidence')
  @Requires('evidence.read')
  @ApiOperation({ summary: '事项的佐证材料列表（新上传的在前；含 SHA-256）' })
  list(@Param('id') id: string, @CurrentActor() actor: Actor): Promise<EvidenceView[]> {
    return this.evidence.list(id, actor);
  }

  @Get('evidence/:id/download')
  @Requires('evidence.read')
  @ApiOperation({ summary: '下载佐证材料（原文件；可查看该事项的人才能下载）' })
  @ApiProduces('application/octet-stream')
  async download(@Param('id') id: string, @CurrentActor() actor: Actor): Promise<StreamableFile> {
    const file = await this.evidence.download(id, actor);
    return new StreamableFile(file.stream, { type: file.mimeType, disposition: attachment(file.fileName), length: file.size });
  }
}

/** RFC 6266 / 5987: an ASCII stand-in for old clients, the real (Chinese) name in filename*. */
export function attachment(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  const extension = dot > 0 ? fileName.slice(dot) : '';
  const asciiStem = (dot > 0 ? fileName.slice(0, dot) : fileName)
    .replace(/[^\x20-\x7e]/g, '')
    .replace(/["\\%]/g, '')
    .trim();
  const ascii = `${asciiStem || 'evidence'}${extension.replace(/[^\x20-\x7e]/g, '')}`;
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
