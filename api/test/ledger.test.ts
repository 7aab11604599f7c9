import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  columnLetter,
  formatChineseDate,
  LEDGER_CLOSED_TAG,
  lifecycleTags,
  officeToday,
  type CreateItemInput,
  type ItemView,
  type LedgerImportResult,
} from '@rectify/shared';
import { officeYear } from '@rectify/shared/testing';
import ExcelJS from 'exceljs';
import type request from 'supertest';
import { ItemEventEntity } from '../src/history/item-event.entity.js';
import { ItemEntity } from '../src/items/item.entity.js';
import { messyLedgerDocx, messyLedgerXlsx } from '../src/bench/messy-ledger.js';
import { LedgerService } from '../src/ledger/ledger.service.js';
import { ProgressEntryEntity } from '../src/evidence/progress-entry.entity.js';
import { sheetXml, xlsxOf, zipOf } from './ledger-fixtures.js';
import { startTestApp, type ApiClient, type TestApp } from './test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const STANDARD_HEADERS = [
  '序号',
  '编号',
  '标题',
  '问题来源',
  '来源批次',
  '问题类别',
  '问题描述',
  '原因分析',
  '整改措施',
  '责任领导',
  '牵头部门',
  '配合部门',
  '责任人',
  '整改类型',
  '整改时限',
  '延期次数',
  '逾期情况',
  '整改进展',
  '完成情况',
  '是否销号',
  '销号日期',
  '备注',
];
/** The exported sheet's header row: below the title and the 单位/导出日期 line. */
const HEADER_ROW = 3;
/** 1-based column of a header in the export. */
const col = (header: string) => STANDARD_HEADERS.indexOf(header) + 1;

/** Collects a binary answer into a Buffer. */
const binary = (res: request.Response, done: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

async function exportLedger(client: ApiClient = t.leader, query = ''): Promise<{ response: request.Response; data: Buffer }> {
  const response = await client.get(`/api/ledger/export${query}`).buffer(true).parse(binary);
  return { response, data: response.body as Buffer };
}

async function sheetOf(data: Buffer): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as unknown as ExcelJS.Buffer);
  return workbook.worksheets[0];
}

/** Every cell value of a sheet, dates as YYYY-MM-DD. */
async function valuesOf(data: Buffer): Promise<unknown[][]> {
  const sheet = await sheetOf(data);
  const rows: unknown[][] = [];
  sheet.eachRow((row) => {
    rows.push(
      Array.from({ length: STANDARD_HEADERS.length }, (_, i) => {
        const value = row.getCell(i + 1).value;
        return value instanceof Date ? value.toISOString().slice(0, 10) : (value ?? null);
      }),
    );
  });
  return rows;
}

