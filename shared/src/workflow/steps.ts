/**
 * The lifecycle steps, decided *and* applied by pure code: each step checks whether the actor may
 * take it now (the checks in lifecycle.ts) and, if so, says what the item becomes (`changes`), what
 * the history records (`events`) and who is told (`notices`). The API loads the item, calls the
 * step and persists the result in one transaction (ItemWriter); the board calls the same step for
 * its optimistic update, so a card shows at once what the server will answer.
 */
import type { Actor } from '../access/roles.js';
import type { ItemEventKind } from '../api-types.js';
import { NO_SIGNOFF_APPLICATION, type ItemFields, type ItemLifecycle, type RectifyItem } from '../item/item.js';
import { lifecycleNotices, type Notice } from '../notifications/lifecycle-notices.js';
import type {
  DeadlineCorrectionRequest,
  ExtensionDecisionRequest,
  ExtensionRequestBody,
  ReopenItemRequest,
  SignoffDecisionRequest,
} from '../schemas/lifecycle-schemas.js';
import { officeToday } from '../warning/warning.js';
import type { ColumnKey } from './columns.js';
import {
  approvalOutcome,
  checkDeadlineCorrection,
  checkExtensionDecision,
  checkExtensionRequest,
  checkExtensionWithdrawal,
  checkReopen,
  checkReopenPlan,
  checkSignoffApproval,
  checkSignoffReview,
  checkSignoffWithdrawal,
  checkStageApproval,
  extensionApproved,
  unfinishedMeasures,
  type LifecycleCheck,
  type SignoffSettings,
} from './lifecycle.js';

/** The stored state of an item a step reads and changes (the API's row; the web's ItemView). */
export type StepItem = ItemFields & ItemLifecycle & Pick<RectifyItem, 'id' | 'code' | 'status' | 'closedAt'>;

/** What a step sets on the item; the writer merges it into the row (and recomputes the due date). */
export type ItemChangeSet = Partial<Omit<StepItem, 'id' | 'code'>>;

