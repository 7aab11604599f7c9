import { Injectable, type PipeTransform } from '@nestjs/common';
import { describeIssues } from '@rectify/shared';
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
    const result = this.schema.safeParse(value);
    if (result.success) return result.data;
    const problems = describeIssues(result.error.issues);
    throw new InvalidRequestError(`提交的内容有误：${problems.map((p) => p.message).join('；')}`, problems);
  }
}
