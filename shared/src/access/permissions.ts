/**
 * Who may do what, in one table. The API checks every endpoint against it; the board reads the same
 * table to hide or disable what a user may not do. A test walks every endpoint × role × own/other
 * department against this table.
 */
import type { ItemFields } from '../item/item.js';
import { ROLE_LABELS, type Actor, type Role } from './roles.js';

export const ACTIONS = [
  'board.read',
  'item.read',
  'item.create',
  'item.edit',
  'item.move',
  'history.read',
  'audit.verify',
  'departments.read',
  'departments.manage',
  'users.manage',
  'dictionaries.read',
  'dictionaries.manage',
  'settings.read',
  'settings.manage',
  'report.read',
  'ledger.export',
  'ledger.import',
  'ledger.createEntries',
  'dashboard.read',
  'signoff.review',
  'item.reopen',
  'extension.request',
  'extension.decide',
  'deadline.correct',
  'evidence.read',
  'evidence.upload',
  'progress.add',
  'supervision.issue',
  'supervision.reply',
  'overdue.read',
  'notifications.read',
  'webhooks.manage',
  'admin-log.read',
  'backup.manage',
] as const;
export type Action = (typeof ACTIONS)[number];

/**
 * - `all`: every item of the unit;
 * - `own`: only items the user's department leads or co-operates on (anything else is "not found");
 * - `none`: refused.
 */
export type Reach = 'all' | 'own' | 'none';

export const PERMISSIONS: Record<Action, Record<Role, Reach>> = {
  //                    admin    leader  department  inspector
  'board.read': { admin: 'none', leader: 'all', department: 'own', inspector: 'all' },
  'item.read': { admin: 'none', leader: 'all', department: 'own', inspector: 'all' },
  'item.create': { admin: 'none', leader: 'all', department: 'own', inspector: 'none' },
  'item.edit': { admin: 'none', leader: 'all', department: 'own', inspector: 'none' },
  'item.move': { admin: 'none', leader: 'all', department: 'own', inspector: 'none' },
  'history.read': { admin: 'none', leader: 'all', department: 'own', inspector: 'all' },
  'audit.verify': { admin: 'all', leader: 'all', department: 'none', inspector: 'all' },
  'departments.read': { admin: 'all', leader: 'all', department: 'all', inspector: 'all' },
  'departments.manage': { admin: 'all', leader: 'none', department: 'none', inspector: 'none' },
  'users.manage': { admin: 'all', leader: 'none', department: 'none', inspector: 'none' },
  'dictionaries.read': { admin: 'all', leader: 'all', department: 'all', inspector: 'all' },
  'dictionaries.manage': { admin: 'all', leader: 'none', department: 'none', inspector: 'none' },
  'settings.read': { admin: 'all', leader: 'all', department: 'all', inspector: 'all' },
  'settings.manage': { admin: 'all', leader: 'none', department: 'none', inspector: 'none' },
  'report.read': { admin: 'none', leader: 'all', department: 'own', inspector: 'all' },
  'ledger.export': { admin: 'none', leader: 'all', department: 'own', inspector: 'all' },
  'ledger.import': { admin: 'none', leader: 'all', department: 'none', inspector: 'none' },
  // Creating departments and dictionary entries while mapping a 台账 (leaders and admins; admins do not import today).
  'ledger.createEntries': { admin: 'all', leader: 'all', department: 'none', inspector: 'none' },
  'dashboard.read': { admin: 'none', leader: 'all', department: 'own', inspector: 'all' },
  // The lifecycle (shared/src/workflow/lifecycle.ts adds who-may-review rules on top of these rows).
  'signoff.review': { admin: 'none', leader: 'all', department: 'none', inspector: 'all' },
  'item.reopen': { admin: 'none', leader: 'all', department: 'none', inspector: 'all' },
  'extension.request': { admin: 'none', leader: 'all', department: 'own', inspector: 'none' },
  'extension.decide': { admin: 'none', leader: 'all', department: 'none', inspector: 'none' },
  'deadline.correct': { admin: 'none', leader: 'all', department: 'none', inspector: 'none' },
  'evidence.read': { admin: 'none', leader: 'all', department: 'own', inspector: 'all' },
  'evidence.upload': { admin: 'none', leader: 'all', department: 'own', inspector: 'none' },
  'progress.add': { admin: 'none', leader: 'all', department: 'own', inspector: 'none' },
  'supervision.issue': { admin: 'none', leader: 'all', department: 'none', inspector: 'all' },
  'supervision.reply': { admin: 'none', leader: 'all', department: 'own', inspector: 'none' },
  'overdue.read': { admin: 'none', leader: 'all', department: 'none', inspector: 'all' },
  // Each user reads only their own notifications.
  'notifications.read': { admin: 'all', leader: 'all', department: 'all', inspector: 'all' },
  'webhooks.manage': { admin: 'all', leader: 'none', department: 'none', inspector: 'none' },
  // 纪检 oversees what the administrator does to accounts and settings; the administrator sees it too.
  'admin-log.read': { admin: 'all', leader: 'none', department: 'none', inspector: 'all' },
  'backup.manage': { admin: 'all', leader: 'none', department: 'none', inspector: 'none' },
};

