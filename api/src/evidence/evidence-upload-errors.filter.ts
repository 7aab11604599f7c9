import { BadRequestException, Catch, PayloadTooLargeException, UnsupportedMediaTypeException, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { EVIDENCE_LIMITS, type ApiErrorBody } from '@rectify/shared';
import type { Response } from 'express';

/**
 * What the upload parser (multer) raises on the evidence upload, in words about the file (the global
 * filter only knows "提交的内容过大"). The service raises DomainErrors, which pass through.
 */
@Catch(PayloadTooLargeException, UnsupportedMediaTypeException, BadRequestException)
export class EvidenceUploadErrorsFilter implements ExceptionFilter {
  catch(error: PayloadTooLargeException | UnsupportedMediaTypeException | BadRequestException, host: ArgumentsHost): void {
    const body = toBody(error);
    host.switchToHttp().getResponse<Response>().status(body.statusCode).json(body);
  }
}

function toBody(error: Error): ApiErrorBody {
  const code = (error.cause as { code?: string } | undefined)?.code;
  if (error instanceof PayloadTooLargeException && code !== 'LIMIT_FIELD_VALUE') {
    const mb = EVIDENCE_LIMITS.maxFileBytes / 1024 / 1024;
    return { statusCode: 413, message: `文件超过${mb} MB，无法上传：请压缩图片、把扫描件分成几份，或另存为较小的 PDF 后再上传` };
  }
  if (error instanceof UnsupportedMediaTypeException) {
    return { statusCode: 415, message: '请以 multipart/form-data 表单上传文件（字段名 file）' };
  }
  if (code === 'LIMIT_UNEXPECTED_FILE' || code === 'LIMIT_FILE_COUNT') {
    return { statusCode: 400, message: '一次只能上传一个文件，表单字段名应为 file' };
  }
  if (code === 'LIMIT_FIELD_VALUE' || code === 'LIMIT_FIELD_COUNT' || code === 'LIMIT_FIELD_KEY') {
    return { statusCode: 400, message: '表单中的说明或其他字段过长或过多，请检查后重新上传' };
  }
  return { statusCode: 400, message: '上传的表单格式有误，请重新选择文件上传' };
}
