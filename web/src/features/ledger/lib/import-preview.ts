/**
 * What the 导入台账 preview shows of an import answer: every problem by row and column, what will be
 * created and updated, and whether "确认导入" may be offered. Pure, so it is tested on its own.
 */
import { COLUMN_TITLES, type LedgerImportResult, type LedgerProblem } from '@rectify/shared';

export function isImportResult(value: unknown): value is LedgerImportResult {
  if (!value || typeof value !== 'object') return false;
  const v = value as Partial<LedgerImportResult>;
  return typeof v.dryRun === 'boolean' && Array.isArray(v.errors) && Array.isArray(v.created) && Array.isArray(v.updated) && typeof v.errorCount === 'number';
}

export interface ProblemRow {
  key: string;
  /** 第5行, or 整个文件 for a problem of the file as a whole (row 0 or below). */
  row: string;
  column: string;
  cell: string;
  message: string;
  sortRow: number;
}

/** Problems in row order, then column order as the file had them; "整个文件" ones first. */
export function problemRows(problems: readonly LedgerProblem[]): ProblemRow[] {
  return problems
    .map((p, index) => ({
      key: `${index}`,
      row: p.row >= 1 ? `第${p.row}行` : '整个文件',
      column: p.column || '—',
      cell: p.cell ?? '',
      message: p.message,
      sortRow: p.row,
      index,
    }))
    .sort((a, b) => a.sortRow - b.sortRow || a.index - b.index)
    .map(({ index: _index, ...row }) => row);
}

export interface CreatedRow {
  key: string;
  row: number;
  code: string;
  title: string;
  lands: string;
}

export interface UpdatedRow {
  key: string;
  row: number;
  code: string;
  title: string;
  changes: string;
}

export function createdRows(result: LedgerImportResult): CreatedRow[] {
  return result.created.map((c) => ({ key: `c${c.row}`, row: c.row, code: c.code ?? '导入时自动编号', title: c.title, lands: COLUMN_TITLES[c.status] }));
}

export function updatedRows(result: LedgerImportResult): UpdatedRow[] {
  return result.updated.map((u) => ({ key: `u${u.row}`, row: u.row, code: u.code, title: u.title, changes: u.changes.join('、') }));
}

/** One line under the preview's title: what the file would do. */
export function importSummary(result: LedgerImportResult): string {
  const parts: string[] = [];
  if (result.created.length) parts.push(`新增 ${result.created.length} 条`);
  if (result.updated.length) parts.push(`更新 ${result.updated.length} 条`);
  if (result.unchanged) parts.push(`${result.unchanged} 条与系统中一致，不作改动`);
  const writes = result.created.length + result.updated.length > 0;
  const doing = parts.join('，');
  if (result.errorCount > 0) return `发现 ${result.errorCount} 处错误，整个文件不会导入，请改正后重新上传。`;
  if (!writes) return `预检通过，但没有需要写入的内容${doing ? `（${doing}）` : ''}。`;
  if (!result.dryRun) return `已导入：${doing}。`;
  return `预检通过：将${doing}。`;
}

/** "确认导入" only for a clean dry run that would write something. */
export function canConfirmImport(result: LedgerImportResult | undefined): boolean {
  return !!result && result.dryRun && result.errorCount === 0 && result.created.length + result.updated.length > 0;
}

/** When the listed errors are fewer than all of them (the API lists the first ones only). */
export function unlistedErrors(result: LedgerImportResult): number {
  return Math.max(0, result.errorCount - result.errors.length);
}