export const ACTION_LABELS: Record<Action, string> = {
  'board.read': '查看看板',
  'item.read': '查看事项',
  'item.create': '登记问题',
  'item.edit': '修改事项',
  'item.move': '移动卡片',
  'history.read': '查看历史记录',
  'audit.verify': '校验历史记录',
  'departments.read': '查看部门',
  'departments.manage': '管理部门',
  'users.manage': '管理用户',
  'dictionaries.read': '查看字典',
  'dictionaries.manage': '管理字典',
  'settings.read': '查看系统设置',
  'settings.manage': '修改系统设置',
  'report.read': '生成问题及原因材料',
  'ledger.export': '导出台账',
  'ledger.import': '导入台账',
  'ledger.createEntries': '导入台账时新建部门和字典项',
  'dashboard.read': '查看统计',
  'signoff.review': '审核销号申请',
  'item.reopen': '回头看重新整改',
  'extension.request': '申请延期',
  'extension.decide': '审批延期',
  'deadline.correct': '更正整改时限',
  'evidence.read': '查看佐证材料',
  'evidence.upload': '上传佐证材料',
  'progress.add': '填报整改进展',
  'supervision.issue': '下发督办单',
  'supervision.reply': '回复督办单',
  'overdue.read': '查看逾期督查',
  'notifications.read': '查看消息提醒',
  'webhooks.manage': '管理消息推送',
  'admin-log.read': '查看管理日志',
  'backup.manage': '管理数据备份',
};

/** A department registers only 自查自纠 (self-found) problems; everything else is assigned by a leader. */
export const SELF_FOUND_SOURCE = '自查自纠';

/** 交办: only a leader hands an item to a department or brings in co-operating departments. */
export const ASSIGNMENT_FIELDS = ['departmentId', 'coDepartmentIds'] as const satisfies ReadonlyArray<keyof ItemFields>;

export interface Decision {
  allowed: boolean;
  /** Why not, in Chinese, for a message or a tooltip. */
  reason?: string;
  /** Refuse as "not found" rather than "forbidden", so a user cannot learn another department's items exist. */
  hide?: boolean;
}

type ItemScope = Pick<ItemFields, 'departmentId' | 'coDepartmentIds'>;

export function reachOf(actor: Pick<Actor, 'role'>, action: Action): Reach {
  return PERMISSIONS[action][actor.role];
}

/** Is the item one the actor's department leads or co-operates on? */
export function isOwnItem(actor: Pick<Actor, 'departmentId'>, item: ItemScope): boolean {
  return !!actor.departmentId && (item.departmentId === actor.departmentId || item.coDepartmentIds.includes(actor.departmentId));
}

/** May the actor do `action` at all (before looking at a particular item)? */
export function canDo(actor: Pick<Actor, 'role'>, action: Action): Decision {
  if (reachOf(actor, action) !== 'none') return { allowed: true };
  return { allowed: false, reason: `${ROLE_LABELS[actor.role]}账号不能${ACTION_LABELS[action]}` };
}

/** May the actor do `action` on this item? Items outside a department user's reach are hidden. */
export function canDoOnItem(actor: Pick<Actor, 'role' | 'departmentId'>, action: Action, item: ItemScope): Decision {
  const reach = reachOf(actor, action);
  if (reach === 'all') return { allowed: true };
  if (reach === 'own' && isOwnItem(actor, item)) return { allowed: true };
  if (reach === 'own' || reachOf(actor, 'item.read') === 'none' || !canReadItem(actor, item)) {
    return { allowed: false, hide: true, reason: '事项不存在或已无权查看' };
  }
  return { allowed: false, reason: `${ROLE_LABELS[actor.role]}账号不能${ACTION_LABELS[action]}` };
}

function canReadItem(actor: Pick<Actor, 'role' | 'departmentId'>, item: ItemScope): boolean {
  const reach = reachOf(actor, 'item.read');
  return reach === 'all' || (reach === 'own' && isOwnItem(actor, item));
}

/**
 * Extra rules for what a department user writes: a new item must be 自查自纠 of their own department,
 * and the assignment (责任部门, 配合部门) is the leader's to change.
 */
export function checkDepartmentWrite(
  actor: Pick<Actor, 'role' | 'departmentId'>,
  write:
    { kind: 'create'; source: string; departmentId: string | null; coDepartmentIds?: readonly string[] } | { kind: 'edit'; changedFields: readonly string[] },
): Decision {
  if (actor.role !== 'department') return { allowed: true };
  if (write.kind === 'create') {
    if (write.source !== SELF_FOUND_SOURCE) return { allowed: false, reason: `责任部门只能登记“${SELF_FOUND_SOURCE}”来源的问题，其他来源由领导交办` };
    if (write.departmentId !== actor.departmentId) return { allowed: false, reason: '只能为本部门登记问题' };
    // The same assignment rule as on edit: bringing in 配合部门 (who then see the item) is the leader's call.
    if (write.coDepartmentIds?.length) return { allowed: false, reason: '配合部门由领导交办，登记时不能自行选择' };
    return { allowed: true };
  }
  const assignment = write.changedFields.filter((f) => (ASSIGNMENT_FIELDS as readonly string[]).includes(f));
  if (assignment.length) return { allowed: false, reason: '责任部门和配合部门由领导交办，不能自行修改' };
  return { allowed: true };
}
