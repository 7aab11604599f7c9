import { describe, expect, it } from '@jest/globals';
import {
  applyForSignoff,
  correctDeadline,
  decideExtension,
  decideSignoff,
  moveTo,
  NEW_ITEM_LIFECYCLE,
  reopen,
  requestExtension,
  withdrawExtension,
  withdrawSignoff,
  type Step,
  type StepItem,
  type StepResult,
} from '../src/index.js';

const POLICY = 'dept-policy';
const wang = { id: 'u-wang', displayName: '王蕾', role: 'department' as const, departmentId: POLICY };
const li = { id: 'u-li', displayName: '李明', role: 'leader' as const, departmentId: null };
const sun = { id: 'u-sun', displayName: '孙纪', role: 'inspector' as const, departmentId: null };
// 2026-11-30 10:00 in the office (UTC+8).
const now = new Date('2026-11-30T02:00:00Z');
const by = (actor: typeof wang | typeof li | typeof sun) => ({ actor, now });

const inProgress: StepItem = {
  ...NEW_ITEM_LIFECYCLE,
  id: 'i1',
  code: '2026-XC-001',
  title: '会议室管理不规范',
  description: '',
  source: '巡察反馈',
  batch: '',
  scope: 'team',
  person: null,
  category: '作风建设',
  rectifyType: 'time_limited',
  measures: [{ content: '修订制度', done: true }],
  leader: '张局',
  leaderUserId: null,
  ownerUserId: null,
  departmentId: POLICY,
  coDepartmentIds: [],
  owner: '王蕾',
  deadline: '2026-12-31',
  stageGoal: null,
  nextReviewDate: null,
  completion: '已修订',
  causeAnalysis: '制度执行不严',
  causeTags: [],
  remarks: null,
  status: 'in_progress',
  closedAt: null,
  evidenceCount: 1,
};
const applied = (): StepItem => ({ ...inProgress, ...(applyForSignoff(inProgress, by(wang)).changes as Partial<StepItem>) });

function allowed(result: StepResult): Step {
  if (!result.allowed) throw new Error(`refused: ${result.reason}`);
  return result;
}

describe('申请销号 (a move into 销号)', () => {
  it('makes the card 待审核 by a leader, names the applicant and tells the leaders', () => {
    const step = applyForSignoff(inProgress, by(wang));
    expect(step.changes).toEqual({
      status: 'closed',
      signoff: 'pending',
      signoffStage: 'leader',
      signoffApplicantId: 'u-wang',
      signoffApplicantName: '王蕾',
      signoffDepartmentId: POLICY,
      reviewRequirement: null,
      closedAt: null,
    });
    expect(step.events).toEqual([{ kind: 'signoff_applied', before: null, after: { completion: '已修订', evidenceCount: 1, round: 1 } }]);
    expect(step.notices).toHaveLength(1);
    expect(step.notices[0].recipients).toEqual({ roles: ['leader'], except: ['u-wang'] });
    expect(step.notices[0].message.title).toBe('待审核：2026-XC-001 申请销号');
  });

  it('a move to any other column sets just the column', () => {
    expect(moveTo(inProgress, 'deadline', by(wang))).toEqual({ allowed: true, changes: { status: 'deadline' }, events: [], notices: [] });
    expect(moveTo(inProgress, 'closed', by(wang)).changes.signoff).toBe('pending');
  });
});

describe('审核销号', () => {
  it('one level: approval signs the item off and tells the department', () => {
    const step = allowed(decideSignoff(applied(), { decision: 'approve', opinion: '同意' }, { signoffTwoLevel: false }, by(li)));
    expect(step.changes).toEqual({ signoff: 'approved', signoffStage: null, closedAt: now.toISOString() });
    expect(step.events[0]).toMatchObject({ kind: 'signoff_approved', after: { signoff: 'approved', opinion: '同意' } });
    expect(step.notices[0].recipients).toMatchObject({ departmentIds: [POLICY], userIds: ['u-wang'], except: ['u-li'] });
  });

  it('approval with measures 未完成 needs the reviewer’s confirmation, which the decision records', () => {
    const open: StepItem = {
      ...applied(),
      measures: [
        { content: '修订制度', done: true },
        { content: '专项检查', done: false },
      ],
    };
    expect(decideSignoff(open, { decision: 'approve', opinion: '' }, { signoffTwoLevel: false }, by(li))).toMatchObject({
      allowed: false,
      status: 422,
      reason: expect.stringContaining('尚有1项整改措施未完成'),
    });
    const step = allowed(decideSignoff(open, { decision: 'approve', opinion: '', confirmUnfinished: true }, { signoffTwoLevel: false }, by(li)));
    expect(step.events[0].after).toEqual({ signoff: 'approved', opinion: null, unfinishedMeasures: 1, confirmedUnfinished: true });
  });

  it('two levels: the leader passes it on to 纪检', () => {
    const step = allowed(decideSignoff(applied(), { decision: 'approve', opinion: '' }, { signoffTwoLevel: true }, by(li)));
    expect(step.changes).toEqual({ signoffStage: 'inspector' });
    expect(step.events[0]).toMatchObject({ kind: 'signoff_passed', after: { signoffStage: 'inspector', opinion: null } });
    expect(step.notices[0].recipients).toEqual({ roles: ['inspector'], except: ['u-li'] });
  });

  it('a rejection sends the card back to 整改中 with the 补充整改要求', () => {
    const step = allowed(decideSignoff(applied(), { decision: 'reject', opinion: '补充会议记录' }, { signoffTwoLevel: false }, by(li)));
    expect(step.changes).toMatchObject({
      status: 'in_progress',
      signoff: 'none',
      signoffStage: null,
      signoffApplicantId: null,
      reviewRequirement: '补充会议记录',
    });
    expect(step.events[0]).toEqual({ kind: 'signoff_rejected', before: { signoffStage: 'leader' }, after: { reviewRequirement: '补充会议记录' } });
  });

  it('refuses the applicant (403) and an item with nothing to review (422)', () => {
    expect(decideSignoff(applied(), { decision: 'approve', opinion: '' }, { signoffTwoLevel: false }, by(wang))).toMatchObject({ allowed: false, status: 403 });
    expect(decideSignoff(inProgress, { decision: 'reject', opinion: 'x' }, { signoffTwoLevel: false }, by(li))).toMatchObject({ allowed: false, status: 422 });
  });

  it('长期坚持: the stage is accepted with the next review date, and the work goes on', () => {
    const longTerm: StepItem = { ...applied(), rectifyType: 'long_term', deadline: null, stageGoal: '一季度', nextReviewDate: '2026-12-01' };
    expect(decideSignoff(longTerm, { decision: 'approve', opinion: '' }, { signoffTwoLevel: false }, by(li))).toMatchObject({ allowed: false, status: 422 });
    const step = allowed(
      decideSignoff(longTerm, { decision: 'approve', opinion: '', nextReviewDate: '2027-03-01', stageGoal: '二季度' }, { signoffTwoLevel: false }, by(li)),
    );
    expect(step.changes).toMatchObject({ status: 'in_progress', signoff: 'none', stagesPassed: 1, nextReviewDate: '2027-03-01', stageGoal: '二季度' });
    expect(step.events[0].kind).toBe('stage_approved');
  });
});

