import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { officeToday, SUGGEST_SUPERVISION_AFTER_RED_DAYS, type NotificationList } from '@rectify/shared';
import { addDays, format, parseISO } from 'date-fns';
import { In } from 'typeorm';
import { NotificationTaskKinds1764360000000 } from '../src/database/migrations/1764360000000-notification-task-kinds.js';
import { ItemEntity } from '../src/items/item.entity.js';
import { WriteQueue } from '../src/database/write-queue.js';
import { NotificationEntity } from '../src/notifications/notification.entity.js';
import { NotificationsService } from '../src/notifications/notifications.service.js';
import { WarningsJob } from '../src/notifications/warnings-job.js';
import { UserEntity } from '../src/users/user.entity.js';
import { startTestApp, type TestApp, type TestUser } from './test-app.js';

let t: TestApp;
let job: WarningsJob;
beforeAll(async () => {
  t = await startTestApp();
  job = t.app.get(WarningsJob);
});
afterAll(() => t.close());

/** Noon in Shanghai, `offset` days from a fixed start, so the job's "today" is known. */
const START = new Date('2026-11-20T04:00:00Z');
const at = (offset: number) => new Date(START.getTime() + offset * 86_400_000);
const date = (offset: number) => format(addDays(parseISO(officeToday(START)), offset), 'yyyy-MM-dd');

const inbox = async (user: TestUser): Promise<NotificationList> => (await t.as[user].get('/api/notifications').expect(200)).body;
/** What the warnings job told the user about the item (the 交办 notice of its registration aside). */
const about = async (user: TestUser, itemId: string) => (await inbox(user)).items.filter((n) => n.itemId === itemId && n.kind !== 'assigned');

/** An item of 政策法规处 in 整改中-like state with a deadline, written straight to the table (the job reads only the table). */
async function itemDue(deadlineOffset: number) {
  const item = await t.createItem({ departmentId: t.departments.policy, rectifyType: 'time_limited' });
  const deadline = date(deadlineOffset);
  await t.dataSource.getRepository(ItemEntity).update({ id: item.id }, { status: 'in_progress', deadline, dueDate: deadline });
  return item;
}

