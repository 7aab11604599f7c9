import { describe, expect, it } from '@jest/globals';
import {
  OPEN_ITEM_CLOSED_IN_FILE,
  deriveTitle,
  excelDateOf,
  formatMeasures,
  LEDGER_EXPORT_COLUMNS,
  ledgerRowOf,
  findHeaderRow,
  matchHeaders,
  parseDeadlineCell,
  parseLedgerDate,
  parseMeasures,
  parseNameList,
  parseScope,
  parseYesNo,
  planLedgerImport,
  type ItemView,
  type LedgerCellValue,
  type LedgerImportContext,
  type RectifyItem,
  NEW_ITEM_LIFECYCLE,
} from '../src/index.js';

describe('dates in a ledger cell', () => {
  it.each<[LedgerCellValue, string | null]>([
    [excelDateOf('2026-12-31'), '2026-12-31'],
    ['2026-12-31', '2026-12-31'],
    ['2026/12/31', '2026-12-31'],
    ['2026.1.5', '2026-01-05'],
    ['2026年12月31日', '2026-12-31'],
    [' 2026 年 3 月 1 日前 ', '2026-03-01'],
    ['20261231', '2026-12-31'],
    [46387, '2026-12-31'],
    ['', null],
    [null, null],
  ])('%p → %p', (value, expected) => {
    expect(parseLedgerDate(value)).toEqual({ ok: true, value: expected });
  });

  it('refuses what it cannot read, in Chinese', () => {
    expect(parseLedgerDate('下周')).toEqual({ ok: false, message: '日期无法识别，请写成2026-12-31或2026年12月31日' });
    expect(parseLedgerDate('2026-02-30')).toEqual({ ok: false, message: '日期不存在（2026年2月30日），请检查年月日' });
    expect(parseLedgerDate('2026-12-31至2027-01-31')).toMatchObject({ ok: false, message: '只能填写一个日期' });
    expect(parseLedgerDate(5)).toMatchObject({ ok: false });
  });
});

describe('整改时限', () => {
  it('reads dates, period ends and 整改类型 written as text', () => {
    expect(parseDeadlineCell('2026年12月底前完成')).toEqual({ ok: true, value: { blank: false, date: '2026-12-31', type: null } });
    expect(parseDeadlineCell('2026年6月')).toEqual({ ok: true, value: { blank: false, date: '2026-06-30', type: null } });
    expect(parseDeadlineCell('2026年底')).toEqual({ ok: true, value: { blank: false, date: '2026-12-31', type: null } });
    expect(parseDeadlineCell('立行立改，长期坚持')).toEqual({ ok: true, value: { blank: false, date: null, type: 'long_term' } });
    expect(parseDeadlineCell('立行立改')).toEqual({ ok: true, value: { blank: false, date: null, type: 'immediate' } });
    expect(parseDeadlineCell('立行立改（2026年3月31日前）')).toEqual({ ok: true, value: { blank: false, date: '2026-03-31', type: 'immediate' } });
    expect(parseDeadlineCell(excelDateOf('2027-01-15'))).toEqual({ ok: true, value: { blank: false, date: '2027-01-15', type: null } });
    expect(parseDeadlineCell('')).toEqual({ ok: true, value: { blank: true, date: null, type: null } });
  });

  it('refuses free text rather than guessing', () => {
    const result = parseDeadlineCell('尽快');
    expect(result).toEqual({ ok: false, message: '日期无法识别，请写成2026-12-31或2026年12月31日，或写“立行立改”“长期坚持”' });
    expect(parseDeadlineCell('2026-06-30、2026-12-31')).toEqual({ ok: false, message: '整改时限只能写一个日期' });
  });
});

describe('整改措施', () => {
  it('takes one measure per line and drops the numbering', () => {
    expect(parseMeasures('1. 建立月检查制度\n2、开展专题培训\n（3）修订细则')).toEqual(['建立月检查制度', '开展专题培训', '修订细则']);
    expect(parseMeasures('一是加强学习；\n二是完善制度')).toEqual(['加强学习；', '完善制度']);
    expect(parseMeasures('建立制度\n开展培训')).toEqual(['建立制度', '开展培训']);
    expect(parseMeasures('1.5倍标准执行')).toEqual(['1.5倍标准执行']);
  });

  it('reads back what the export writes, lines inside a measure included', () => {
    const measures = ['（1）先自查', '建立台账：\n逐项销号', '2026年起每季度通报'];
    expect(parseMeasures(formatMeasures(measures))).toEqual(measures);
  });
});

