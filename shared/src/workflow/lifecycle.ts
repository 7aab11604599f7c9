/**
 * The lifecycle past the five columns, in one place: 销号 review (one or two levels), 回头看 reopening,
 * 延期 requests and decisions, 长期坚持 stage reviews. Each `check…` answers whether an actor may
 * take the step now and, if not, why in Chinese; each `…Outcome` says what the item becomes. The API
 * runs these for every client; the board reads them to show or hide buttons.
 * Entering 销号 itself (申请销号) is a move through the gates in gates.ts.
 */
import type { Actor } from '../access/roles.js';
import type { ItemFields, ItemLifecycle, RectifyItem, SignoffStage } from '../item/item.js';
import { chineseDate } from '../report/chinese.js';
import { calendarDaysBetween } from '../warning/warning.js';
import { columnIndex, type ColumnKey } from './columns.js';

/** The outcome of a check: allowed, or why not; `status` says which HTTP class the refusal is. */
export type LifecycleCheck = { allowed: true } | { allowed: false; status: 403 | 422; reason: string };

const ok: LifecycleCheck = { allowed: true };
const forbidden = (reason: string): LifecycleCheck => ({ allowed: false, status: 403, reason });
const invalid = (reason: string): LifecycleCheck => ({ allowed: false, status: 422, reason });

type LifecycleItem = Pick<RectifyItem, 'status' | 'rectifyType' | 'deadline' | 'nextReviewDate'> & ItemLifecycle;
type Reviewer = Pick<Actor, 'id' | 'role' | 'departmentId'>;

export interface SignoffSettings {
  /** Two-level review: a leader approves, then an inspector (纪检) confirms. */
  signoffTwoLevel: boolean;
}

/** The role that reviews at each stage. */
export const SIGNOFF_STAGE_ROLE: Record<SignoffStage, Reviewer['role']> = { leader: 'leader', inspector: 'inspector' };

/**
 * May this actor review the pending 销号 application now? Separation of duties: never the applicant,
 * never someone of the applying department, and only the role whose stage it is.
 */
export function checkSignoffReview(actor: Reviewer, item: LifecycleItem): LifecycleCheck {
  if (item.status !== 'closed' || item.signoff !== 'pending' || !item.signoffStage) {
    return invalid(item.signoff === 'approved' ? '该事项已销号，无需再审核' : '该事项没有待审核的销号申请');
  }
  if (actor.id === item.signoffApplicantId) return forbidden('不能审核本人提交的销号申请');
  if (actor.departmentId && actor.departmentId === item.signoffDepartmentId) return forbidden('不能审核本部门提交的销号申请');
  const role = SIGNOFF_STAGE_ROLE[item.signoffStage];
  if (actor.role !== role) {
    return forbidden(item.signoffStage === 'leader' ? '该申请正等待领导审核' : '该申请已由领导审核通过，正等待纪检复核');
  }
  return ok;
}

/** What an item becomes when the application is approved at its current stage. */
export type ApprovalOutcome =
  /** Passed the leader; now waits for the inspector. */
  | { kind: 'next_stage'; signoffStage: SignoffStage }
  /** 已销号. */
  | { kind: 'signed_off' }
  /** 长期坚持: this stage is accepted, the item goes on in 整改中 with the next review date. */
  | { kind: 'stage_passed' };

export function approvalOutcome(item: Pick<LifecycleItem, 'signoffStage' | 'rectifyType'>, settings: SignoffSettings): ApprovalOutcome {
  if (item.signoffStage === 'leader' && settings.signoffTwoLevel) return { kind: 'next_stage', signoffStage: 'inspector' };
  if (item.rectifyType === 'long_term') return { kind: 'stage_passed' };
  return { kind: 'signed_off' };
}

/** 整改措施 still 未完成 (those with content and not done). */
export function unfinishedMeasures(item: Pick<ItemFields, 'measures'>): number {
  return item.measures.filter((m) => m.content.trim().length > 0 && !m.done).length;
}

