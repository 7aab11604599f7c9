/**
 * 曾逾期: whether an item was ever late, read from its history. The light (warning.ts) tells only
 * today's state: once a 延期 is approved past the deadline, or the item is closed late, it turns off
 * and the lateness would be forgotten. These facts keep it, for 逾期督查's 曾逾期 view, the 台账's
 * 逾期情况 column and the dashboard's 按期完成率.
 *
 * Rules (calendar days in China time, as the light counts them):
 * - 逾期后延期: a 延期 approved on a day after the deadline it replaced; late by the days between.
 *   (更正时限 after the deadline is the same fact, named 逾期后更正时限.)
 * - 逾期销号: the 销号 that was approved was applied for after the deadline in force then (the light
 *   goes off on the application, so the application day is the one that counts); an item recorded as
 *   已销号 by a 台账 import is judged by its 销号日期.
 * - 按期完成: signed off and never late (no episode in any round). 长期坚持 items have review dates,
 *   not deadlines, and no final 销号: they have no episodes.
 */
import type { ItemEventKind } from '../api-types.js';
import { isSignedOff, type RectifyItem } from '../item/item.js';
import { chineseDate } from '../report/chinese.js';
import { calendarDaysBetween, officeToday } from './warning.js';

/** One history entry, as stored (only kind, time and the changed fields are read). */
export interface OverdueHistoryEvent {
  kind: ItemEventKind;
  at: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

export type LateKind = 'extended_late' | 'corrected_late' | 'closed_late';
export const LATE_KIND_LABELS: Record<LateKind, string> = {
  extended_late: '逾期后延期',
  corrected_late: '逾期后更正时限',
  closed_late: '逾期销号',
};

export interface LateEpisode {
  kind: LateKind;
  /** 整改轮次 it happened in. */
  round: number;
  /** The deadline that was missed. */
  deadline: string;
  /** The office day of the 延期 approval, the correction, or the 销号 application. */
  on: string;
  daysLate: number;
  /** The deadline an extension or correction set. */
  newDeadline?: string | null;
}

export interface OverdueHistory {
  episodes: LateEpisode[];
  /** Open and past its deadline today: the days so far; null otherwise. */
  overdueNow: number | null;
  /** Late now or at any time before. */
  everOverdue: boolean;
  /** The most days it was late, now or in any episode (0 if never). */
  maxDaysLate: number;
  /** 已销号: whether it was closed without ever being late; null while not signed off. */
  closedOnTime: boolean | null;
}

export type OverdueHistoryItem = Pick<RectifyItem, 'status' | 'signoff' | 'rectifyType' | 'deadline' | 'closedAt' | 'closedVia'>;

const hasDeadline = (value: Record<string, unknown> | null): value is Record<string, unknown> => !!value && 'deadline' in value;
const dateOf = (value: unknown): string | null => (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null);

/** The 曾逾期 facts of one item from its events (oldest first; other kinds are ignored) and today's office date. */
export function overdueHistoryOf(item: OverdueHistoryItem, events: readonly OverdueHistoryEvent[], today: string): OverdueHistory {
  const episodes: LateEpisode[] = [];
  const longTerm = item.rectifyType === 'long_term';
  if (!longTerm) {
    // The deadline in force before each event, walked back from today's: every event that moved it
    // recorded the old one (an edit, a 延期, a correction, 回头看).
    const before = new Array<string | null>(events.length);
    let deadline = item.deadline;
    for (let i = events.length - 1; i >= 0; i--) {
      const e = events[i];
      if (hasDeadline(e.before) && hasDeadline(e.after)) deadline = dateOf(e.before.deadline);
      before[i] = deadline;
    }
    let round = 1;
    let applied: { on: string; deadline: string | null } | null = null;
    let closedByReview = false;
    events.forEach((e, i) => {
      const on = officeToday(new Date(e.at));
      switch (e.kind) {
        case 'reopened':
          round = typeof e.after?.round === 'number' ? e.after.round : round + 1;
          applied = null;
          closedByReview = false;
          break;
        case 'signoff_applied':
          applied = { on, deadline: before[i] };
          break;
        case 'signoff_rejected':
        case 'signoff_recalled':
          applied = null;
          break;
        case 'signoff_approved': {
          closedByReview = true;
          const at = applied ?? { on, deadline: before[i] };
          if (at.deadline && at.on > at.deadline)
            episodes.push({ kind: 'closed_late', round, deadline: at.deadline, on: at.on, daysLate: calendarDaysBetween(at.deadline, at.on) });
          applied = null;
          break;
        }
        case 'delay_approved':
        case 'deadline_corrected': {
          const missed = dateOf(e.before?.deadline) ?? before[i];
          if (missed && on > missed) {
            episodes.push({
              kind: e.kind === 'delay_approved' ? 'extended_late' : 'corrected_late',
              round,
              deadline: missed,
              on,
              daysLate: calendarDaysBetween(missed, on),
              newDeadline: dateOf(e.after?.deadline),
            });
          }
          break;
        }
        default:
          // Other kinds do not bear on lateness (the caller reads only OVERDUE_HISTORY_EVENT_KINDS).
          break;
      }
    });
    // 已销号 on paper (台账导入): its 销号日期 against its deadline.
    if (isSignedOff(item) && !closedByReview && item.closedAt && item.deadline) {
      const on = officeToday(new Date(item.closedAt));
      if (on > item.deadline) episodes.push({ kind: 'closed_late', round, deadline: item.deadline, on, daysLate: calendarDaysBetween(item.deadline, on) });
    }
  }
  const overdueNow = !longTerm && item.status !== 'closed' && item.deadline && item.deadline < today ? calendarDaysBetween(item.deadline, today) : null;
  const maxDaysLate = Math.max(0, overdueNow ?? 0, ...episodes.map((e) => e.daysLate));
  return {
    episodes,
    overdueNow,
    everOverdue: maxDaysLate > 0,
    maxDaysLate,
    closedOnTime: isSignedOff(item) ? episodes.length === 0 : null,
  };
}

/** One episode in words: "逾期后延期（原时限2026年11月20日，逾期5天，延至2026年12月31日）". */
export function describeLateEpisode(e: LateEpisode): string {
  const moved = e.newDeadline ? `，延至${chineseDate(e.newDeadline)}` : '';
  const round = e.round > 1 ? `第${e.round}轮` : '';
  return `${round}${LATE_KIND_LABELS[e.kind]}（原时限${chineseDate(e.deadline)}，逾期${e.daysLate}天${e.kind === 'closed_late' ? '' : moved}）`;
}

/** The 台账's 逾期情况 cell: 逾期N天（未完成）, each episode, or 按期销号 / 未逾期. */
export function overdueSummary(history: OverdueHistory): string {
  const parts = [...(history.overdueNow !== null ? [`逾期${history.overdueNow}天（未完成）`] : []), ...history.episodes.map(describeLateEpisode)];
  if (parts.length) return parts.join('；');
  return history.closedOnTime ? '按期销号' : '未逾期';
}

/** 按期完成率: signed-off items closed without ever being late, over all signed-off items (0–100, one decimal; null with none closed). */
export function onTimeRateOf(histories: Iterable<OverdueHistory>): { closed: number; closedOnTime: number; onTimeRate: number | null } {
  let closed = 0;
  let closedOnTime = 0;
  for (const h of histories) {
    if (h.closedOnTime === null) continue;
    closed++;
    if (h.closedOnTime) closedOnTime++;
  }
  return { closed, closedOnTime, onTimeRate: closed ? Math.round((closedOnTime / closed) * 1000) / 10 : null };
}

/** Of the kinds an item's history holds, the ones overdueHistoryOf reads. */
export const OVERDUE_HISTORY_EVENT_KINDS: readonly ItemEventKind[] = [
  'updated',
  'reopened',
  'signoff_applied',
  'signoff_rejected',
  'signoff_recalled',
  'signoff_approved',
  'delay_approved',
  'deadline_corrected',
];

/** One row of 逾期督查's 曾逾期 view: an item late now or at some time before, and how. */
export interface PastOverdueRow {
  id: string;
  code: string;
  title: string;
  status: import('../workflow/columns.js').ColumnKey;
  /** 已销号. */
  signedOff: boolean;
  departmentId: string | null;
  departmentName: string | null;
  leader: string | null;
  owner: string | null;
  deadline: string | null;
  originalDeadline: string | null;
  deadlineChanges: number;
  closedAt: string | null;
  episodes: LateEpisode[];
  overdueNow: number | null;
  maxDaysLate: number;
  /** overdueSummary, as the 台账 writes it. */
  summary: string;
}

/** GET /api/overdue/past. */
export interface PastOverdueView {
  today: string;
  rows: PastOverdueRow[];
  /** 按期完成率 over the items looked at (the department filter applies). */
  closed: number;
  closedOnTime: number;
  onTimeRate: number | null;
}

type PastOverdueInput = Pick<
  RectifyItem,
  'id' | 'code' | 'title' | 'status' | 'signoff' | 'departmentId' | 'leader' | 'owner' | 'deadline' | 'originalDeadline' | 'deadlineChanges' | 'closedAt'
> & {
  departmentName: string | null;
};

/**
 * The 曾逾期 view of these items: those with an episode (逾期后延期, 逾期销号), most days late first.
 * Items late only today are the red list's; an item late now *and* before is in both.
 */
export function pastOverdueView(items: readonly PastOverdueInput[], histories: ReadonlyMap<string, OverdueHistory>, today: string): PastOverdueView {
  const rows: PastOverdueRow[] = [];
  for (const item of items) {
    const history = histories.get(item.id);
    if (!history?.episodes.length) continue;
    rows.push({
      id: item.id,
      code: item.code,
      title: item.title,
      status: item.status,
      signedOff: isSignedOff(item),
      departmentId: item.departmentId,
      departmentName: item.departmentName,
      leader: item.leader,
      owner: item.owner,
      deadline: item.deadline,
      originalDeadline: item.originalDeadline,
      deadlineChanges: item.deadlineChanges,
      closedAt: item.closedAt,
      episodes: history.episodes,
      overdueNow: history.overdueNow,
      maxDaysLate: history.maxDaysLate,
      summary: overdueSummary(history),
    });
  }
  rows.sort((a, b) => b.maxDaysLate - a.maxDaysLate || a.code.localeCompare(b.code));
  return { today, rows, ...onTimeRateOf(items.map((i) => histories.get(i.id)).filter((h): h is OverdueHistory => !!h)) };
}
