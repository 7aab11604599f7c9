import { describe, expect, it } from '@jest/globals';
import {
  applyLedgerMapping,
  closestName,
  DEFAULT_CATEGORIES,
  DEFAULT_CAUSE_TAGS,
  DEFAULT_SOURCES,
  ledgerHeaderKey,
  proposeColumns,
  proposeLedgerMapping,
  type LedgerSheetRow,
  type LedgerVocabulary,
} from '../src/index.js';

const vocabulary: LedgerVocabulary = {
  departments: ['办公室', '政策法规处', '财务审计处', '机关党委（人事处）'],
  dictionaries: { source: DEFAULT_SOURCES.map((s) => s.name), category: [...DEFAULT_CATEGORIES], cause_tag: [...DEFAULT_CAUSE_TAGS] },
};

const header = ['序号', '问题来源', '问题类别', '存在问题', '原因类型', '整改措施', '责任单位', '完成时限', '整改进展', '联系电话'];
const rows: LedgerSheetRow[] = [
  { row: 4, cells: [1, '市委第二巡察组反馈', '组织建设', '问题一。', '理想信念', '措施', '机关党委', '2026年8月底前', '已召开专题会', '123'] },
  { row: 5, cells: [2, '2025年度民主生活会', '作风', '问题二。', '担当作为、责任落实', '措施', '政务服务处、办公室', '长期坚持', '', ''] },
  { row: 6, cells: [3, '市委第二巡察组反馈', '组织建设', '问题三。', '', '措施', '政务服务处', '', '', ''] },
];

describe('proposeColumns', () => {
  it('maps synonyms and near names, 原因类型 to 原因分析维度, 整改进展 to progress, 序号 and unknown columns to 不导入', () => {
    expect(proposeColumns(header).map((c) => [c.header, c.column, c.field, c.suggested])).toEqual([
      ['序号', 'A', null, true],
      ['问题来源', 'B', 'source', true],
      ['问题类别', 'C', 'category', true],
      ['存在问题', 'D', 'description', true],
      ['原因类型', 'E', 'causeTags', true],
      ['整改措施', 'F', 'measures', true],
      ['责任单位', 'G', 'departments', true],
      ['完成时限', 'H', 'deadline', true],
      ['整改进展', 'I', 'progress', true],
      ['联系电话', 'J', null, false],
    ]);
  });

  it('the export’s own columns (延期次数, 逾期情况) are recognised and suggested as 不导入, like 序号', () => {
    expect(proposeColumns(['序号', '编号', '延期次数', '逾期情况', '整改进展']).map((c) => [c.field, c.suggested])).toEqual([
      [null, true],
      ['code', true],
      [null, true],
      [null, true],
      ['progress', true],
    ]);
  });

  it('finds a known name inside a longer header, and keeps the first of two columns naming one field', () => {
    expect(proposeColumns(['主要问题表现', '整改措施（具体）', '整改措施']).map((c) => c.field)).toEqual(['description', 'measures', null]);
  });
});

describe('value suggestions', () => {
  it('a source with its batch maps to the source, the batch kept; a near dictionary value maps; no resemblance creates', () => {
    const mapping = proposeLedgerMapping(header, rows, vocabulary);
    expect(mapping.values.source).toEqual([
      { value: '市委第二巡察组反馈', action: 'map', to: '巡察反馈', batch: '市委第二巡察组反馈', rows: 2 },
      { value: '2025年度民主生活会', action: 'map', to: '民主生活会', batch: '2025年度民主生活会', rows: 1 },
    ]);
    expect(mapping.values.category).toEqual([{ value: '作风', action: 'map', to: '作风建设', rows: 1 }]);
    expect(mapping.values.causeTag).toEqual([{ value: '理想信念', action: 'map', to: '理想信念/理论武装', rows: 1 }]);
    expect(mapping.values.department).toEqual([
      { value: '机关党委', action: 'map', to: '机关党委（人事处）', rows: 1 },
      { value: '政务服务处', action: 'create', rows: 2 },
    ]);
  });

  it('closestName: 省委巡视组反馈意见 → 巡视反馈, not 巡察反馈; nothing for an unrelated word or a tie', () => {
    const sources = DEFAULT_SOURCES.map((s) => s.name);
    expect(closestName('省委巡视组反馈意见', sources)).toBe('巡视反馈');
    expect(closestName('党组会议', sources)).toBeNull();
    expect(closestName('建设', [...DEFAULT_CATEGORIES])).toBeNull();
  });

  it('an edited mapping keeps its decisions and gets suggestions only for values it does not cover', () => {
    const first = proposeLedgerMapping(header, rows, vocabulary);
    const edited = { ...first, values: { ...first.values, department: [{ value: '政务服务处', action: 'map' as const, to: '办公室' }] } };
    const again = proposeLedgerMapping(header, rows, vocabulary, edited);
    expect(again.values.department).toEqual([
      { value: '机关党委', action: 'map', to: '机关党委（人事处）', rows: 1 },
      { value: '政务服务处', action: 'map', to: '办公室', rows: 2 },
    ]);
  });
});

describe('applyLedgerMapping', () => {
  it('rewrites mapped values, fills the batch, lists what to create, leaves 不导入 columns out', () => {
    const mapping = proposeLedgerMapping(header, rows, vocabulary);
    const applied = applyLedgerMapping(header, rows, mapping, vocabulary, 3);
    expect(applied.errors).toEqual([]);
    expect(applied.ignored).toEqual(['序号', '联系电话']);
    expect(applied.create).toEqual({ departments: ['政务服务处'], dictionaries: { source: [], category: [], cause_tag: [] } });
    const at = (key: string) => applied.columns.find((c) => c.key === key)!.index;
    expect(applied.rows[0].cells[at('source')]).toBe('巡察反馈');
    expect(applied.rows[0].cells[at('batch')]).toBe('市委第二巡察组反馈');
    expect(applied.rows[0].cells[at('causeTags')]).toBe('理想信念/理论武装');
    expect(applied.rows[0].cells[at('departments')]).toBe('机关党委（人事处）');
    expect(applied.rows[1].cells[at('departments')]).toBe('政务服务处、办公室');
    expect(applied.rows[1].cells[at('category')]).toBe('作风建设');
  });

  it('refuses two columns on one field, a column the file lacks, a mapping to an unknown name', () => {
    const mapping = proposeLedgerMapping(header, rows, vocabulary);
    mapping.columns[9] = { ...mapping.columns[9], field: 'description' };
    mapping.columns.push({ header: '备注', column: 'Z', field: 'remarks', suggested: false });
    mapping.values.category = [{ value: '作风', action: 'map', to: '作风问题' }];
    const applied = applyLedgerMapping(header, rows, mapping, vocabulary, 3);
    expect(applied.errors.map((e) => [e.column, e.message])).toEqual([
      ['联系电话', '与D列「存在问题」都对应到「问题描述」，一个字段只能对应一列'],
      ['备注', '文件中Z列没有列名「备注」，请重新上传文件后再对应各列'],
      ['问题类别', '「作风」要对应的问题类别「作风问题」在系统中不存在，请重新选择'],
    ]);
  });

  it('keys remembered mappings by the headers and their places', () => {
    expect(ledgerHeaderKey(['序号', ' 问题 来源', null, '备注'])).toBe('A=序号|B=问题来源|D=备注');
  });
});