describe('the warnings job', () => {
  it('green → yellow tells the department; → red also leaders and inspectors; the same light again tells nobody', async () => {
    const item = await itemDue(10);
    await job.run(at(0));
    expect(await about('policyStaff', item.id)).toEqual([]);

    await job.run(at(4)); // 6 days left: yellow
    const yellow = await about('policyStaff', item.id);
    expect(yellow).toEqual([expect.objectContaining({ kind: 'warning_yellow', title: `${item.code} 临近到期`, itemCode: item.code })]);
    expect(yellow[0].body).toMatch(/剩6天/);
    for (const user of ['leader', 'inspector', 'financeStaff', 'admin'] as const) expect(await about(user, item.id)).toEqual([]);

    await job.run(at(4)); // same light: nothing new
    expect(await about('policyStaff', item.id)).toHaveLength(1);

    await job.run(at(11)); // 1 day overdue: red
    for (const user of ['policyStaff', 'leader', 'inspector'] as const) {
      expect((await about(user, item.id)).find((n) => n.kind === 'warning_red')).toMatchObject({ title: `${item.code} 已逾期` });
    }
    expect(await about('financeStaff', item.id)).toEqual([]);
    expect(await about('admin', item.id)).toEqual([]);
  });

  it(`red ${SUGGEST_SUPERVISION_AFTER_RED_DAYS} days with no open 督办单 → inspectors are advised to issue one; not while one is open`, async () => {
    const item = await itemDue(-1);
    await job.run(at(0));
    const suggestions = async () => (await about('inspector', item.id)).filter((n) => n.kind === 'supervision_suggested');
    await job.run(at(SUGGEST_SUPERVISION_AFTER_RED_DAYS - 1));
    expect(await suggestions()).toHaveLength(0);
    const summary = await job.run(at(SUGGEST_SUPERVISION_AFTER_RED_DAYS));
    expect(summary.suggestions).toBeGreaterThanOrEqual(1);
    expect(await suggestions()).toEqual([expect.objectContaining({ title: `建议督办：${item.code}` })]);
    expect((await about('leader', item.id)).some((n) => n.kind === 'supervision_suggested')).toBe(false);
    await job.run(at(SUGGEST_SUPERVISION_AFTER_RED_DAYS + 1)); // not again the next day
    expect(await suggestions()).toHaveLength(1);

    // With an open 督办单 there is no suggestion, however long it stays red.
    await t.dataSource.getRepository(ItemEntity).update({ id: item.id }, { openSupervisionCount: 1 });
    await job.run(at(SUGGEST_SUPERVISION_AFTER_RED_DAYS * 3));
    expect(await suggestions()).toHaveLength(1);
  });

  it('a closed item leaves the job; reopened into red it is announced again', async () => {
    const item = await itemDue(-5);
    await job.run(at(0));
    const reds = async () => (await about('leader', item.id)).filter((n) => n.kind === 'warning_red');
    expect(await reds()).toHaveLength(1);
    await t.dataSource.getRepository(ItemEntity).update({ id: item.id }, { status: 'closed', signoff: 'approved' });
    await job.run(at(1));
    await t.dataSource.getRepository(ItemEntity).update({ id: item.id }, { status: 'in_progress', signoff: 'none' });
    await job.run(at(2));
    expect(await reds()).toHaveLength(2);
  });

  it('disabled accounts are not notified', async () => {
    const item = await itemDue(3);
    await t.dataSource.getRepository(UserEntity).update({ id: t.userIds.financeStaff }, { disabled: true });
    await t.dataSource.getRepository(ItemEntity).update({ id: item.id }, { departmentId: t.departments.finance });
    await job.run(at(0));
    expect(await t.dataSource.getRepository(NotificationEntity).countBy({ userId: t.userIds.financeStaff, itemId: item.id })).toBe(0);
    await t.dataSource.getRepository(UserEntity).update({ id: t.userIds.financeStaff }, { disabled: false });
  });
});

describe('交办', () => {
  it('the lead and co-operating departments are told when an item is assigned, and a new lead when it is reassigned', async () => {
    const assigned = async (user: TestUser, itemId: string) => (await inbox(user)).items.filter((n) => n.itemId === itemId && n.kind === 'assigned');
    const item = await t.createItem({ departmentId: t.departments.policy, coDepartmentIds: [t.departments.finance] });
    const [lead] = await assigned('policyStaff', item.id);
    expect(lead).toMatchObject({ title: `交办：${item.code}`, readAt: null });
    expect(lead.body).toBe(`leader的姓名将${item.code}「${item.title}」交由本部门牵头整改，请制定整改措施、明确整改时限。`);
    expect((await assigned('financeStaff', item.id)).map((n) => n.body)).toEqual([
      `leader的姓名将${item.code}「${item.title}」交由本部门配合整改，请配合牵头部门落实整改措施。`,
    ]);

    // Reassigned to 财务审计处 alone: it now leads and hears of it; 政策法规处 is not told again.
    await t.leader.patch(`/api/items/${item.id}`).send({ departmentId: t.departments.finance, coDepartmentIds: [], version: item.version }).expect(200);
    expect((await assigned('financeStaff', item.id)).map((n) => n.body)[0]).toContain('交由本部门牵头整改');
    expect(await assigned('policyStaff', item.id)).toHaveLength(1);
    // An edit that leaves the assignment alone tells nobody.
    const current = (await t.leader.get(`/api/items/${item.id}`).expect(200)).body;
    await t.leader
      .patch(`/api/items/${item.id}`)
      .send({ title: `${item.title}（修订）`, version: current.version })
      .expect(200);
    expect(await assigned('financeStaff', item.id)).toHaveLength(2);
  });
});

