import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ItemEventView, ItemView } from '@rectify/shared';
import { officeDay } from '@rectify/shared/testing';
import { ItemEntity } from '../src/items/item.entity.js';
import { sampleItem, startTestApp, type ApiClient, type TestApp } from './test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const inDays = officeDay;

/** An item of 政策法规处 in 整改中, its measure done, with a completion report, 原因分析 and one evidence file: ready to apply for 销号. */
async function running(overrides: Record<string, unknown> = {}): Promise<ItemView> {
  const item = await t.createItem({
    departmentId: t.departments.policy,
    leader: '李卫东（副局长）',
    measures: [{ content: '修订《机关党支部“三会一课”制度实施细则》', done: true }],
    rectifyType: 'time_limited',
    deadline: inDays(30),
    owner: '王蕾',
    completion: '已修订实施细则并印发各支部执行',
    causeAnalysis: '对“三会一课”制度的重要性认识不足，日常督促检查不到位',
    ...overrides,
  });
  await t.leader.post(`/api/items/${item.id}/move`).send({ to: 'in_progress', version: item.version }).expect(200);
  await t.recordEvidence(item.id);
  return (await t.leader.get(`/api/items/${item.id}`).expect(200)).body;
}

const apply = async (client: ApiClient, item: ItemView): Promise<ItemView> =>
  (await client.post(`/api/items/${item.id}/move`).send({ to: 'closed', version: item.version }).expect(200)).body;
const decide = (client: ApiClient, item: ItemView, body: Record<string, unknown>) =>
  client.post(`/api/items/${item.id}/signoff`).send({ version: item.version, ...body });
const history = async (item: ItemView): Promise<ItemEventView[]> => (await t.leader.get(`/api/items/${item.id}/history`).expect(200)).body;

/** The item and its history as they stand; a refused request must leave both as they were. */
async function snapshot(item: ItemView) {
  return { item: (await t.leader.get(`/api/items/${item.id}`).expect(200)).body, history: (await history(item)).length };
}

describe('申请销号 is the lead department’s', () => {
  it('a co-operating department is refused (422, nothing changes); the lead department applies', async () => {
    const item = await running({ coDepartmentIds: [t.departments.finance] });
    const before = await snapshot(item);
    const refused = await t.as.financeStaff.post(`/api/items/${item.id}/move`).send({ to: 'closed', version: item.version }).expect(422);
    expect(refused.body.reasons.map((r: { message: string }) => r.message)).toContain('只有牵头部门或领导可以申请销号；配合部门请填报整改进展、上传佐证材料');
    expect(await snapshot(item)).toEqual(before);
    // It may still move the card within the columns it works in, and the lead department applies.
    expect(await apply(t.as.policyStaff, item)).toMatchObject({ status: 'closed', signoff: 'pending' });
  });
});

describe('销号 with unfinished measures or without 原因分析', () => {
  it('applying without 原因分析 is refused (422, nothing changes) and asks for it', async () => {
    const item = await running({ causeAnalysis: null });
    const before = await snapshot(item);
    const refused = await t.as.policyStaff.post(`/api/items/${item.id}/move`).send({ to: 'closed', version: item.version }).expect(422);
    expect(refused.body.reasons).toContainEqual(
      expect.objectContaining({ field: 'causeAnalysis', message: '缺少原因分析（申请销号须填写，汇总报告据此分析原因）' }),
    );
    expect(await snapshot(item)).toEqual(before);
    // Given with the application (the board's 补充信息 form), it goes through.
    const applied = await t.as.policyStaff
      .post(`/api/items/${item.id}/move`)
      .send({ to: 'closed', version: item.version, changes: { causeAnalysis: '学习教育不经常' } })
      .expect(200);
    expect(applied.body).toMatchObject({ signoff: 'pending', causeAnalysis: '学习教育不经常' });
  });

  it('approval with measures still 未完成 needs an explicit confirmation, recorded with the decision', async () => {
    const item = await running({
      measures: [{ content: '修订实施细则', done: true }, { content: '开展专项检查' }, { content: '建立月通报制度', done: false }],
    });
    const applied = await apply(t.as.policyStaff, item);
    const before = await snapshot(applied);
    const refused = await decide(t.leader, applied, { decision: 'approve', opinion: '同意' }).expect(422);
    expect(refused.body.message).toBe('尚有2项整改措施未完成。如确认仍予通过，请勾选“确认在措施未全部完成的情况下通过”（将记入审核记录）');
    expect(await snapshot(applied)).toEqual(before);
    const approved = (await decide(t.leader, applied, { decision: 'approve', opinion: '同意', confirmUnfinished: true }).expect(200)).body as ItemView;
    expect(approved).toMatchObject({ status: 'closed', signoff: 'approved' });
    const decision = (await history(item)).find((e) => e.kind === 'signoff_approved')!;
    expect(decision.after).toEqual({ signoff: 'approved', opinion: '同意', unfinishedMeasures: 2, confirmedUnfinished: true });
  });

  it('with every measure done no confirmation is asked, and none is recorded', async () => {
    const applied = await apply(t.as.policyStaff, await running());
    await decide(t.leader, applied, { decision: 'approve', opinion: '同意' }).expect(200);
    const decision = (await history(applied)).find((e) => e.kind === 'signoff_approved')!;
    expect(decision.after).toEqual({ signoff: 'approved', opinion: '同意' });
  });
});

