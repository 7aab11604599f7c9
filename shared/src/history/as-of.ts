/**
 * The board as of any day, rebuilt from the hash-chained history. An item's events (the same rows and
 * the same from→to payloads the history page shows) are replayed in order up to the end of the office
 * day (Asia/Shanghai); what the item was then is what the replay yields. Pure: the API feeds it the
 * stored events, tests feed it events they write.
 *
 * What the events record, and so what is exact here: every field a person edits ('created' carries
 * them all, 'updated' the changed ones), the column ('moved'), 销号 review state, 回头看 rounds,
 * 延期 (request, approval with the new deadline and count, original deadline), 更正时限, 长期坚持 stage
 * reviews, evidence / progress / 督办 counters. What they do not record:
 * - the applying department of a 销号 application (`signoffDepartmentId`; only the applicant's account
 *   is in the event) — not shown on the board;
 * - the date a 台账 import marked an item 已销号 on paper (`closedAt` of an imported closed item): the
 *   replay uses the import's time;
 * - `version` (the optimistic-concurrency counter) is counted from the saves the events reveal; an
 *   as-of board is read-only, so nothing writes with it;
 * - settings and department names are not item history: lights use the current 预警 thresholds and
 *   cards the departments' current names.
 */
import { TZDate } from '@date-fns/tz';
import type { ItemEventKind } from '../api-types.js';
import { NEW_ITEM_LIFECYCLE, NO_SIGNOFF_APPLICATION, type ItemFields, type RectifyItem } from '../item/item.js';
import { OFFICE_TIME_ZONE } from '../warning/warning.js';
import type { ColumnKey } from '../workflow/columns.js';

/** One history event as stored (item_events), parsed. */
export interface ReplayEvent {
  seq: number;
  itemId: string;
  at: string;
  actor: string;
  actorId: string | null;
  kind: ItemEventKind;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** YYYY-MM-DD, a real calendar date. */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** The instant (ms) the office day after `day` begins: events before it happened on or before `day`. */
export function officeDayEnd(day: string): number {
  const [y, m, d] = day.split('-').map(Number);
  return new TZDate(y, m - 1, d + 1, 0, 0, 0, 0, OFFICE_TIME_ZONE).getTime();
}

const EMPTY_FIELDS: ItemFields = {
  title: '',
  description: '',
  source: '',
  batch: '',
  scope: 'team',
  person: null,
  category: '',
  rectifyType: null,
  measures: [],
  leader: null,
  leaderUserId: null,
  departmentId: null,
  coDepartmentIds: [],
  owner: null,
  ownerUserId: null,
  deadline: null,
  stageGoal: null,
  nextReviewDate: null,
  completion: null,
  causeAnalysis: null,
  causeTags: [],
  remarks: null,
};
const FIELD_KEYS = new Set(Object.keys(EMPTY_FIELDS));

/** Kinds written by one save of the item (each save bumps its version once). */
const SAVE_KINDS = new Set<ItemEventKind>([
  'updated',
  'moved',
  'signoff_applied',
  'signoff_passed',
  'signoff_approved',
  'signoff_rejected',
  'signoff_recalled',
  'stage_approved',
  'reopened',
  'delay_requested',
  'delay_approved',
  'delay_rejected',
  'delay_withdrawn',
  'deadline_corrected',
]);

function fieldsOf(payload: Record<string, unknown> | null): Partial<ItemFields> {
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(payload ?? {})) if (FIELD_KEYS.has(key)) fields[key] = value;
  return fields;
}

const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const num = (value: unknown, fallback: number): number => (typeof value === 'number' ? value : fallback);

/**
 * Applies one event to the item as it stood before it (undefined before 'created'). `previous` is
 * the item's event before this one: a save writes its edit, its move and its lifecycle event together,
 * and they count as one version.
 */
export function applyEvent(item: RectifyItem | undefined, event: ReplayEvent, previous?: ReplayEvent): RectifyItem | undefined {
  return applyInPlace(item && { ...item }, event, previous, Date.parse(event.at), previous ? Date.parse(previous.at) : 0);
}

