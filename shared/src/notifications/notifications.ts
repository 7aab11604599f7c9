/** In-app notifications (消息提醒) and outbound group-robot webhooks (钉钉 / 企业微信): kinds, labels, views. */
import type { WarningLevel } from '../warning/warning.js';

export const NOTIFICATION_KINDS = [
  'warning_yellow',
  'warning_red',
  'supervision_suggested',
  'supervision_issued',
  'supervision_replied',
  'signoff',
  'extension',
  'backup_failed',
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
  extension: '延期',
  backup_failed: '备份失败',
  other: '提醒',
};

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
}

export interface NotificationList {
  unread: number;
  items: NotificationView[];
}

/** The texts of a warning notification. */
export function warningNotificationText(
  item: { code: string; title: string; departmentName: string | null },
  level: Extract<WarningLevel, 'red' | 'yellow'>,
  label: string,
): { title: string; body: string } {
  const who = item.departmentName ? `责任部门：${item.departmentName}。` : '';
  if (level === 'red') {
    return { title: `红灯：${item.code} 已逾期`, body: `「${item.title}」${label}，请抓紧整改或按程序申请延期。${who}` };
  }
  return { title: `黄灯：${item.code} 临近到期`, body: `「${item.title}」${label}，请按时完成整改。${who}` };
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