/** Why an approval with unfinished measures is refused until the reviewer confirms it. */
export function unfinishedMeasuresRefusal(count: number): string {
  return `尚有${count}项整改措施未完成。如确认仍予通过，请勾选“确认在措施未全部完成的情况下通过”（将记入审核记录）`;
}

/**
 * Approving while measures are still 未完成 is a judgement the reviewer makes explicitly
 * (`confirmUnfinished`), and the history keeps it with the decision.
 */
export function checkSignoffApproval(item: Pick<ItemFields, 'measures'>, request: { confirmUnfinished?: boolean }): LifecycleCheck {
  const count = unfinishedMeasures(item);
  if (count > 0 && !request.confirmUnfinished) return invalid(unfinishedMeasuresRefusal(count));
  return ok;
}

/**
 * 长期坚持 items are never closed for good: approving the final level of a stage review needs the next
 * review date (after today), and may set the next stage goal.
 */
export function checkStageApproval(
  _item: Pick<LifecycleItem, 'rectifyType' | 'nextReviewDate'>,
  outcome: ApprovalOutcome,
  next: { nextReviewDate?: string | null },
  today: string,
): LifecycleCheck {
  if (outcome.kind !== 'stage_passed') return ok;
  if (!next.nextReviewDate) return invalid('长期坚持事项通过阶段验收时须确定下次复核日期');
  if (calendarDaysBetween(today, next.nextReviewDate) <= 0) return invalid('下次复核日期应晚于今天');
  return ok;
}

/**
 * 撤回: the applicant, or anyone of the applying department, takes back a 销号 application (a wrong file,
 * work found unfinished) before anyone has reviewed it. Once a leader has passed it on to 纪检, it is
 * that leader's decision too, so it can no longer be taken back, only rejected.
 */
export function checkSignoffWithdrawal(actor: Reviewer, item: LifecycleItem): LifecycleCheck {
  if (item.status !== 'closed' || item.signoff !== 'pending' || !item.signoffStage) {
    return invalid(item.signoff === 'approved' ? '该事项已销号，不能撤回' : '该事项没有待审核的销号申请');
  }
  if (actor.id !== item.signoffApplicantId && !(actor.departmentId && actor.departmentId === item.signoffDepartmentId)) {
    return forbidden('只有申请人或申请部门可以撤回销号申请');
  }
  if (item.signoffStage !== 'leader') return invalid('领导已审核通过，申请正等待纪检复核，不能再撤回');
  return ok;
}

/** 回头看: an inspector or a leader reopens an item that has been signed off. */
export function checkReopen(item: Pick<LifecycleItem, 'status' | 'signoff'>): LifecycleCheck {
  if (item.status === 'closed' && item.signoff === 'approved') return ok;
  if (item.status === 'closed') return invalid('销号申请尚在审核中，不能“回头看”重新整改；可由审核人退回');
  return invalid('只有已销号的事项才能“回头看”重新整改，该事项尚未销号');
}

/** The refusal of a date being set before today (the office's day), naming the field. */
function beforeToday(label: string, today: string): string {
  return `${label}不能早于今天（${chineseDate(today)}）`;
}

/**
 * The new round's time after 回头看: a reopened item with its old deadline would be overdue at once,
 * so the step sets a new deadline (or, for 长期坚持, the next review date), not before today.
 */
export function checkReopenPlan(
  item: Pick<RectifyItem, 'rectifyType'>,
  plan: { deadline?: string | null; nextReviewDate?: string | null },
  today: string,
): LifecycleCheck {
  const [date, label] = item.rectifyType === 'long_term' ? [plan.nextReviewDate, '下次复核日期'] : [plan.deadline, '新一轮的整改时限'];
  if (!date) return invalid(`重新整改须确定${label}`);
  if (date < today) return invalid(beforeToday(label, today));
  return ok;
}