async function workbookOf(rows: unknown[][], tweak?: (sheet: ExcelJS.Worksheet, workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('问题清单');
  for (const row of rows) sheet.addRow(row);
  tweak?.(sheet, workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function importFile(data: Buffer, options: { dryRun?: boolean; client?: ApiClient; name?: string; mapping?: unknown } = {}) {
  const request = (options.client ?? t.leader).post('/api/ledger/import');
  if (options.mapping !== undefined) request.field('mapping', JSON.stringify(options.mapping));
  return request
    .field('dryRun', String(options.dryRun ?? true))
    .attach('file', data, { filename: options.name ?? '问题清单.xlsx', contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
}

/** Every stored item and the length of the history chain: what "nothing changed" compares. */
async function snapshot() {
  const items = await t.dataSource.getRepository(ItemEntity).find({ order: { code: 'ASC' } });
  const events = await t.dataSource.getRepository(ItemEventEntity).count();
  return { items, events };
}

const move = async (item: ItemView, to: string, changes?: object): Promise<ItemView> => {
  const response = await t.leader.post(`/api/items/${item.id}/move`).send({ to, version: item.version, ...(changes ? { changes } : {}) });
  if (response.status !== 200) throw new Error(`移动失败 ${response.status}: ${JSON.stringify(response.body)}`);
  return response.body;
};

/** Items in every column, with the fields the ledger has to carry round trip. */
async function seedVariedItems(): Promise<ItemView[]> {
  const assigned: Partial<CreateItemInput> = {
    departmentId: t.departments.policy,
    coDepartmentIds: [t.departments.finance],
    leader: '李卫东（副局长）',
    measures: [{ content: '（1）修订《机关党支部“三会一课”制度实施细则》' }, { content: '2026年起每季度通报一次\n执行情况纳入年度考核' }],
  };
  const found = await t.createItem({ title: '理论学习不够深入', causeAnalysis: '学习制度执行不严。', remarks: '需与组织部对接' });
  const measures = await move(await t.createItem(assigned), 'measures');
  const longTerm = await move(
    await t.createItem({
      ...assigned,
      source: '民主生活会',
      scope: 'individual',
      person: '张明',
      rectifyType: 'long_term',
      stageGoal: '每季度专题学习一次',
      nextReviewDate: '2027-01-15',
      deadline: '2026-06-30',
    }),
    'deadline',
  );
  const inProgress = await move(
    await t.createItem({ ...assigned, category: '作风建设', rectifyType: 'immediate', deadline: '2026-12-31', owner: '王蕾', causeTags: ['担当作为'] }),
    'in_progress',
  );
  for (const [date, text] of [
    ['2026-02-10', '细则初稿已征求各支部意见'],
    ['2026-01-05', '已召开专题会议部署整改'],
  ]) {
    await t.leader.post(`/api/items/${inProgress.id}/progress`).send({ date, text }).expect(201);
  }
  const typedOnly = await t.createItem({ ...assigned, coDepartmentIds: [], rectifyType: 'immediate' });
  const toClose = await t.createItem({
    ...assigned,
    rectifyType: 'time_limited',
    deadline: '2026-10-31',
    owner: '赵颖',
    completion: '已修订细则并印发，各支部按月报送记录。',
  });
  await t.recordEvidence(toClose.id);
  const closed = await t.signOff(toClose);
  return [found, measures, longTerm, inProgress, typedOnly, closed];
}

describe('export', () => {
  let items: ItemView[];
  beforeAll(async () => {
    items = await seedVariedItems();
  });

  it('writes the standard columns under Chinese headers below a title row, header frozen, dates as dates, named by the day', async () => {
    const { response, data } = await exportLedger();
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="ledger-\d{8}\.xlsx"; filename\*=UTF-8''%E6%95%B4%E6%94%B9%E5%8F%B0%E8%B4%A6-\d{8}\.xlsx$/,
    );

    const sheet = await sheetOf(data);
    expect(sheet.name).toBe('整改台账');
    const today = officeToday(new Date());
    expect(sheet.getCell('A1').value).toBe('办公室整改问题台账');
    expect(sheet.getCell('A2').value).toBe(`单位：办公室    导出日期：${formatChineseDate(today)}`);
    expect(sheet.getCell('A1').isMerged && sheet.getCell(`${columnLetter(STANDARD_HEADERS.length)}1`).isMerged).toBe(true);
    expect((sheet.getRow(HEADER_ROW).values as unknown[]).slice(1)).toEqual(STANDARD_HEADERS);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: HEADER_ROW });
    expect(sheet.getColumn(col('问题描述')).width).toBeGreaterThan(30);
    expect(sheet.actualRowCount).toBe(HEADER_ROW + items.length);

    const rowOf = (code: string) => sheet.getRows(HEADER_ROW + 1, items.length)!.find((r) => r.getCell(col('编号')).value === code)!;
    const cell = (code: string, header: string) => rowOf(code).getCell(col(header));
    const inProgress = items[3];
    expect(cell(inProgress.code, '整改时限').value).toEqual(new Date(Date.UTC(2026, 11, 31)));
    expect(cell(inProgress.code, '整改时限').numFmt).toBe('yyyy"年"m"月"d"日"');
    expect(cell(inProgress.code, '整改措施').alignment).toMatchObject({ wrapText: true });
    expect(cell(inProgress.code, '整改措施').value).toBe('1、（1）修订《机关党支部“三会一课”制度实施细则》\n2、2026年起每季度通报一次\n执行情况纳入年度考核');
    expect(cell(inProgress.code, '标题').value).toBe(inProgress.title);
    expect(cell(inProgress.code, '来源批次').value).toBe(inProgress.batch);
    expect(cell(inProgress.code, '牵头部门').value).toBe('政策法规处');
    expect(cell(inProgress.code, '配合部门').value).toBe('财务审计处');
    expect(cell(inProgress.code, '整改类型').value).toBe('立行立改');
    expect(cell(inProgress.code, '延期次数').value).toBe(0);
    // 整改进展: the latest entries of the log, dated, oldest first (no longer a count of measures).
    expect(cell(inProgress.code, '整改进展').value).toBe('2026年1月5日：已召开专题会议部署整改\n2026年2月10日：细则初稿已征求各支部意见');
    expect(cell(items[2].code, '整改时限').value).toBe('长期坚持');
    expect(cell(items[2].code, '整改类型').value).toBe('长期坚持');
    expect(cell(items[4].code, '整改时限').value).toBe('立行立改');
    expect(cell(items[4].code, '配合部门').value).toBe(null);
    expect(cell(items[0].code, '整改类型').value).toBe(null);
    const closed = items[5].code;
    expect([cell(closed, '整改进展').value, cell(closed, '是否销号').value, cell(closed, '销号日期').value instanceof Date]).toEqual([null, '是', true]);
    expect(cell(items[0].code, '是否销号').value).toBe('否');
  });

  it('整改进展 keeps the latest three entries', async () => {
    const item = await t.createItem({ departmentId: t.departments.policy });
    for (const [date, text] of [
      ['2026-03-01', '第一次'],
      ['2026-03-02', '第二次'],
      ['2026-03-04', '第四次'],
      ['2026-03-03', '第三次'],
    ]) {
      await t.leader.post(`/api/items/${item.id}/progress`).send({ date, text }).expect(201);
    }
    const sheet = await sheetOf((await exportLedger()).data);
    const row = sheet.getRows(HEADER_ROW + 1, sheet.actualRowCount)!.find((r) => r.getCell(col('编号')).value === item.code)!;
    expect(row.getCell(col('整改进展')).value).toBe('2026年3月2日：第二次\n2026年3月3日：第三次\n2026年3月4日：第四次');
  });

  it('exports what the board filters show, and a department only its own items', async () => {
    const mine = await t.createItem({ source: '自查自纠', departmentId: t.departments.finance });
    const filtered = await sheetOf((await exportLedger(t.leader, '?source=%E8%87%AA%E6%9F%A5%E8%87%AA%E7%BA%A0')).data);
    expect(filtered.getColumn(2).values.slice(HEADER_ROW + 1)).toEqual([mine.code]);

    const finance = await sheetOf((await exportLedger(t.as.financeStaff)).data);
    const codes = finance.getColumn(2).values.slice(HEADER_ROW + 1);
    expect(codes).toEqual([mine.code, ...items.filter((i) => i.coDepartmentIds.includes(t.departments.finance)).map((i) => i.code)].sort());

    const refused = await t.as.admin.get('/api/ledger/export').expect(403);
    expect(refused.body.message).toMatch(/不能导出台账/);
    expect((await t.leader.get('/api/ledger/export?limit=5').expect(400)).body.message).toMatch(/不认识的字段/);
  });

  it('round trip: export, import (title rows skipped, nothing to do), export again gives the same table', async () => {
    const first = await exportLedger();
    const before = await snapshot();
    const dry = await importFile(first.data);
    expect(dry.body.errors).toEqual([]);
    expect(dry.body).toMatchObject({
      dryRun: true,
      headerRow: HEADER_ROW,
      created: [],
      updated: [],
      errors: [],
      errorCount: 0,
      unchanged: before.items.length,
      ignoredColumns: ['序号', '延期次数', '逾期情况', '整改进展'],
    });
    const real = await importFile(first.data, { dryRun: false }).expect(200);
    expect(real.body).toMatchObject({ dryRun: false, created: [], updated: [], unchanged: before.items.length });
    expect(await snapshot()).toEqual(before);
    const second = await exportLedger();
    expect(await valuesOf(second.data)).toEqual(await valuesOf(first.data));
  });
});

describe('import', () => {
  const header = ['编号', '问题表现', '问题来源', '问题类别', '整改措施', '牵头部门', '责任领导', '完成时限', '责任人'];

  it('a dry run lists what would change and writes nothing; the real import creates and updates in one go', async () => {
    const existing = await move(
      await t.createItem({ departmentId: t.departments.policy, leader: '李卫东', measures: [{ content: '建立月检查制度', done: true }] }),
      'measures',
    );
    const file = await workbookOf([
      header,
      [existing.code, existing.description, '巡察反馈', '组织建设', '1.建立月检查制度\n2.开展专题培训', '政策法规处', '李卫东', '2027年3月31日', '王蕾'],
      ['2025-ZC-101', '机关食堂浪费现象时有发生，节约意识不强。', '自查自纠', '作风建设', '1. 开展“光盘行动”', '办公室', '张明', '立行立改', '赵颖'],
      ['', '部分干部下基层调研次数少，调研报告质量不高。', '巡察反馈', '作风建设', '', '', '', '', ''],
    ]);
    const before = await snapshot();

    const dry = await importFile(file).expect(200);
    expect(dry.body.message).toBe('预检通过：将新增2条、更新1条，0条无变化。确认无误后再正式导入');
    expect(dry.body.created).toEqual([
      { row: 3, code: '2025-ZC-101', title: '机关食堂浪费现象时有发生', status: 'measures' },
      { row: 4, title: '部分干部下基层调研次数少', status: 'found' },
    ]);
    expect(dry.body.updated).toEqual([{ row: 2, code: existing.code, title: existing.title, changes: ['整改措施', '完成时限', '责任人'] }]);
    expect(await snapshot()).toEqual(before);

    const real = await importFile(file, { dryRun: false }).expect(200);
    const result = real.body as LedgerImportResult;
    expect(result.message).toBe('导入完成：新增2条、更新1条，0条无变化');
    expect(result.created[1].code).toMatch(new RegExp(`^${officeYear()}-XC-\\d{3}$`));

    const updated = (await t.leader.get(`/api/items/${existing.id}`).expect(200)).body as ItemView;
    expect(updated).toMatchObject({
      status: 'measures',
      version: existing.version + 1,
      owner: '王蕾',
      deadline: '2027-03-31',
      rectifyType: 'time_limited',
      measures: [
        { content: '建立月检查制度', done: true },
        { content: '开展专题培训', done: false },
      ],
    });
    const history = (await t.leader.get(`/api/items/${existing.id}/history`).expect(200)).body;
    expect(history.at(-1)).toMatchObject({
      kind: 'updated',
      actor: 'leader的姓名',
      before: { owner: null, deadline: null },
      after: { owner: '王蕾', deadline: '2027-03-31' },
    });

    const created = await t.dataSource.getRepository(ItemEntity).findOneByOrFail({ code: '2025-ZC-101' });
    expect(created).toMatchObject({
      status: 'measures',
      rectifyType: 'immediate',
      batch: expect.stringMatching(/^台账导入（\d{4}年\d{1,2}月\d{1,2}日）$/),
      scope: 'team',
    });
    const events = await t.dataSource.getRepository(ItemEventEntity).find({ where: { itemId: created.id }, order: { seq: 'ASC' } });
    expect(events.map((e) => e.kind)).toEqual(['created', 'moved']);
    expect((await t.leader.get('/api/audit/verify').expect(200)).body).toMatchObject({ ok: true });

    // The same file again: rows with 编号 update (nothing to change), the row without one is new again, with a warning.
    const again = await importFile(file).expect(200);
    expect(again.body).toMatchObject({ created: [{ row: 4 }], updated: [], unchanged: 2 });
    expect(again.body.warnings).toEqual([
      { row: 4, column: '问题表现', message: expect.stringMatching(/^与已有事项\d{4}-XC-\d{3}的问题描述相同；这一行没有编号/) },
    ]);
  });

  it('importing a file with every 编号 twice updates instead of duplicating', async () => {
    const file = await workbookOf([header, ['2025-DC-007', '党建督查发现的问题。', '专项督查', '组织建设', '', '', '', '', '']]);
    await importFile(file, { dryRun: false }).expect(200);
    const count = await t.dataSource.getRepository(ItemEntity).count();
    const again = await importFile(file, { dryRun: false }).expect(200);
    expect(again.body).toMatchObject({ created: [], updated: [], unchanged: 1 });
    expect(await t.dataSource.getRepository(ItemEntity).count()).toBe(count);
  });

  it('a 台账 opening with a title and a 填报单位 line is read from its header row; problems name the sheet’s own rows', async () => {
    const header = ['序号', '问题表现', '问题来源', '问题类别', '牵头部门', '完成时限'];
    const withTitle = (rows: unknown[][]) =>
      workbookOf([['XX单位巡察反馈问题整改台账'], ['填报单位：政策法规处', null, null, null, '填报日期：2026年11月27日'], header, ...rows], (s) =>
        s.mergeCells('A1:F1'),
      );
    const good = ['1', '机关党支部“三会一课”记录不规范。', '巡察反馈', '组织建设', '政策法规处', '2027-03-31'];
    const before = await snapshot();

    const bad = await importFile(await withTitle([good, ['2', '问题。', '巡察反馈', '组织建设', '', '2026-02-30']]), { dryRun: true }).expect(422);
    expect(bad.body).toMatchObject({ headerRow: 3, created: [{ row: 4 }], errors: [{ row: 5, column: '完成时限', cell: 'F5' }] });
    expect(bad.body.message).toMatch(/第5行「完成时限」：日期不存在/);

    const clean = await importFile(await withTitle([good]), { dryRun: true }).expect(200);
    expect(clean.body).toMatchObject({ headerRow: 3, errorCount: 0, created: [{ row: 4, title: expect.stringContaining('三会一课') }] });
    expect(await snapshot()).toEqual(before);
  });

  it('only a leader imports', async () => {
    const file = await workbookOf([header, ['', '某问题。', '巡察反馈', '组织建设', '', '', '', '', '']]);
    for (const [client, message] of [
      [t.as.inspector, '纪检账号不能导入台账'],
      [t.as.policyStaff, '责任部门账号不能导入台账'],
      [t.as.admin, '系统管理员账号不能导入台账'],
    ] as const) {
      const response = await importFile(file, { client, dryRun: false });
      expect([response.status, response.body.message]).toEqual([403, message]);
    }
  });
});

describe('导入模板', () => {
  async function template(client: ApiClient = t.leader): Promise<ExcelJS.Workbook> {
    const response = await client.get('/api/ledger/template').buffer(true).parse(binary).expect(200);
    expect(response.headers['content-disposition']).toContain(encodeURIComponent('整改台账导入模板.xlsx'));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.body as ExcelJS.Buffer);
    return workbook;
  }

  it('has the standard headers, drop-downs of today’s 来源, 类别 and 部门, and a 填写说明 sheet', async () => {
    const retired = (await t.leader.get('/api/dictionaries').expect(200)).body.source.find((e: { name: string }) => e.name === '审计');
    await t.as.admin.patch(`/api/dictionaries/${retired.id}`).send({ active: false }).expect(200);
    try {
      const workbook = await template();
      expect(workbook.worksheets.map((s) => [s.name, s.state])).toEqual([
        ['整改台账', 'visible'],
        ['填写说明', 'visible'],
        ['选项', 'hidden'],
      ]);
      const sheet = workbook.getWorksheet('整改台账')!;
      expect(sheet.getRow(1).values).toEqual([undefined, ...STANDARD_HEADERS]);
      expect(sheet.actualRowCount).toBe(1);

      const list = (header: string, row: number) => sheet.getCell(`${columnLetter(col(header))}${row}`).dataValidation;
      expect(list('问题来源', 2)).toMatchObject({ type: 'list', formulae: [expect.stringMatching(/^选项!\$A\$1:\$A\$\d+$/)] });
      expect(list('牵头部门', 500)).toMatchObject({ type: 'list', errorStyle: 'warning' });
      const options = workbook.getWorksheet('选项')!;
      const column = (letter: string) => options.getColumn(letter).values.filter(Boolean);
      expect(column('A')).toContain('巡察反馈');
      expect(column('A')).not.toContain('审计');
      expect(column('C')).toEqual(['办公室', '财务审计处', '政策法规处'].sort((a, b) => a.localeCompare(b, 'zh-CN')));

      const guide = workbook.getWorksheet('填写说明')!;
      const rows = guide.getSheetValues().filter(Boolean) as unknown[][];
      expect(rows.find((r) => r[1] === '问题描述')?.[2]).toBe('新问题必填');
      expect(rows.find((r) => r[1] === '序号')?.[2]).toBe('不导入');
    } finally {
      await t.as.admin.patch(`/api/dictionaries/${retired.id}`).send({ active: true }).expect(200);
    }
  });

  it('imports once a row is filled in; left blank it says there are no rows; only importers get it', async () => {
    const workbook = await template();
    const blank = Buffer.from(await workbook.xlsx.writeBuffer());
    expect((await importFile(blank).expect(400)).body.message).toMatch(/只有表头，没有数据行：请从第2行起/);

    const sheet = workbook.getWorksheet('整改台账')!;
    const at = (header: string) => STANDARD_HEADERS.indexOf(header) + 1;
    const row = sheet.getRow(2);
    row.getCell(at('问题描述')).value = '机关党支部“三会一课”记录不规范，会议记录要素不全。';
    row.getCell(at('问题来源')).value = '巡察反馈';
    row.getCell(at('问题类别')).value = '组织建设';
    row.getCell(at('牵头部门')).value = '政策法规处';
    const filled = await importFile(Buffer.from(await workbook.xlsx.writeBuffer())).expect(200);
    expect(filled.body).toMatchObject({ sheet: '整改台账', headerRow: 1, errorCount: 0, created: [{ row: 2 }] });

    expect((await t.as.policyStaff.get('/api/ledger/template').expect(403)).body.message).toBe('责任部门账号不能导入台账');
  });
});

describe('bad files change nothing', () => {
  const header = ['编号', '问题描述', '问题来源', '问题类别', '责任部门', '整改时限'];
  const good = ['', '部分党员干部理论学习不够深入。', '巡察反馈', '组织建设', '政策法规处', '2026-12-31'];
  let existingCode: string;
  beforeAll(async () => {
    existingCode = (await t.createItem({ departmentId: t.departments.policy })).code;
  });

  const cases: Array<[string, () => Promise<Buffer>, number, RegExp, Array<Partial<{ row: number; column: string; cell: string }>>?]> = [
    ['a CSV renamed to .xlsx', async () => Buffer.from('编号,问题描述\n,问题\n', 'utf8'), 400, /^不是有效的 \.xlsx 文件/],
    ['an old .xls', async () => Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]), 400, /旧版 \.xls/],
    ['a truncated .xlsx', async () => (await workbookOf([header, good])).subarray(0, 300), 400, /不是有效的 \.xlsx 文件/],
    ['an empty file', async () => Buffer.alloc(0), 400, /空的（0字节）/],
    ['a workbook with nothing in it', async () => workbookOf([]), 400, /^文件是空的/],
    ['a header and no rows', async () => workbookOf([header]), 400, /只有表头，没有数据行/],
    ['merged header cells', async () => workbookOf([header, good], (s) => s.mergeCells('E1:F1')), 400, /^表头（第1行）不能有合并单元格（E1:F1）：请取消合并/],
    [
      'merged header cells under a title row',
      async () => workbookOf([['XX单位巡察反馈问题整改台账'], header, good], (s) => (s.mergeCells('A1:F1'), s.mergeCells('E2:F2'))),
      400,
      /^表头（第2行）不能有合并单元格（E2:F2）/,
    ],
    [
      'no header in the first ten rows',
      async () => workbookOf([['XX单位整改台账'], ['负责同志', '王蕾'], good]),
      422,
      /没有找到表头：前10行中没有一行写有「编号」或「问题描述」/,
    ],
    [
      '10,000 rows',
      async () => workbookOf([header, ...Array.from({ length: 10_000 }, (_, i) => ['', `问题${i + 1}。`, '巡察反馈', '组织建设', '', ''])]),
      400,
      /超过单次导入上限5000行/,
    ],
    [
      '6,000 rows (under the prescan’s slack, counted exactly)',
      async () => xlsxOf([header, ...Array.from({ length: 6_000 }, (_, i) => ['', `问题${i + 1}。`, '巡察反馈', '组织建设', '', ''])]),
      400,
      /文件有6000行数据，超过单次导入上限5000行/,
    ],
    ['a Word document without tables', async () => zipOf([{ name: 'word/document.xml', data: Buffer.from('<w:document/>') }]), 400, /^Word 文档中没有表格/],
    [
      'a WPS .et (an OLE file, like .xls)',
      async () => Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]),
      400,
      /^这是旧版 \.xls\/\.et 文件.*“另存为” \.xlsx/,
    ],
    [
      'a formula',
      async () => workbookOf([header, good], (s) => (s.getCell('F2').value = { formula: 'TODAY()+30', result: new Date() } as ExcelJS.CellFormulaValue)),
      422,
      /第2行「整改时限」：单元格F2是公式（=TODAY\(\)\+30）/,
      [{ row: 2, column: '整改时限', cell: 'F2' }],
    ],
    [
      'an unknown department',
      async () => workbookOf([header, good, ['', '问题。', '巡察反馈', '组织建设', '宣传处', '']]),
      422,
      /第3行「责任部门」：部门「宣传处」不存在/,
      [{ row: 3, column: '责任部门', cell: 'E3' }],
    ],
    [
      'a bad date',
      async () => workbookOf([header, ['', '问题。', '巡察反馈', '组织建设', '', '尽快整改']]),
      422,
      /第2行「整改时限」：日期无法识别，请写成2026-12-31或2026年12月31日/,
      [{ row: 2, column: '整改时限', cell: 'F2' }],
    ],
    [
      'a duplicate 编号',
      async () => workbookOf([header, [existingCode, '问题。', '巡察反馈', '组织建设', '', ''], [existingCode, '问题。', '巡察反馈', '组织建设', '', '']]),
      422,
      /第3行「编号」：编号\d{4}-XC-\d{3}与第2行重复/,
      [{ row: 3, column: '编号', cell: 'A3' }],
    ],
    [
      'merged data cells',
      async () => workbookOf([header, good, good], (s) => s.mergeCells('E2:E3')),
      422,
      /第2行「责任部门」：单元格E2是合并单元格（E2:E3）/,
      [{ row: 2 }, { row: 3 }],
    ],
    [
      'an unknown column',
      async () => workbookOf([[...header, '联系电话'], good]),
      422,
      /第1行「联系电话」：不认识的列名/,
      [{ row: 1, column: '联系电话', cell: 'G1' }],
    ],
    [
      'data under a blank header',
      async () =>
        workbookOf([
          [...header, null],
          [...good, '多余的内容'],
        ]),
      422,
      /第1行「G列」：这一列没有列名/,
    ],
  ];

  for (const [name, file, status, message, errors] of cases) {
    it(`${name} → ${status} with a Chinese message`, async () => {
      const before = await snapshot();
      for (const dryRun of [true, false]) {
        const response = await importFile(await file(), { dryRun });
        expect([response.status, response.body.message]).toEqual([status, expect.stringMatching(message)]);
        if (errors) expect(response.body.errors).toEqual(errors.map((e) => expect.objectContaining(e)));
      }
      expect(await snapshot()).toEqual(before);
    });
  }

  it('a file over 5 MB → 413', async () => {
    const before = await snapshot();
    const response = await importFile(Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(5 * 1024 * 1024 + 1)]), { dryRun: false });
    expect([response.status, response.body.message]).toEqual([413, expect.stringMatching(/^文件超过5 MB/)]);
    expect(await snapshot()).toEqual(before);
  });

  it('no file, or a bad dryRun → 400', async () => {
    expect((await t.leader.post('/api/ledger/import').field('dryRun', 'false').expect(400)).body.message).toMatch(/请选择要导入的 \.xlsx 文件/);
    expect((await t.leader.post('/api/ledger/import').send({ dryRun: false }).expect(400)).body.message).toMatch(/请选择要导入的 \.xlsx 文件/);
    const file = await workbookOf([header, good]);
    expect((await importFile(file).field('dryRun', 'maybe').expect(400)).body.message).toMatch(/dryRun 只能是 true 或 false/);
  });

  it('one bad row stops the good ones too (all or nothing)', async () => {
    const before = await snapshot();
    const file = await workbookOf([header, good, good, ['', '问题。', '巡察反馈', '组织建设', '', '2026-02-30']]);
    const response = await importFile(file, { dryRun: false }).expect(422);
    expect(response.body).toMatchObject({ dryRun: false, errorCount: 1, created: [{ row: 2 }, { row: 3 }] });
    expect(response.body.message).toBe('发现1处问题，未导入任何数据：第4行「整改时限」：日期不存在（2026年2月30日），请检查年月日');
    expect(await snapshot()).toEqual(before);
  });
});

