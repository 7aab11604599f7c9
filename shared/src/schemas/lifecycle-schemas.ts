/** Request schemas of the lifecycle actions (销号 review, 回头看, 延期); rules in ../workflow/lifecycle.ts. */
import { z } from 'zod';
import './zod-locale.js';
import { calendarDateSchema, text, versionSchema } from './item-schemas.js';
import { standsAlone } from './validation.js';

/**
 * POST /api/items/:id/signoff. A rejection must say what is still to be done (补充整改要求); a
 * 长期坚持 stage approval names the next review date (and may set the next stage goal).
 */
export const signoffDecisionSchema = z
  .object({
    decision: z.enum(['approve', 'reject'], { error: '审核结论只能是 approve（通过）或 reject（退回）' }),
    opinion: z.string({ error: '审核意见应为文字' }).trim().max(1000, { error: '审核意见不能超过1000字' }).default(''),
    version: versionSchema,
    nextReviewDate: calendarDateSchema.optional(),
    stageGoal: z.string({ error: '阶段目标应为文字' }).trim().min(1, { error: '请填写阶段目标' }).max(500, { error: '阶段目标不能超过500字' }).optional(),
    /** Approving although some 整改措施 are still 未完成: the reviewer confirms it explicitly (checkSignoffApproval). */
    confirmUnfinished: z.boolean({ error: '确认项应为是或否' }).optional(),
  })
  .strict()
  .refine((v) => v.decision !== 'reject' || v.opinion.length > 0, { error: '退回时请填写补充整改要求', path: ['opinion'], params: standsAlone });
export type SignoffDecisionRequest = z.infer<typeof signoffDecisionSchema>;

/**
 * POST /api/items/:id/reopen: 回头看 found the problem back (反弹回潮). The new round gets its own
 * time: a deadline, or for 长期坚持 the next review date (checkReopenPlan says which is needed).
 */
export const reopenItemSchema = z
  .object({
    reason: text('重新整改的原因', 1000),
    deadline: calendarDateSchema.nullish(),
    nextReviewDate: calendarDateSchema.nullish(),
    stageGoal: z.string({ error: '阶段目标应为文字' }).trim().max(500, { error: '阶段目标不能超过500字' }).nullish(),
    version: versionSchema,
  })
  .strict();
export type ReopenItemRequest = z.infer<typeof reopenItemSchema>;

/** POST /api/items/:id/extension: the department asks for a later deadline. */
export const extensionRequestSchema = z
  .object({
    deadline: calendarDateSchema,
    reason: text('延期理由', 1000),
    version: versionSchema,
  })
  .strict();
export type ExtensionRequestBody = z.infer<typeof extensionRequestSchema>;

/** POST /api/items/:id/deadline/correct: a leader puts right a deadline set wrongly (更正时限, not a 延期). */
export const deadlineCorrectionSchema = z
  .object({
    deadline: calendarDateSchema,
    reason: text('更正理由', 500),
    version: versionSchema,
  })
  .strict();
export type DeadlineCorrectionRequest = z.infer<typeof deadlineCorrectionSchema>;

/** POST /api/items/:id/extension/decision: a leader approves or rejects it. */
export const extensionDecisionSchema = z
  .object({
    decision: z.enum(['approve', 'reject'], { error: '审批结论只能是 approve（同意）或 reject（不同意）' }),
    opinion: z.string({ error: '审批意见应为文字' }).trim().max(1000, { error: '审批意见不能超过1000字' }).default(''),
    version: versionSchema,
  })
  .strict()
  .refine((v) => v.decision !== 'reject' || v.opinion.length > 0, { error: '不同意延期时请在审批意见中写明理由', path: ['opinion'], params: standsAlone });
export type ExtensionDecisionRequest = z.infer<typeof extensionDecisionSchema>;

/**
 * POST /api/items/:id/signoff/withdraw and /extension/withdraw: the applicant takes back a pending
 * application; the reason is optional and goes into the history.
 */
export const withdrawApplicationSchema = z
  .object({
    reason: z.string({ error: '撤回理由应为文字' }).trim().max(500, { error: '撤回理由不能超过500字' }).default(''),
    version: versionSchema,
  })
  .strict();
export type WithdrawApplicationRequest = z.infer<typeof withdrawApplicationSchema>;
