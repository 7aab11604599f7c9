/** Request schemas of 督办, notifications, webhooks and the overdue view. */
import { z } from 'zod';
import './zod-locale.js';
import { WEBHOOK_KINDS } from '../notifications/notifications.js';
import { asOfSchema, calendarDateSchema, text } from './item-schemas.js';

/** POST /api/items/:id/supervisions. "Not in the past" needs today's office date, so the API checks it (422 → 400 with the same message). */
export const issueSupervisionSchema = z
  .object({
    requirement: text('督办要求', 1000),
    replyBy: calendarDateSchema,
  })
  .strict();
export type IssueSupervisionRequest = z.infer<typeof issueSupervisionSchema>;

/** replyBy must be today or later (office date); the message forms and the API share. */
export function checkReplyBy(replyBy: string, today: string): string | null {
  return replyBy < today ? `回复期限不能早于今天（${today}）` : null;
}

/** POST /api/supervisions/:id/reply. */
export const replySupervisionSchema = z.object({ reply: text('回复内容', 2000) }).strict();
export type ReplySupervisionRequest = z.infer<typeof replySupervisionSchema>;

/** GET /api/supervisions?open=true. */
export const supervisionListQuerySchema = z.object({ open: z.enum(['true', 'false'], { error: 'open 只能是 true 或 false' }).optional() }).strict();

const webhookUrl = z
  .string({ error: '推送地址应为网址' })
  .trim()
  .min(1, { error: '请填写推送地址' })
  .max(500, { error: '推送地址不能超过500字' })
  .refine((value) => /^https?:\/\/[^\s/?#@]+(?:[/?#]\S*)?$/i.test(value), {
    error: '推送地址须以 http:// 或 https:// 开头，如 https://oapi.dingtalk.com/robot/send?access_token=…',
  });

const webhookFields = {
  name: text('名称', 50),
  kind: z.enum(WEBHOOK_KINDS, { error: '类型只能是钉钉群机器人（dingtalk）或企业微信群机器人（wecom）' }),
  url: webhookUrl,
  enabled: z.boolean({ error: '“启用”应为是或否' }),
};
export const createWebhookSchema = z.object({ ...webhookFields, enabled: webhookFields.enabled.default(true) }).strict();
export type CreateWebhookRequest = z.infer<typeof createWebhookSchema>;
export const updateWebhookSchema = z
  .object(webhookFields)
  .partial()
  .strict()
  .refine((v) => Object.keys(v).length > 0, { error: '没有要修改的内容' });
export type UpdateWebhookRequest = z.infer<typeof updateWebhookSchema>;

export const OVERDUE_SORTS = ['daysOverdue', 'department', 'deadline'] as const;
export type OverdueSort = (typeof OVERDUE_SORTS)[number];
export const OVERDUE_SORT_LABELS: Record<OverdueSort, string> = {
  daysOverdue: '逾期天数（多的在前）',
  department: '责任部门',
  deadline: '整改时限（早的在前）',
};

/** GET /api/overdue and /api/overdue/export. */
export const overdueQuerySchema = z
  .object({
    asOf: asOfSchema.optional(),
    department: z.string().uuid({ error: '责任部门不存在' }).optional(),
    level: z.enum(['red', 'yellow'], { error: '预警只能是 red（红灯）或 yellow（黄灯）' }).optional(),
    minDaysOverdue: z.coerce
      .number({ error: '最少逾期天数应为数字' })
      .int({ error: '最少逾期天数应为整数' })
      .min(0, { error: '最少逾期天数不能小于0' })
      .max(3650, { error: '最少逾期天数不能超过3650' })
      .optional(),
    sort: z.enum(OVERDUE_SORTS, { error: '排序只能是 daysOverdue、department 或 deadline' }).default('daysOverdue'),
  })
  .strict();
export type OverdueQuery = z.infer<typeof overdueQuerySchema>;
