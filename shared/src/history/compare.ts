/**
 * 对比 two days, and 整改期满评估: pure functions over items as they stood (see as-of.ts), so the
 * API and the tests read the same rules.
 */
import { addMonths, format } from 'date-fns';
import { dueDateOf, isSignedOff, type RectifyItem } from '../item/item.js';
import { computeWarning, officeToday, type WarningSettings } from '../warning/warning.js';
import { COLUMN_TITLES, type ColumnKey } from '../workflow/columns.js';

export const CHANGE_KINDS = ['added', 'moved', 'closed', 'reopened', 'extended', 'turned_red'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];
export const CHANGE_KIND_LABELS: Record<ChangeKind, string> = {
  added: '新增',
  moved: '移动',
  closed: '销号',
  reopened: '重新整改',
  extended: '延期',
  turned_red: '转为红灯',
};

/** One item that changed between the two days. */
export interface ItemChange {
  id: string;
  code: string;
  title: string;
  departmentId: string | null;
  changes: ChangeKind[];
  /** Column on each day (null: not yet registered on the first). */
  from: ColumnKey | null;
  to: ColumnKey;
  /** 延期 approved in between, and the deadline on each day. */
  deadlineFrom: string | null;
  deadlineTo: string | null;
  roundFrom: number | null;
  roundTo: number;
}

export interface CompareCounts {
  departmentId: string | null;
  counts: Record<ChangeKind, number>;
}

export function zeroCounts(): Record<ChangeKind, number> {
  return { added: 0, moved: 0, closed: 0, reopened: 0, extended: 0, turned_red: 0 };
}

/** What changed between `fromDay` (items then) and `toDay` (items then), in 编号 order. */
export function compareDays(
  before: ReadonlyMap<string, RectifyItem>,
  after: ReadonlyMap<string, RectifyItem>,
  fromDay: string,
  toDay: string,
  settings?: WarningSettings,
): { changes: ItemChange[]; byDepartment: CompareCounts[]; totals: Record<ChangeKind, number> } {
  const changes: ItemChange[] = [];
  for (const item of after.values()) {
    const old = before.get(item.id);
    const kinds: ChangeKind[] = [];
    if (!old) kinds.push('added');
    else {
      if (old.status !== item.status) kinds.push('moved');
      if (item.round > old.round) kinds.push('reopened');
      if (item.deadlineChanges > old.deadlineChanges) kinds.push('extended');
    }
    if (isSignedOff(item) && (!old || !isSignedOff(old) || item.round > old.round)) kinds.push('closed');
    const redNow = computeWarning(item, toDay, settings).level === 'red';
    const redThen = old ? computeWarning(old, fromDay, settings).level === 'red' : false;
    if (redNow && !redThen) kinds.push('turned_red');
    if (!kinds.length) continue;
    changes.push({
      id: item.id,
      code: item.code,
      title: item.title,
      departmentId: item.departmentId,
      changes: kinds,
      from: old?.status ?? null,
      to: item.status,
      deadlineFrom: old ? dueDateOf(old) : null,
      deadlineTo: dueDateOf(item),
      roundFrom: old?.round ?? null,
      roundTo: item.round,
    });
  }
  changes.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const perDepartment = new Map<string | null, Record<ChangeKind, number>>();
  const totals = zeroCounts();
  for (const change of changes) {
    const counts = perDepartment.get(change.departmentId) ?? zeroCounts();
    perDepartment.set(change.departmentId, counts);
    for (const kind of change.changes) {
      counts[kind]++;
      totals[kind]++;
    }
  }
  return { changes, byDepartment: [...perDepartment].map(([departmentId, counts]) => ({ departmentId, counts })), totals };
}

/** "从「制定措施」到「整改中」" */
export function describeMove(change: Pick<ItemChange, 'from' | 'to'>): string {
  return change.from ? `${COLUMN_TITLES[change.from]} → ${COLUMN_TITLES[change.to]}` : `新登记于${COLUMN_TITLES[change.to]}`;
}

/** 巡视工作条例: the 整改情况报告 is due two months after the feedback. */
export const DEFAULT_RECTIFY_PERIOD_MONTHS = 2;

/** The last day of the period: feedback date + N months (the same day of month, or the month's last). */
export function periodEndOf(feedbackDate: string, months = DEFAULT_RECTIFY_PERIOD_MONTHS): string {
  const [y, m, d] = feedbackDate.split('-').map(Number);
  return format(addMonths(new Date(y, m - 1, d), months), 'yyyy-MM-dd');
}

/** One item in the evaluation: open, or closed after its deadline. */
export interface EvaluationItem {
  id: string;
  code: string;
  title: string;
  departmentId: string | null;
  status: ColumnKey;
  dueDate: string | null;
  /** Office day it was signed off; null while open. */
  closedOn: string | null;
  /** Days past the due date on the evaluation day (open), or at 销号 (closed late); 0 otherwise. */
  daysLate: number;
}

export interface EvaluationCounts {
  total: number;
  /** 已销号. */
  signedOff: number;
  /** 按期销号: signed off on or before the due date in force then (or without one). */
  onTime: number;
  /** 逾期: open past the due date, or signed off after it. */
  late: number;
  /** 未销号 (still open, including applications awaiting review). */
  open: number;
}

/** 整改期满评估 over items as they stood on the period's last day. */
export function evaluatePeriod(
  items: readonly RectifyItem[],
  day: string,
): {
  counts: EvaluationCounts;
  byDepartment: Array<{ departmentId: string | null } & EvaluationCounts>;
  openItems: EvaluationItem[];
  lateItems: EvaluationItem[];
} {
  const counts = emptyEvaluation();
  const perDepartment = new Map<string | null, EvaluationCounts>();
  const openItems: EvaluationItem[] = [];
  const lateItems: EvaluationItem[] = [];
  const sorted = [...items].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  for (const item of sorted) {
    const department = perDepartment.get(item.departmentId) ?? emptyEvaluation();
    perDepartment.set(item.departmentId, department);
    const due = dueDateOf(item);
    const closedOn = isSignedOff(item) && item.closedAt ? officeToday(new Date(item.closedAt)) : null;
    const judgedOn = closedOn ?? day;
    const daysLate = due && judgedOn > due ? Math.round((Date.parse(judgedOn) - Date.parse(due)) / 86_400_000) : 0;
    const row: EvaluationItem = {
      id: item.id,
      code: item.code,
      title: item.title,
      departmentId: item.departmentId,
      status: item.status,
      dueDate: due,
      closedOn,
      daysLate,
    };
    for (const target of [counts, department]) {
      target.total++;
      if (closedOn) {
        target.signedOff++;
        if (daysLate === 0) target.onTime++;
      } else target.open++;
      if (daysLate > 0) target.late++;
    }
    if (!closedOn) openItems.push(row);
    if (daysLate > 0) lateItems.push(row);
  }
  return { counts, byDepartment: [...perDepartment].map(([departmentId, c]) => ({ departmentId, ...c })), openItems, lateItems };
}

function emptyEvaluation(): EvaluationCounts {
  return { total: 0, signedOff: 0, onTime: 0, late: 0, open: 0 };
}