describe('销号: apply, review, reject, approve', () => {
  it('a department applies; a leader rejects with 补充整改要求; it reapplies; the leader approves', async () => {
    const item = await running();
    const applied = await apply(t.as.policyStaff, item);
    expect(applied).toMatchObject({ status: 'closed', signoff: 'pending', signoffStage: 'leader', signoffApplicantName: 'policyStaff的姓名', closedAt: null });

    // The department may not review its own application (reviewing is not its role at all).
    expect((await decide(t.as.policyStaff, applied, { decision: 'approve' }).expect(403)).body.message).toBe('责任部门账号不能审核销号申请');
    // A rejection must say what is still to be done.
    expect((await decide(t.leader, applied, { decision: 'reject' }).expect(400)).body.message).toBe('提交的内容有误：退回时请填写补充整改要求');

    const rejected = (await decide(t.leader, applied, { decision: 'reject', opinion: '请补充各支部执行细则的会议记录' }).expect(200)).body as ItemView;
    expect(rejected).toMatchObject({ status: 'in_progress', signoff: 'none', reviewRequirement: '请补充各支部执行细则的会议记录', closedAt: null });

    // Reviewers heard of the application; the department heard of the rejection and what to do.
    // The 销号 notices about the item (its 交办 notice at registration aside).
    const titles = async (client: ApiClient) =>
      ((await client.get('/api/notifications').expect(200)).body.items as Array<{ title: string; body: string; kind: string }>).filter(
        (n) => n.title.includes(item.code) && n.kind !== 'assigned',
      );
    expect((await titles(t.as.deputy)).map((n) => n.title)).toEqual([`待审核：${item.code} 申请销号`]);
    expect(await titles(t.as.policyStaff)).toEqual([
      expect.objectContaining({ title: `销号被退回：${item.code}`, body: expect.stringContaining('请补充各支部执行细则的会议记录') }),
    ]);
    expect(await titles(t.as.financeStaff)).toEqual([]);

    const reapplied = await apply(t.as.policyStaff, rejected);
    expect(reapplied).toMatchObject({ signoff: 'pending', reviewRequirement: null });
    const approved = (await decide(t.leader, reapplied, { decision: 'approve', opinion: '整改到位，同意销号' }).expect(200)).body as ItemView;
    expect(approved).toMatchObject({ status: 'closed', signoff: 'approved', signoffStage: null, warning: { label: '已销号' } });
    expect(approved.closedAt).not.toBeNull();

    const kinds = (await history(item)).map((e) => e.kind);
    expect(kinds.slice(-7)).toEqual(['moved', 'signoff_applied', 'moved', 'signoff_rejected', 'moved', 'signoff_applied', 'signoff_approved']);
    expect(kinds.filter((k) => k.startsWith('signoff'))).toEqual(['signoff_applied', 'signoff_rejected', 'signoff_applied', 'signoff_approved']);
    const rejection = (await history(item)).find((e) => e.kind === 'signoff_rejected')!;
    expect([rejection.actor, rejection.after]).toEqual(['leader的姓名', { reviewRequirement: '请补充各支部执行细则的会议记录' }]);
  });

  it('refuses an application without evidence, and nobody reviews an application from their own hand', async () => {
    const item = await t.createItem({
      departmentId: t.departments.policy,
      leader: '李卫东',
      measures: [{ content: '整改', done: true }],
      rectifyType: 'immediate',
      deadline: inDays(3),
      owner: '王蕾',
      completion: '已整改',
      causeAnalysis: '督促检查不到位',
    });
    const before = await snapshot(item);
    const refused = await t.leader.post(`/api/items/${item.id}/move`).send({ to: 'closed', version: item.version }).expect(422);
    expect(refused.body.message).toBe('不能移入「销号」：缺少佐证材料（申请销号须至少上传一份）');
    expect(await snapshot(item)).toEqual(before);

    await t.recordEvidence(item.id);
    const applied = await apply(t.leader, item);
    const pendingState = await snapshot(applied);
    const self = await decide(t.leader, applied, { decision: 'approve' }).expect(403);
    expect(self.body.message).toBe('不能审核本人提交的销号申请');
    expect((await decide(t.as.inspector, applied, { decision: 'approve' }).expect(403)).body.message).toBe('该申请正等待领导审核');
    expect(await snapshot(applied)).toEqual(pendingState);
    await decide(t.as.deputy, applied, { decision: 'approve' }).expect(200);
  });

  it('answers a stale version with 409, a bad body with 400, an unknown item with 404, and changes nothing', async () => {
    const applied = await apply(t.as.policyStaff, await running());
    const before = await snapshot(applied);
    expect((await decide(t.leader, { ...applied, version: applied.version - 1 }, { decision: 'approve' }).expect(409)).body.message).toMatch(/已被他人修改/);
    expect((await decide(t.leader, applied, { decision: 'maybe' }).expect(400)).body.message).toMatch(/审核结论只能是/);
    expect((await t.leader.post(`/api/items/${applied.id}/signoff`).send({ decision: 'approve' }).expect(400)).body.message).toMatch(/缺少版本号/);
    await t.leader.post(`/api/items/${crypto.randomUUID()}/signoff`).send({ decision: 'approve', version: 1 }).expect(404);
    // Another department cannot even see the item.
    expect(
      (
        await t.as.financeStaff
          .post(`/api/items/${applied.id}/extension`)
          .send({ deadline: inDays(90), reason: '理由', version: applied.version })
          .expect(404)
      ).body.message,
    ).toBe('事项不存在或已无权查看');
    expect(await snapshot(applied)).toEqual(before);
  });

  it('with two-level review the leader passes it on and 纪检 signs off', async () => {
    await t.as.admin.patch('/api/settings').send({ signoffTwoLevel: true }).expect(200);
    try {
      const applied = await apply(t.as.policyStaff, await running());
      const passed = (await decide(t.leader, applied, { decision: 'approve', opinion: '同意，转纪检复核' }).expect(200)).body as ItemView;
      expect(passed).toMatchObject({ status: 'closed', signoff: 'pending', signoffStage: 'inspector' });
      expect((await decide(t.as.deputy, passed, { decision: 'approve' }).expect(403)).body.message).toBe('该申请已由领导审核通过，正等待纪检复核');
      const closed = (await decide(t.as.inspector, passed, { decision: 'approve' }).expect(200)).body as ItemView;
      expect(closed).toMatchObject({ signoff: 'approved', signoffStage: null });
      expect((await history(closed)).map((e) => e.kind).slice(-2)).toEqual(['signoff_passed', 'signoff_approved']);
    } finally {
      await t.as.admin.patch('/api/settings').send({ signoffTwoLevel: false }).expect(200);
    }
  });

  it('长期坚持: approving a stage sets the next review date and the work goes on', async () => {
    const item = await running({ rectifyType: 'long_term', deadline: null, stageGoal: '每季度开展一次理论学习质量评估', nextReviewDate: inDays(5) });
    const applied = await apply(t.as.policyStaff, item);
    const before = await snapshot(applied);
    expect((await decide(t.leader, applied, { decision: 'approve' }).expect(422)).body.message).toBe('长期坚持事项通过阶段验收时须确定下次复核日期');
    expect(await snapshot(applied)).toEqual(before);
    const next = inDays(95);
    const passed = (await decide(t.leader, applied, { decision: 'approve', nextReviewDate: next, stageGoal: '2027年上半年完成制度修订并试运行' }).expect(200))
      .body as ItemView;
    expect(passed).toMatchObject({
      status: 'in_progress',
      signoff: 'none',
      stagesPassed: 1,
      nextReviewDate: next,
      stageGoal: '2027年上半年完成制度修订并试运行',
      warning: { level: 'green' },
    });
  });
});