/** One history event of a step; the writer adds the item, the time and the author, and chains it. */
export interface StepEvent {
  kind: ItemEventKind;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** A step that may be taken: what the item becomes, what the history records, who is told. */
export interface Step {
  allowed: true;
  changes: ItemChangeSet;
  events: StepEvent[];
  notices: Notice[];
}

/** A step refused: 403 when it is about who the actor is, 422 when about the item's state. */
export type StepRefusal = Extract<LifecycleCheck, { allowed: false }>;
export type StepResult = Step | StepRefusal;

/** Who takes the step, and when (the office's day is derived from `now`). */
export interface StepContext {
  actor: Pick<Actor, 'id' | 'displayName' | 'role' | 'departmentId'>;
  now: Date;
}

const step = (changes: ItemChangeSet, events: StepEvent[], notices: Notice[]): Step => ({ allowed: true, changes, events, notices });

/** Runs the checks in order; the first refusal wins. */
function firstRefusal(...checks: Array<() => LifecycleCheck>): StepRefusal | null {
  for (const check of checks) {
    const result = check();
    if (!result.allowed) return result;
  }
  return null;
}

/** An item no longer (or not yet) under 销号 review goes on in 整改中. */
const BACK_TO_WORK = { ...NO_SIGNOFF_APPLICATION, status: 'in_progress' } as const satisfies ItemChangeSet;

/**
 * What 申请销号 reads: the item's name for the notice, and what the history records of the application
 * (a board card lacks the last three; the board uses only the changes).
 */
export type ApplyingItem = Pick<StepItem, 'id' | 'code' | 'title' | 'departmentId'> & Partial<Pick<StepItem, 'completion' | 'evidenceCount' | 'round'>>;

/**
 * 申请销号: the card enters 销号 and waits there, 待审核, for a leader from elsewhere. Whether the move
 * may be made (the gates, who applies) is checkMoveBy's; `item` is the item with the data sent with
 * the move already applied. The 'moved' event is the writer's, as for every column change.
 */
export function applyForSignoff(item: ApplyingItem, context: StepContext): Step {
  const { actor } = context;
  const application = {
    status: 'closed',
    signoff: 'pending',
    signoffStage: 'leader',
    signoffApplicantId: actor.id,
    signoffApplicantName: actor.displayName,
    signoffDepartmentId: actor.departmentId,
    reviewRequirement: null,
    closedAt: null,
  } as const satisfies ItemChangeSet;
  return step(
    application,
    [{ kind: 'signoff_applied', before: null, after: { completion: item.completion, evidenceCount: item.evidenceCount, round: item.round } }],
    [lifecycleNotices.signoffApplied({ ...item, ...application }, actor.id, application.signoffStage)],
  );
}

/**
 * A card moved to `to` (checkMoveBy has allowed it): into 销号 it is 申请销号 (applyForSignoff),
 * into any other column just the column.
 */
export function moveTo(item: ApplyingItem, to: ColumnKey, context: StepContext): Step {
  return to === 'closed' ? applyForSignoff(item, context) : step({ status: to }, [], []);
}

/** 审核销号: approve (next level, 已销号, or a 长期坚持 stage passed) or reject with 补充整改要求. */
export function decideSignoff(
  item: StepItem,
  request: Pick<SignoffDecisionRequest, 'decision' | 'opinion' | 'nextReviewDate' | 'stageGoal' | 'confirmUnfinished'>,
  settings: SignoffSettings,
  context: StepContext,
): StepResult {
  const { actor, now } = context;
  const opinion = request.opinion || null;
  if (request.decision === 'reject') {
    const refused = firstRefusal(() => checkSignoffReview(actor, item));
    if (refused) return refused;
    return step(
      { ...BACK_TO_WORK, reviewRequirement: opinion },
      [{ kind: 'signoff_rejected', before: { signoffStage: item.signoffStage }, after: { reviewRequirement: opinion } }],
      [lifecycleNotices.signoffRejected(item, actor.id, opinion)],
    );
  }
  const outcome = approvalOutcome(item, settings);
  const refused = firstRefusal(
    () => checkSignoffReview(actor, item),
    () => checkSignoffApproval(item, request),
    () => checkStageApproval(item, outcome, request, officeToday(now)),
  );
  if (refused) return refused;
  // Approved although measures are still open: the reviewer confirmed it, and the history keeps it.
  const unfinished = unfinishedMeasures(item);
  const confirmed = unfinished > 0 ? { unfinishedMeasures: unfinished, confirmedUnfinished: true } : {};
  switch (outcome.kind) {
    case 'next_stage':
      return step(
        { signoffStage: outcome.signoffStage },
        [{ kind: 'signoff_passed', before: { signoffStage: item.signoffStage }, after: { signoffStage: outcome.signoffStage, opinion, ...confirmed } }],
        [lifecycleNotices.signoffApplied(item, actor.id, outcome.signoffStage)],
      );
    case 'signed_off':
      return step(
        { signoff: 'approved', signoffStage: null, closedAt: now.toISOString() },
        [{ kind: 'signoff_approved', before: { signoff: 'pending' }, after: { signoff: 'approved', opinion, ...confirmed } }],
        [lifecycleNotices.signoffApproved(item, actor.id)],
      );
    case 'stage_passed':
      return acceptStage(item, request.nextReviewDate!, request.stageGoal, opinion, confirmed, context);
  }
}

/** 长期坚持 阶段验收: the stage is accepted and the work goes on towards the next review. */
function acceptStage(
  item: StepItem,
  nextReviewDate: string,
  stageGoal: string | null | undefined,
  opinion: string | null,
  confirmed: Record<string, unknown>,
  { actor }: StepContext,
): Step {
  const next = { nextReviewDate, stageGoal: stageGoal ?? item.stageGoal };
  const stagesPassed = item.stagesPassed + 1;
  return step(
    { ...next, ...BACK_TO_WORK, stagesPassed },
    [
      {
        kind: 'stage_approved',
        before: { nextReviewDate: item.nextReviewDate, stageGoal: item.stageGoal },
        after: { ...next, stagesPassed, opinion, ...confirmed },
      },
    ],
    [lifecycleNotices.stageApproved(item, actor.id, nextReviewDate)],
  );
}

/** 撤回销号申请: the card goes back to 整改中 as it was before the application; nothing was reviewed. */
export function withdrawSignoff(item: StepItem, reason: string | null | undefined, { actor }: StepContext): StepResult {
  const refused = firstRefusal(() => checkSignoffWithdrawal(actor, item));
  if (refused) return refused;
  return step(
    BACK_TO_WORK,
    [{ kind: 'signoff_recalled', before: { signoff: 'pending' }, after: { signoff: 'none', reason: reason || null } }],
    [lifecycleNotices.signoffWithdrawn(item, actor.id)],
  );
}

/** 回头看: a signed-off item found back (反弹回潮) returns to 整改中 as the next round, with the new round's time. */
export function reopen(
  item: StepItem,
  request: Pick<ReopenItemRequest, 'reason' | 'deadline' | 'nextReviewDate' | 'stageGoal'>,
  { actor, now }: StepContext,
): StepResult {
  const refused = firstRefusal(
    () => checkReopen(item),
    () => checkReopenPlan(item, request, officeToday(now)),
  );
  if (refused) return refused;
  const round = item.round + 1;
  // The new round's time: a deadline, or for 长期坚持 the next review date (and its stage goal).
  const time =
    item.rectifyType === 'long_term'
      ? { nextReviewDate: request.nextReviewDate!, stageGoal: request.stageGoal || item.stageGoal }
      : { deadline: request.deadline! };
  return step(
    { ...BACK_TO_WORK, ...time, reviewRequirement: null, reopenReason: request.reason, round, closedAt: null },
    [
      {
        kind: 'reopened',
        before: { round: item.round, closedAt: item.closedAt, deadline: item.deadline, nextReviewDate: item.nextReviewDate },
        after: { round, reason: request.reason, ...time },
      },
    ],
    [lifecycleNotices.reopened(item, actor.id, round, request.reason)],
  );
}

/** 申请延期: the department asks for a later deadline with a reason. */
export function requestExtension(item: StepItem, request: Pick<ExtensionRequestBody, 'deadline' | 'reason'>, { actor, now }: StepContext): StepResult {
  const refused = firstRefusal(() => checkExtensionRequest(item, request.deadline));
  if (refused) return refused;
  const extension = {
    deadline: request.deadline,
    reason: request.reason,
    requestedById: actor.id,
    requestedByName: actor.displayName,
    requestedAt: now.toISOString(),
  };
  return step(
    { extension },
    [{ kind: 'delay_requested', before: { deadline: item.deadline }, after: { deadline: request.deadline, reason: request.reason } }],
    [lifecycleNotices.extensionRequested(item, actor.id, request.deadline)],
  );
}

/** 审批延期: approved, the deadline moves and the first one stays on record; rejected, it stays. */
export function decideExtension(item: StepItem, request: Pick<ExtensionDecisionRequest, 'decision' | 'opinion'>, { actor }: StepContext): StepResult {
  const refused = firstRefusal(() => checkExtensionDecision(actor, item));
  if (refused) return refused;
  const opinion = request.opinion || null;
  const asked = item.extension!;
  if (request.decision === 'reject') {
    return step(
      { extension: null },
      [{ kind: 'delay_rejected', before: { deadline: item.deadline }, after: { requested: asked.deadline, opinion } }],
      [lifecycleNotices.extensionDecided(item, actor.id, asked.requestedById, false, asked.deadline)],
    );
  }
  const approved = extensionApproved(item);
  return step(
    approved,
    [
      {
        kind: 'delay_approved',
        before: { deadline: item.deadline },
        after: { deadline: approved.deadline, deadlineChanges: approved.deadlineChanges, reason: asked.reason, opinion },
      },
    ],
    [lifecycleNotices.extensionDecided(item, actor.id, asked.requestedById, true, asked.deadline)],
  );
}

/** 撤回延期申请: the deadline stays as it is and a new request may be made later. */
export function withdrawExtension(item: StepItem, reason: string | null | undefined, { actor }: StepContext): StepResult {
  const refused = firstRefusal(() => checkExtensionWithdrawal(actor, item));
  if (refused) return refused;
  const asked = item.extension!;
  return step(
    { extension: null },
    [{ kind: 'delay_withdrawn', before: { deadline: item.deadline }, after: { requested: asked.deadline, reason: reason || null } }],
    [lifecycleNotices.extensionWithdrawn(item, actor.id, asked.deadline)],
  );
}

/**
 * 更正时限: a leader corrects a deadline set wrongly in the last days; recorded as such, not a 延期.
 * `setOn` is the office day the current deadline was set (from the history).
 */
export function correctDeadline(
  item: StepItem,
  request: Pick<DeadlineCorrectionRequest, 'deadline' | 'reason'>,
  setOn: string | null,
  { actor, now }: StepContext,
): StepResult {
  const refused = firstRefusal(() => checkDeadlineCorrection(actor, item, request.deadline, setOn, officeToday(now)));
  if (refused) return refused;
  return step(
    { deadline: request.deadline },
    [{ kind: 'deadline_corrected', before: { deadline: item.deadline }, after: { deadline: request.deadline, reason: request.reason } }],
    [lifecycleNotices.deadlineCorrected(item, actor.id, request.deadline, request.reason)],
  );
}
