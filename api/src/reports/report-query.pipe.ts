import { Injectable, type PipeTransform } from '@nestjs/common';
import type { z } from 'zod';
import { InvalidRequestError } from '../common/domain-errors.js';
import { refuseInvalidText } from '../common/zod-validation.pipe.js';

/**
 * Validates the report's query string. Unlike the shared ZodValidationPipe it does not prefix
 * messages with form labels: a query parameter such as `to` (结束日期) would otherwise be labelled
 * with the item field of the same name (目标列); the report schema's messages name their parameter.
 */
@Injectable()
export class ReportQueryPipe<S extends z.ZodType> implements PipeTransform<unknown, z.output<S>> {
  constructor(private readonly schema: S) {}

  transform(value: unknown): z.output<S> {
    refuseInvalidText(value);
    const result = this.schema.safeParse(value ?? {});
    if (result.success) return result.data;
    const problems = result.error.issues.map((issue) => ({
      path: issue.path.map(String).join('.'),
      message: issue.code === 'unrecognized_keys' ? `不认识的参数：${issue.keys.join('、')}` : issue.message,
    }));
    throw new InvalidRequestError(`查询条件有误：${problems.map((p) => p.message).join('；')}`, problems);
  }
}