describe('撤回: the applicant takes a pending application back', () => {
  const withdraw = (client: ApiClient, item: ItemView, what: 'signoff' | 'extension', body: Record<string, unknown> = {}) =>
    client.post(`/api/items/${item.id}/${what}/withdraw`).send({ version: item.version, ...body });

  it('a 销号 application goes back to 整改中 before review, with its reason in the history, and may be made again', async () => {
    const applied = await apply(t.as.policyStaff, await running());
    const withdrawn = (await withdraw(t.as.policyStaff, applied, 'signoff', { reason: '佐证材料上传有误，补充后重新申请' }).expect(200)).body as ItemView;
    expect(withdrawn).toMatchObject({ status: 'in_progress', signoff: 'none', signoffStage: null, signoffApplicantName: null, evidenceCount: 1 });
    const last = (await history(applied)).slice(-2);
    expect(last.map((e) => [e.kind, e.actor])).toEqual([
      ['moved', 'policyStaff的姓名'],
      ['signoff_recalled', 'policyStaff的姓名'],
    ]);
    expect(last[1].after).toEqual({ signoff: 'none', reason: '佐证材料上传有误，补充后重新申请' });
    // The reviewers who had it waiting are told they need not look at it.
    const notices = ((await t.as.deputy.get('/api/notifications').expect(200)).body.items as Array<{ title: string }>).map((n) => n.title);
    expect(notices).toContain(`已撤回：${applied.code} 销号申请`);
    expect(await apply(t.as.policyStaff, withdrawn)).toMatchObject({ signoff: 'pending', signoffStage: 'leader' });
  });

  it('refuses a reviewer, another department, 纪检, a stale version and an application already passed on, changing nothing', async () => {
    const applied = await apply(t.as.policyStaff, await running());
    const before = await snapshot(applied);
    expect((await withdraw(t.leader, applied, 'signoff').expect(403)).body.message).toBe('只有申请人或申请部门可以撤回销号申请');
    expect((await withdraw(t.as.financeStaff, applied, 'signoff').expect(404)).body.message).toBe('事项不存在或已无权查看');
    expect((await withdraw(t.as.inspector, applied, 'signoff').expect(403)).body.message).toMatch(/[\u4e00-\u9fa5]/);
    expect((await withdraw(t.as.policyStaff, { ...applied, version: applied.version - 1 }, 'signoff').expect(409)).body.message).toMatch(/已被他人修改/);
    expect((await withdraw(t.as.policyStaff, applied, 'signoff', { reason: 42 }).expect(400)).body.message).toMatch(/撤回理由应为文字/);
    expect(await snapshot(applied)).toEqual(before);

    await t.as.admin.patch('/api/settings').send({ signoffTwoLevel: true }).expect(200);
    try {
      const passed = (await decide(t.leader, applied, { decision: 'approve' }).expect(200)).body as ItemView;
      const passedState = await snapshot(passed);
      expect((await withdraw(t.as.policyStaff, passed, 'signoff').expect(422)).body.message).toBe('领导已审核通过，申请正等待纪检复核，不能再撤回');
      expect(await snapshot(passed)).toEqual(passedState);
    } finally {
      await t.as.admin.patch('/api/settings').send({ signoffTwoLevel: false }).expect(200);
    }
  });

  it('a 延期 request is taken back: the deadline stays, a new request may follow; a leader cannot take back the department’s', async () => {
    const item = await running();
    const asked = (
      await t.as.policyStaff
        .post(`/api/items/${item.id}/extension`)
        .send({ deadline: inDays(60), reason: '需等待上级配套文件出台后修订', version: item.version })
        .expect(200)
    ).body as ItemView;
    const askedState = await snapshot(asked);
    expect((await withdraw(t.leader, asked, 'extension').expect(403)).body.message).toBe('只有申请人或责任部门可以撤回延期申请');
    expect(await snapshot(asked)).toEqual(askedState);

    const withdrawn = (await withdraw(t.as.policyStaff, asked, 'extension').expect(200)).body as ItemView;
    expect(withdrawn).toMatchObject({ deadline: item.deadline, extension: null, deadlineChanges: 0 });
    const last = (await history(item)).at(-1)!;
    expect([last.kind, last.after]).toEqual(['delay_withdrawn', { requested: inDays(60), reason: null }]);
    expect((await withdraw(t.as.policyStaff, withdrawn, 'extension').expect(422)).body.message).toBe('该事项没有待审批的延期申请');
    await t.as.policyStaff
      .post(`/api/items/${item.id}/extension`)
      .send({ deadline: inDays(45), reason: '重新测算工期', version: withdrawn.version })
      .expect(200);
  });
});

