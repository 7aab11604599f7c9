/** Request schemas of 佐证材料 uploads and the 整改进展 log; file rules in ../evidence/evidence-files.ts. */
import { z } from 'zod';
import './zod-locale.js';
import { EVIDENCE_LIMITS } from '../evidence/evidence-files.js';
import { officeToday } from '../warning/warning.js';
import { chineseDate } from '../report/chinese.js';
import { EARLIEST_DATE, text } from './item-schemas.js';
import { hasInvalidCharacter, INVALID_CHARACTER_MESSAGE } from './plain-text.js';

/** An entity id as the API issues them (crypto.randomUUID). */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const DATE_FORMAT = '日期应为“年-月-日”格式，如 2026-12-31';

/** A real calendar date, today or earlier in office time; one message per mistake (each check stops the next). */
const pastOrTodaySchema = z
  .string({ error: DATE_FORMAT })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: DATE_FORMAT, abort: true })
  .refine(
    (value) => {
      const [y, m, d] = value.split('-').map(Number);
      const date = new Date(Date.UTC(y, m - 1, d));
      return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
    },
    { error: '日期不存在，请检查年月日', abort: true },
  )
  .refine((date) => date >= EARLIEST_DATE, { error: `进展日期不能早于${chineseDate(EARLIEST_DATE)}`, abort: true })
  .refine((date) => date <= officeToday(new Date()), { error: '进展日期不能晚于今天' });

/** An empty form field counts as "not given". */
const blankToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

/**
 * The text fields sent with an upload (multipart, beside `file`): the 整改进展 entry the file
 * belongs to, and a short note. Unknown fields are refused, so a misnamed field is not silently lost.
 */
export const evidenceUploadFieldsSchema = z
  .object({
    progressId: z.preprocess(blankToUndefined, z.string({ error: '整改进展编号应为文字' }).regex(UUID, { error: '整改进展编号格式有误' }).optional()),
    note: z.preprocess(
      blankToUndefined,
      z
        .string({ error: '说明应为文字' })
        .trim()
        .max(EVIDENCE_LIMITS.maxNoteLength, { error: `说明不能超过${EVIDENCE_LIMITS.maxNoteLength}字` })
        .refine((value) => !hasInvalidCharacter(value), { error: INVALID_CHARACTER_MESSAGE })
        .optional(),
    ),
  })
  .strict();

/**
 * POST /api/items/:id/progress. The date is when the work was done: today or earlier, in office
 * time (Asia/Shanghai), checked when the request arrives.
 */
export const progressEntrySchema = z
  .object({
    date: pastOrTodaySchema,
    text: text('进展情况', 2000),
  })
  .strict();
export type ProgressEntryRequest = z.infer<typeof progressEntrySchema>;
