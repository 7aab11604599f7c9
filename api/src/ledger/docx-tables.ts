/**
 * The 问题清单 inside a Word 整改方案 (.docx): word/document.xml read as a stream of XML events
 * (saxes), every table laid out on its grid (a cell spanning columns — w:gridSpan — fills its first
 * column; a cell merged down — w:vMerge — repeats the value above, as the merged cell reads), and the
 * table whose header row names the most 台账 columns taken, its rows handed on like a sheet's.
 */
import {
  findHeaderRow,
  HEADER_SEARCH_ROWS,
  LEDGER_COLUMNS,
  matchHeaders,
  normalizeHeader,
  suggestField,
  type LedgerCellValue,
  type LedgerSheetRow,
} from '@rectify/shared';
import { SaxesParser } from 'saxes';
import { InvalidRequestError } from '../common/domain-errors.js';
import type { LedgerUpload } from './ledger-workbook.js';
import { InflateBudget, inflateEntry, type ZipEntry } from './zip-reader.js';

type Grid = string[][];

/** The tables of the document, outermost ones (a table inside a cell reads as that cell's text). */
export function docxTables(xml: string): Grid[] {
  const parser = new SaxesParser();
  const tables: Grid[] = [];
  let depth = 0; // table nesting
  let rows: Grid = [];
  /** Per row: the cells as laid on the grid, with their merge marks. */
  let row: Array<{ text: string; span: number; merge: 'restart' | 'continue' | null }> = [];
  let cell: { text: string; span: number; merge: 'restart' | 'continue' | null } | null = null;
  let paragraphs: string[] = [];
  let paragraph = '';
  let inText = false;
  const above = new Map<number, string>();
  const local = (name: string) => name.slice(name.indexOf(':') + 1);

  parser.on('opentag', (tag) => {
    const name = local(tag.name);
    const attribute = (key: string) => (tag.attributes as Record<string, string>)[`w:${key}`] ?? (tag.attributes as Record<string, string>)[key];
    if (name === 'tbl') {
      depth++;
      if (depth === 1) {
        rows = [];
        above.clear();
      }
      return;
    }
    if (depth !== 1) {
      // Inside a nested table: its text joins the outer cell.
      if (name === 't') inText = true;
      return;
    }
    if (name === 'tr') row = [];
    else if (name === 'tc') {
      cell = { text: '', span: 1, merge: null };
      paragraphs = [];
      paragraph = '';
    } else if (name === 'gridSpan' && cell) cell.span = Math.max(1, Math.min(64, Number(attribute('val')) || 1));
    else if (name === 'vMerge' && cell) cell.merge = attribute('val') === 'restart' ? 'restart' : 'continue';
    else if (name === 't') inText = true;
    else if ((name === 'br' || name === 'cr') && cell) paragraph += '\n';
    else if (name === 'tab' && cell) paragraph += ' ';
  });
  parser.on('text', (text) => {
    if (inText && cell) paragraph += text;
  });
  parser.on('closetag', (tag) => {
    const name = local(tag.name);
    if (name === 't') inText = false;
    else if (name === 'tbl') {
      depth--;
      if (depth === 0) tables.push(rows);
    } else if (depth === 1 && name === 'p' && cell) {
      paragraphs.push(paragraph);
      paragraph = '';
    } else if (depth === 1 && name === 'tc' && cell) {
      if (paragraph) paragraphs.push(paragraph);
      cell.text = paragraphs.join('\n').trim();
      row.push(cell);
      cell = null;
    } else if (depth === 1 && name === 'tr') {
      const laid: string[] = [];
      for (const c of row) {
        const at = laid.length;
        const text = c.merge === 'continue' ? (above.get(at) ?? '') : c.text;
        laid.push(text, ...Array<string>(c.span - 1).fill(''));
        above.set(at, text);
      }
      rows.push(laid);
    }
  });
  parser.on('error', () => {
    throw new InvalidRequestError('Word 文档内容已损坏，无法读取其中的表格，请在 Word 或 WPS 中重新“另存为” .docx 后再导入');
  });
  parser.write(xml).close();
  return tables;
}

/** How many 台账 columns the table's likeliest header row names. */
function headerScore(table: Grid): { score: number; headerIndex: number } {
  const headerIndex = findHeaderRow(table.slice(0, HEADER_SEARCH_ROWS));
  const score = (table[headerIndex] ?? []).filter((text) => text && suggestField(text) && suggestField(text) !== 'serial').length;
  return { score, headerIndex };
}

/** The 问题清单 of a .docx as a LedgerUpload, rows numbered as the table's rows (1 = its first row). */
export async function readLedgerDocx(data: Buffer, entries: readonly ZipEntry[]): Promise<LedgerUpload> {
  const document = entries.find((e) => e.name === 'word/document.xml')!;
  const xml = (await inflateEntry(data, document, new InflateBudget(), { keep: true })).toString('utf8');
  const tables = docxTables(xml);
  const ranked = tables.map((table, index) => ({ table, index, ...headerScore(table) })).sort((a, b) => b.score - a.score || a.index - b.index);
  const best = ranked[0];
  if (!best || best.score < 2) {
    throw new InvalidRequestError(
      tables.length
        ? `Word 文档中有${tables.length}个表格，但没有一个的表头像问题清单（应有「问题描述」或「编号」等列名）；请把问题清单表格复制到 Excel，另存为 .xlsx 后再导入`
        : 'Word 文档中没有表格：请把问题清单做成表格（表头写问题描述、问题来源、整改措施等），或复制到 Excel 另存为 .xlsx 后再导入',
    );
  }
  const width = Math.max(...best.table.map((r) => r.length));
  const header = Array.from({ length: width }, (_, i) => best.table[best.headerIndex][i]?.replace(/\s+/g, ' ').trim() || null);
  const headerRow = best.headerIndex + 1;
  const notRead = new Set(LEDGER_COLUMNS.filter((c) => !c.imported).flatMap((c) => [c.header, ...c.synonyms].map(normalizeHeader)));
  const rows: LedgerSheetRow[] = [];
  best.table.slice(best.headerIndex + 1).forEach((cellsOfRow, i) => {
    const cells: LedgerCellValue[] = Array.from({ length: width }, (_, c) => cellsOfRow[c] || null);
    const meaningful = cells.some((value, c) => value !== null && !(header[c] && notRead.has(normalizeHeader(header[c]))));
    if (meaningful) rows.push({ row: headerRow + 1 + i, cells });
  });
  return { sheet: `Word 文档第${best.index + 1}个表格`, headerRow, headers: matchHeaders(header, headerRow), header, rows };
}