describe('回头看', () => {
  it('reopens a signed-off item as round 2 with its reason; all history stays', async () => {
    const closed = await t.signOff(await running());
    const eventsBefore = await history(closed);
    const reopened = (
      await t.as.inspector
        .post(`/api/items/${closed.id}/reopen`)
        .send({ reason: '回头看发现个别支部仍以业务会代替组织生活', deadline: inDays(60), version: closed.version })
        .expect(200)
    ).body as ItemView;
    expect(reopened).toMatchObject({
      status: 'in_progress',
      signoff: 'none',
      round: 2,
      reopenReason: '回头看发现个别支部仍以业务会代替组织生活',
      closedAt: null,
    });
    const eventsAfter = await history(closed);
    expect(eventsAfter.slice(0, eventsBefore.length)).toEqual(eventsBefore);
    expect(eventsAfter.slice(eventsBefore.length).map((e) => e.kind)).toEqual(['moved', 'reopened']);
  });

  it('the new round gets its own deadline (not the old one, which would be overdue at once)', async () => {
    const closed = await t.signOff(await running());
    // Months later, the round-1 deadline has long passed.
    await t.dataSource.getRepository(ItemEntity).update({ id: closed.id }, { deadline: inDays(-40), dueDate: inDays(-40) });
    const stale = (await t.leader.get(`/api/items/${closed.id}`).expect(200)).body as ItemView;
    const before = await snapshot(stale);
    const reopen = (body: Record<string, unknown>) =>
      t.as.inspector.post(`/api/items/${closed.id}/reopen`).send({ reason: '回头看发现问题反弹', version: stale.version, ...body });
    expect((await reopen({}).expect(422)).body.message).toBe('重新整改须确定新一轮的整改时限');
    expect((await reopen({ deadline: inDays(-1) }).expect(422)).body.message).toMatch(/^新一轮的整改时限不能早于今天/);
    expect(await snapshot(stale)).toEqual(before);

    const reopened = (await reopen({ deadline: inDays(30) }).expect(200)).body as ItemView;
    expect(reopened).toMatchObject({ round: 2, deadline: inDays(30), warning: { level: 'green' } });
    expect((await history(closed)).at(-1)).toMatchObject({ kind: 'reopened', before: { deadline: inDays(-40) }, after: { round: 2, deadline: inDays(30) } });
  });

  it('a 长期坚持 item reopens with its next review date', async () => {
    const closed = await t.signOff(await running());
    await t.dataSource
      .getRepository(ItemEntity)
      .update({ id: closed.id }, { rectifyType: 'long_term', deadline: null, stageGoal: '每季度检查一次', nextReviewDate: inDays(-10), dueDate: inDays(-10) });
    const longTerm = (await t.leader.get(`/api/items/${closed.id}`).expect(200)).body as ItemView;
    const reopen = (body: Record<string, unknown>) =>
      t.as.inspector.post(`/api/items/${closed.id}/reopen`).send({ reason: '回头看发现制度未坚持', version: longTerm.version, ...body });
    expect((await reopen({ deadline: inDays(30) }).expect(422)).body.message).toBe('重新整改须确定下次复核日期');
    expect((await reopen({ nextReviewDate: inDays(90), stageGoal: '每月检查一次' }).expect(200)).body).toMatchObject({
      round: 2,
      nextReviewDate: inDays(90),
      stageGoal: '每月检查一次',
    });
  });

  it('refuses to reopen an open item or a pending application, and needs a reason', async () => {
    const open = await running();
    const before = await snapshot(open);
    expect((await t.as.inspector.post(`/api/items/${open.id}/reopen`).send({ reason: '复查', version: open.version }).expect(422)).body.message).toBe(
      '只有已销号的事项才能“回头看”重新整改，该事项尚未销号',
    );
    expect((await t.as.inspector.post(`/api/items/${open.id}/reopen`).send({ reason: '', version: open.version }).expect(400)).body.message).toMatch(
      /请填写重新整改的原因/,
    );
    expect((await t.as.policyStaff.post(`/api/items/${open.id}/reopen`).send({ reason: '复查', version: open.version }).expect(403)).body.message).toBe(
      '责任部门账号不能回头看重新整改',
    );
    expect(await snapshot(open)).toEqual(before);
  });
});

