/** Queries of the as-of reads: 对比, 整改期满评估 and the 通报. */
import { z } from 'zod';
import { asOfSchema, boardQuerySchema } from '../schemas/item-schemas.js';
import { DEFAULT_RECTIFY_PERIOD_MONTHS } from './compare.js';

const filters = boardQuerySchema.pick({ source: true, category: true, department: true, q: true });

export const compareQuerySchema = filters
  .extend({
    from: asOfSchema,
    to: asOfSchema,
  })
  .strict()
  .refine((query) => query.from <= query.to, { error: '对比的开始日期不能晚于结束日期', path: ['from'] });
export type CompareQuery = z.infer<typeof compareQuerySchema>;

const batchSchema = z.string({ error: '请选择来源批次' }).trim().min(1, { error: '请选择来源批次' }).max(200, { error: '来源批次不能超过200字' });
const monthsSchema = z.coerce
  .number({ error: '整改期限（月）应为数字' })
  .int({ error: '整改期限（月）应为整数' })
  .min(1, { error: '整改期限至少1个月' })
  .max(36, { error: '整改期限不能超过36个月' })
  .default(DEFAULT_RECTIFY_PERIOD_MONTHS);

export const evaluationQuerySchema = z
  .object({
    batch: batchSchema,
    /** 反馈日期: the period starts here; default the day the batch's first item was registered. */
    feedbackDate: asOfSchema.optional(),
    months: monthsSchema,
    /** Evaluate on this day instead of the period's end. */
    asOf: asOfSchema.optional(),
  })
  .strict();
export type EvaluationQuery = z.infer<typeof evaluationQuerySchema>;

/** The 通报 .docx: a batch (its period's end, or `asOf`), or every item (filtered) as of `asOf` (default today). */
export const progressNoticeQuerySchema = filters
  .extend({
    batch: batchSchema.optional(),
    feedbackDate: asOfSchema.optional(),
    months: monthsSchema,
    asOf: asOfSchema.optional(),
  })
  .strict();
export type ProgressNoticeQuery = z.infer<typeof progressNoticeQuerySchema>;
