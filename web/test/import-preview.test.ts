import { describe, expect, it } from '@jest/globals';
import type { LedgerImportResult } from '@rectify/shared';
import {
  canConfirmImport,
  createdRows,
  importSummary,
  isImportResult,
  problemRows,
  unlistedErrors,
  updatedRows,
} from '../src/features/ledger/lib/import-preview';

function result(overrides: Partial<LedgerImportResult> = {}): LedgerImportResult {
  return {
    dryRun: true,
    message: '',
    sheet: '整改台账',
    headerRow: 1,
    created: [],
    updated: [],
    unchanged: 0,
    errors: [],
    errorCount: 0,
    warnings: [],
    ignoredColumns: [],
    ...overrides,
  };
}

describe('the 导入台账 preview', () => {
  it('lists every error by row and column, in row order, file-wide problems first', () => {
    const rows = problemRows([
      { row: 7, column: '整改时限', cell: 'K7', message: '日期无法识别' },
      { row: 3, column: '责任部门', cell: 'I3', message: '没有名为“综合科”的部门' },
      { row: 3, column: '问题描述', cell: 'E3', message: '请填写问题描述' },
      { row: 0, column: '', message: '缺少“问题描述”列' },
    ]);
    expect(rows.map((r) => [r.row, r.column, r.cell, r.message])).toEqual([
      ['整个文件', '—', '', '缺少“问题描述”列'],
      ['第3行', '责任部门', 'I3', '没有名为“综合科”的部门'],
      ['第3行', '问题描述', 'E3', '请填写问题描述'],
      ['第7行', '整改时限', 'K7', '日期无法识别'],
    ]);
  });

  it('offers 确认导入 only for a clean dry run that writes something', () => {
    const created = [{ row: 2, title: '会议过多', status: 'found' as const }];
    expect(canConfirmImport(result({ created }))).toBe(true);
    expect(canConfirmImport(result({ created, errorCount: 1, errors: [{ row: 2, column: '编号', message: '重复' }] }))).toBe(false);
    expect(canConfirmImport(result({ unchanged: 5 }))).toBe(false);
    expect(canConfirmImport(result({ created, dryRun: false }))).toBe(false);
    expect(canConfirmImport(undefined)).toBe(false);
  });

  it('says in one sentence what the file would do, and that nothing is imported when there are errors', () => {
    const updated = [{ row: 2, code: '2026-XC-001', title: '调研不深', changes: ['整改措施', '完成时限'] }];
    expect(importSummary(result({ updated, unchanged: 3 }))).toBe('预检通过：将更新 1 条，3 条与系统中一致，不作改动。');
    expect(importSummary(result({ updated, errorCount: 2 }))).toBe('发现 2 处错误，整个文件不会导入，请改正后重新上传。');
    expect(importSummary(result({ updated, dryRun: false }))).toBe('已导入：更新 1 条。');
    expect(importSummary(result({ unchanged: 66 }))).toBe('预检通过，但没有需要写入的内容（66 条与系统中一致，不作改动）。');
  });

  it('shows new items with the number they will get and the column they land in, updates with their changed columns', () => {
    const r = result({
      created: [
        { row: 4, title: '新问题', status: 'measures' },
        { row: 5, code: '2026-ZC-010', title: '带编号的新问题', status: 'found' },
      ],
      updated: [{ row: 2, code: '2026-XC-001', title: '调研不深', changes: ['整改措施', '完成时限'] }],
    });
    expect(createdRows(r).map((c) => [c.row, c.code, c.lands])).toEqual([
      [4, '导入时自动编号', '制定措施'],
      [5, '2026-ZC-010', '发现问题'],
    ]);
    expect(updatedRows(r)[0].changes).toBe('整改措施、完成时限');
  });

  it('counts the errors the API did not list', () => {
    expect(unlistedErrors(result({ errors: [{ row: 2, column: '编号', message: 'x' }], errorCount: 120 }))).toBe(119);
  });

  it('recognises an import report inside a 422 answer, and nothing else', () => {
    expect(isImportResult(result({ errorCount: 1 }))).toBe(true);
    expect(isImportResult({ statusCode: 422, message: '不符合办理条件' })).toBe(false);
    expect(isImportResult(undefined)).toBe(false);
  });
});
