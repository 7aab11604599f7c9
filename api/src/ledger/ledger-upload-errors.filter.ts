import { BadRequestException, Catch, PayloadTooLargeException, UnsupportedMediaTypeException, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { LEDGER_LIMITS, type ApiErrorBody } from '@rectify/shared';
import type { Response } from 'express';

/**
 * What the upload parser (multer) raises on the 台账 endpoints, in words about the file: the global
 * filter only knows "提交的内容过大" and "请以 JSON 提交". On these endpoints every HttpException
 * of these kinds comes from the upload; the services raise DomainErrors.
 */
@Catch(PayloadTooLargeException, UnsupportedMediaTypeException, BadRequestException)
export class LedgerUploadErrorsFilter implements ExceptionFilter {
  catch(error: PayloadTooLargeException | UnsupportedMediaTypeException | BadRequestException, host: ArgumentsHost): void {
    const body = toBody(error);
    host.switchToHttp().getResponse<Response>().status(body.statusCode).json(body);
  }
}

function toBody(error: Error): ApiErrorBody {
  if (error instanceof PayloadTooLargeException) {
    const mb = LEDGER_LIMITS.maxFileBytes / 1024 / 1024;
    return { statusCode: 413, message: `文件超过${mb} MB，无法导入：请删去不需要的工作表和图片，或拆分成几个文件分批导入` };
  }
  if (error instanceof UnsupportedMediaTypeException) {
    return { statusCode: 415, message: '请以 multipart/form-data 表单上传文件（字段名 file）' };
  }
  const code = (error.cause as { code?: string } | undefined)?.code;
  if (code === 'LIMIT_UNEXPECTED_FILE' || code === 'LIMIT_FILE_COUNT') {
    return { statusCode: 400, message: '一次只能上传一个文件，表单字段名应为 file' };
  }
  return { statusCode: 400, message: '上传的表单格式有误，请重新选择文件上传' };
}
