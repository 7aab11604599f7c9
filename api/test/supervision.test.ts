import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { lifecycleTags, type BoardCard, type ItemView, type NotificationList, type SupervisionView } from '@rectify/shared';
import { officeDay } from '@rectify/shared/testing';
import { addDays, format, parseISO } from 'date-fns';
import { ItemEntity } from '../src/items/item.entity.js';
import { startTestApp, type TestApp } from './test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const today = () => officeDay();
const day = (offset: number) => format(addDays(parseISO(today()), offset), 'yyyy-MM-dd');
const policyItem = () => t.createItem({ departmentId: t.departments.policy, leader: '李卫东' });

/** Everything a refused request must leave as it was. */
async function snapshot(itemId: string) {
  const [item, history, supervisions] = await Promise.all([
    t.leader.get(`/api/items/${itemId}`).expect(200),
    t.leader.get(`/api/items/${itemId}/history`).expect(200),
    t.leader.get(`/api/items/${itemId}/supervisions`).expect(200),
  ]);
  return { item: item.body as ItemView, history: history.body.length as number, supervisions: supervisions.body as SupervisionView[] };
}

async function issue(
  itemId: string,
  as: 'inspector' | 'leader' = 'inspector',
  replyBy = day(5),
  requirement = '请于期限内报送整改进展和佐证材料',
): Promise<SupervisionView> {
  const response = await t.as[as].post(`/api/items/${itemId}/supervisions`).send({ requirement, replyBy });
  expect(response.status).toBe(201);
  return response.body;
}

describe('督办单: issue and reply', () => {
  it('an inspector issues a 督办单: counters move without a version bump, history and the department are told', async () => {
    const item = await policyItem();
    const before = await snapshot(item.id);
    const issued = await issue(item.id);
    expect(issued).toMatchObject({
      itemId: item.id,
      itemCode: item.code,
      replyBy: day(5),
      state: 'open',
      reply: null,
      issuedById: t.userIds.inspector,
      departmentName: '政策法规处',
    });

    const after = await snapshot(item.id);
    expect(after.item).toMatchObject({ supervisionCount: 1, openSupervisionCount: 1, version: item.version });
    expect(lifecycleTags(after.item)).toContain('督办');
    expect(after.history).toBe(before.history + 1);
    const events = (await t.leader.get(`/api/items/${item.id}/history`)).body;
    expect(events.at(-1)).toMatchObject({ kind: 'supervised', actor: 'inspector的姓名', after: { supervisionId: issued.id, replyBy: day(5) } });
    expect(after.supervisions.map((s) => s.id)).toEqual([issued.id]);

    // The department hears of it; the other department does not.
    const inbox: NotificationList = (await t.as.policyStaff.get('/api/notifications').expect(200)).body;
    expect(inbox.items.find((n) => n.itemId === item.id)).toMatchObject({ kind: 'supervision_issued', itemCode: item.code, readAt: null });
    const other: NotificationList = (await t.as.financeStaff.get('/api/notifications').expect(200)).body;
    expect(other.items.some((n) => n.itemId === item.id)).toBe(false);

    // The board card carries the counter.
    const board = (await t.leader.get('/api/board?limit=500').expect(200)).body;
    const card = board.columns.flatMap((c: { items: BoardCard[] }) => c.items).find((i: BoardCard) => i.id === item.id);
    expect(card.labels).toContain('督办');

    // A later edit by the department with the version it read still goes through.
    await t.as.policyStaff.patch(`/api/items/${item.id}`).send({ version: item.version, owner: '赵颖' }).expect(200);
  });

  it('the department replies once; the issuer is told; the to-do list empties', async () => {
    const item = await policyItem();
    const issued = await issue(item.id);
    const todo: SupervisionView[] = (await t.as.policyStaff.get('/api/supervisions?open=true').expect(200)).body;
    expect(todo.map((s) => s.id)).toContain(issued.id);
    const financeTodo: SupervisionView[] = (await t.as.financeStaff.get('/api/supervisions?open=true').expect(200)).body;
    expect(financeTodo.map((s) => s.id)).not.toContain(issued.id);

    const replied = await t.as.policyStaff.post(`/api/supervisions/${issued.id}/reply`).send({ reply: '已召开专题会议，整改方案已报送。' }).expect(200);
    expect(replied.body).toMatchObject({ state: 'replied', reply: '已召开专题会议，整改方案已报送。', repliedById: t.userIds.policyStaff });
    const after = await snapshot(item.id);
    expect(after.item).toMatchObject({ supervisionCount: 1, openSupervisionCount: 0, version: item.version });
    expect(lifecycleTags(after.item)).not.toContain('督办');
    const events = (await t.leader.get(`/api/items/${item.id}/history`)).body;
    expect(events.at(-1)).toMatchObject({ kind: 'supervise_reply', after: { supervisionId: issued.id, reply: '已召开专题会议，整改方案已报送。' } });

    const inbox: NotificationList = (await t.as.inspector.get('/api/notifications').expect(200)).body;
    expect(inbox.items.find((n) => n.itemId === item.id && n.kind === 'supervision_replied')).toBeDefined();
    expect(((await t.as.policyStaff.get('/api/supervisions?open=true')).body as SupervisionView[]).map((s) => s.id)).not.toContain(issued.id);
    expect(((await t.as.policyStaff.get('/api/supervisions')).body as SupervisionView[]).map((s) => s.id)).toContain(issued.id);

    // A second reply is refused and changes nothing.
    const again = await t.as.leader.post(`/api/supervisions/${issued.id}/reply`).send({ reply: '再次回复' }).expect(422);
    expect(again.body.message).toMatch(/已于.*回复，不能重复回复/);
    expect(await snapshot(item.id)).toEqual(after);
  });

  it('a leader may issue and reply too; a co-operating department sees the 督办单 in its to-do list', async () => {
    const item = await t.createItem({ departmentId: t.departments.policy, coDepartmentIds: [t.departments.finance] });
    const issued = await issue(item.id, 'leader', today());
    expect(((await t.as.financeStaff.get('/api/supervisions?open=true')).body as SupervisionView[]).map((s) => s.id)).toContain(issued.id);
    const coInbox: NotificationList = (await t.as.financeStaff.get('/api/notifications').expect(200)).body;
    expect(coInbox.items.filter((n) => n.itemId === item.id).map((n) => n.kind)).toEqual(['supervision_issued', 'assigned']);
    await t.leader.post(`/api/supervisions/${issued.id}/reply`).send({ reply: '已督促落实。' }).expect(200);
    expect((await snapshot(item.id)).item).toMatchObject({ supervisionCount: 1, openSupervisionCount: 0 });
  });
});