describe('small cells', () => {
  it('是否销号, 班子/个人, lists of names', () => {
    expect(['是', '已销号', 'TRUE', true].map((v) => parseYesNo(v))).toEqual(Array(4).fill({ ok: true, value: true }));
    expect(parseYesNo('否')).toEqual({ ok: true, value: false });
    expect(parseYesNo('')).toEqual({ ok: true, value: null });
    expect(parseYesNo('差不多')).toEqual({ ok: false, message: '只能填“是”或“否”' });
    expect(parseScope('班子')).toEqual({ ok: true, value: 'team' });
    expect(parseScope('个人问题')).toEqual({ ok: true, value: 'individual' });
    expect(parseScope('作风建设')).toMatchObject({ ok: false });
    expect(parseNameList('政策法规处、财务审计处，办公室\n信息中心')).toEqual(['政策法规处', '财务审计处', '办公室', '信息中心']);
  });
});

describe('the 标题 of a new item', () => {
  it('is the first clause of the description, at most 40 characters', () => {
    expect(deriveTitle('部分党支部“三会一课”记录不完整，党课内容与业务结合不紧密。')).toBe('部分党支部“三会一课”记录不完整');
    expect(deriveTitle('1. 目前，部分干部理论学习不够深入')).toBe('目前，部分干部理论学习不够深入');
    const long = deriveTitle('对照党章党规查找差距发现机关部分党员干部在落实全面从严治党主体责任方面存在压力传导逐级递减的问题');
    expect(long).toHaveLength(40);
    expect(long.endsWith('…')).toBe(true);
  });
});

describe('findHeaderRow', () => {
  it('skips a title and a 填报单位 line to the row naming 编号 or 问题描述', () => {
    const rows = [
      ['XX单位巡察反馈问题整改台账', null],
      ['填报单位：办公室', '填报日期：2026年11月27日'],
      [],
      ['序号', '问题表现', '牵头部门'],
      ['1', '问题。', '办公室'],
    ];
    expect(findHeaderRow(rows)).toBe(3);
    expect(
      findHeaderRow([
        ['编号', '问题描述'],
        ['2026-XC-001', '问题。'],
      ]),
    ).toBe(0);
  });

  it('a row of other known names (责任人, 备注) is not taken for the header; with none found, the first row is', () => {
    expect(
      findHeaderRow([
        ['责任人', '备注'],
        ['编号', '责任人'],
      ]),
    ).toBe(1);
    expect(findHeaderRow([['某某单位整改台账'], ['王蕾', '']])).toBe(0);
    const deep = [...Array.from({ length: 10 }, () => ['说明文字']), ['编号', '问题描述']];
    expect(findHeaderRow(deep)).toBe(0);
  });
});

describe('matchHeaders', () => {
  it('finds columns by name or synonym, in any order', () => {
    const { columns, errors } = matchHeaders(['问题表现', null, '完成时限', '牵头部门', ' 编 号 ', '*问题来源', '问题类别（必填）']);
    expect(errors).toEqual([]);
    expect(columns.map((c) => [c.index, c.key])).toEqual([
      [0, 'description'],
      [2, 'deadline'],
      [3, 'departments'],
      [4, 'code'],
      [5, 'source'],
      [6, 'category'],
    ]);
  });

  it('refuses unknown and duplicate columns, and a header without 编号 or 问题描述', () => {
    const { errors } = matchHeaders(['问题描述', '整改时限', '完成时限', '联系电话']);
    expect(errors.map((e) => [e.cell, e.column])).toEqual([
      ['C1', '完成时限'],
      ['D1', '联系电话'],
    ]);
    expect(errors[0].message).toBe('与B列「整改时限」是同一列（「完成时限」即「整改时限」），只能保留一列');
    expect(errors[1].message).toMatch(/^不认识的列名/);
    expect(matchHeaders(['责任人', '备注']).errors[0].message).toMatch(/至少要有「编号」或「问题描述」/);
    expect(matchHeaders(['某某单位整改台账']).errors).toHaveLength(1);
    expect(matchHeaders(['某某单位整改台账'], 3).errors[0]).toMatchObject({ row: 3, message: expect.stringMatching(/^没有找到表头/) });
  });
});

