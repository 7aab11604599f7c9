import { ADMIN_FIELD_LABELS, ROLE_LABELS, WEBHOOK_KIND_LABELS, type AdminEventView, type Department, type Role, type WebhookKind } from '@rectify/shared';
import { recordedText } from '../../../lib/recorded-text';

const EMPTY = '（空）';

/** One recorded value as a clerk reads it: names instead of ids and codes. */
export function adminValue(field: string, value: unknown, departments: Map<string, Department>): string {
  if (value === null || value === undefined || value === '') return EMPTY;
  if (field === 'role') return ROLE_LABELS[value as Role] ?? recordedText(value);
  if (field === 'kind') return WEBHOOK_KIND_LABELS[value as WebhookKind] ?? recordedText(value);
  if (field === 'departmentId' || field === 'parentId') return departments.get(recordedText(value))?.name ?? '（部门已删除）';
  if (field === 'passwordReset') return value ? '已由管理员重设' : EMPTY;
  if (typeof value === 'boolean') return value ? '是' : '否';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** "角色：领导 → 责任部门" lines of one entry (a creation lists what it was created with). */
export function adminChangeLines(entry: AdminEventView, departments: Map<string, Department>): string[] {
  const fields = [...new Set([...Object.keys(entry.before ?? {}), ...Object.keys(entry.after ?? {})])];
  return fields.map((field) => {
    const label = ADMIN_FIELD_LABELS[field] ?? field;
    const after = adminValue(field, entry.after?.[field], departments);
    if (!entry.before || field === 'passwordReset') return `${label}：${after}`;
    return `${label}：${adminValue(field, entry.before[field], departments)} → ${after}`;
  });
}