describe('督办单: the notice reads as one sentence', () => {
  it('a requirement typed with its own full stop is not followed by a second one', async () => {
    const item = await policyItem();
    const issued = await issue(item.id, 'inspector', day(6), '请于3日内报送下一步工作计划。');
    const inbox: NotificationList = (await t.as.policyStaff.get('/api/notifications').expect(200)).body;
    const notice = inbox.items.find((n) => n.itemId === item.id && n.kind === 'supervision_issued');
    expect(issued.requirement).toBe('请于3日内报送下一步工作计划。');
    expect(notice?.body).toContain('要求：请于3日内报送下一步工作计划。请于');
    expect(notice?.body).not.toContain('。。');
  });
});

describe('督办单: refusals leave everything as it was', () => {
  it('wrong roles: 403 with a Chinese reason', async () => {
    const item = await policyItem();
    const before = await snapshot(item.id);
    for (const who of ['policyStaff', 'admin'] as const) {
      const refused = await t.as[who]
        .post(`/api/items/${item.id}/supervisions`)
        .send({ requirement: '督办', replyBy: day(3) })
        .expect(403);
      expect(refused.body.message).toMatch(/账号不能下发督办单/);
    }
    const issued = await issue(item.id);
    const withOne = await snapshot(item.id);
    const byInspector = await t.as.inspector.post(`/api/supervisions/${issued.id}/reply`).send({ reply: '回复' }).expect(403);
    expect(byInspector.body.message).toBe('纪检账号不能回复督办单');
    await t.as.admin.post(`/api/supervisions/${issued.id}/reply`).send({ reply: '回复' }).expect(403);
    expect(await snapshot(item.id)).toEqual(withOne);
    expect(withOne.history).toBe(before.history + 1);
  });

  it("another department's 督办单 is not found", async () => {
    const item = await policyItem();
    const issued = await issue(item.id);
    const before = await snapshot(item.id);
    const refused = await t.as.financeStaff.post(`/api/supervisions/${issued.id}/reply`).send({ reply: '回复' }).expect(404);
    expect(refused.body.message).toBe('督办单不存在或已无权查看');
    await t.as.financeStaff.get(`/api/items/${item.id}/supervisions`).expect(404);
    expect(await snapshot(item.id)).toEqual(before);
  });

  it('unknown ids: 404', async () => {
    const unknown = crypto.randomUUID();
    expect(
      (
        await t.as.inspector
          .post(`/api/items/${unknown}/supervisions`)
          .send({ requirement: '督办', replyBy: day(3) })
          .expect(404)
      ).body.message,
    ).toBe('事项不存在或已无权查看');
    expect((await t.as.policyStaff.post(`/api/supervisions/${unknown}/reply`).send({ reply: '回复' }).expect(404)).body.message).toBe(
      '督办单不存在或已无权查看',
    );
    await t.leader.get(`/api/items/${unknown}/supervisions`).expect(404);
  });

  it('bad input: 400 with the reason in Chinese', async () => {
    const item = await policyItem();
    const issued = await issue(item.id);
    const before = await snapshot(item.id);
    const cases: Array<[Record<string, unknown>, RegExp]> = [
      [{ requirement: '   ', replyBy: day(3) }, /请填写督办要求/],
      [{ requirement: '督办', replyBy: '2026-02-30' }, /回复期限：日期不存在/],
      [{ requirement: '督办', replyBy: '下周五' }, /回复期限：日期应为“年-月-日”格式/],
      [{ requirement: '督办', replyBy: day(-1) }, /回复期限不能早于今天/],
      [{ requirement: '督办' }, /回复期限/],
      [{ requirement: '督办', replyBy: day(3), extra: 1 }, /不认识的字段：extra/],
    ];
    for (const [body, message] of cases) {
      const refused = await t.as.inspector.post(`/api/items/${item.id}/supervisions`).send(body).expect(400);
      expect(refused.body.message).toMatch(message);
    }
    const emptyReply = await t.as.policyStaff.post(`/api/supervisions/${issued.id}/reply`).send({ reply: '' }).expect(400);
    expect(emptyReply.body.message).toMatch(/请填写回复内容/);
    expect(await snapshot(item.id)).toEqual(before);
  });

  it('a signed-off item cannot be supervised: 422', async () => {
    const item = await policyItem();
    await t.dataSource.getRepository(ItemEntity).update({ id: item.id }, { status: 'closed', signoff: 'approved' });
    const before = await snapshot(item.id);
    const refused = await t.as.inspector
      .post(`/api/items/${item.id}/supervisions`)
      .send({ requirement: '督办', replyBy: day(3) })
      .expect(422);
    expect(refused.body.message).toMatch(/已销号，不能再下发督办单/);
    expect(await snapshot(item.id)).toEqual(before);
  });
});
