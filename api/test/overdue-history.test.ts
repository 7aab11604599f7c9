/** 曾逾期: lateness stays on record after a 延期 past the deadline or a late 销号 (issue 12, item 4). */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { officeToday, type DashboardView, type ItemView, type OverdueView, type PastOverdueView } from '@rectify/shared';
import { addDays, format, parseISO } from 'date-fns';
import ExcelJS from 'exceljs';
import type request from 'supertest';
import { startTestApp, type TestApp } from './test-app.js';

let t: TestApp;
const day = (offset: number) => format(addDays(parseISO(officeToday(new Date())), offset), 'yyyy-MM-dd');
const chinese = (iso: string) => `${+iso.slice(0, 4)}年${+iso.slice(5, 7)}月${+iso.slice(8, 10)}日`;
let items: Record<'extendedLate' | 'extendedInTime' | 'closedLate' | 'closedOnTime' | 'stillLate', ItemView>;

const ready = (deadline: string) => ({
  measures: [{ content: '整改' }],
  departmentId: t.departments.policy,
  leader: '李卫东',
  owner: '王蕾',
  rectifyType: 'time_limited' as const,
  deadline,
  completion: '已完成整改',
});

async function inProgress(title: string, deadline: string): Promise<ItemView> {
  const created = await t.createItem({ title, ...ready(deadline) });
  return (await t.leader.post(`/api/items/${created.id}/move`).send({ to: 'in_progress', version: created.version }).expect(200)).body;
}

/** The department asks, a leader approves. */
async function extend(item: ItemView, deadline: string): Promise<ItemView> {
  const asked = (await t.as.policyStaff.post(`/api/items/${item.id}/extension`).send({ deadline, reason: '需协调财政资金', version: item.version }).expect(200))
    .body;
  return (await t.leader.post(`/api/items/${item.id}/extension/decision`).send({ decision: 'approve', opinion: '同意', version: asked.version }).expect(200))
    .body;
}

async function close(item: ItemView): Promise<ItemView> {
  await t.recordEvidence(item.id);
  return t.signOff((await t.leader.get(`/api/items/${item.id}`).expect(200)).body);
}

beforeAll(async () => {
  t = await startTestApp();
  items = {
    extendedLate: await extend(await inProgress('逾期10天后才批准延期', day(-10)), day(20)),
    extendedInTime: await extend(await inProgress('到期前批准延期', day(5)), day(20)),
    closedLate: await close(await inProgress('逾期3天才申请销号', day(-3))),
    closedOnTime: await close(await inProgress('按期销号', day(10))),
    stillLate: await inProgress('仍在逾期', day(-2)),
  };
});
afterAll(() => t.close());

describe('曾逾期 in 逾期督查', () => {
  it('the item extended after its deadline has left the red list, but the 曾逾期 view keeps it, with the days late', async () => {
    const red = (await t.as.inspector.get('/api/overdue').expect(200)).body as OverdueView;
    expect(red.rows.map((r) => r.code)).toEqual([items.stillLate.code]);

    const past = (await t.as.inspector.get('/api/overdue/past').expect(200)).body as PastOverdueView;
    expect(past.rows.map((r) => r.code)).toEqual([items.extendedLate.code, items.closedLate.code]);
    expect(past.rows[0]).toMatchObject({
      title: '逾期10天后才批准延期',
      departmentName: '政策法规处',
      signedOff: false,
      deadline: day(20),
      originalDeadline: day(-10),
      deadlineChanges: 1,
      maxDaysLate: 10,
      episodes: [{ kind: 'extended_late', round: 1, deadline: day(-10), on: day(0), daysLate: 10, newDeadline: day(20) }],
      summary: `逾期后延期（原时限${chinese(day(-10))}，逾期10天，延至${chinese(day(20))}）`,
    });
    expect(past.rows[1]).toMatchObject({ signedOff: true, maxDaysLate: 3, episodes: [{ kind: 'closed_late', deadline: day(-3), on: day(0), daysLate: 3 }] });
    // 按期完成率: two closed, one of them on time.
    expect(past).toMatchObject({ today: day(0), closed: 2, closedOnTime: 1, onTimeRate: 50 });
  });

  it('filters by department; departments and admins may not read it', async () => {
    const finance = (await t.leader.get(`/api/overdue/past?department=${t.departments.finance}`).expect(200)).body as PastOverdueView;
    expect(finance).toMatchObject({ rows: [], closed: 0, onTimeRate: null });
    for (const who of ['policyStaff', 'admin'] as const) {
      expect((await t.as[who].get('/api/overdue/past').expect(403)).body.message).toMatch(/不能查看逾期督查/);
    }
  });
});

describe('按期完成率 on the dashboard', () => {
  it('closed on time over closed', async () => {
    const dashboard = (await t.leader.get('/api/dashboard').expect(200)).body as DashboardView;
    expect(dashboard).toMatchObject({ closed: 2, closedOnTime: 1, onTimeRate: 50 });
  });
});

describe('逾期情况 in the 台账 export', () => {
  it('says how each item was late, or that it was not', async () => {
    const binary = (res: request.Response, done: (error: Error | null, body: Buffer) => void) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    };
    const data = (await t.leader.get('/api/ledger/export').buffer(true).parse(binary).expect(200)).body as Buffer;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(data as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0];
    const headers = (sheet.getRow(3).values as unknown[]).map((v) => String(v ?? ''));
    const column = headers.indexOf('逾期情况');
    expect(column).toBeGreaterThan(0);
    const cell = (item: ItemView) =>
      sheet
        .getRows(4, sheet.rowCount - 3)!
        .find((r) => r.getCell(headers.indexOf('编号')).value === item.code)!
        .getCell(column).value;
    expect(cell(items.extendedLate)).toBe(`逾期后延期（原时限${chinese(day(-10))}，逾期10天，延至${chinese(day(20))}）`);
    expect(cell(items.closedLate)).toBe(`逾期销号（原时限${chinese(day(-3))}，逾期3天）`);
    expect(cell(items.closedOnTime)).toBe('按期销号');
    expect(cell(items.extendedInTime)).toBe('未逾期');
    expect(cell(items.stillLate)).toBe('逾期2天（未完成）');
  });
});
