import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type DashboardView } from '@rectify/shared';
import { officeDay } from '@rectify/shared/testing';
import { startTestApp, type TestApp } from './test-app.js';

let t: TestApp;
const inDays = officeDay;

beforeAll(async () => {
  t = await startTestApp();
  const ready = (departmentId: string, deadline: string) => ({
    measures: [{ content: '整改' }],
    departmentId,
    leader: '李卫东',
    rectifyType: 'time_limited' as const,
    deadline,
    owner: '王蕾',
    completion: '已完成',
    causeAnalysis: '督促检查不到位',
  });
  await t.createItem({ title: '未交办', category: '思想建设' });
  const overduePolicy = await t.createItem({ title: '政策处逾期', ...ready(t.departments.policy, inDays(-5)) });
  await t.leader.post(`/api/items/${overduePolicy.id}/move`).send({ to: 'in_progress', version: 1 }).expect(200);
  const dueSoonFinance = await t.createItem({ title: '财务处临期', source: '审计', ...ready(t.departments.finance, inDays(2)) });
  await t.leader.post(`/api/items/${dueSoonFinance.id}/move`).send({ to: 'deadline', version: 1 }).expect(200);
  const closed = await t.createItem({ title: '已销号', ...ready(t.departments.policy, inDays(-30)) });
  await t.recordEvidence(closed.id);
  await t.signOff(closed);
  // Applied for but not yet reviewed: in the 销号 column, not counted as closed.
  const pending = await t.createItem({ title: '待审核', ...ready(t.departments.finance, inDays(-1)) });
  await t.recordEvidence(pending.id);
  await t.leader.post(`/api/items/${pending.id}/move`).send({ to: 'closed', version: 1 }).expect(200);
});
afterAll(() => t.close());

describe('GET /api/dashboard', () => {
  it('counts columns, completion, lights, overdue by department, sources and categories', async () => {
    const d: DashboardView = (await t.leader.get('/api/dashboard').expect(200)).body;
    expect(d.columns.map((c) => [c.title, c.total])).toEqual([
      ['发现问题', 1],
      ['制定措施', 0],
      ['明确时限', 1],
      ['整改中', 1],
      ['销号', 2],
    ]);
    expect([d.total, d.closed, d.completionRate]).toEqual([5, 1, 20]);
    // 按期完成率: the one closed item was applied for 30 days after its deadline.
    expect([d.closedOnTime, d.onTimeRate]).toEqual([0, 0]);
    expect(d.warnings).toEqual({ red: 1, yellow: 1, green: 0, none: 3 });
    expect(d.overdueByDepartment).toEqual([
      { departmentId: t.departments.policy, departmentName: '政策法规处', red: 1, yellow: 0 },
      { departmentId: t.departments.finance, departmentName: '财务审计处', red: 0, yellow: 1 },
    ]);
    expect(d.bySource).toEqual([
      { name: '巡察反馈', total: 4, closed: 1 },
      { name: '审计', total: 1, closed: 0 },
    ]);
    expect(d.byCategory.find((c) => c.name === '思想建设')).toEqual({ name: '思想建设', total: 1, closed: 0 });
    // Every card that left 发现问题 did so within the test run: a short, finished stay.
    expect(d.stays[0]).toMatchObject({ title: '发现问题', stays: 4 });
    expect(d.stays[0].averageDays).toBeGreaterThanOrEqual(0);
    expect(d.stays[4]).toMatchObject({ title: '销号', averageDays: null, stays: 0 });
  });

  it('covers only a department user’s own items, and takes the board’s filters', async () => {
    const own: DashboardView = (await t.as.financeStaff.get('/api/dashboard').expect(200)).body;
    expect([own.total, own.overdueByDepartment.map((r) => r.departmentName)]).toEqual([2, ['财务审计处']]);
    const audits: DashboardView = (await t.leader.get(`/api/dashboard?source=${encodeURIComponent('审计')}`).expect(200)).body;
    expect(audits.total).toBe(1);
    expect((await t.leader.get('/api/dashboard?limit=5').expect(400)).body.message).toMatch(/不认识的字段：limit/);
  });
});