describe('撤回 and 回头看', () => {
  it('the applicant withdraws: back to 整改中, recorded with the reason', () => {
    const step = allowed(withdrawSignoff(applied(), '材料有误', by(wang)));
    expect(step.changes).toMatchObject({ status: 'in_progress', signoff: 'none' });
    expect(step.events[0]).toEqual({ kind: 'signoff_recalled', before: { signoff: 'pending' }, after: { signoff: 'none', reason: '材料有误' } });
    expect(withdrawSignoff(applied(), '', by(li))).toMatchObject({ allowed: false, status: 403 });
  });

  it('回头看 starts the next round with a new deadline', () => {
    const signedOff: StepItem = { ...applied(), signoff: 'approved', signoffStage: null, closedAt: '2026-11-01T00:00:00.000Z' };
    expect(reopen(signedOff, { reason: '反弹', deadline: '2026-11-01' }, by(sun))).toMatchObject({ allowed: false, status: 422 });
    const step = allowed(reopen(signedOff, { reason: '反弹', deadline: '2027-01-31' }, by(sun)));
    expect(step.changes).toMatchObject({ status: 'in_progress', signoff: 'none', round: 2, deadline: '2027-01-31', reopenReason: '反弹', closedAt: null });
    expect(step.events[0]).toMatchObject({ kind: 'reopened', after: { round: 2, reason: '反弹', deadline: '2027-01-31' } });
  });
});

describe('延期 and 更正时限', () => {
  const asked = (): StepItem => ({
    ...inProgress,
    ...(allowed(requestExtension(inProgress, { deadline: '2027-02-28', reason: '需招标' }, by(wang))).changes as Partial<StepItem>),
  });

  it('a request waits for a leader; approval moves the deadline and keeps the first on record', () => {
    expect(asked().extension).toMatchObject({ deadline: '2027-02-28', requestedById: 'u-wang', requestedAt: now.toISOString() });
    const step = allowed(decideExtension(asked(), { decision: 'approve', opinion: '' }, by(li)));
    expect(step.changes).toEqual({ deadline: '2027-02-28', originalDeadline: '2026-12-31', deadlineChanges: 1, extension: null });
    expect(step.events[0]).toMatchObject({ kind: 'delay_approved', after: { deadline: '2027-02-28', deadlineChanges: 1, reason: '需招标' } });
  });

  it('a rejection or a withdrawal leaves the deadline', () => {
    expect(allowed(decideExtension(asked(), { decision: 'reject', opinion: '不同意' }, by(li))).changes).toEqual({ extension: null });
    expect(decideExtension(asked(), { decision: 'approve', opinion: '' }, by(wang))).toMatchObject({ allowed: false, status: 403 });
    expect(allowed(withdrawExtension(asked(), '', by(wang))).events[0]).toEqual({
      kind: 'delay_withdrawn',
      before: { deadline: '2026-12-31' },
      after: { requested: '2027-02-28', reason: null },
    });
  });

  it('a leader corrects a deadline set in the last days; a department may not', () => {
    const step = allowed(correctDeadline(inProgress, { deadline: '2027-01-15', reason: '笔误' }, '2026-11-28', by(li)));
    expect(step.changes).toEqual({ deadline: '2027-01-15' });
    expect(step.events[0].kind).toBe('deadline_corrected');
    expect(correctDeadline(inProgress, { deadline: '2027-01-15', reason: '笔误' }, '2026-11-28', by(wang))).toMatchObject({ allowed: false, status: 403 });
  });
});
