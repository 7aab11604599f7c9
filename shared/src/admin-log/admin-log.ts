import { z } from 'zod';
import '../schemas/zod-locale.js';
/**
 * The admin log (管理日志): every change to accounts, departments, dictionaries, settings and webhooks,
 * who made it and from what to what. Append-only and hash-chained like the item history; 纪检 and the
 * administrator read and verify it.
 */
export const ADMIN_EVENT_KINDS = [
  'user.created',
  'user.updated',
  'department.created',
  'department.updated',
  'dictionary.created',
  'dictionary.updated',
  'settings.updated',
  'webhook.created',
  'webhook.updated',
] as const;
export type AdminEventKind = (typeof ADMIN_EVENT_KINDS)[number];

export const ADMIN_EVENT_LABELS: Record<AdminEventKind, string> = {
  'user.created': '新建用户',
  'user.updated': '修改用户',
  'department.created': '新建部门',
  'department.updated': '修改部门',
  'dictionary.created': '新增字典项',
  'dictionary.updated': '修改字典项',
  'settings.updated': '修改系统设置',
  'webhook.created': '新增消息推送',
  'webhook.updated': '修改消息推送',
};

/** Names of the recorded fields, as the log page shows them. */
export const ADMIN_FIELD_LABELS: Record<string, string> = {
  username: '用户名',
  displayName: '姓名',
  role: '角色',
  departmentId: '所属部门',
  disabled: '停用',
  passwordReset: '密码',
  name: '名称',
  parentId: '上级部门',
  kind: '类型',
  codeLetters: '编号字母',
  active: '启用',
  sortOrder: '排序',
  url: '推送地址',
  enabled: '启用',
  warningYellowWithinDays: '黄灯提前天数',
  signoffTwoLevel: '销号两级审核',
};

/** One entry as GET /api/admin-log returns it (newest first). */
export interface AdminEventView {
  seq: number;
  at: string;
  actor: string;
  kind: AdminEventKind;
  targetName: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  /** The stored record cannot be read (it was altered in the database). */
  unreadable?: true;
}

export interface AdminLogPage {
  entries: AdminEventView[];
  total: number;
}

export interface AdminLogVerification {
  ok: boolean;
  checked: number;
  firstBroken?: { seq: number; problem: string };
}

/**
 * A robot address with its secrets (access_token, key…) masked, so the log shows which robot without
 * handing out the means to post to it.
 */
export function maskedUrl(url: string): string {
  const [base, query] = url.split('?', 2);
  if (query === undefined) return base;
  return `${base}?${query
    .split('&')
    .map((pair) => (pair.includes('=') ? `${pair.split('=')[0]}=…` : pair))
    .join('&')}`;
}

/** GET /api/admin-log. */
export const adminLogQuerySchema = z
  .object({
    limit: z.coerce
      .number({ error: '每页条数应为数字' })
      .int({ error: '每页条数应为整数' })
      .min(1, { error: '每页条数至少为1' })
      .max(200, { error: '每页条数不能超过200' })
      .default(50),
    offset: z.coerce
      .number({ error: '偏移量应为数字' })
      .int({ error: '偏移量应为整数' })
      .min(0, { error: '偏移量不能小于0' })
      .max(1_000_000, { error: '偏移量过大' })
      .default(0),
  })
  .strict();
export type AdminLogQuery = z.infer<typeof adminLogQuerySchema>;