/** A new item from its 'created' event, every key in one literal (one object shape for all items: replays stay fast). */
function createdItem(event: ReplayEvent): RectifyItem {
  const after = event.after ?? {};
  const field = <K extends keyof ItemFields>(key: K): ItemFields[K] => (key in after ? (after[key] as ItemFields[K]) : EMPTY_FIELDS[key]);
  const f = {
    title: field('title'),
    description: field('description'),
    source: field('source'),
    batch: field('batch'),
    scope: field('scope'),
    person: field('person'),
    category: field('category'),
    rectifyType: field('rectifyType'),
    measures: field('measures'),
    leader: field('leader'),
    leaderUserId: field('leaderUserId'),
    departmentId: field('departmentId'),
    coDepartmentIds: field('coDepartmentIds'),
    owner: field('owner'),
    ownerUserId: field('ownerUserId'),
    deadline: field('deadline'),
    stageGoal: field('stageGoal'),
    nextReviewDate: field('nextReviewDate'),
    completion: field('completion'),
    causeAnalysis: field('causeAnalysis'),
    causeTags: field('causeTags'),
    remarks: field('remarks'),
  };
  const importedClosed = typeof after['导入说明'] === 'string';
  const l = NEW_ITEM_LIFECYCLE;
  return {
    id: event.itemId,
    code: str(after.code) ?? '',
    status: (str(after.status) ?? 'found') as ColumnKey,
    version: 1,
    createdAt: event.at,
    updatedAt: event.at,
    closedAt: importedClosed ? event.at : null,
    title: f.title,
    description: f.description,
    source: f.source,
    batch: f.batch,
    scope: f.scope,
    person: f.person,
    category: f.category,
    rectifyType: f.rectifyType,
    measures: f.measures,
    leader: f.leader,
    leaderUserId: f.leaderUserId,
    departmentId: f.departmentId,
    coDepartmentIds: f.coDepartmentIds,
    owner: f.owner,
    ownerUserId: f.ownerUserId,
    deadline: f.deadline,
    stageGoal: f.stageGoal,
    nextReviewDate: f.nextReviewDate,
    completion: f.completion,
    causeAnalysis: f.causeAnalysis,
    causeTags: f.causeTags,
    remarks: f.remarks,
    signoff: importedClosed ? 'approved' : l.signoff,
    signoffStage: l.signoffStage,
    signoffApplicantId: l.signoffApplicantId,
    signoffApplicantName: l.signoffApplicantName,
    signoffDepartmentId: l.signoffDepartmentId,
    reviewRequirement: l.reviewRequirement,
    round: l.round,
    reopenReason: l.reopenReason,
    stagesPassed: l.stagesPassed,
    originalDeadline: l.originalDeadline,
    deadlineChanges: l.deadlineChanges,
    extension: l.extension,
    evidenceCount: l.evidenceCount,
    supervisionCount: l.supervisionCount,
    openSupervisionCount: l.openSupervisionCount,
    lastProgressDate: l.lastProgressDate,
    closedVia: importedClosed ? 'ledger' : l.closedVia,
  };
}

/** applyEvent on an item the caller owns: changed where it stands (a replay makes one object per item, not one per event). */
function applyInPlace(
  item: RectifyItem | undefined,
  event: ReplayEvent,
  previous: ReplayEvent | undefined,
  atMs: number,
  previousAtMs: number,
): RectifyItem | undefined {
  const after = event.after ?? {};
  if (event.kind === 'created') return createdItem(event);
  if (!item) return undefined;
  const next = item;
  if (SAVE_KINDS.has(event.kind) && !sameSave(previous, event, atMs - previousAtMs)) {
    next.version += 1;
    next.updatedAt = event.at;
  }
  switch (event.kind) {
    case 'updated':
      Object.assign(next, fieldsOf(after));
      break;
    case 'moved':
      next.status = (str(after.status) ?? next.status) as ColumnKey;
      break;
    case 'signoff_applied':
      Object.assign(next, {
        signoff: 'pending',
        signoffStage: 'leader',
        signoffApplicantId: event.actorId,
        signoffApplicantName: event.actor,
        // Not in the event (see the header).
        signoffDepartmentId: null,
        reviewRequirement: null,
        closedAt: null,
      });
      if (typeof after.completion === 'string' || after.completion === null) next.completion = after.completion;
      break;
    case 'signoff_passed':
      next.signoffStage = (str(after.signoffStage) ?? 'inspector') as RectifyItem['signoffStage'];
      break;
    case 'signoff_approved':
      Object.assign(next, { signoff: 'approved', signoffStage: null, closedAt: event.at });
      break;
    case 'signoff_rejected':
      Object.assign(next, NO_SIGNOFF_APPLICATION, { status: 'in_progress', reviewRequirement: str(after.reviewRequirement) });
      break;
    case 'signoff_recalled':
      Object.assign(next, NO_SIGNOFF_APPLICATION, { status: 'in_progress' });
      break;
    case 'stage_approved':
      Object.assign(next, NO_SIGNOFF_APPLICATION, {
        status: 'in_progress',
        nextReviewDate: str(after.nextReviewDate) ?? next.nextReviewDate,
        stageGoal: 'stageGoal' in after ? str(after.stageGoal) : next.stageGoal,
        stagesPassed: num(after.stagesPassed, next.stagesPassed + 1),
      });
      break;
    case 'reopened': {
      const kept = { deadline: next.deadline, nextReviewDate: next.nextReviewDate, stageGoal: next.stageGoal };
      Object.assign(next, NO_SIGNOFF_APPLICATION, {
        ...fieldsOf({ deadline: after.deadline, nextReviewDate: after.nextReviewDate, stageGoal: after.stageGoal }),
        status: 'in_progress',
        reviewRequirement: null,
        reopenReason: str(after.reason),
        round: num(after.round, next.round + 1),
        closedAt: null,
      });
      // fieldsOf keeps keys whose value is undefined: drop them.
      for (const key of ['deadline', 'nextReviewDate', 'stageGoal'] as const) if (!(key in after)) next[key] = kept[key];
      break;
    }
    case 'delay_requested':
      next.extension = {
        deadline: str(after.deadline) ?? '',
        reason: str(after.reason) ?? '',
        requestedById: event.actorId ?? '',
        requestedByName: event.actor,
        requestedAt: event.at,
      };
      break;
    case 'delay_approved':
      next.originalDeadline = next.originalDeadline ?? str(event.before?.deadline) ?? next.deadline;
      next.deadline = str(after.deadline) ?? next.extension?.deadline ?? next.deadline;
      next.deadlineChanges = num(after.deadlineChanges, next.deadlineChanges + 1);
      next.extension = null;
      break;
    case 'delay_rejected':
    case 'delay_withdrawn':
      next.extension = null;
      break;
    case 'deadline_corrected':
      next.deadline = str(after.deadline) ?? next.deadline;
      break;
    case 'evidence_added':
      next.evidenceCount += 1;
      break;
    case 'progress_added': {
      const date = str(after.date);
      if (date && (!next.lastProgressDate || next.lastProgressDate < date)) next.lastProgressDate = date;
      break;
    }
    case 'supervised':
      next.supervisionCount += 1;
      next.openSupervisionCount += 1;
      break;
    case 'supervise_reply':
      next.openSupervisionCount = Math.max(0, next.openSupervisionCount - 1);
      break;
    case 'entries_created':
      break;
  }
  return next;
}

