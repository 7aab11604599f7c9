import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { findInvalidText, INVALID_CHARACTER_MESSAGE } from '@rectify/shared';
import { InvalidRequestError } from './domain-errors.js';
import { refuseInvalidText } from './zod-validation.pipe.js';

/**
 * Runs on every parameter of every endpoint (registered as the global pipe): no path segment, query
 * value or body field may hold a control character (shared/src/schemas/plain-text.ts). Path ids are
 * not validated by a schema, and PostgreSQL refuses a NUL byte with an error, not a "not found".
 */
@Injectable()
export class PlainTextPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type === 'custom') return value;
    if (metadata.type === 'param') {
      if (findInvalidText(value)) throw new InvalidRequestError(`请求地址${INVALID_CHARACTER_MESSAGE}`);
      return value;
    }
    refuseInvalidText(value);
    return value;
  }
}