/** Columns in which a deadline exists and can still move: 明确时限 and 整改中. */
export function hasRunningDeadline(status: ColumnKey): boolean {
  return columnIndex(status) >= columnIndex('deadline') && status !== 'closed';
}

/** May the department ask to move the deadline to `deadline`? */
export function checkExtensionRequest(item: LifecycleItem, deadline: string): LifecycleCheck {
  if (!hasRunningDeadline(item.status)) return invalid('只有“明确时限”或“整改中”的事项才能申请延期');
  if (item.rectifyType === 'long_term') return invalid('长期坚持事项没有最终时限，请在阶段验收时调整下次复核日期');
  if (item.extension) return invalid('已有一项延期申请正在等待领导审批');
  if (!item.deadline) return invalid('该事项尚未明确整改时限');
  if (calendarDaysBetween(item.deadline, deadline) <= 0) return invalid(`申请的新时限须晚于现在的整改时限（${item.deadline}）`);
  return ok;
}

/** May this actor decide the pending 延期 request? Never the person who asked for it. */
export function checkExtensionDecision(actor: Reviewer, item: LifecycleItem): LifecycleCheck {
  if (!item.extension) return invalid('该事项没有待审批的延期申请');
  if (!hasRunningDeadline(item.status)) return invalid('该事项已不在整改阶段，延期申请无法审批');
  if (actor.id === item.extension.requestedById) return forbidden('不能审批本人提出的延期申请');
  return ok;
}

/** 撤回延期申请: the requester, or anyone of the item's lead department, takes back a pending request. */
export function checkExtensionWithdrawal(actor: Reviewer, item: LifecycleItem & Pick<ItemFields, 'departmentId'>): LifecycleCheck {
  if (!item.extension) return invalid('该事项没有待审批的延期申请');
  if (actor.id !== item.extension.requestedById && !(actor.departmentId && actor.departmentId === item.departmentId)) {
    return forbidden('只有申请人或责任部门可以撤回延期申请');
  }
  return ok;
}

/** The lifecycle fields after an approved 延期: the first deadline stays on record. */
export function extensionApproved(
  item: LifecycleItem & Pick<ItemFields, 'deadline'>,
): Pick<ItemLifecycle, 'originalDeadline' | 'deadlineChanges' | 'extension'> & Pick<ItemFields, 'deadline'> {
  return {
    deadline: item.extension!.deadline,
    originalDeadline: item.originalDeadline ?? item.deadline,
    deadlineChanges: item.deadlineChanges + 1,
    extension: null,
  };
}

type DeadlineFields = Pick<ItemFields, 'deadline' | 'rectifyType'>;

/**
 * Once a deadline is set (明确时限 and later) it moves only through an approved 延期 (or a leader's
 * 更正时限): an edit that changes it, clears it, or switches the 整改类型 (长期坚持 has no deadline, so
 * switching there and back would be a 延期 by the side door) is refused.
 */
export function checkDeadlineEdit(status: ColumnKey, before: DeadlineFields, after: DeadlineFields): LifecycleCheck {
  if (columnIndex(status) < columnIndex('deadline')) return ok;
  if (before.rectifyType !== after.rectifyType) {
    return invalid('已明确时限的事项不能直接改变整改类型：调整时限请提出延期申请，经领导审批；填写有误的可由领导更正时限');
  }
  if (before.deadline === after.deadline || !before.deadline) return ok;
  return invalid('已明确的整改时限不能直接修改，请提出延期申请并说明理由，经领导审批后调整');
}

/**
 * A deadline (or 长期坚持's next review date) being set now must not lie in the past: a typo of a
 * past day would light the card red at once and could then only move by a formal 延期.
 */
export function checkNewDates(
  before: Pick<ItemFields, 'deadline' | 'nextReviewDate'> | null,
  after: Pick<ItemFields, 'deadline' | 'nextReviewDate'>,
  today: string,
): { allowed: true } | { allowed: false; status: 422; reason: string; field: 'deadline' | 'nextReviewDate' } {
  for (const [field, label] of [
    ['deadline', '整改时限'],
    ['nextReviewDate', '下次复核日期'],
  ] as const) {
    const date = after[field];
    if (date && date !== before?.[field] && date < today) return { allowed: false, status: 422, reason: beforeToday(label, today), field };
  }
  return { allowed: true };
}