describe('a notice whose task is done is handled (已处理)', () => {
  const inDays = (n: number) => format(addDays(parseISO(officeToday(new Date())), n), 'yyyy-MM-dd');
  /** An overdue item of 政策法规处 in 整改中. */
  async function overdue() {
    const item = await t.createItem({
      departmentId: t.departments.policy,
      rectifyType: 'time_limited',
      deadline: inDays(-3),
      measures: [{ content: '修订制度' }],
      owner: '王蕾',
      leader: '李卫东',
    });
    await t.leader.post(`/api/items/${item.id}/move`).send({ to: 'in_progress', version: item.version }).expect(200);
    return (await t.leader.get(`/api/items/${item.id}`).expect(200)).body;
  }
  const notice = async (user: TestUser, itemId: string, kind: string) => (await inbox(user)).items.find((n) => n.itemId === itemId && n.kind === kind);

  it('延期待审批 is handled for every leader once the request is decided, and no longer counts as unread', async () => {
    const item = await overdue();
    const asked = (
      await t.as.policyStaff
        .post(`/api/items/${item.id}/extension`)
        .send({ deadline: inDays(60), reason: '需等待上级配套文件出台', version: item.version })
        .expect(200)
    ).body;
    const waiting = await notice('deputy', item.id, 'extension_decision');
    expect(waiting).toMatchObject({ title: `待审批：${item.code} 申请延期`, readAt: null, handled: false });
    const unreadBefore = (await inbox('deputy')).unread;

    await t.leader.post(`/api/items/${item.id}/extension/decision`).send({ decision: 'approve', version: asked.version }).expect(200);
    // The other leader did not open it, but there is nothing left to decide.
    expect(await notice('deputy', item.id, 'extension_decision')).toMatchObject({ id: waiting!.id, readAt: null, handled: true });
    expect((await inbox('deputy')).unread).toBe(unreadBefore - 1);
    expect((await t.as.deputy.get('/api/notifications?unread=true').expect(200)).body.items.some((n: { id: string }) => n.id === waiting!.id)).toBe(false);
    // A decision is news, not a task: the department's 同意延期 stays unread until read.
    expect((await inbox('policyStaff')).items.find((n) => n.itemId === item.id && n.title.startsWith('同意延期'))).toMatchObject({
      readAt: null,
      handled: false,
    });
  });

  it('红灯 is handled once an approved 延期 puts the deadline ahead; an open request alone does not', async () => {
    const item = await overdue();
    await job.run(new Date());
    expect(await notice('policyStaff', item.id, 'warning_red')).toMatchObject({ readAt: null, handled: false });
    const asked = (
      await t.as.policyStaff
        .post(`/api/items/${item.id}/extension`)
        .send({ deadline: inDays(60), reason: '需等待上级配套文件出台', version: item.version })
        .expect(200)
    ).body;
    expect(await notice('policyStaff', item.id, 'warning_red')).toMatchObject({ handled: false });
    const unreadBefore = (await inbox('policyStaff')).unread;
    await t.leader.post(`/api/items/${item.id}/extension/decision`).send({ decision: 'approve', version: asked.version }).expect(200);
    expect(await notice('policyStaff', item.id, 'warning_red')).toMatchObject({ readAt: null, handled: true });
    // One red notice handled, one 同意延期 notice new.
    expect((await inbox('policyStaff')).unread).toBe(unreadBefore);
  });

  it('销号待审核 is handled once the application is decided', async () => {
    const item = await overdue();
    await t.recordEvidence(item.id);
    const current = (await t.leader.get(`/api/items/${item.id}`).expect(200)).body;
    const applied = (
      await t.as.policyStaff
        .post(`/api/items/${item.id}/move`)
        .send({ to: 'closed', version: current.version, changes: { completion: '已修订并印发', causeAnalysis: '制度执行不到位' } })
        .expect(200)
    ).body;
    expect(await notice('deputy', item.id, 'signoff_review')).toMatchObject({ title: `待审核：${item.code} 申请销号`, handled: false });
    await t.leader
      .post(`/api/items/${item.id}/signoff`)
      .send({ decision: 'approve', opinion: '同意', confirmUnfinished: true, version: applied.version })
      .expect(200);
    expect(await notice('deputy', item.id, 'signoff_review')).toMatchObject({ readAt: null, handled: true });
  });

  it('待审核 / 待审批 notices written before the kinds existed are moved to them by the migration', async () => {
    const item = await t.createItem();
    const old = { userId: t.userIds.deputy, itemId: item.id, body: '正文', createdAt: '2026-11-01T00:00:00.000Z', readAt: null };
    const rows = t.dataSource.getRepository(NotificationEntity);
    const ids: string[] = [crypto.randomUUID(), crypto.randomUUID(), crypto.randomUUID()];
    await rows.insert([
      { ...old, id: ids[0], kind: 'extension', title: `待审批：${item.code} 申请延期` },
      { ...old, id: ids[1], kind: 'signoff', title: `待审核：${item.code} 申请销号` },
      { ...old, id: ids[2], kind: 'signoff', title: `已销号：${item.code}` },
    ]);
    const runner = t.dataSource.createQueryRunner();
    await new NotificationTaskKinds1764360000000().up(runner);
    await runner.release();
    expect((await rows.findBy({ id: In(ids) })).sort((a, b) => ids.indexOf(a.id) - ids.indexOf(b.id)).map((n) => n.kind)).toEqual([
      'extension_decision',
      'signoff_review',
      'signoff',
    ]);
  });
});