describe('no back door around review', () => {
  const header = ['编号', '问题描述', '问题来源', '问题类别', '责任部门', '完成情况', '是否销号', '销号日期'];

  /** An item in 整改中 with a completion text and no evidence, and one with a pending 延期 request. */
  async function openItems() {
    const assigned: Partial<CreateItemInput> = {
      departmentId: t.departments.policy,
      leader: '李卫东',
      rectifyType: 'time_limited',
      deadline: '2027-06-30',
      owner: '王蕾',
      measures: [{ content: '建立台账' }],
    };
    const working = await move(await t.createItem({ ...assigned }), 'in_progress');
    const extending = await move(await t.createItem({ ...assigned }), 'in_progress');
    const asked = await t.as.policyStaff
      .post(`/api/items/${extending.id}/extension`)
      .send({ deadline: '2027-09-30', reason: '需等上级文件', version: extending.version });
    expect(asked.status).toBe(200);
    return [working, asked.body as ItemView];
  }

  for (const twoLevel of [false, true]) {
    it(`是否销号=是 on an item already on the board is refused, with ${twoLevel ? 'two-level' : 'one-level'} review; nothing changes`, async () => {
      await t.as.admin.patch('/api/settings').send({ signoffTwoLevel: twoLevel }).expect(200);
      try {
        const items = await openItems();
        const rows = items.map((item) => [item.code, item.description, item.source, item.category, '政策法规处', '已全部完成。', '是', '']);
        const file = await workbookOf([header, ...rows]);
        const before = await snapshot();
        for (const dryRun of [true, false]) {
          const response = await importFile(file, { dryRun }).expect(422);
          expect(response.body.errors).toEqual(
            items.map((_item, i) => ({
              row: i + 2,
              column: '是否销号',
              cell: `G${i + 2}`,
              message: expect.stringMatching(/^已在看板上的事项不能通过导入销号：请在看板上申请销号（上传佐证材料），经审核通过后才销号/),
            })),
          );
        }
        expect(await snapshot()).toEqual(before);
        for (const item of items)
          expect((await t.leader.get(`/api/items/${item.id}`).expect(200)).body).toMatchObject({ status: 'in_progress', signoff: 'none' });
      } finally {
        await t.as.admin.patch('/api/settings').send({ signoffTwoLevel: false }).expect(200);
      }
    });
  }
});

