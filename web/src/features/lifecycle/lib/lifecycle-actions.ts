/**
 * Which lifecycle buttons a user sees on an item, and why one is disabled. Every decision is the
 * shared access table's and lifecycle.ts's; this only lists them for the drawer.
 */
import {
  canDoOnItem,
  checkExtensionDecision,
  checkReopen,
  checkSignoffReview,
  SIGNOFF_STAGE_ROLE,
  type Action,
  type ItemView,
  type LifecycleCheck,
  type UserView,
} from '@rectify/shared';

export type LifecycleActionKey = 'review' | 'reopen' | 'requestExtension' | 'decideExtension';

export interface LifecycleAction {
  key: LifecycleActionKey;
  label: string;
  /** Shown but disabled, with the reason as a tooltip. */
  disabledReason?: string;
}

const ACTION_OF: Record<LifecycleActionKey, Action> = {
  review: 'signoff.review',
  reopen: 'item.reopen',
  requestExtension: 'extension.request',
  decideExtension: 'extension.decide',
};

type User = Pick<UserView, 'id' | 'role' | 'departmentId'>;

/** Only what fits the item's state is offered; a user-specific refusal (own application…) is shown disabled with its reason. */
export function lifecycleActionsFor(user: User, item: ItemView): LifecycleAction[] {
  const actions: LifecycleAction[] = [];
  const offer = (key: LifecycleActionKey, label: string, applies: boolean, check: LifecycleCheck = { allowed: true }) => {
    if (!applies || !canDoOnItem(user, ACTION_OF[key], item).allowed) return;
    if (check.allowed) actions.push({ key, label });
    else if (check.status === 403) actions.push({ key, label, disabledReason: check.reason });
  };
  // Only the role whose stage it is sees the review button (纪检 sees it once the leader has passed it on).
  const pending = item.status === 'closed' && item.signoff === 'pending' && !!item.signoffStage && SIGNOFF_STAGE_ROLE[item.signoffStage] === user.role;
  offer('review', item.signoffStage === 'inspector' ? '纪检复核' : '审核销号', pending, checkSignoffReview(user, item));
  offer('reopen', '回头看', item.status === 'closed' && item.signoff === 'approved', checkReopen(item));
  const running = (item.status === 'deadline' || item.status === 'in_progress') && item.rectifyType !== 'long_term' && !!item.deadline;
  offer('requestExtension', '申请延期', running && !item.extension);
  offer('decideExtension', '审批延期', running && !!item.extension, checkExtensionDecision(user, item));
  return actions;
}