describe('reading notifications', () => {
  it("lists only the caller's own notifications newest first with the unread count; marks one and all read", async () => {
    const service = t.app.get(NotificationsService);
    const item = await t.createItem();
    await t.app.get(WriteQueue).run(async (manager) => {
      await service.notify(
        manager,
        { userIds: [t.userIds.financeStaff] },
        { kind: 'other', itemId: item.id, title: '第一条', body: '正文一' },
        '2026-11-01T00:00:00.000Z',
      );
      await service.notify(
        manager,
        { userIds: [t.userIds.financeStaff] },
        { kind: 'other', itemId: null, title: '第二条', body: '正文二' },
        '2026-11-02T00:00:00.000Z',
      );
    });
    const list = await inbox('financeStaff');
    const mine = list.items.filter((n) => n.title === '第一条' || n.title === '第二条');
    expect(mine.map((n) => n.title)).toEqual(['第二条', '第一条']);
    expect(mine[1]).toMatchObject({ itemCode: item.code, readAt: null });
    const unread = list.unread;

    // Someone else's notification is not found, and stays unread.
    const stranger = await t.as.policyStaff.post(`/api/notifications/${mine[0].id}/read`).expect(404);
    expect(stranger.body.message).toBe('消息不存在或已无权查看');
    await t.as.financeStaff.post(`/api/notifications/${crypto.randomUUID()}/read`).expect(404);
    expect((await inbox('financeStaff')).unread).toBe(unread);

    const afterOne: NotificationList = (await t.as.financeStaff.post(`/api/notifications/${mine[0].id}/read`).expect(200)).body;
    expect(afterOne.unread).toBe(unread - 1);
    expect(afterOne.items.find((n) => n.id === mine[0].id)?.readAt).not.toBeNull();
    await t.as.financeStaff.post(`/api/notifications/${mine[0].id}/read`).expect(200); // idempotent
    const afterAll: NotificationList = (await t.as.financeStaff.post('/api/notifications/read-all').expect(200)).body;
    expect(afterAll.unread).toBe(0);
    expect(afterAll.items.every((n) => n.readAt)).toBe(true);
    expect((await t.as.financeStaff.get('/api/notifications?unread=true').expect(200)).body.items).toEqual([]);
  });

  it('needs a signed-in user', async () => {
    await t.http.get('/api/notifications').expect(401);
  });
});
