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

const STANDARD_HEADERS = LEDGER_COLUMNS.filter((c) => c.exported).map((c) => c.header).join('、');
const OPTIONAL_HEADERS = LEDGER_COLUMNS.filter((c) => !c.exported).map((c) => c.header).join('、');

/**
 * Matches the header row (row 1) against the ledger columns. Refused: a header nobody knows (a
 * column dropped silently would be data lost silently), two columns meaning the same thing
 * (完成时限 next to 整改时限), and a header without 编号 and 问题描述 (nothing to find or create
 * items by). A row with no known header at all gets one error (it is likely a title row). Blank
 * header cells are skipped; the reader checks that no data sits under them.
 */
export function matchHeaders(header: ReadonlyArray<string | null>): HeaderMatch {
  const columns: MatchedColumn[] = [];
  const errors: LedgerProblem[] = [];
  header.forEach((raw, index) => {
    const text = (raw ?? '').replace(/\s+/g, ' ').trim();
    if (!text) return;
    const cell = `${columnLetter(index + 1)}1`;
    const column = BY_NAME.get(normalizeHeader(text));
    if (!column) {
      errors.push({ row: 1, column: text, cell, message: `不认识的列名。台账的列名为：${STANDARD_HEADERS}（还可有：${OPTIONAL_HEADERS}）；不需要导入的列请删除` });
      return;
    }
    const twin = columns.find((c) => c.key === column.key);
    if (twin) {
      const same = twin.header === text ? '' : `（「${text}」即「${column.header}」）`;
      errors.push({ row: 1, column: text, cell, message: `与${columnLetter(twin.index + 1)}列「${twin.header}」是同一列${same}，只能保留一列` });
      return;
    }
    columns.push({ index, key: column.key, header: text });
  });
  if (columns.length === 0) {
    // Nothing recognised: most likely a title row or an unrelated sheet, not a header with typos.
    return { columns, errors: [{ row: 1, column: '表头', message: `第1行应为表头（${STANDARD_HEADERS}），没有找到可识别的列名；如第1行是标题，请删去标题行` }] };
  }
  if (!columns.some((c) => c.key === 'code' || c.key === 'description')) {
    errors.push({ row: 1, column: '表头', message: '表头至少要有「编号」或「问题描述」列：没有编号无法找到已有事项，没有问题描述无法登记新问题' });
  }
  return { columns, errors };
}
