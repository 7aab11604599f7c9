/** In-app notifications (消息提醒) and outbound group-robot webhooks (钉钉 / 企业微信): kinds, labels, views. */
import type { Actor } from '../access/roles.js';
import type { ItemFields, ItemLifecycle, RectifyItem } from '../item/item.js';
import { computeWarning, DEFAULT_WARNING_SETTINGS, type WarningLevel, type WarningSettings } from '../warning/warning.js';
import { workFor } from '../workflow/worklist.js';

export const NOTIFICATION_KINDS = [
  'warning_yellow',
  'warning_red',
  'supervision_suggested',
  'supervision_issued',
  'supervision_replied',
  'signoff',
  'signoff_review',
  'extension',
  'extension_decision',
  'backup_failed',
  'assigned',
  'other',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
export const NOTIFICATION_KIND_LABELS: Record<NotificationKind, string> = {
  warning_yellow: '黄灯预警',
  warning_red: '红灯预警',
  supervision_suggested: '建议督办',
  supervision_issued: '督办通知',
  supervision_replied: '督办回复',
  signoff: '销号',
  signoff_review: '销号',
  extension: '延期',
  extension_decision: '延期',
  backup_failed: '备份失败',
  assigned: '交办',
  other: '提醒',
};

type Assignment = { departmentId: string | null; coDepartmentIds: readonly string[] };

/**
 * 交办: who is newly given the item by this write — the lead department if it changed, and
 * co-operating departments that were not on it before (everyone on a new item). Each is told once.
 */
export function newlyAssigned(before: Assignment | null, after: Assignment): { lead: string | null; cooperating: string[] } {
  const lead = after.departmentId && after.departmentId !== before?.departmentId ? after.departmentId : null;
  const before_ = new Set([before?.departmentId, ...(before?.coDepartmentIds ?? [])]);
  const cooperating = after.coDepartmentIds.filter((id) => id !== after.departmentId && !before_.has(id));
  return { lead, cooperating };
}

export interface NotificationView {
  id: string;
  itemId: string | null;
  /** The item's 编号, when the notification concerns an item. */
  itemCode: string | null;
  kind: NotificationKind;
  title: string;
  body: string;
  createdAt: string;
  readAt: string | null;
  /** 已处理: the task the notice asked for is done (see noticeHandled); it no longer counts as unread. */
  handled: boolean;
}

export interface NotificationList {
  unread: number;
  items: NotificationView[];
}

/**
 * The texts of a warning notification. The in-app list shows the kind (红灯预警) beside the title, so
 * the title does not repeat it; a group robot has no such tag, so its title leads with it.
 */
export function warningNotificationText(
  item: { code: string; title: string; departmentName: string | null },
  level: Extract<WarningLevel, 'red' | 'yellow'>,
  label: string,
): { title: string; robotTitle: string; body: string } {
  const who = item.departmentName ? `责任部门：${item.departmentName}。` : '';
  const kind = NOTIFICATION_KIND_LABELS[level === 'red' ? 'warning_red' : 'warning_yellow'];
  const title = level === 'red' ? `${item.code} 已逾期` : `${item.code} 临近到期`;
  const body = level === 'red' ? `「${item.title}」${label}，请抓紧整改或按程序申请延期。${who}` : `「${item.title}」${label}，请按时完成整改。${who}`;
  return { title, robotTitle: `${kind}：${title}`, body };
}

/** What noticeHandled reads of the item a notice is about: its light, its 销号 / 延期 state, its 督办单. */
export type NoticeItem = Pick<RectifyItem, 'status' | 'rectifyType' | 'deadline' | 'nextReviewDate'> &
  Pick<ItemFields, 'departmentId' | 'coDepartmentIds'> &
  ItemLifecycle;

/**
 * 已处理: whether the task a notice asked of its recipient is done, read off the item as it stands now.
 * 待审核 / 待审批 are done once the step is no longer the recipient's to take (decided, withdrawn, or
 * passed on to the next stage); 红灯 once the item is no longer overdue (延期 approved, 销号), 黄灯 once it
 * is neither due soon nor overdue; 督办通知 once no 督办单 on the item awaits a reply; 建议督办 once one is
 * open or the light is no longer red. Other notices are news, not tasks: never handled, only read.
 */
export function noticeHandled(
  notice: { kind: NotificationKind },
  recipient: Pick<Actor, 'id' | 'role' | 'departmentId'>,
  item: NoticeItem | null,
  today: string,
  settings: WarningSettings = DEFAULT_WARNING_SETTINGS,
): boolean {
  if (!item) return false;
  const light = () => computeWarning(item, today, settings).level;
  switch (notice.kind) {
    case 'signoff_review':
      return !workFor(recipient, item).includes('signoff_review');
    case 'extension_decision':
      return !workFor(recipient, item).includes('extension_decision');
    case 'warning_red':
      return light() !== 'red';
    case 'warning_yellow':
      return light() !== 'yellow' && light() !== 'red';
    case 'supervision_issued':
      return item.openSupervisionCount === 0;
    case 'supervision_suggested':
      return item.openSupervisionCount > 0 || light() !== 'red';
    default:
      return false;
  }
}

export const WEBHOOK_KINDS = ['dingtalk', 'wecom'] as const;
export type WebhookKind = (typeof WEBHOOK_KINDS)[number];
export const WEBHOOK_KIND_LABELS: Record<WebhookKind, string> = { dingtalk: '钉钉群机器人', wecom: '企业微信群机器人' };

export interface WebhookView {
  id: string;
  name: string;
  kind: WebhookKind;
  url: string;
  enabled: boolean;
  createdAt: string;
  /** Deliveries waiting (or retrying), and given up after the last attempt. */
  pending: number;
  failed: number;
  /** The latest delivery: when, and the error if it failed. */
  lastDeliveredAt: string | null;
  lastError: string | null;
}

export interface WebhookTestResult {
  ok: boolean;
  /** What happened, in Chinese. */
  message: string;
}

/** The group-robot endpoints a webhook may post to without the server operator's say-so: https only. */
export const ROBOT_ENDPOINTS: ReadonlyArray<{ kind: WebhookKind; host: string; path: string }> = [
  { kind: 'dingtalk', host: 'oapi.dingtalk.com', path: '/robot/send' },
  { kind: 'wecom', host: 'qyapi.weixin.qq.com', path: '/cgi-bin/webhook/send' },
];

/**
 * Why a webhook address may not be used, or null. Only the DingTalk and WeCom robot endpoints are
 * allowed (a webhook must not reach into the office network or anywhere else); the server operator
 * may add origins (`https://host`, `http://host:port`, `http://host:*` for any port) in the
 * WEBHOOK_EXTRA_ORIGINS environment variable, never through the UI.
 */
export function checkWebhookUrl(url: string, extraOrigins: readonly string[] = []): string | null {
  // Parsed by hand (shared runs in the browser and in Node alike): scheme, authority, path.
  const match = /^([a-z][a-z0-9+.-]*):\/\/([^/?#\s]*)([^?#\s]*)[^\s]*$/i.exec(url.trim());
  if (!match) return '推送地址不是有效的网址';
  const [, scheme, authority, rawPath] = match;
  if (authority.includes('@')) return '推送地址不能含有用户名或密码';
  const hostPort = /^([^:]+)(?::(\d*))?$/.exec(authority.toLowerCase());
  if (!hostPort) return '推送地址不是有效的网址';
  const [, host, port = ''] = hostPort;
  const protocol = scheme.toLowerCase();
  if (extraOrigins.some((allowed) => allowed === `${protocol}://${host}${port ? `:${port}` : ''}` || allowed === `${protocol}://${host}:*`)) return null;
  const robot = ROBOT_ENDPOINTS.find((r) => r.host === host);
  if (protocol === 'https' && (port === '' || port === '443') && robot && (rawPath || '/') === robot.path) return null;
  return '推送地址只能是钉钉群机器人（https://oapi.dingtalk.com/robot/send?access_token=…）或企业微信群机器人（https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…）的地址；其他地址须由服务器管理员在配置中允许';
}