describe('bounded and isolated reading', () => {
  const header = ['编号', '问题描述', '问题来源', '问题类别', '责任部门', '整改时限'];
  const rowsOf = (count: number) =>
    Array.from({ length: count }, (_, i) => ['', `第${i + 1}个问题：部分党员干部理论学习不够深入。`, '巡察反馈', '组织建设', '', '']);

  it('reads a minimal hand-built .xlsx (the files below are real workbooks)', async () => {
    const response = await importFile(xlsxOf([header, ...rowsOf(2)])).expect(200);
    expect(response.body).toMatchObject({ sheet: '问题清单', errorCount: 0, created: [{ row: 2 }, { row: 3 }] });
  });

  it('a zip whose sheet claims 2 MB and inflates to 100 MB is stopped while inflating; two at once: one refused for size, one told to wait', async () => {
    const sheet = {
      name: 'xl/worksheets/sheet1.xml',
      data: Buffer.from(sheetXml([header, ...rowsOf(1)], ' '.repeat(100 * 1024 * 1024)), 'utf8'),
      declaredSize: 2 * 1024 * 1024,
    };
    const bomb = xlsxOf([], sheet);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const before = await snapshot();
    const responses = await Promise.all([importFile(bomb, { dryRun: false }), importFile(bomb, { dryRun: false })]);
    expect(responses.map((r) => [r.status, r.body.message]).sort()).toEqual([
      [400, expect.stringMatching(/^文件解压后超过64 MB，无法导入/)],
      [429, '另一份台账正在导入或预检，请等它完成后再试（同一时间只能导入一份台账）'],
    ]);
    expect(await snapshot()).toEqual(before);
    // The server is up, and the next import is not held back.
    await t.leader.get('/api/health').expect(200);
    await importFile(xlsxOf([header, ...rowsOf(1)])).expect(200);
  });

  it('a legal file of 110,000 rows is refused for its rows, reading stopped at the limit', async () => {
    const file = xlsxOf([header, ...rowsOf(110_000)]);
    const before = await snapshot();
    const response = await importFile(file, { dryRun: false });
    expect([response.status, response.body.message]).toEqual([400, '文件超过单次导入上限5000行，请拆分成几个文件分批导入']);
    expect(await snapshot()).toEqual(before);
  });

  it('the board answers other users while a 5,000-row file is being read', async () => {
    const ledger = t.app.get(LedgerService);
    let finished = false;
    const big = importFile(xlsxOf([header, ...rowsOf(5_000)])).then((r) => ((finished = true), r));
    // Wait until the server is inside the import (reading the file in its worker).
    while (!ledger.isImporting() && !finished) await new Promise((resolve) => setTimeout(resolve, 5));
    expect(finished).toBe(false);
    const board = await t.as.inspector.get('/api/board');
    expect(board.status).toBe(200);
    // The import was still running when the board answered: the board did not wait for it.
    expect(ledger.isImporting()).toBe(true);
    expect((await big).status).toBe(200);
  });
});