describe('整改时限 set once, moved only by 延期 or a leader’s 更正', () => {
  it('refuses a deadline already past when it is set: on registration and at the 明确时限 gate, changing nothing', async () => {
    const yesterday = inDays(-1);
    const count = async () => (await t.leader.get('/api/board?limit=500').expect(200)).body.columns.reduce((n: number, c: { total: number }) => n + c.total, 0);
    const before = await count();
    const created = await t.leader
      .post('/api/items')
      .send({ ...sampleItem, rectifyType: 'time_limited', deadline: yesterday })
      .expect(422);
    expect(created.body.message).toMatch(/^整改时限不能早于今天（\d{4}年\d{1,2}月\d{1,2}日）$/);
    expect(created.body.reasons).toEqual([{ path: 'deadline', message: created.body.message }]);
    expect(await count()).toBe(before);

    const item = await t.createItem({ departmentId: t.departments.policy, leader: '李卫东', measures: [{ content: '修订制度' }] });
    const moved = await t.leader.post(`/api/items/${item.id}/move`).send({ to: 'measures', version: item.version }).expect(200);
    const snap = await snapshot(moved.body);
    await t.as.policyStaff
      .post(`/api/items/${item.id}/move`)
      .send({ to: 'deadline', version: moved.body.version, changes: { rectifyType: 'time_limited', deadline: yesterday } })
      .expect(422);
    expect(await snapshot(moved.body)).toEqual(snap);
  });

  it('switching 整改类型 to 长期坚持 and back is no way round 延期: refused, nothing changes', async () => {
    const item = await running();
    const before = await snapshot(item);
    const toLongTerm = await t.as.policyStaff
      .patch(`/api/items/${item.id}`)
      .send({ rectifyType: 'long_term', deadline: null, stageGoal: '每季度检查一次', nextReviewDate: inDays(90), version: item.version })
      .expect(422);
    expect(toLongTerm.body.message).toBe('已明确时限的事项不能直接改变整改类型：调整时限请提出延期申请，经领导审批；填写有误的可由领导更正时限');
    expect(await snapshot(item)).toEqual(before);
  });

  it('更正时限: a leader corrects a just-set deadline with a reason; it is not a 延期; a department may not', async () => {
    const item = await running();
    const byDepartment = await t.as.policyStaff
      .post(`/api/items/${item.id}/deadline/correct`)
      .send({ deadline: inDays(45), reason: '笔误', version: item.version })
      .expect(403);
    expect(byDepartment.body.message).toBe('责任部门账号不能更正整改时限');
    const past = await t.leader
      .post(`/api/items/${item.id}/deadline/correct`)
      .send({ deadline: inDays(-3), reason: '笔误', version: item.version })
      .expect(422);
    expect(past.body.message).toMatch(/^整改时限不能早于今天/);
    expect(
      (
        await t.leader
          .post(`/api/items/${item.id}/deadline/correct`)
          .send({ deadline: inDays(45), version: item.version })
          .expect(400)
      ).body.message,
    ).toMatch(/更正理由/);

    const corrected = (
      await t.leader
        .post(`/api/items/${item.id}/deadline/correct`)
        .send({ deadline: inDays(45), reason: '交办时把12月误写为11月', version: item.version })
        .expect(200)
    ).body as ItemView;
    expect(corrected).toMatchObject({ deadline: inDays(45), deadlineChanges: 0, originalDeadline: null, version: item.version + 1 });
    expect((await history(item)).at(-1)).toMatchObject({
      kind: 'deadline_corrected',
      actor: 'leader的姓名',
      before: { deadline: item.deadline },
      after: { deadline: inDays(45), reason: '交办时把12月误写为11月' },
    });
    const inbox = (await t.as.policyStaff.get('/api/notifications').expect(200)).body as { items: Array<{ itemId: string; title: string }> };
    expect(inbox.items.find((n) => n.itemId === item.id)?.title).toBe(`时限更正：${item.code}`);
  });
});

