import { Injectable, type PipeTransform } from '@nestjs/common';
import { describeIssues, findInvalidText, INVALID_CHARACTER_MESSAGE } from '@rectify/shared';
import type { z } from 'zod';
import { InvalidRequestError } from './domain-errors.js';

/**
 * Validates a body or query with one of the shared schemas (the same objects the web forms use) and
 * answers 400 with every problem in Chinese.
 */
@Injectable()
export class ZodValidationPipe<S extends z.ZodType> implements PipeTransform<unknown, z.output<S>> {
  constructor(private readonly schema: S) {}

  transform(value: unknown): z.output<S> {
    if (value === undefined || value === null || typeof value !== 'object' || Array.isArray(value)) {
      throw new InvalidRequestError('请求内容应为一个 JSON 对象');
    }
    refuseInvalidText(value);
    const result = this.schema.safeParse(value);
    if (result.success) return result.data;
    const problems = describeIssues(result.error.issues);
    throw new InvalidRequestError(`提交的内容有误：${problems.map((p) => p.message).join('；')}`, problems);
  }
}

/** 400 when any string of the request holds a control character (shared/src/schemas/plain-text.ts). */
export function refuseInvalidText(value: unknown): void {
  const path = findInvalidText(value);
  if (!path) return;
  const [problem] = describeIssues([{ code: 'custom', path, message: INVALID_CHARACTER_MESSAGE, input: undefined }]);
  throw new InvalidRequestError(`提交的内容有误：${problem.message}`, [problem]);
}
