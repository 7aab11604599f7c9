/**
 * Which lifecycle buttons a user sees on an item, and why one is disabled. Every decision is the
 * shared access table's and lifecycle.ts's; this only lists them for the drawer.
 */
import {
  canDoOnItem,
  checkExtensionDecision,
  checkExtensionWithdrawal,
  checkReopen,
  checkSignoffReview,
  checkSignoffWithdrawal,
  hasRunningDeadline,
  isSignedOff,
  SIGNOFF_STAGE_ROLE,
  type Action,
  type ItemView,
  type LifecycleCheck,
  type UserView,
} from '@rectify/shared';

export type LifecycleActionKey = 'review' | 'withdrawSignoff' | 'reopen' | 'requestExtension' | 'withdrawExtension' | 'decideExtension' | 'correctDeadline';

export interface LifecycleAction {
  key: LifecycleActionKey;
  label: string;
  /** Shown but disabled, with the reason as a tooltip. */
  disabledReason?: string;
}

const ACTION_OF: Record<LifecycleActionKey, Action> = {
  review: 'signoff.review',
  // Applying is moving the card into 销号; whoever may apply may take the application back.
  withdrawSignoff: 'item.move',
  reopen: 'item.reopen',
  requestExtension: 'extension.request',
  withdrawExtension: 'extension.request',
  decideExtension: 'extension.decide',
  correctDeadline: 'deadline.correct',
};

type User = Pick<UserView, 'id' | 'role' | 'departmentId'>;

/** Only what fits the item's state is offered; a user-specific refusal (own application…) is shown disabled with its reason. */
export function lifecycleActionsFor(user: User, item: ItemView): LifecycleAction[] {
  const actions: LifecycleAction[] = [];
  /**
   * A refusal about who the user is (403) is shown disabled with its reason, unless `onlyOwn`: taking
   * back an application is offered only to its own side, so nobody else sees a greyed-out 撤回.
   */
  const offer = (key: LifecycleActionKey, label: string, applies: boolean, check: LifecycleCheck = { allowed: true }, onlyOwn = false) => {
    if (!applies || !canDoOnItem(user, ACTION_OF[key], item).allowed) return;
    if (check.allowed) actions.push({ key, label });
    else if (check.status === 403 && !onlyOwn) actions.push({ key, label, disabledReason: check.reason });
  };
  // Only the role whose stage it is sees the review button (纪检 sees it once the leader has passed it on).
  const pending = item.status === 'closed' && item.signoff === 'pending' && !!item.signoffStage && SIGNOFF_STAGE_ROLE[item.signoffStage] === user.role;
  offer('review', item.signoffStage === 'inspector' ? '纪检复核' : '审核销号', pending, checkSignoffReview(user, item));
  offer('withdrawSignoff', '撤回销号申请', item.status === 'closed' && item.signoff === 'pending', checkSignoffWithdrawal(user, item), true);
  offer('reopen', '回头看', isSignedOff(item), checkReopen(item));
  const running = hasRunningDeadline(item.status) && item.rectifyType !== 'long_term' && !!item.deadline;
  offer('requestExtension', '申请延期', running && !item.extension);
  offer('withdrawExtension', '撤回延期申请', !!item.extension, checkExtensionWithdrawal(user, item), true);
  offer('decideExtension', '审批延期', running && !!item.extension, checkExtensionDecision(user, item));
  // Whether the deadline is still recent enough to correct is the server's to say (it reads the history).
  offer('correctDeadline', '更正时限', running && !item.extension);
  return actions;
}
