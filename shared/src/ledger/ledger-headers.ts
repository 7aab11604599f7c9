/** Finding the ledger's columns in a file's header row, by name, in any order. */
import { columnLetter } from './ledger-cells.js';
import { LEDGER_COLUMNS, normalizeHeader, type LedgerColumn, type LedgerColumnKey } from './ledger-columns.js';
import type { LedgerProblem } from './ledger-types.js';

/** One recognised column of the file. */
export interface MatchedColumn {
  /** 0-based position in the row (0 = column A). */
  index: number;
  key: LedgerColumnKey;
  /** The header as the file writes it (used in messages, so people see their own words). */
  header: string;
}

export interface HeaderMatch {
  columns: MatchedColumn[];
  errors: LedgerProblem[];
}

const BY_NAME = new Map<string, LedgerColumn>();
for (const column of LEDGER_COLUMNS) {
  for (const name of [column.header, ...column.synonyms]) BY_NAME.set(normalizeHeader(name), column);
}

/** The cell's text as a header (inner spaces collapsed), and the ledger column it names, if any. */
function headerText(raw: string | null): { text: string; column: LedgerColumn | undefined } {
  const text = (raw ?? '').replace(/\s+/g, ' ').trim();
  return { text, column: text ? BY_NAME.get(normalizeHeader(text)) : undefined };
}

const STANDARD_HEADERS = LEDGER_COLUMNS.filter((c) => c.exported)
  .map((c) => c.header)
  .join('、');
const OPTIONAL_HEADERS = LEDGER_COLUMNS.filter((c) => !c.exported)
  .map((c) => c.header)
  .join('、');

/** How far down the header may be: a title (XX问题整改台账), a 填报单位/日期 line and blank rows come first in many 台账. */
export const HEADER_SEARCH_ROWS = 10;

/**
 * Which of the first rows (0-based) is the header: the first that names 编号 or 问题描述 (or a
 * synonym) among known columns. The title rows above it are skipped. When no row qualifies, the
 * first row is taken, so its problems are reported as for any header.
 */
export function findHeaderRow(rows: ReadonlyArray<ReadonlyArray<string | null>>): number {
  const found = rows.slice(0, HEADER_SEARCH_ROWS).findIndex((cells) => {
    const keys = cells.map((raw) => headerText(raw).column?.key);
    return keys.includes('code') || keys.includes('description');
  });
  return Math.max(found, 0);
}

/**
 * Matches the header row (sheet row `row`, found by findHeaderRow) against the ledger columns.
 * Refused: a header nobody knows (a column dropped silently would be data lost silently), two
 * columns meaning the same thing (完成时限 next to 整改时限), and a header without 编号 and 问题描述
 * (nothing to find or create items by). A row with no known header at all gets one error. Blank
 * header cells are skipped; the reader checks that no data sits under them.
 */
export function matchHeaders(header: ReadonlyArray<string | null>, row = 1): HeaderMatch {
  const columns: MatchedColumn[] = [];
  const errors: LedgerProblem[] = [];
  header.forEach((raw, index) => {
    const { text, column } = headerText(raw);
    if (!text) return;
    const cell = `${columnLetter(index + 1)}${row}`;
    if (!column) {
      errors.push({ row, column: text, cell, message: `不认识的列名。台账的列名为：${STANDARD_HEADERS}（还可有：${OPTIONAL_HEADERS}）；不需要导入的列请删除` });
      return;
    }
    const twin = columns.find((c) => c.key === column.key);
    if (twin) {
      const same = twin.header === text ? '' : `（「${text}」即「${column.header}」）`;
      errors.push({ row, column: text, cell, message: `与${columnLetter(twin.index + 1)}列「${twin.header}」是同一列${same}，只能保留一列` });
      return;
    }
    columns.push({ index, key: column.key, header: text });
  });
  if (columns.length === 0) {
    // Nothing recognised: most likely a title row or an unrelated sheet, not a header with typos.
    return {
      columns,
      errors: [
        { row, column: '表头', message: `没有找到表头：前${HEADER_SEARCH_ROWS}行中没有一行写有「编号」或「问题描述」等台账列名（${STANDARD_HEADERS}）` },
      ],
    };
  }
  if (!columns.some((c) => c.key === 'code' || c.key === 'description')) {
    errors.push({ row, column: '表头', message: '表头至少要有「编号」或「问题描述」列：没有编号无法找到已有事项，没有问题描述无法登记新问题' });
  }
  return { columns, errors };
}
