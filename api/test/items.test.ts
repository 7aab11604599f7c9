import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ItemView } from '@rectify/shared';
import { officeYear } from '@rectify/shared/testing';
import { ItemEntity } from '../src/items/item.entity.js';
import { startTestApp, type TestApp } from './test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const year = officeYear;

describe('items', () => {
  it('registers a problem in 发现问题 with a generated 编号', async () => {
    const first = await t.createItem();
    const second = await t.createItem({ title: '理论学习不够深入' });
    expect(first).toMatchObject({ status: 'found', version: 1, source: '巡察反馈', measures: [], warning: { level: 'none', label: '未定时限' } });
    expect(first.code).toMatch(new RegExp(`^${year()}-XC-\\d{3}$`));
    expect(Number(second.code.slice(-3))).toBe(Number(first.code.slice(-3)) + 1);

    const self = await t.createItem({ source: '自查自纠' });
    expect(self.code).toMatch(/-ZC-001$/);
  });

  it('never hands out an 编号 already in use: one brought in by a 台账 import moves numbering past the highest', async () => {
    const next = await t.createItem({ source: '自查自纠' });
    const other = await t.createItem({ source: '自查自纠' });
    const sequence = Number(other.code.slice(-3));
    // As if 台账 rows had brought their own 编号: the counter's next number and a much higher one.
    const items = t.dataSource.getRepository(ItemEntity);
    await items.update({ id: next.id }, { code: `${year()}-ZC-${String(sequence + 1).padStart(3, '0')}` });
    await items.update({ id: other.id }, { code: `${year()}-ZC-041` });
    expect((await t.createItem({ source: '自查自纠' })).code).toBe(`${year()}-ZC-042`);
    expect((await t.createItem({ source: '自查自纠' })).code).toBe(`${year()}-ZC-043`);
  });

  it('reads an item with its department names', async () => {
    const created = await t.createItem({ departmentId: t.departments.policy, coDepartmentIds: [t.departments.finance] });
    const response = await t.leader.get(`/api/items/${created.id}`).expect(200);
    expect(response.body).toMatchObject({ id: created.id, departmentName: '政策法规处', coDepartmentNames: ['财务审计处'] });
  });

  it('edits only what is sent, bumps the version and records old → new in the history', async () => {
    const created = await t.createItem();
    const response = await t.leader.patch(`/api/items/${created.id}`).send({ version: 1, leader: '李卫东（副局长）', owner: '王蕾' }).expect(200);
    expect(response.body).toMatchObject({ version: 2, leader: '李卫东（副局长）', owner: '王蕾', title: created.title });

    const events = (await t.leader.get(`/api/items/${created.id}/history`).expect(200)).body;
    expect(events.map((e: { kind: string }) => e.kind)).toEqual(['created', 'updated']);
    expect(events[1]).toMatchObject({ actor: 'leader的姓名', before: { leader: null, owner: null }, after: { leader: '李卫东（副局长）', owner: '王蕾' } });
  });

  it('answers 404 in Chinese for an unknown or malformed id', async () => {
    for (const id of [crypto.randomUUID(), 'not-an-id']) {
      const response = await t.leader.get(`/api/items/${id}`).expect(404);
      expect(response.body.message).toMatch(/事项不存在/);
    }
  });
});

describe('bad input changes nothing', () => {
  let item: ItemView;
  beforeAll(async () => {
    item = await t.createItem({ departmentId: t.departments.office });
  });

  const unchanged = async () => {
    const now = await t.leader.get(`/api/items/${item.id}`).expect(200);
    expect(now.body).toEqual(item);
  };

  const cases: Array<[string, () => Promise<{ status: number; body: { message: string } }>, number, RegExp]> = [
    [
      'malformed JSON',
      () => t.leader.patch(`/api/items/${item.id}`).set('Content-Type', 'application/json').send('{"version": 1, "title": '),
      400,
      /不是有效的 JSON/,
    ],
    ['a JSON array instead of an object', () => t.leader.patch(`/api/items/${item.id}`).send([1, 2]), 400, /JSON 对象/],
    ['a number where text belongs', () => t.leader.patch(`/api/items/${item.id}`).send({ version: 1, title: 42 }), 400, /标题应为文字/],
    ['a version sent as text', () => t.leader.patch(`/api/items/${item.id}`).send({ version: '1', title: '新标题' }), 400, /版本号/],
    ['an unknown field', () => t.leader.patch(`/api/items/${item.id}`).send({ version: 1, status: 'closed' }), 400, /不认识的字段：status/],
    ['an impossible date', () => t.leader.patch(`/api/items/${item.id}`).send({ version: 1, deadline: '2026-02-30' }), 400, /日期不存在/],
    ['an unknown column', () => t.leader.post(`/api/items/${item.id}/move`).send({ to: 'done', version: 1 }), 400, /目标列不存在/],
    ['an unknown department', () => t.leader.patch(`/api/items/${item.id}`).send({ version: 1, departmentId: crypto.randomUUID() }), 422, /部门不存在/],
    ['a stale version', () => t.leader.patch(`/api/items/${item.id}`).send({ version: 7, title: '新标题' }), 409, /已被他人修改/],
    ['a gate not met', () => t.leader.post(`/api/items/${item.id}/move`).send({ to: 'deadline', version: 1 }), 422, /不能移入「明确时限」/],
    ['an oversized body', () => t.leader.patch(`/api/items/${item.id}`).send({ version: 1, description: '很长'.repeat(300_000) }), 413, /过大/],
  ];

  for (const [name, send, status, message] of cases) {
    it(`${name} → ${status} with a Chinese message`, async () => {
      const response = await send();
      expect(response.status).toBe(status);
      expect(response.body.message).toMatch(message);
      await unchanged();
    });
  }

  it('a move whose extra data still leaves a gate unmet saves none of that data', async () => {
    const response = await t.leader
      .post(`/api/items/${item.id}/move`)
      .send({ to: 'deadline', version: 1, changes: { measures: [{ content: '建立支部组织生活记录月检查制度' }], leader: '李卫东' } })
      .expect(422);
    expect(response.body.reasons.map((r: { message: string }) => r.message)).toEqual(['未选择整改类型', '缺少整改时限']);
    await unchanged();
  });

  it('an unknown API path is a Chinese 404', async () => {
    const response = await t.leader.get('/api/nothing-here').expect(404);
    expect(response.body.message).toBe('请求的接口或资源不存在');
  });
});
