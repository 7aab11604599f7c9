/**
 * 待办: what a user is expected to do next on an item, decided by the access table and the lifecycle
 * checks, never restated. A leader sees the 销号 applications and 延期 requests they may decide; 纪检
 * the applications at its stage (two-level review); a department the items it works on that were sent
 * back with 补充整改要求. Open 督办单 are listed by the 督办 feature.
 */
import type { Actor } from '../access/roles.js';
import { canDoOnItem, isOwnItem } from '../access/permissions.js';
import type { ItemFields, ItemLifecycle, RectifyItem } from '../item/item.js';
import { checkExtensionDecision, checkSignoffReview } from './lifecycle.js';

export const WORK_KINDS = ['signoff_review', 'extension_decision', 'rework'] as const;
export type WorkKind = (typeof WORK_KINDS)[number];

export const WORK_KIND_LABELS: Record<WorkKind, string> = {
  signoff_review: '销号申请待审核',
  extension_decision: '延期申请待审批',
  rework: '被退回，待补充整改',
};

type WorkItem = Pick<RectifyItem, 'status' | 'rectifyType' | 'deadline' | 'nextReviewDate'> &
  Pick<ItemFields, 'departmentId' | 'coDepartmentIds'> &
  ItemLifecycle;
type Worker = Pick<Actor, 'id' | 'role' | 'departmentId'>;

/** The steps waiting for this user on this item, in WORK_KINDS order; empty when nothing is theirs to do. */
export function workFor(actor: Worker, item: WorkItem): WorkKind[] {
  const work: WorkKind[] = [];
  if (item.signoff === 'pending' && canDoOnItem(actor, 'signoff.review', item).allowed && checkSignoffReview(actor, item).allowed) {
    work.push('signoff_review');
  }
  if (item.extension && canDoOnItem(actor, 'extension.decide', item).allowed && checkExtensionDecision(actor, item).allowed) {
    work.push('extension_decision');
  }
  // Rework is the departments' on the item (lead or co-operating: either may reapply), not a leader's.
  if (item.reviewRequirement && item.status !== 'closed' && isOwnItem(actor, item) && canDoOnItem(actor, 'item.move', item).allowed) {
    work.push('rework');
  }
  return work;
}
