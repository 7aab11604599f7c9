/** 责任领导 and 责任人 chosen from the office's accounts, and told on 交办 (issue 12, item 8). */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ItemView, NotificationList, PersonOption } from '@rectify/shared';
import { ItemEntity } from '../src/items/item.entity.js';
import { startTestApp, type TestApp, type TestUser } from './test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const inbox = async (user: TestUser): Promise<NotificationList> => (await t.as[user].get('/api/notifications').expect(200)).body;
const toldAbout = async (user: TestUser, item: ItemView) => (await inbox(user)).items.filter((n) => n.itemId === item.id && n.kind === 'assigned');

describe('the accounts 责任领导 and 责任人 are chosen from', () => {
  it('lists enabled leader, department and 纪检 accounts with their department, for whoever edits items', async () => {
    const accounts = (await t.leader.get('/api/users/directory').expect(200)).body as PersonOption[];
    expect(accounts.map((a) => a.id).sort()).toEqual(
      ['leader', 'deputy', 'inspector', 'policyStaff', 'financeStaff'].map((u) => t.userIds[u as TestUser]).sort(),
    );
    expect(accounts.find((a) => a.id === t.userIds.policyStaff)).toEqual({
      id: t.userIds.policyStaff,
      displayName: 'policyStaff的姓名',
      departmentName: '政策法规处',
    });
    await t.as.policyStaff.get('/api/users/directory').expect(200);
    await t.as.admin.get('/api/users/directory').expect(403);
  });
});

describe('交办 to people', () => {
  it('on registration, the accounts picked as 责任领导 and 责任人 are told; their ids are kept beside the names', async () => {
    const item = await t.createItem({
      departmentId: t.departments.finance,
      leader: '副局长（分管财务）',
      leaderUserId: t.userIds.deputy,
      owner: '',
      ownerUserId: t.userIds.policyStaff,
    });
    expect(item).toMatchObject({
      leader: '副局长（分管财务）',
      leaderUserId: t.userIds.deputy,
      owner: 'policyStaff的姓名',
      ownerUserId: t.userIds.policyStaff,
    });
    const [leaderNotice] = await toldAbout('deputy', item);
    expect(leaderNotice).toMatchObject({ title: `交办：${item.code}` });
    expect(leaderNotice.body).toBe(`leader的姓名将${item.code}「${item.title}」的责任领导定为您，请督促责任部门按时整改。`);
    expect((await toldAbout('policyStaff', item)).map((n) => n.body)).toEqual([
      `leader的姓名将${item.code}「${item.title}」的责任人定为您，请具体承办整改工作。`,
    ]);
    // Nobody else is told as a person (the leader who registered it is never told of his own act).
    expect(await toldAbout('inspector', item)).toEqual([]);
    expect(await toldAbout('leader', item)).toEqual([]);
  });

  it('on reassignment only the newly named person is told; a name typed over a picked one drops the account', async () => {
    const item = await t.createItem({ leader: '副局长', leaderUserId: t.userIds.deputy });
    const reassigned = (
      await t.leader.patch(`/api/items/${item.id}`).send({ version: item.version, leader: '纪检组长', leaderUserId: t.userIds.inspector }).expect(200)
    ).body as ItemView;
    expect(await toldAbout('inspector', item)).toHaveLength(1);
    expect(await toldAbout('deputy', item)).toHaveLength(1);

    // Free text for someone without an account: the name as typed, no account, nobody told.
    const typed = (await t.leader.patch(`/api/items/${item.id}`).send({ version: reassigned.version, leader: '王建国（退休返聘）' }).expect(200))
      .body as ItemView;
    expect(typed).toMatchObject({ leader: '王建国（退休返聘）', leaderUserId: null });
    expect(await toldAbout('inspector', item)).toHaveLength(1);
    const history = (await t.leader.get(`/api/items/${item.id}/history`).expect(200)).body as Array<{
      kind: string;
      before: Record<string, unknown>;
      after: Record<string, unknown>;
    }>;
    expect(history.at(-1)).toMatchObject({
      kind: 'updated',
      before: { leader: '纪检组长', leaderUserId: t.userIds.inspector },
      after: { leader: '王建国（退休返聘）', leaderUserId: null },
    });
  });

  it('an unknown or disabled account is refused with a Chinese message, and nothing changes', async () => {
    const item = await t.createItem({ leader: '副局长' });
    const before = await t.dataSource.getRepository(ItemEntity).findOneByOrFail({ id: item.id });
    const unknown = await t.leader
      .patch(`/api/items/${item.id}`)
      .send({ version: item.version, leader: '某人', leaderUserId: crypto.randomUUID() })
      .expect(422);
    expect(unknown.body.message).toBe('责任领导账号不存在或已停用，请重新选择，或直接填写姓名');

    const created = (
      await t.as.admin.post('/api/users').send({ username: 'retired', displayName: '退休人员', role: 'leader', password: 'Retired-2026-pass' }).expect(201)
    ).body as { id: string };
    await t.as.admin.patch(`/api/users/${created.id}`).send({ disabled: true }).expect(200);
    const disabled = await t.leader.patch(`/api/items/${item.id}`).send({ version: item.version, owner: '退休人员', ownerUserId: created.id }).expect(422);
    expect(disabled.body.message).toMatch(/^责任人账号不存在或已停用/);
    expect(await t.dataSource.getRepository(ItemEntity).findOneByOrFail({ id: item.id })).toEqual(before);
    expect(await toldAbout('deputy', item)).toEqual([]);
  });
});
