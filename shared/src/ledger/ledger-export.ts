/** One item as one row of the exported 台账 (cell values only; the API's workbook gives them their look). */
import type { ItemView } from '../api-types.js';
import { isSignedOff } from '../item/item.js';
import { officeToday } from '../warning/warning.js';
import { deadlineText, excelDateOf, formatMeasures } from './ledger-cells.js';
import type { LedgerColumnKey } from './ledger-columns.js';

export type LedgerExportValue = string | number | Date | null;

/**
 * The cells of one exported row, by column. Everything written here reads back through
 * planLedgerImport as "unchanged":
 * - 责任部门: the lead department first, then the co-operating ones ("政策法规处、财务审计处");
 * - 整改时限: the deadline as a date; without one, the 整改类型 as text (长期坚持 always as text,
 *   since its date is the review date);
 * - 整改措施: "1.…" one per line;
 * - 整改进展: there is no progress log yet, so the measures' state ("已完成2/3项措施"); not read back;
 * - 是否销号 是 only once 销号 is approved (an application awaiting review is 否), 销号日期 the
 *   China-time day it was approved.
 */
export function ledgerRowOf(item: ItemView, serial: number): Record<Exclude<LedgerColumnKey, ExtraColumn>, LedgerExportValue> {
  const done = item.measures.filter((m) => m.done).length;
  return {
    serial,
    code: item.code,
    source: item.source,
    category: item.category,
    description: item.description,
    causeAnalysis: item.causeAnalysis,
    measures: formatMeasures(item.measures.map((m) => m.content)),
    leader: item.leader,
    departments: [item.departmentName, ...item.coDepartmentNames].filter(Boolean).join('、') || null,
    owner: item.owner,
    deadline: item.rectifyType !== 'long_term' && item.deadline ? excelDateOf(item.deadline) : deadlineText(item.rectifyType),
    progress: item.measures.length ? `已完成${done}/${item.measures.length}项措施` : null,
    completion: item.completion,
    closed: isSignedOff(item) ? '是' : '否',
    closedDate: isSignedOff(item) && item.closedAt ? excelDateOf(officeToday(new Date(item.closedAt))) : null,
    remarks: item.remarks,
  };
}

/** Columns the import reads but the export does not write. */
type ExtraColumn = 'title' | 'batch' | 'scope' | 'person' | 'coDepartments' | 'rectifyType' | 'stageGoal' | 'nextReviewDate' | 'causeTags';

/** 整改台账-20261122.xlsx, dated by the office's day. */
export function ledgerFileName(now: Date): string {
  return `整改台账-${officeToday(now).replaceAll('-', '')}.xlsx`;
}
