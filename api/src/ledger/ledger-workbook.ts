/**
 * The .xlsx side of the 台账: writing the export with exceljs, and reading an upload into plain
 * cell values for the shared planner. Which columns exist and what a cell means is decided in
 * shared/src/ledger; here only the file format.
 */
import ExcelJS from 'exceljs';
import {
  columnLetter,
  findHeaderRow,
  ledgerColumn,
  ledgerTemplateGuide,
  type LedgerColumnKey,
  HEADER_SEARCH_ROWS,
  isBlank,
  LEDGER_COLUMNS,
  LEDGER_EXPORT_COLUMNS,
  LEDGER_SHEET_NAME,
  ledgerRowOf,
  ledgerTitleLines,
  matchHeaders,
  normalizeHeader,
  type HeaderMatch,
  type ItemView,
  type LedgerCellValue,
  type LedgerProgressEntry,
  type OverdueHistory,
  type LedgerProblem,
  type LedgerSheetRow,
} from '@rectify/shared';
import { InvalidRequestError } from '../common/domain-errors.js';
import { officeSheet, SHEET_FONT } from '../common/office-sheet.js';
import { readLedgerDocx } from './docx-tables.js';
import { checkXlsxPackage, officeKindOf } from './xlsx-file.js';

const CENTRED = new Set(['serial', 'code', 'source', 'category', 'leader', 'owner', 'rectifyType', 'deadline', 'extensions', 'closed', 'closedDate']);
/** The standard columns as the export and the template lay them out. */
const SHEET_COLUMNS = LEDGER_EXPORT_COLUMNS.map((column) => ({
  header: column.header,
  key: column.key,
  width: column.width,
  centred: CENTRED.has(column.key),
  date: column.kind === 'date',
}));

/** What the export adds to the items: the office's name for the title, each item's 整改进展 log and 曾逾期 facts. */
export interface LedgerExportContext {
  officeName: string | null;
  progress: ReadonlyMap<string, readonly LedgerProgressEntry[]>;
  overdue: ReadonlyMap<string, OverdueHistory>;
}

/**
 * The 整改台账 sheet in the shared export look (common/office-sheet.ts), under two merged title
 * rows (the office's 台账, and the export date): the import skips them (findHeaderRow) and reads the
 * header in row 3, so the file imports again as it is. Row heights are set from the text: Excel fits
 * unset heights to wrapped text when it draws them, LibreOffice does not.
 */
