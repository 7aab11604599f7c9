import { Catch, HttpException, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { ApiErrorBody } from '@rectify/shared';
import type { Response } from 'express';
import { DomainError, StorageUnavailableError } from './domain-errors.js';
import { storageProblemOf } from './storage-errors.js';

const STATUS_OF_KIND: Record<DomainError['kind'], number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rule: 422,
  throttled: 429,
  unavailable: 503,
};

/** Chinese text for what Nest and Express raise on their own, keyed by status. */
const MESSAGE_OF_STATUS: Record<number, string> = {
  400: '请求格式有误',
  401: '请先登录',
  403: '没有权限执行此操作',
  404: '请求的接口或资源不存在',
  405: '不支持该请求方式',
  413: '提交的内容过大',
  415: '不支持的内容类型，请以 JSON 提交',
  429: '请求过于频繁，请稍后再试',
};

/**
 * The one place errors become HTTP answers. Every answer is `{ statusCode, message, reasons? }`
 * with a Chinese message; anything unexpected is logged and answered 500 without internals.
 */
@Catch()
export class AllErrorsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(error: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const body = this.toBody(error);
    if (body.statusCode === 503) {
      this.logger.error(`数据无法保存：${body.message}`);
      response.setHeader('Retry-After', '60');
    } else if (body.statusCode >= 500) this.logger.error(error instanceof Error ? error.stack : String(error));
    response.status(body.statusCode).json(body);
  }

  private toBody(error: unknown): ApiErrorBody {
    // A storage failure that did not pass through the write queue (a read, a file) is still a 503 that names the cause.
    const storage = error instanceof DomainError ? null : storageProblemOf(error);
    if (storage) error = new StorageUnavailableError(storage);
    if (error instanceof DomainError) {
      const statusCode = STATUS_OF_KIND[error.kind];
      const body: ApiErrorBody = error.reasons?.length
        ? { statusCode, message: error.message, reasons: error.reasons }
        : { statusCode, message: error.message };
      if (error.remainingAttempts !== undefined) body.remainingAttempts = error.remainingAttempts;
      return body;
    }
    const bodyParserError = error as { type?: string; status?: number };
    if (bodyParserError?.type === 'entity.parse.failed') {
      return { statusCode: 400, message: '请求内容不是有效的 JSON，请检查格式' };
    }
    if (bodyParserError?.type === 'entity.too.large') {
      return { statusCode: 413, message: MESSAGE_OF_STATUS[413] };
    }
    if (error instanceof HttpException) {
      const statusCode = error.getStatus();
      const cause = error.cause as { type?: string } | undefined;
      if (cause?.type === 'entity.parse.failed') return { statusCode: 400, message: '请求内容不是有效的 JSON，请检查格式' };
      return { statusCode, message: MESSAGE_OF_STATUS[statusCode] ?? (statusCode < 500 ? '请求无法处理' : '服务器内部错误，请稍后重试') };
    }
    return { statusCode: 500, message: '服务器内部错误，请稍后重试' };
  }
}