const now = new Date('2026-11-22T04:00:00Z');
const policy = '11111111-1111-4111-8111-111111111111';
const finance = '22222222-2222-4222-8222-222222222222';
const dictionaries: LedgerImportContext['dictionaries'] = {
  source: ['巡察反馈', '自查自纠'].map((name) => ({ name, active: true })),
  category: ['组织建设', '作风建设'].map((name) => ({ name, active: true })),
  cause_tag: [{ name: '担当作为', active: true }],
};
const existingItem: RectifyItem = {
  ...NEW_ITEM_LIFECYCLE,
  id: 'a',
  code: '2026-XC-001',
  status: 'in_progress',
  version: 3,
  createdAt: '2026-10-01T00:00:00Z',
  updatedAt: '2026-10-02T00:00:00Z',
  closedAt: null,
  title: '“三会一课”记录不完整',
  description: '部分党支部“三会一课”记录不完整。',
  source: '巡察反馈',
  batch: '市委第三巡察组反馈意见',
  scope: 'team',
  person: null,
  category: '组织建设',
  rectifyType: 'immediate',
  measures: [
    { content: '建立月检查制度', done: true },
    { content: '开展专题培训', done: false },
  ],
  leader: '李卫东',
  leaderUserId: null,
  departmentId: policy,
  coDepartmentIds: [finance],
  owner: '王蕾',
  ownerUserId: null,
  deadline: '2026-12-31',
  stageGoal: null,
  nextReviewDate: null,
  completion: null,
  causeAnalysis: null,
  causeTags: [],
  remarks: null,
};
const context = (items: RectifyItem[] = [existingItem]): LedgerImportContext => ({
  now,
  existing: new Map(items.map((i) => [i.code, i])),
  departments: [
    { id: policy, name: '政策法规处' },
    { id: finance, name: '财务审计处' },
  ],
  dictionaries,
});

function plan(header: string[], rows: LedgerCellValue[][], items?: RectifyItem[]) {
  const { columns, errors } = matchHeaders(header);
  expect(errors).toEqual([]);
  return planLedgerImport(
    columns,
    rows.map((cells, i) => ({ row: i + 2, cells })),
    context(items),
  );
}

const view = (item: RectifyItem): ItemView => ({
  ...item,
  departmentName: '政策法规处',
  coDepartmentNames: ['财务审计处'],
  warning: { level: 'green', dueDate: item.deadline, daysLeft: 39, label: '剩39天' },
});