/** How long after a deadline was set a leader may still correct it as a slip of the pen (更正时限). */
export const DEADLINE_CORRECTION_DAYS = 7;

/**
 * 更正时限: a leader puts right a deadline set wrongly within the last DEADLINE_CORRECTION_DAYS days,
 * with a reason. It is recorded as a correction, not a 延期, and does not count as one.
 * `setOn` is the office day the current deadline was set (from the history).
 */
export function checkDeadlineCorrection(
  actor: Pick<Actor, 'role'>,
  item: LifecycleItem,
  deadline: string,
  setOn: string | null,
  today: string,
): LifecycleCheck {
  if (actor.role !== 'leader') return forbidden('只有领导可以更正整改时限；责任部门调整时限请申请延期');
  if (!hasRunningDeadline(item.status)) return invalid('只有“明确时限”或“整改中”的事项才能更正整改时限');
  if (item.rectifyType === 'long_term' || !item.deadline) return invalid('长期坚持事项没有最终时限，请在阶段验收时调整下次复核日期');
  if (item.extension) return invalid('该事项有待审批的延期申请，请先审批或由申请人撤回');
  if (deadline === item.deadline) return invalid('新的整改时限与现在的相同');
  if (deadline < today) return invalid(beforeToday('整改时限', today));
  if (!setOn || calendarDaysBetween(setOn, today) > DEADLINE_CORRECTION_DAYS) {
    return invalid(`整改时限确定已超过${DEADLINE_CORRECTION_DAYS}天，不能再作为笔误更正，请按程序申请延期`);
  }
  return ok;
}
/** 退回整改: a rejected application's 补充整改要求 stands until the next application. */
export function reworkPending(item: Pick<RectifyItem, 'status'> & Pick<ItemLifecycle, 'reviewRequirement'>): boolean {
  return !!item.reviewRequirement && item.status !== 'closed';
}

/** The card tag of an item imported as 已销号 from an office's 台账 (按台账导入的已销号事项). */
export const LEDGER_CLOSED_TAG = '台账导入已销号';

/** The review a pending 销号 application waits for, as the card's tag: 待审核 or 待纪检复核. */
export const SIGNOFF_REVIEW_TAGS = ['待审核', '待纪检复核'] as const;
export function signoffTag(item: Pick<RectifyItem, 'status'> & Pick<ItemLifecycle, 'signoff' | 'signoffStage'>): string | null {
  if (item.status !== 'closed' || item.signoff !== 'pending') return null;
  return item.signoffStage === 'inspector' ? SIGNOFF_REVIEW_TAGS[1] : SIGNOFF_REVIEW_TAGS[0];
}

/** The short tags a card shows for its lifecycle state, in display order (已销号 is the card's light label). */
export function lifecycleTags(
  item: Pick<RectifyItem, 'status'> &
    Pick<ItemLifecycle, 'signoff' | 'signoffStage' | 'round' | 'deadlineChanges' | 'extension' | 'openSupervisionCount' | 'closedVia'>,
): string[] {
  const tags: string[] = [];
  const review = signoffTag(item);
  if (review) tags.push(review);
  // 按台账导入的已销号事项: closed on paper, never reviewed here (a 回头看 starts round 2 and drops it).
  if (item.status === 'closed' && item.signoff === 'approved' && item.closedVia === 'ledger' && item.round === 1) tags.push(LEDGER_CLOSED_TAG);
  if (item.round > 1) tags.push(`第${item.round}轮`);
  if (item.deadlineChanges > 0) tags.push(`延期${item.deadlineChanges}次`);
  if (item.extension) tags.push('延期待批');
  if (item.openSupervisionCount > 0) tags.push('督办');
  return tags;
}