describe('an office’s own 台账, through the mapping step', () => {
  it('proposes a mapping; accepting every suggestion imports the file as it is, all in one write', async () => {
    const file = await messyLedgerXlsx();
    const before = await snapshot();

    // Matched by name only, the file is refused; the answer carries the proposal.
    const strict = await importFile(file).expect(422);
    expect(strict.body.errors.map((e: { column: string }) => e.column)).toEqual(['原因类型', '联系人']);
    const mapping = strict.body.mapping;
    expect(strict.body.mappingRemembered).toBe(false);
    expect(mapping.columns.map((c: { header: string; field: string | null }) => [c.header, c.field])).toEqual([
      ['序号', null],
      ['问题来源', 'source'],
      ['问题类别', 'category'],
      ['存在问题', 'description'],
      ['原因类型', 'causeTags'],
      ['整改措施', 'measures'],
      ['责任单位', 'departments'],
      ['责任领导', 'leader'],
      ['责任人', 'owner'],
      ['完成时限', 'deadline'],
      ['整改进展', 'progress'],
      ['完成情况', 'completion'],
      ['是否销号', 'closed'],
      ['销号日期', 'closedDate'],
      ['联系人', null],
    ]);
    expect(strict.body.samples.D[0]).toMatch(/^党支部“三会一课”记录不规范/);
    expect(mapping.values).toEqual({
      source: [
        { value: '市委第二巡察组反馈', action: 'map', to: '巡察反馈', batch: '市委第二巡察组反馈', rows: 3 },
        { value: '2025年度民主生活会', action: 'map', to: '民主生活会', batch: '2025年度民主生活会', rows: 2 },
        { value: '省委巡视组反馈意见', action: 'map', to: '巡视反馈', batch: '省委巡视组反馈意见', rows: 1 },
      ],
      category: [{ value: '作风', action: 'map', to: '作风建设', rows: 1 }],
      causeTag: [{ value: '理想信念', action: 'map', to: '理想信念/理论武装', rows: 2 }],
      department: [
        { value: '机关党委', action: 'create', rows: 2 },
        { value: '政务服务处', action: 'create', rows: 1 },
        { value: '财务审计科', action: 'map', to: '财务审计处', rows: 1 },
        { value: '规划发展科', action: 'create', rows: 1 },
      ],
    });

    const dry = await importFile(file, { mapping });
    expect(dry.body.errors).toEqual([]);
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({ headerRow: 3, ignoredColumns: ['序号', '联系人'] });
    expect(dry.body.created).toHaveLength(8);
    expect(dry.body.warnings).toEqual([
      { row: 8, column: '是否销号', message: expect.stringMatching(/^长期坚持事项没有最终销号，只有阶段验收：台账中标为已销号，导入后作为长期坚持事项留在「/) },
    ]);
    expect(await snapshot()).toEqual(before);

    const real = await importFile(file, { mapping, dryRun: false });
    expect([real.body.message, real.body.errors]).toEqual([expect.stringMatching(/^导入完成/), []]);
    expect(real.status).toBe(200);
    const codes: string[] = real.body.created.map((c: { code: string }) => c.code);
    const created = await Promise.all(codes.map((code) => t.dataSource.getRepository(ItemEntity).findOneByOrFail({ code })));
    const departments = (await t.leader.get('/api/departments').expect(200)).body as Array<{ id: string; name: string }>;
    const idOf = (name: string) => departments.find((d) => d.name === name)?.id;
    expect(['机关党委', '政务服务处', '规划发展科'].every((name) => idOf(name))).toBe(true);

    const [first, second, , paperClosed, longTerm, selfCheck] = created;
    expect(first).toMatchObject({
      source: '巡察反馈',
      batch: '市委第二巡察组反馈',
      causeTags: ['理想信念/理论武装'],
      departmentId: idOf('机关党委'),
      deadline: '2026-08-31',
    });
    expect(second).toMatchObject({ category: '作风建设', departmentId: idOf('政务服务处'), deadline: '2026-12-31' });
    // 已销号 on paper: closed, marked as imported history, its 销号日期 kept; no review event.
    expect(paperClosed).toMatchObject({
      status: 'closed',
      signoff: 'approved',
      closedVia: 'ledger',
      closedAt: '2026-03-14T16:00:00.000Z',
      departmentId: t.departments.finance,
    });
    const view = (await t.leader.get(`/api/items/${paperClosed.id}`).expect(200)).body as ItemView;
    expect(lifecycleTags(view)).toEqual([LEDGER_CLOSED_TAG]);
    const events = await t.dataSource.getRepository(ItemEventEntity).find({ where: { itemId: paperClosed.id }, order: { seq: 'ASC' } });
    expect(events.map((e) => e.kind)).toEqual(['created', 'moved']);
    expect(selfCheck).toMatchObject({ status: 'closed', closedVia: 'ledger' });
    // 长期坚持 marked 已销号: imported open, as a long-term item.
    expect(longTerm).toMatchObject({ rectifyType: 'long_term', closedVia: null, signoff: 'none' });
    expect(longTerm.status).not.toBe('closed');
    // 整改进展 → a progress entry, dated from its text when it names a past date, else today.
    const progress = await t.dataSource.getRepository(ProgressEntryEntity).find({ where: { itemId: first.id } });
    expect(progress).toMatchObject([{ date: '2026-06-30', text: '2026年6月已开展第一次检查，发现问题3个', round: 1 }]);
    expect(await t.dataSource.getRepository(ProgressEntryEntity).findOneByOrFail({ itemId: second.id })).toMatchObject({ text: '已制定调研计划' });
    // New departments are in the history of the first item naming them.
    const firstEvents = await t.dataSource.getRepository(ItemEventEntity).find({ where: { itemId: first.id }, order: { seq: 'ASC' } });
    expect(firstEvents.map((e) => [e.kind, e.after && e.after['责任部门']])).toEqual([
      ['created', undefined],
      ['entries_created', '机关党委'],
      ['moved', undefined],
      ['progress_added', undefined],
    ]);
    expect((await t.leader.get('/api/audit/verify').expect(200)).body).toMatchObject({ ok: true });

    // The next file with the same headers is pre-mapped with the confirmed mapping.
    const again = await importFile(file).expect(422);
    expect(again.body.mappingRemembered).toBe(true);
    expect(again.body.mapping.columns).toEqual(mapping.columns);
  });

  it('creating departments or entries needs a leader or admin; a refused plan rolls the creations back', async () => {
    const file = await workbookOf([
      ['问题描述', '问题来源', '问题类别', '责任部门', '整改时限'],
      ['宣传工作有短板。', '巡察反馈', '宣传', '宣传处', '2026-02-30'],
    ]);
    const proposal = (await importFile(file)).body.mapping;
    expect(proposal.values.department).toEqual([{ value: '宣传处', action: 'create', rows: 1 }]);
    expect(proposal.values.category).toEqual([{ value: '宣传', action: 'create', rows: 1 }]);
    const before = await snapshot();
    const departmentsBefore = (await t.leader.get('/api/departments').expect(200)).body.length;
    const refused = await importFile(file, { mapping: proposal, dryRun: false }).expect(422);
    expect(refused.body.errors).toEqual([expect.objectContaining({ row: 2, column: '整改时限' })]);
    expect(await snapshot()).toEqual(before);
    expect((await t.leader.get('/api/departments').expect(200)).body.length).toBe(departmentsBefore);
    expect((await t.leader.get('/api/dictionaries').expect(200)).body.category.map((e: { name: string }) => e.name)).not.toContain('宣传');
  });

  it('a mapping that is not JSON, or names an unknown field → 400; nothing changes', async () => {
    const file = await workbookOf([
      ['问题描述', '问题来源', '问题类别'],
      ['问题。', '巡察反馈', '组织建设'],
    ]);
    const before = await snapshot();
    const bad = await t.leader.post('/api/ledger/import').field('mapping', '{oops').field('dryRun', 'false').attach('file', file, '问题清单.xlsx').expect(400);
    expect(bad.body.message).toMatch(/mapping 应为 JSON/);
    const unknown = await importFile(file, {
      dryRun: false,
      mapping: { columns: [{ header: '问题描述', column: 'A', field: 'salary', suggested: false }] },
    }).expect(400);
    expect(unknown.body.message).toMatch(/不认识的字段/);
    expect(await snapshot()).toEqual(before);
  });
});

