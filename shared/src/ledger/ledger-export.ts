/** One item as one row of the exported 台账 (cell values only; the API's workbook gives them their look). */
import type { ItemView } from '../api-types.js';
import { isSignedOff, RECTIFY_TYPE_LABELS } from '../item/item.js';
import { overdueSummary, type OverdueHistory } from '../warning/overdue-history.js';
import { officeToday } from '../warning/warning.js';
import { deadlineText, excelDateOf, formatChineseDate, formatMeasures } from './ledger-cells.js';
import type { LedgerColumnKey } from './ledger-columns.js';

export type LedgerExportValue = string | number | Date | null;

/** One dated 整改进展 entry, as the progress log keeps it. */
export interface LedgerProgressEntry {
  date: string;
  text: string;
}

/** What a row shows beyond the item itself: its 整改进展 log (any order) and its 曾逾期 facts. */
export interface LedgerRowExtras {
  progress?: readonly LedgerProgressEntry[];
  overdue?: OverdueHistory;
}

/** How many of the latest 整改进展 entries the cell carries, and how long the cell may grow. */
export const LEDGER_PROGRESS_ENTRIES = 3;
const PROGRESS_CELL_MAX = 2_000;

/**
 * The cells of one exported row, by column. Everything written here reads back through
 * planLedgerImport as "unchanged":
 * - 标题, 来源批次, 整改类型 as the item has them (整改类型 blank when not yet set);
 * - 牵头部门 the lead department alone, 配合部门 the co-operating ones ("政策法规处、财务审计处");
 * - 整改时限: the deadline as a date; without one, the 整改类型 as text (长期坚持 always as text,
 *   since its date is the review date);
 * - 整改措施: "1.…" one per line;
 * - 延期次数, 逾期情况 (overdueSummary: 逾期后延期, 逾期销号, days late) and 整改进展 (the latest
 *   entries, dated, oldest first) are the system's record, not read back;
 * - 是否销号 是 only once 销号 is approved (an application awaiting review is 否), 销号日期 the
 *   China-time day it was approved.
 */
export function ledgerRowOf(item: ItemView, serial: number, extras: LedgerRowExtras = {}): Record<Exclude<LedgerColumnKey, ExtraColumn>, LedgerExportValue> {
  return {
    serial,
    code: item.code,
    title: item.title,
    source: item.source,
    batch: item.batch,
    category: item.category,
    description: item.description,
    causeAnalysis: item.causeAnalysis,
    measures: formatMeasures(item.measures.map((m) => m.content)),
    leader: item.leader,
    departments: item.departmentName,
    coDepartments: item.coDepartmentNames.join('、') || null,
    owner: item.owner,
    rectifyType: item.rectifyType ? RECTIFY_TYPE_LABELS[item.rectifyType] : null,
    deadline: item.rectifyType !== 'long_term' && item.deadline ? excelDateOf(item.deadline) : deadlineText(item.rectifyType),
    extensions: item.deadlineChanges,
    overdue: extras.overdue ? overdueSummary(extras.overdue) : null,
    progress: progressText(extras.progress ?? []),
    completion: item.completion,
    closed: isSignedOff(item) ? '是' : '否',
    closedDate: isSignedOff(item) && item.closedAt ? excelDateOf(officeToday(new Date(item.closedAt))) : null,
    remarks: item.remarks,
  };
}

/** "2026年11月20日：召开专题会议…", one line per entry, the latest LEDGER_PROGRESS_ENTRIES, oldest first. */
export function progressText(entries: readonly LedgerProgressEntry[]): string | null {
  if (!entries.length) return null;
  const latest = [...entries].sort((a, b) => a.date.localeCompare(b.date)).slice(-LEDGER_PROGRESS_ENTRIES);
  const text = latest.map((e) => `${formatChineseDate(e.date)}：${e.text.trim()}`).join('\n');
  return text.length > PROGRESS_CELL_MAX ? `${text.slice(0, PROGRESS_CELL_MAX - 1)}…` : text;
}

/** Columns the import reads but the export does not write. */
type ExtraColumn = 'scope' | 'person' | 'stageGoal' | 'nextReviewDate' | 'causeTags';

/** 整改台账-20261122.xlsx, dated by the office's day. */
export function ledgerFileName(now: Date): string {
  return `整改台账-${officeToday(now).replaceAll('-', '')}.xlsx`;
}

/** The title rows above the header: "XX整改问题台账", then who exported it and when. */
export function ledgerTitleLines(officeName: string | null, now: Date): [string, string] {
  return [`${officeName ?? ''}整改问题台账`, `${officeName ? `单位：${officeName}    ` : ''}导出日期：${formatChineseDate(officeToday(now))}`];
}
