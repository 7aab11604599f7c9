import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ItemView, WorklistResponse } from '@rectify/shared';
import { officeDay } from '@rectify/shared/testing';
import { startTestApp, type ApiClient, type TestApp } from './test-app.js';

/** 待办: each account sees the decisions and rework that are its own to do, and nothing else. */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const inDays = officeDay;

/** An item of `department` in 整改中, its measure done, with a completion report, 原因分析 and one file: ready to apply for 销号. */
async function running(department: 'policy' | 'finance', title: string): Promise<ItemView> {
  const item = await t.createItem({
    title,
    departmentId: t.departments[department],
    leader: '李卫东（副局长）',
    measures: [{ content: '修订制度并印发执行', done: true }],
    rectifyType: 'time_limited',
    deadline: inDays(30),
    owner: '王蕾',
    completion: '已修订制度并印发执行',
    causeAnalysis: '制度执行不严',
  });
  const moved = (await t.leader.post(`/api/items/${item.id}/move`).send({ to: 'in_progress', version: item.version }).expect(200)).body as ItemView;
  await t.recordEvidence(item.id);
  return { ...moved, evidenceCount: 1 };
}

const apply = async (client: ApiClient, item: ItemView): Promise<ItemView> =>
  (await client.post(`/api/items/${item.id}/move`).send({ to: 'closed', version: item.version }).expect(200)).body;

/** The worklist as "kind 编号" lines, the way the 待办 page groups them. */
async function worklist(client: ApiClient): Promise<string[]> {
  const body = (await client.get('/api/worklist').expect(200)).body as WorklistResponse;
  return body.entries.map((e) => `${e.kind} ${e.item.code}`);
}

let applied: ItemView;
let asked: ItemView;
let rejected: ItemView;
let financeRejected: ItemView;
let leadersOwn: ItemView;

beforeAll(async () => {
  applied = await apply(t.as.policyStaff, await running('policy', '三会一课制度执行不严格'));
  const toExtend = await running('policy', '学习制度落实不到位');
  asked = (
    await t.as.policyStaff
      .post(`/api/items/${toExtend.id}/extension`)
      .send({ deadline: inDays(60), reason: '需等待上级配套文件', version: toExtend.version })
      .expect(200)
  ).body;
  const toReject = await apply(t.as.policyStaff, await running('policy', '台账资料不完整'));
  rejected = (
    await t.leader.post(`/api/items/${toReject.id}/signoff`).send({ decision: 'reject', opinion: '请补充会议记录', version: toReject.version }).expect(200)
  ).body;
  const financeToReject = await apply(t.as.financeStaff, await running('finance', '往来款项长期挂账'));
  financeRejected = (
    await t.leader
      .post(`/api/items/${financeToReject.id}/signoff`)
      .send({ decision: 'reject', opinion: '请附清理明细', version: financeToReject.version })
      .expect(200)
  ).body;
  leadersOwn = await apply(t.leader, await running('policy', '领导代为申请的事项'));
});

describe('GET /api/worklist', () => {
  it('a leader sees the applications and requests to decide, oldest first, but not the one they applied for', async () => {
    expect(await worklist(t.leader)).toEqual([`signoff_review ${applied.code}`, `extension_decision ${asked.code}`]);
    expect(await worklist(t.as.deputy)).toEqual([`signoff_review ${applied.code}`, `signoff_review ${leadersOwn.code}`, `extension_decision ${asked.code}`]);
  });

  it('a department sees its own items sent back for rework, never another department’s', async () => {
    expect(await worklist(t.as.policyStaff)).toEqual([`rework ${rejected.code}`]);
    expect(await worklist(t.as.financeStaff)).toEqual([`rework ${financeRejected.code}`]);
    const entry = ((await t.as.policyStaff.get('/api/worklist').expect(200)).body as WorklistResponse).entries[0];
    expect(entry.item).toMatchObject({ reviewRequirement: '请补充会议记录', status: 'in_progress', departmentName: '政策法规处' });
  });

  it('纪检 has nothing to review at one level; with two levels it sees what the leader passed on, and the leader no longer does', async () => {
    expect(await worklist(t.as.inspector)).toEqual([]);
    await t.as.admin.patch('/api/settings').send({ signoffTwoLevel: true }).expect(200);
    try {
      const current = (await t.leader.get(`/api/items/${applied.id}`).expect(200)).body as ItemView;
      await t.leader.post(`/api/items/${applied.id}/signoff`).send({ decision: 'approve', version: current.version }).expect(200);
      expect(await worklist(t.as.inspector)).toEqual([`signoff_review ${applied.code}`]);
      expect(await worklist(t.leader)).toEqual([`extension_decision ${asked.code}`]);
    } finally {
      await t.as.admin.patch('/api/settings').send({ signoffTwoLevel: false }).expect(200);
    }
  });

  it('an item leaves the list once it is decided or reapplied', async () => {
    const current = (await t.leader.get(`/api/items/${asked.id}`).expect(200)).body as ItemView;
    await t.leader.post(`/api/items/${asked.id}/extension/decision`).send({ decision: 'approve', version: current.version }).expect(200);
    await apply(t.as.policyStaff, rejected);
    expect(await worklist(t.leader)).not.toContain(`extension_decision ${asked.code}`);
    expect(await worklist(t.leader)).toContain(`signoff_review ${rejected.code}`);
    expect(await worklist(t.as.policyStaff)).toEqual([]);
  });

  it('the system administrator has no items and is refused', async () => {
    expect((await t.as.admin.get('/api/worklist').expect(403)).body.message).toBe('系统管理员账号不能查看事项');
  });
});