export async function writeLedgerWorkbook(
  items: readonly ItemView[],
  now: Date,
  context: LedgerExportContext = { officeName: null, progress: new Map(), overdue: new Map() },
): Promise<Buffer> {
  const { workbook, sheet } = officeSheet(LEDGER_SHEET_NAME, SHEET_COLUMNS, now, ledgerTitleLines(context.officeName, now));
  items.forEach((item, i) => {
    const values = ledgerRowOf(item, i + 1, { progress: context.progress.get(item.id) ?? [], overdue: context.overdue.get(item.id) });
    sheet.addRow(values).height = rowHeight(LEDGER_EXPORT_COLUMNS.map((c) => [values[c.key as keyof typeof values], c.width] as const));
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** What the template's drop-down lists offer: the active dictionary entries and the departments. */
export interface LedgerTemplateChoices {
  sources: string[];
  categories: string[];
  departments: string[];
}

/** Rows of the template that carry the drop-down lists. */
const TEMPLATE_ROWS = 1000;

/**
 * The 导入模板: the 整改台账 sheet with the standard headers and no rows (an example row would be
 * imported with the clerk's), drop-down lists for 问题来源, 问题类别, 责任部门 and 是否销号 read
 * from a hidden 选项 sheet, and a 填写说明 sheet. The import reads only the 整改台账 sheet.
 */
export async function writeLedgerTemplate(choices: LedgerTemplateChoices, now: Date): Promise<Buffer> {
  const { workbook, sheet } = officeSheet(LEDGER_SHEET_NAME, SHEET_COLUMNS, now);

  const guide = workbook.addWorksheet('填写说明');
  guide.columns = [
    { header: '列名', key: 'header', width: 14 },
    { header: '是否必填', key: 'need', width: 11 },
    { header: '填写要求', key: 'guide', width: 60 },
    { header: '也可用的列名', key: 'synonyms', width: 40 },
  ];
  guide.addRows(ledgerTemplateGuide());
  guide.eachRow((row, index) => {
    row.eachCell((cell) => {
      cell.font = { ...SHEET_FONT, bold: index === 1 };
      cell.alignment = { wrapText: true, vertical: 'top' };
    });
  });
  guide.addRow([]);
  guide.addRow([
    '说明',
    '',
    '在「整改台账」工作表第2行起每行填写一个问题；表头上方可以有标题行。整张表全部无误才会导入，有误时逐行逐列列出问题，不写入任何数据。',
  ]);

  // The lists live on a hidden sheet: an inline list is limited to 255 characters, too short for departments.
  const options = workbook.addWorksheet('选项', { state: 'hidden' });
  const lists: Array<[LedgerColumnKey, string[]]> = [
    ['source', choices.sources],
    ['category', choices.categories],
    ['departments', choices.departments],
    ['closed', ['是', '否']],
  ];
  lists.forEach(([key, values], i) => {
    const letter = columnLetter(i + 1);
    values.forEach((value, r) => (options.getCell(`${letter}${r + 1}`).value = value));
    const at = LEDGER_EXPORT_COLUMNS.findIndex((c) => c.key === key) + 1;
    if (!values.length || at === 0) return;
    const range = `选项!$${letter}$1:$${letter}$${values.length}`;
    const target = columnLetter(at);
    // One validation over the column's range, not one per cell (exceljs types only the per-cell form).
    (sheet as unknown as { dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void } }).dataValidations.add(
      `${target}2:${target}${TEMPLATE_ROWS}`,
      {
        type: 'list',
        allowBlank: true,
        formulae: [range],
        showErrorMessage: true,
        errorStyle: 'warning',
        errorTitle: ledgerColumn(key).header,
        error: '请从下拉列表中选择',
      },
    );
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Points per line of 11-point 宋体, and Excel's highest row. */
const LINE_HEIGHT = 14.5;
const MAX_ROW_HEIGHT = 409;

/** Enough height for the longest cell of the row once wrapped (a CJK character is about two widths of "0"). */
function rowHeight(cells: ReadonlyArray<readonly [unknown, number]>): number {
  let lines = 1;
  for (const [value, width] of cells) {
    if (typeof value !== 'string') continue;
    const usable = Math.max(1, width - 1);
    const cellLines = value.split('\n').reduce((sum, paragraph) => {
      let units = 0;
      for (const char of paragraph) units += char.charCodeAt(0) >= 0x2e80 ? 2 : 1.1;
      return sum + Math.max(1, Math.ceil(units / usable));
    }, 0);
    lines = Math.max(lines, cellLines);
  }
  return Math.min(MAX_ROW_HEIGHT, Math.round(lines * LINE_HEIGHT + 4));
}

/** An uploaded ledger, read into plain values. */
export interface LedgerUpload {
  sheet: string;
  /** The sheet row of the header (1 unless title rows come first). */
  headerRow: number;
  headers: HeaderMatch;
  /** The header row's cells as text (null for blank ones), for the mapping step. */
  header: Array<string | null>;
  /** Non-blank data rows (blank ones, and those with only 序号, are skipped). */
  rows: LedgerSheetRow[];
}

/**
 * Reads the sheet named 整改台账, or else the first visible sheet. Refuses (400) what is not a
 * readable .xlsx, an empty sheet, and merged cells in the header row. Formulas, merged cells and
 * Excel error values in data cells are handed to the planner as refused cells, so they are listed
 * with every other problem, by row and column.
 *
 * Formulas are refused, not read through their cached result: the result stored in the file may be
 * missing (files written by programs) or stale (calculation switched off), and a ledger that changes
 * when re-opened (=TODAY()+30) is not a record.
 */
export async function readLedgerWorkbook(data: Buffer): Promise<LedgerUpload> {
  const { kind, entries } = officeKindOf(data);
  if (kind === 'docx') return readLedgerDocx(data, entries);
  await checkXlsxPackage(data, entries);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ExcelJS.Buffer);
  } catch {
    throw new InvalidRequestError('不是有效的 .xlsx 文件（文件已损坏或无法读取），请在 Excel 或 WPS 中重新“另存为” .xlsx 后再导入');
  }
  const sheet = workbook.getWorksheet(LEDGER_SHEET_NAME) ?? workbook.worksheets.find((s) => s.state !== 'hidden' && s.state !== 'veryHidden');
  if (!sheet || sheet.actualRowCount === 0) {
    throw new InvalidRequestError(`文件是空的：${sheet ? `「${sheet.name}」工作表` : '工作簿'}中没有内容，应有一行表头（编号、问题描述…），其下每行一个问题`);
  }
  const width = sheet.columnCount;
  const rowTexts = (r: number) => Array.from({ length: width }, (_, i) => headerCellText(sheet.getRow(r).getCell(i + 1), sheet));
  // A title row (XX问题整改台账) or a 填报单位 line above the header is skipped, as people read it.
  const headerRowNumber = findHeaderRow(Array.from({ length: Math.min(HEADER_SEARCH_ROWS, sheet.rowCount) }, (_, i) => rowTexts(i + 1))) + 1;
  const headerRow = sheet.getRow(headerRowNumber);

  const merged = new Map<string, { first: string; last: string }>();
  for (let c = 1; c <= width; c++) {
    const cell = headerRow.getCell(c);
    if (!cell.isMerged) continue;
    const range = merged.get(cell.master.address) ?? { first: cell.address, last: cell.address };
    range.last = cell.address;
    merged.set(cell.master.address, range);
  }
  if (merged.size) {
    const ranges = [...merged.values()].map((r) => (r.first === r.last ? r.first : `${r.first}:${r.last}`)).join('、');
    throw new InvalidRequestError(`表头（第${headerRowNumber}行）不能有合并单元格（${ranges}）：请取消合并，每一列只写一个列名`);
  }

  const header = rowTexts(headerRowNumber);
  const headers = matchHeaders(header, headerRowNumber);
  const ignored = new Set(
    header.flatMap((h, i) =>
      h && LEDGER_COLUMNS.some((c) => !c.imported && [c.header, ...c.synonyms].some((n) => normalizeHeader(n) === normalizeHeader(h))) ? [i] : [],
    ),
  );

  const rows: LedgerSheetRow[] = [];
  const dataUnderBlankHeader = new Map<number, number>();
  for (let r = headerRowNumber + 1; r <= sheet.rowCount; r++) {
    const row = sheet.findRow(r);
    if (!row) continue;
    const cells: LedgerCellValue[] = Array.from({ length: width }, (_, i) => {
      const cell = row.findCell(i + 1);
      return cell ? cellValue(cell, sheet) : null;
    });
    if (cells.every((value, i) => ignored.has(i) || isBlank(value))) continue;
    cells.forEach((value, i) => {
      if (!header[i] && !isBlank(value) && !dataUnderBlankHeader.has(i)) dataUnderBlankHeader.set(i, r);
    });
    rows.push({ row: r, cells });
  }
  const blankHeaderErrors: LedgerProblem[] = [...dataUnderBlankHeader].map(([i, r]) => ({
    row: headerRowNumber,
    column: `${columnLetter(i + 1)}列`,
    cell: `${columnLetter(i + 1)}${headerRowNumber}`,
    message: `这一列没有列名，但第${r}行起有数据：请补上列名，或删除这一列`,
  }));
  return {
    sheet: sheet.name,
    headerRow: headerRowNumber,
    headers: { columns: headers.columns, errors: [...headers.errors, ...blankHeaderErrors] },
    header,
    rows,
  };
}

/** A header cell as text; a merged cell (a title spread over the columns) or a formula reads as none. */
function headerCellText(cell: ExcelJS.Cell, sheet: ExcelJS.Worksheet): string | null {
  const value = cellValue(cell, sheet);
  return typeof value === 'object' && value !== null && !(value instanceof Date) ? null : text(value);
}

function text(value: LedgerCellValue): string | null {
  if (value === null) return null;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  // An unreadable cell ({ invalid }) says what it held.
  if (typeof value === 'object') return value.invalid.trim() || null;
  return String(value).trim() || null;
}

/** One cell as a plain value; formulas, merged cells and error values as refused cells. */
function cellValue(cell: ExcelJS.Cell, sheet: ExcelJS.Worksheet): LedgerCellValue {
  if (cell.isMerged) {
    const merges = (sheet as unknown as { _merges?: Record<string, { range?: string }> })._merges;
    const range = merges?.[cell.master.address]?.range ?? `${cell.master.address}起`;
    return { invalid: `单元格${cell.address}是合并单元格（${range}）：请取消合并，并在每一行填写完整` };
  }
  const value = cell.value;
  switch (cell.type) {
    case ExcelJS.ValueType.Null:
      return null;
    case ExcelJS.ValueType.Formula:
      return { invalid: `单元格${cell.address}是公式（=${cell.formula ?? ''}），请复制后用“选择性粘贴—数值”替换公式再导入` };
    case ExcelJS.ValueType.Error:
      return { invalid: `单元格${cell.address}是错误值（${(value as ExcelJS.CellErrorValue).error}），请改正后再导入` };
    case ExcelJS.ValueType.RichText:
      return (value as ExcelJS.CellRichTextValue).richText.map((t) => t.text).join('');
    case ExcelJS.ValueType.Hyperlink:
      return String((value as ExcelJS.CellHyperlinkValue).text ?? '');
    case ExcelJS.ValueType.Date:
      return value as Date;
    case ExcelJS.ValueType.Number:
    case ExcelJS.ValueType.String:
    case ExcelJS.ValueType.Boolean:
      return value as number | string | boolean;
    default:
      return cell.text ?? null;
  }
}