describe('planLedgerImport', () => {
  it('reads its own export back as unchanged', () => {
    const row = ledgerRowOf(view(existingItem), 1, { progress: [{ date: '2026-11-20', text: '已开展专题培训' }] });
    const header = LEDGER_EXPORT_COLUMNS.map((c) => c.header);
    expect(Object.keys(row)).toEqual(LEDGER_EXPORT_COLUMNS.map((c) => c.key));
    const result = plan(header, [Object.values(row)]);
    expect(result).toMatchObject({ creates: [], updates: [], unchanged: 1, errors: [], ignoredColumns: ['序号', '延期次数', '逾期情况', '整改进展'] });
    expect(row).toMatchObject({
      title: existingItem.title,
      batch: existingItem.batch,
      measures: '1、建立月检查制度\n2、开展专题培训',
      departments: '政策法规处',
      coDepartments: '财务审计处',
      progress: '2026年11月20日：已开展专题培训',
      closed: '否',
    });
  });

  it('updates an existing item field by field, keeping the state of measures it already had', () => {
    // 完成时限 (a synonym of 整改时限) unchanged: a running deadline is not moved by import.
    const result = plan(
      ['编号', '整改措施', '责任人', '完成时限'],
      [['2026-XC-001', '1.开展专题培训\n2.建立月检查制度\n3.通报整改结果', '赵颖', '2026-12-31']],
    );
    expect(result.errors).toEqual([]);
    expect(result.updates).toHaveLength(1);
    expect(result.updates[0].labels).toEqual(['整改措施', '责任人']);
    expect(result.updates[0].changes).toEqual({
      measures: [
        { content: '开展专题培训', done: false },
        { content: '建立月检查制度', done: true },
        { content: '通报整改结果', done: false },
      ],
      owner: '赵颖',
    });
  });

  it('lands a new row in the furthest column its data allows, with a derived title and default batch', () => {
    const header = ['问题描述', '问题来源', '问题类别', '整改措施', '责任部门', '责任领导', '整改时限', '责任人'];
    const result = plan(header, [
      ['理论学习流于形式，学用脱节。', '自查自纠', '作风建设', '', '', '', '', ''],
      ['理论学习流于形式，学用脱节。', '自查自纠', '作风建设', '1.制定学习计划', '政策法规处', '李卫东', '立行立改，长期坚持', '王蕾'],
      ['理论学习流于形式，学用脱节。', '自查自纠', '作风建设', '1.制定学习计划', '政策法规处', '李卫东', '2026年12月31日', '王蕾'],
    ]);
    expect(result.errors).toEqual([]);
    expect(result.creates.map((c) => c.status)).toEqual(['found', 'measures', 'in_progress']);
    expect(result.creates[0].fields).toMatchObject({ title: '理论学习流于形式', batch: '台账导入（2026年11月22日）', scope: 'team' });
    expect(result.creates[1].fields).toMatchObject({ rectifyType: 'long_term', deadline: null });
    expect(result.creates[2].fields).toMatchObject({ rectifyType: 'time_limited', deadline: '2026-12-31' });
  });

  it('lists every error by row and column, in Chinese', () => {
    const header = ['编号', '问题描述', '问题来源', '问题类别', '责任部门', '整改时限', '是否销号'];
    const result = plan(header, [
      ['2026-XC-001', '部分党支部“三会一课”记录不完整。', '巡察反馈', '组织建设', '宣传处', '年底前', ''],
      ['', '新问题', '巡视', '', '', '', '否'],
      ['2026-XC-001', '部分党支部“三会一课”记录不完整。', '巡察反馈', '组织建设', '政策法规处、财务审计处', '2026-12-31', '是'],
      ['XC-9', '另一个问题', '巡察反馈', '组织建设', '', '', ''],
      ['', { invalid: '单元格B6是公式，请粘贴为数值后再导入' }, '巡察反馈', '组织建设', '', '', ''],
    ]);
    expect(result.creates).toEqual([]);
    expect(result.errors.map((e) => [e.row, e.column, e.message])).toEqual([
      [2, '责任部门', '部门「宣传处」不存在，请填写系统中的部门名称（如：政策法规处、财务审计处）'],
      [2, '整改时限', '日期无法识别，请写成2026-12-31或2026年12月31日，或写“立行立改”“长期坚持”'],
      [3, '问题来源', '问题来源「巡视」不在字典中，可选：巡察反馈、自查自纠'],
      [3, '问题类别', '新问题须填写问题类别'],
      [4, '编号', '编号2026-XC-001与第2行重复，同一事项只能占一行'],
      [4, '是否销号', OPEN_ITEM_CLOSED_IN_FILE],
      [5, '编号', '系统中没有编号为XC-9的事项；新问题的编号应为“年份-字母-序号”，如2026-XC-003，或留空由系统生成'],
      [6, '问题描述', '单元格B6是公式，请粘贴为数值后再导入'],
    ]);
  });

  it('does not move a running deadline: that takes an approved 延期', () => {
    const result = plan(['编号', '整改时限'], [['2026-XC-001', '2027年6月30日']]);
    expect(result.errors).toEqual([
      {
        row: 2,
        column: '整改时限',
        cell: 'B2',
        message: '已明确的整改时限不能直接修改，请提出延期申请并说明理由，经领导审批后调整（表中为2027年6月30日，系统中为2026年12月31日）',
      },
    ]);
  });

  it('keeps an existing item in its column and its gates', () => {
    const result = plan(['编号', '责任人'], [['2026-XC-001', '']]);
    expect(result.errors).toEqual([{ row: 2, column: '责任人', cell: 'B2', message: '「整改中」列的事项必须保留这项信息：未指定责任人' }]);
  });

  it('never closes an open item marked 是否销号=是 (closing goes through review), and refuses reopening or editing a closed one', () => {
    const closable = plan(['编号', '完成情况', '是否销号', '销号日期'], [['2026-XC-001', '已全部整改到位', '是', '2026年11月20日']]);
    expect(closable.errors).toEqual([{ row: 2, column: '是否销号', cell: 'C2', message: OPEN_ITEM_CLOSED_IN_FILE }]);
    expect(closable.updates).toEqual([]);

    const closed: RectifyItem = { ...existingItem, status: 'closed', signoff: 'approved', completion: '已整改', closedAt: '2026-11-01T02:00:00.000Z' };
    const result = plan(['编号', '是否销号', '销号日期', '备注'], [['2026-XC-001', '否', '2026-11-02', '补充说明']], [closed]);
    expect(result.errors.map((e) => e.message).sort()).toEqual(
      [
        '已销号事项不能修改，如需重新整改请走“回头看”程序',
        '该事项已销号，不能通过导入重新打开；如需重新整改，请走“回头看”程序',
        '销号日期以系统记录为准（2026年11月1日），不能通过导入修改',
      ].sort(),
    );
    expect(result.errors).toHaveLength(3);
  });

  it('reads 是否销号=否 of an item whose 销号 awaits review as unchanged (it is not closed yet)', () => {
    const pending: RectifyItem = { ...existingItem, status: 'closed', signoff: 'pending', signoffStage: 'leader', completion: '已整改', evidenceCount: 1 };
    const result = plan(['编号', '是否销号'], [['2026-XC-001', '否']], [pending]);
    expect(result.errors).toEqual([]);
    expect(result.unchanged).toBe(1);
    const edited = plan(['编号', '备注'], [['2026-XC-001', '补充说明']], [pending]);
    expect(edited.errors.map((e) => e.message)).toEqual(['该事项的销号申请正在审核，审核期间不能修改']);
  });

  it('says once when a column new rows need is missing', () => {
    const result = plan(
      ['问题描述', '问题来源'],
      [
        ['问题一', '巡察反馈'],
        ['问题二', '巡察反馈'],
      ],
    );
    expect(result.errors).toEqual([
      { row: 1, column: '问题类别', message: '缺少「问题类别」列：第2行、第3行是新问题（编号为空或系统中没有），须填写问题类别' },
    ]);
  });
});