/**
 * One save appends its events together (consecutive in the chain, one instant): the edit, then the
 * move, then its lifecycle event. A 台账 import writes 'created' and 'moved' for a new row as one.
 */
function sameSave(previous: ReplayEvent | undefined, event: ReplayEvent, msApart: number): boolean {
  if (!previous || event.kind === 'updated') return false;
  if (event.seq - previous.seq !== 1 || previous.actorId !== event.actorId) return false;
  if (Math.abs(msApart) > 2) return false;
  if (event.kind === 'moved') return previous.kind === 'updated' || previous.kind === 'created' || previous.kind === 'entries_created';
  return previous.kind === 'updated' || previous.kind === 'moved';
}

/**
 * The item as it stood at the end of office day `day`: its events (in chain order) up to then,
 * replayed. Undefined when it was registered later.
 */
export function itemAsOf(events: readonly ReplayEvent[], day: string): RectifyItem | undefined {
  return replayUntil(events, officeDayEnd(day));
}

/** The replay up to (not including) the instant `endMs`. */
export function replayUntil(events: readonly ReplayEvent[], endMs: number, atMs?: readonly number[]): RectifyItem | undefined {
  let item: RectifyItem | undefined;
  let previous: ReplayEvent | undefined;
  let previousAtMs = 0;
  for (let i = 0; i < events.length; i++) {
    const event = events[i];
    const at = atMs ? atMs[i] : Date.parse(event.at);
    // Events are replayed in chain order; one dated after the end is left out (the chain is in time
    // order, except demo data written with back-dated events, which are then taken as dated).
    if (at >= endMs) continue;
    item = applyInPlace(item, event, previous, at, previousAtMs);
    if (event.kind !== 'entries_created') {
      previous = event;
      previousAtMs = at;
    } else if (previous) previous = { ...previous, seq: event.seq };
  }
  return item;
}

/**
 * Continues a replay: `state` is the item after its first `from` events (undefined when from = 0);
 * the result is the item after its first `to`. `state` is not changed (the result is a copy), so
 * states kept for one day can be shared by the next. For histories in time order, where the events up
 * to a day are a prefix of the list.
 */
export function replayRange(
  events: readonly ReplayEvent[],
  atMs: readonly number[],
  state: RectifyItem | undefined,
  from: number,
  to: number,
): RectifyItem | undefined {
  if (from === to) return state;
  let item = state && { ...state };
  let previous: ReplayEvent | undefined;
  let previousAtMs = 0;
  for (let i = from - 1; i >= 0; i--) {
    if (events[i].kind === 'entries_created') continue;
    previous = i === from - 1 ? events[i] : { ...events[i], seq: events[from - 1].seq };
    previousAtMs = atMs[i];
    break;
  }
  for (let i = from; i < to; i++) {
    const event = events[i];
    item = applyInPlace(item, event, previous, atMs[i], previousAtMs);
    if (event.kind !== 'entries_created') {
      previous = event;
      previousAtMs = atMs[i];
    } else if (previous) previous = { ...previous, seq: event.seq };
  }
  return item;
}