describe('延期', () => {
  it('the department asks, a leader approves: the deadline moves, the first one stays on record', async () => {
    const item = await running();
    const first = item.deadline!;
    const asked = (
      await t.as.policyStaff
        .post(`/api/items/${item.id}/extension`)
        .send({ deadline: inDays(60), reason: '需等待上级配套文件出台后修订', version: item.version })
        .expect(200)
    ).body as ItemView;
    expect(asked.extension).toMatchObject({ deadline: inDays(60), reason: '需等待上级配套文件出台后修订', requestedByName: 'policyStaff的姓名' });
    expect(asked.deadline).toBe(first);
    const granted = (await t.leader.post(`/api/items/${item.id}/extension/decision`).send({ decision: 'approve', version: asked.version }).expect(200))
      .body as ItemView;
    expect(granted).toMatchObject({ deadline: inDays(60), originalDeadline: first, deadlineChanges: 1, extension: null });

    const again = (
      await t.as.policyStaff
        .post(`/api/items/${item.id}/extension`)
        .send({ deadline: inDays(90), reason: '配套文件延后印发', version: granted.version })
        .expect(200)
    ).body as ItemView;
    const refused = (
      await t.leader
        .post(`/api/items/${item.id}/extension/decision`)
        .send({ decision: 'reject', opinion: '应按原计划推进', version: again.version })
        .expect(200)
    ).body as ItemView;
    expect(refused).toMatchObject({ deadline: inDays(60), originalDeadline: first, deadlineChanges: 1, extension: null });
    expect((await history(item)).map((e) => e.kind).filter((k) => k.startsWith('delay'))).toEqual([
      'delay_requested',
      'delay_approved',
      'delay_requested',
      'delay_rejected',
    ]);
  });

  it('refuses an earlier date, a second request, a self-approval and a direct edit of the deadline, changing nothing', async () => {
    const item = await running();
    const before = await snapshot(item);
    const earlier = await t.as.policyStaff
      .post(`/api/items/${item.id}/extension`)
      .send({ deadline: inDays(10), reason: '理由', version: item.version })
      .expect(422);
    expect(earlier.body.message).toBe(`申请的新时限须晚于现在的整改时限（${item.deadline}）`);
    expect(
      (await t.as.policyStaff.post(`/api/items/${item.id}/extension`).send({ deadline: '2027-02-30', reason: '理由', version: item.version }).expect(400)).body
        .message,
    ).toMatch(/日期不存在/);
    const edit = await t.as.policyStaff
      .patch(`/api/items/${item.id}`)
      .send({ deadline: inDays(90), version: item.version })
      .expect(422);
    expect(edit.body.message).toBe('已明确的整改时限不能直接修改，请提出延期申请并说明理由，经领导审批后调整');
    expect(await snapshot(item)).toEqual(before);

    const asked = (
      await t.leader
        .post(`/api/items/${item.id}/extension`)
        .send({ deadline: inDays(45), reason: '领导提出延期', version: item.version })
        .expect(200)
    ).body as ItemView;
    const snapshotAsked = await snapshot(asked);
    expect(
      (
        await t.as.policyStaff
          .post(`/api/items/${item.id}/extension`)
          .send({ deadline: inDays(50), reason: '再申请', version: asked.version })
          .expect(422)
      ).body.message,
    ).toBe('已有一项延期申请正在等待领导审批');
    expect(
      (await t.leader.post(`/api/items/${item.id}/extension/decision`).send({ decision: 'approve', version: asked.version }).expect(403)).body.message,
    ).toBe('不能审批本人提出的延期申请');
    expect(
      (await t.as.policyStaff.post(`/api/items/${item.id}/extension/decision`).send({ decision: 'approve', version: asked.version }).expect(403)).body.message,
    ).toBe('责任部门账号不能审批延期');
    expect(
      (await t.as.deputy.post(`/api/items/${item.id}/extension/decision`).send({ decision: 'reject', version: asked.version }).expect(400)).body.message,
    ).toBe('提交的内容有误：不同意延期时请在审批意见中写明理由');
    expect(await snapshot(asked)).toEqual(snapshotAsked);
  });
});
