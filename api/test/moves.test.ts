import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ItemView } from '@rectify/shared';
import { ItemEventEntity } from '../src/history/item-event.entity.js';
import { startTestApp, type TestApp } from './test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const move = (item: Pick<ItemView, 'id' | 'version'>, to: string, changes?: object) =>
  t.leader.post(`/api/items/${item.id}/move`).send({ to, version: item.version, ...(changes ? { changes } : {}) });

describe('moving cards through the gates', () => {
  it('walks an item from 发现问题 to 销号, one gate at a time, and records every move', async () => {
    let item = await t.createItem();
    const steps: Array<[string, object]> = [
      ['measures', { measures: [{ content: '制定支部“三会一课”月度计划并报机关党委备案' }], departmentId: t.departments.policy, leader: '李卫东（副局长）' }],
      ['deadline', { rectifyType: 'time_limited', deadline: '2027-03-31' }],
      ['in_progress', { owner: '王蕾' }],
      ['closed', { completion: '已制定月度计划，各支部按计划开展组织生活，机关党委每月检查记录', causeAnalysis: '组织生活制度执行不严' }],
    ];
    for (const [to, changes] of steps) {
      if (to === 'closed') await t.recordEvidence(item.id);
      const refused = await move(item, to).expect(422);
      expect(refused.body.reasons.length).toBeGreaterThan(0);
      const moved = await move(item, to, changes).expect(200);
      expect(moved.body).toMatchObject({ status: to, version: item.version + 1, ...changes });
      item = moved.body;
    }
    // Entering 销号 is an application: it waits for review, and the 销号 date is not set yet.
    expect(item).toMatchObject({ signoff: 'pending', signoffStage: 'leader', closedAt: null, warning: { label: '待审核' } });
    const kinds = (await t.dataSource.getRepository(ItemEventEntity).find({ where: { itemId: item.id }, order: { seq: 'ASC' } })).map(
      (e) => `${e.kind}:${JSON.stringify(e.after && 'status' in e.after ? e.after.status : '')}`,
    );
    expect(kinds).toEqual([
      'created:"found"',
      'updated:""',
      'moved:"measures"',
      'updated:""',
      'moved:"deadline"',
      'updated:""',
      'moved:"in_progress"',
      'updated:""',
      'moved:"closed"',
      'signoff_applied:""',
    ]);
  });

  it('refuses a jump past several columns with every missing requirement', async () => {
    const item = await t.createItem();
    const response = await move(item, 'in_progress').expect(422);
    expect(response.body.message).toBe('不能移入「整改中」：缺少整改措施；未指定责任部门；未指定责任领导；未选择整改类型；缺少整改时限；未指定责任人');
    expect(response.body.reasons.map((r: { column: string; field: string }) => `${r.column}.${r.field}`)).toEqual([
      'measures.measures',
      'measures.departmentId',
      'measures.leader',
      'deadline.rectifyType',
      'deadline.deadline',
      'in_progress.owner',
    ]);
  });

  it('allows a jump past several columns when every gate is met', async () => {
    const item = await t.createItem({
      measures: [{ content: '开展专题学习研讨' }],
      departmentId: t.departments.office,
      leader: '张明',
      rectifyType: 'long_term',
      stageGoal: '每季度开展一次专题学习研讨',
      nextReviewDate: '2027-01-15',
      owner: '赵颖',
    });
    const response = await move(item, 'in_progress').expect(200);
    expect(response.body).toMatchObject({ status: 'in_progress', warning: { dueDate: '2027-01-15' } });
  });

  it('allows moving back to revise, but nothing leaves 销号', async () => {
    const ready = {
      measures: [{ content: '完善干部教育培训计划' }],
      departmentId: t.departments.office,
      leader: '张明',
      rectifyType: 'immediate' as const,
      deadline: '2026-12-31',
      owner: '赵颖',
      completion: '已完成培训计划修订',
      causeAnalysis: '培训计划针对性不强',
    };
    const item = await t.createItem(ready);
    const inProgress = (await move(item, 'in_progress').expect(200)).body;
    const back = (await move(inProgress, 'measures').expect(200)).body;
    expect(back.status).toBe('measures');
    await t.recordEvidence(back.id);
    const pending = (await move(back, 'closed').expect(200)).body;
    expect((await move(pending, 'in_progress').expect(422)).body.message).toMatch(/审核人通过或退回/);
    const closed = await t.signOff(pending);
    const refused = await move(closed, 'in_progress').expect(422);
    expect(refused.body.message).toMatch(/回头看/);
    const edit = await t.leader.patch(`/api/items/${closed.id}`).send({ version: closed.version, title: '改个标题' }).expect(422);
    expect(edit.body.message).toMatch(/销号列的事项不能修改/);
  });

  it('a department sends its card back only with a reason, which the history keeps; a leader needs none', async () => {
    const created = await t.createItem({
      departmentId: t.departments.policy,
      measures: [{ content: '修订学习制度' }],
      leader: '李卫东',
      rectifyType: 'time_limited',
      deadline: '2027-03-31',
    });
    const ready = (await move(created, 'deadline').expect(200)).body as ItemView;
    const history = async () =>
      (await t.leader.get(`/api/items/${created.id}/history`).expect(200)).body as Array<{ kind: string; after: Record<string, unknown> }>;
    const before = { item: ready, events: (await history()).length };

    const bare = await t.as.policyStaff.post(`/api/items/${created.id}/move`).send({ to: 'measures', version: ready.version }).expect(422);
    expect(bare.body).toMatchObject({
      message: '责任部门将卡片退回前面的列，须说明理由',
      reasons: [{ path: 'reason', message: '责任部门将卡片退回前面的列，须说明理由' }],
    });
    expect((await t.leader.get(`/api/items/${created.id}`).expect(200)).body).toEqual(before.item);
    expect((await history()).length).toBe(before.events);

    const back = await t.as.policyStaff
      .post(`/api/items/${created.id}/move`)
      .send({ to: 'measures', version: ready.version, reason: '整改措施需按新要求重新制定' })
      .expect(200);
    expect((await history()).at(-1)).toMatchObject({ kind: 'moved', after: { status: 'measures', reason: '整改措施需按新要求重新制定' } });
    // Forward again, then a leader sends it back without a word.
    const forward = (await t.as.policyStaff.post(`/api/items/${created.id}/move`).send({ to: 'deadline', version: back.body.version }).expect(200))
      .body as ItemView;
    await move(forward, 'measures').expect(200);
  });

  it('refuses an edit that takes away what the card’s column required', async () => {
    const item = await t.createItem({ measures: [{ content: '建立台账' }], departmentId: t.departments.office, leader: '张明' });
    const inMeasures = (await move(item, 'measures').expect(200)).body;
    const response = await t.leader.patch(`/api/items/${item.id}`).send({ version: inMeasures.version, leader: '' }).expect(422);
    expect(response.body.reasons.map((r: { message: string }) => r.message)).toEqual(['未指定责任领导']);
    expect((await t.leader.get(`/api/items/${item.id}`)).body).toEqual(inMeasures);
  });

  it('twenty concurrent moves of one card with the same version: exactly one wins, the rest get 409', async () => {
    const item = await t.createItem({ measures: [{ content: '建立台账' }], departmentId: t.departments.office, leader: '张明' });
    const responses = await Promise.all(Array.from({ length: 20 }, () => move(item, 'measures')));
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(19);
    expect(responses.find((r) => r.status === 409)!.body.message).toMatch(/已被他人修改/);
    const after = (await t.leader.get(`/api/items/${item.id}`)).body;
    expect(after).toMatchObject({ status: 'measures', version: 2 });
    const moves = await t.dataSource.getRepository(ItemEventEntity).countBy({ itemId: item.id, kind: 'moved' });
    expect(moves).toBe(1);
  });
});