describe('a 问题清单 inside a Word 整改方案', () => {
  it('finds the table whose header reads like a 问题清单, fills merged cells, and goes through the same mapping and preview', async () => {
    const docx = await messyLedgerDocx();
    const strict = await importFile(docx, { name: '整改方案.docx' });
    expect(strict.body).toMatchObject({ sheet: 'Word 文档第2个表格', headerRow: 2 });
    const mapping = strict.body.mapping;
    expect(mapping.columns.map((c: { field: string | null }) => c.field)).toEqual([
      null,
      'source',
      'category',
      'description',
      'causeTags',
      'measures',
      'departments',
      'leader',
      'owner',
      'deadline',
      'progress',
      'completion',
      'closed',
      'closedDate',
      null,
    ]);
    // The merged 问题来源 cell counts for both rows it covers.
    expect(mapping.values.source[0]).toEqual({ value: '市委第二巡察组反馈', action: 'map', to: '巡察反馈', batch: '市委第二巡察组反馈', rows: 3 });
    const dry = await importFile(docx, { name: '整改方案.docx', mapping });
    expect(dry.body.errors).toEqual([]);
    expect(dry.body.created.map((c: { row: number }) => c.row)).toEqual([3, 4, 5, 6, 7, 8, 9, 10]);
    expect(dry.body.created[1].title).toBe('下基层调研次数少');
  });
});
