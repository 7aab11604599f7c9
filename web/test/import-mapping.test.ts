import { describe, expect, it } from '@jest/globals';
import type { LedgerImportResult, LedgerMapping } from '@rectify/shared';
import {
  columnRows,
  columnsOnly,
  fieldOptions,
  forbiddenCreations,
  incompleteValues,
  needsMapping,
  NOT_IMPORTED,
  valueRows,
  withColumnField,
  withValue,
} from '../src/features/ledger/lib/import-mapping';

const mapping: LedgerMapping = {
  columns: [
    { header: '序号', column: 'A', field: null, suggested: true },
    { header: '存在问题', column: 'B', field: 'description', suggested: true },
    { header: '原因类型', column: 'C', field: 'causeTags', suggested: true },
  ],
  values: {
    source: [{ value: '市委第二巡察组反馈', action: 'map', to: '巡察反馈', batch: '市委第二巡察组反馈', rows: 3 }],
    category: [],
    causeTag: [],
    department: [{ value: '政务服务处', action: 'create', rows: 2 }],
  },
};

describe('the wizard’s mapping helpers', () => {
  it('lists columns with samples and fields, 不导入 for null', () => {
    expect(columnRows(mapping, { B: ['问题一', '问题二'] }).map((r) => [r.column, r.field, r.samples])).toEqual([
      ['A', NOT_IMPORTED, []],
      ['B', 'description', ['问题一', '问题二']],
      ['C', 'causeTags', []],
    ]);
    expect(fieldOptions()[0]).toEqual({ value: NOT_IMPORTED, label: '不导入' });
    expect(fieldOptions().find((o) => o.value === 'progress')?.label).toMatch(/^整改进展/);
  });

  it('one column per field: choosing a field takes it from the column that had it', () => {
    const next = withColumnField(mapping, 'A', 'description');
    expect(next.columns.map((c) => c.field)).toEqual(['description', null, 'causeTags']);
    expect(withColumnField(mapping, 'C', NOT_IMPORTED).columns[2].field).toBeNull();
    expect(columnsOnly(mapping).values.source).toEqual([]);
  });

  it('values: rows per kind; 新建 without the right and 对应到 without a name block the step', () => {
    expect(valueRows(mapping).map((r) => [r.kindLabel, r.value, r.rows])).toEqual([
      ['问题来源', '市委第二巡察组反馈', 3],
      ['责任部门', '政务服务处', 2],
    ]);
    expect(forbiddenCreations(mapping, false)).toBe(1);
    expect(forbiddenCreations(mapping, true)).toBe(0);
    const kept = withValue(mapping, 'source', '市委第二巡察组反馈', { action: 'keep' });
    expect(kept.values.source[0]).toEqual({ value: '市委第二巡察组反馈', action: 'keep', rows: 3 });
    expect(incompleteValues(withValue(kept, 'source', '市委第二巡察组反馈', { action: 'map' }))).toBe(1);
  });

  it('a clean standard file skips the mapping steps', () => {
    const result = { errorCount: 0, mapping } as unknown as LedgerImportResult;
    expect(needsMapping(result)).toBe(false);
    expect(needsMapping({ ...result, errorCount: 2 })).toBe(true);
  });
});
