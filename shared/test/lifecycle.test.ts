import { describe, expect, it } from '@jest/globals';
import {
  approvalOutcome,
  checkDeadlineCorrection,
  checkDeadlineEdit,
  checkNewDates,
  checkExtensionDecision,
  checkExtensionRequest,
  checkExtensionWithdrawal,
  checkReopen,
  checkSignoffReview,
  checkSignoffWithdrawal,
  checkStageApproval,
  extensionApproved,
  lifecycleTags,
  NEW_ITEM_LIFECYCLE,
  type RectifyItem,
} from '../src/index.js';

const POLICY = 'dept-policy';
const applicant = { id: 'u-wang', role: 'department' as const, departmentId: POLICY };
const leader = { id: 'u-li', role: 'leader' as const, departmentId: null };
const inspector = { id: 'u-sun', role: 'inspector' as const, departmentId: null };

type Item = Pick<RectifyItem, 'status' | 'rectifyType' | 'deadline' | 'nextReviewDate'> & typeof NEW_ITEM_LIFECYCLE;
const inProgress: Item = { ...NEW_ITEM_LIFECYCLE, status: 'in_progress', rectifyType: 'time_limited', deadline: '2026-12-31', nextReviewDate: null };
/** Applied for 销号 by 王蕾 of 政策法规处, waiting for a leader. */
const pending: Item = {
  ...inProgress,
  status: 'closed',
  signoff: 'pending',
  signoffStage: 'leader',
  signoffApplicantId: applicant.id,
  signoffApplicantName: '王蕾',
  signoffDepartmentId: POLICY,
  evidenceCount: 1,
};

describe('销号 review', () => {
  it('a leader from elsewhere reviews a pending application', () => {
    expect(checkSignoffReview(leader, pending)).toEqual({ allowed: true });
  });

  it('nobody reviews their own application or one from their own department', () => {
    const appliedByLeader = { ...pending, signoffApplicantId: leader.id, signoffDepartmentId: null };
    expect(checkSignoffReview(leader, appliedByLeader)).toEqual({ allowed: false, status: 403, reason: '不能审核本人提交的销号申请' });
    const leaderOfPolicy = { ...leader, id: 'u-zhao', departmentId: POLICY };
    expect(checkSignoffReview(leaderOfPolicy, pending)).toEqual({ allowed: false, status: 403, reason: '不能审核本部门提交的销号申请' });
  });

  it('each stage has its role: an inspector waits for the leader, then confirms', () => {
    expect(checkSignoffReview(inspector, pending)).toMatchObject({ allowed: false, status: 403, reason: '该申请正等待领导审核' });
    const atInspector = { ...pending, signoffStage: 'inspector' as const };
    expect(checkSignoffReview(inspector, atInspector)).toEqual({ allowed: true });
    expect(checkSignoffReview(leader, atInspector)).toMatchObject({ allowed: false, reason: '该申请已由领导审核通过，正等待纪检复核' });
  });

  it('there must be a pending application', () => {
    expect(checkSignoffReview(leader, inProgress)).toMatchObject({ allowed: false, status: 422, reason: '该事项没有待审核的销号申请' });
    expect(checkSignoffReview(leader, { ...pending, signoff: 'approved', signoffStage: null })).toMatchObject({
      allowed: false,
      reason: '该事项已销号，无需再审核',
    });
  });

  it('one level closes the item; with two levels the leader passes it to the inspector', () => {
    expect(approvalOutcome(pending, { signoffTwoLevel: false })).toEqual({ kind: 'signed_off' });
    expect(approvalOutcome(pending, { signoffTwoLevel: true })).toEqual({ kind: 'next_stage', signoffStage: 'inspector' });
    expect(approvalOutcome({ ...pending, signoffStage: 'inspector' }, { signoffTwoLevel: true })).toEqual({ kind: 'signed_off' });
  });

  it('长期坚持 is never closed for good: the last level accepts the stage and needs the next review date', () => {
    const longTerm = { ...pending, rectifyType: 'long_term' as const, deadline: null, nextReviewDate: '2026-11-30' };
    const outcome = approvalOutcome(longTerm, { signoffTwoLevel: false });
    expect(outcome).toEqual({ kind: 'stage_passed' });
    expect(checkStageApproval(longTerm, outcome, {}, '2026-11-27')).toMatchObject({ allowed: false, reason: '长期坚持事项通过阶段验收时须确定下次复核日期' });
    expect(checkStageApproval(longTerm, outcome, { nextReviewDate: '2026-11-27' }, '2026-11-27')).toMatchObject({
      allowed: false,
      reason: '下次复核日期应晚于今天',
    });
    expect(checkStageApproval(longTerm, outcome, { nextReviewDate: '2027-03-31' }, '2026-11-27')).toEqual({ allowed: true });
    expect(checkStageApproval(pending, { kind: 'signed_off' }, {}, '2026-11-27')).toEqual({ allowed: true });
  });
});

describe('撤回销号申请', () => {
  it('the applicant or a colleague of the applying department takes it back before review', () => {
    expect(checkSignoffWithdrawal(applicant, pending)).toEqual({ allowed: true });
    expect(checkSignoffWithdrawal({ id: 'u-zhao', role: 'department', departmentId: POLICY }, pending)).toEqual({ allowed: true });
    const appliedByLeader = { ...pending, signoffApplicantId: leader.id, signoffDepartmentId: null };
    expect(checkSignoffWithdrawal(leader, appliedByLeader)).toEqual({ allowed: true });
  });

  it('nobody else may, and not once the leader has passed it on or it is signed off', () => {
    expect(checkSignoffWithdrawal(leader, pending)).toEqual({ allowed: false, status: 403, reason: '只有申请人或申请部门可以撤回销号申请' });
    expect(checkSignoffWithdrawal({ id: 'u-qian', role: 'department', departmentId: 'dept-finance' }, pending)).toMatchObject({ allowed: false, status: 403 });
    expect(checkSignoffWithdrawal(applicant, { ...pending, signoffStage: 'inspector' })).toEqual({
      allowed: false,
      status: 422,
      reason: '领导已审核通过，申请正等待纪检复核，不能再撤回',
    });
    expect(checkSignoffWithdrawal(applicant, { ...pending, signoff: 'approved', signoffStage: null })).toMatchObject({
      allowed: false,
      reason: '该事项已销号，不能撤回',
    });
    expect(checkSignoffWithdrawal(applicant, inProgress)).toMatchObject({ allowed: false, reason: '该事项没有待审核的销号申请' });
  });
});

describe('回头看', () => {
  it('reopens only what is signed off', () => {
    expect(checkReopen({ status: 'closed', signoff: 'approved' })).toEqual({ allowed: true });
    expect(checkReopen({ status: 'closed', signoff: 'pending' })).toMatchObject({ allowed: false, status: 422 });
    expect(checkReopen({ status: 'in_progress', signoff: 'none' })).toMatchObject({
      allowed: false,
      reason: '只有已销号的事项才能“回头看”重新整改，该事项尚未销号',
    });
  });
});

describe('延期', () => {
  it('asks for a later date on a running deadline, one request at a time', () => {
    expect(checkExtensionRequest(inProgress, '2027-01-31')).toEqual({ allowed: true });
    expect(checkExtensionRequest(inProgress, '2026-12-31')).toMatchObject({ allowed: false, reason: '申请的新时限须晚于现在的整改时限（2026-12-31）' });
    expect(checkExtensionRequest({ ...inProgress, status: 'measures' }, '2027-01-31')).toMatchObject({ allowed: false, status: 422 });
    expect(checkExtensionRequest(pending, '2027-01-31')).toMatchObject({ allowed: false });
    expect(checkExtensionRequest({ ...inProgress, rectifyType: 'long_term' }, '2027-01-31')).toMatchObject({ allowed: false });
    const asked = {
      ...inProgress,
      extension: {
        deadline: '2027-01-31',
        reason: '需等待上级文件',
        requestedById: applicant.id,
        requestedByName: '王蕾',
        requestedAt: '2026-11-20T02:00:00Z',
      },
    };
    expect(checkExtensionRequest(asked, '2027-02-28')).toMatchObject({ allowed: false, reason: '已有一项延期申请正在等待领导审批' });
  });

  it('is decided by someone other than who asked; approval keeps the first deadline and counts the moves', () => {
    const asked = {
      ...inProgress,
      extension: { deadline: '2027-01-31', reason: '需等待上级文件', requestedById: leader.id, requestedByName: '李卫东', requestedAt: '2026-11-20T02:00:00Z' },
    };
    expect(checkExtensionDecision(leader, asked)).toMatchObject({ allowed: false, status: 403, reason: '不能审批本人提出的延期申请' });
    expect(checkExtensionDecision({ ...leader, id: 'u-other' }, asked)).toEqual({ allowed: true });
    expect(checkExtensionDecision(leader, inProgress)).toMatchObject({ allowed: false, reason: '该事项没有待审批的延期申请' });
    const once = extensionApproved(asked);
    expect(once).toEqual({ deadline: '2027-01-31', originalDeadline: '2026-12-31', deadlineChanges: 1, extension: null });
    const twice = extensionApproved({ ...asked, ...once, extension: { ...asked.extension, deadline: '2027-03-31' } });
    expect(twice).toEqual({ deadline: '2027-03-31', originalDeadline: '2026-12-31', deadlineChanges: 2, extension: null });
  });

  it('the requester or the lead department may take a pending request back; nobody else', () => {
    const asked = {
      ...inProgress,
      departmentId: POLICY,
      extension: {
        deadline: '2027-01-31',
        reason: '需等待上级文件',
        requestedById: applicant.id,
        requestedByName: '王蕾',
        requestedAt: '2026-11-20T02:00:00Z',
      },
    };
    expect(checkExtensionWithdrawal(applicant, asked)).toEqual({ allowed: true });
    expect(checkExtensionWithdrawal({ id: 'u-zhao', role: 'department', departmentId: POLICY }, asked)).toEqual({ allowed: true });
    expect(checkExtensionWithdrawal(leader, asked)).toEqual({ allowed: false, status: 403, reason: '只有申请人或责任部门可以撤回延期申请' });
    expect(checkExtensionWithdrawal(leader, { ...asked, extension: { ...asked.extension, requestedById: leader.id } })).toEqual({ allowed: true });
    expect(checkExtensionWithdrawal(applicant, { ...inProgress, departmentId: POLICY })).toMatchObject({
      allowed: false,
      status: 422,
      reason: '该事项没有待审批的延期申请',
    });
  });

  it('a set deadline is not edited directly once the card is in 明确时限 or later', () => {
    const limited = { rectifyType: 'time_limited' as const, deadline: '2026-12-31' };
    expect(checkDeadlineEdit('in_progress', limited, { ...limited, deadline: '2027-06-30' })).toMatchObject({ allowed: false, status: 422 });
    expect(checkDeadlineEdit('measures', limited, { ...limited, deadline: '2027-06-30' })).toEqual({ allowed: true });
    expect(checkDeadlineEdit('in_progress', limited, limited)).toEqual({ allowed: true });
  });

  it('switching 整改类型 or clearing the deadline is a deadline change too (no 延期 by the side door)', () => {
    const limited = { rectifyType: 'time_limited' as const, deadline: '2026-12-31' };
    const longTerm = { rectifyType: 'long_term' as const, deadline: null };
    expect(checkDeadlineEdit('in_progress', limited, longTerm)).toMatchObject({
      allowed: false,
      status: 422,
      reason: expect.stringContaining('不能直接改变整改类型'),
    });
    expect(checkDeadlineEdit('deadline', longTerm, { rectifyType: 'time_limited', deadline: '2027-06-30' })).toMatchObject({ allowed: false });
    expect(checkDeadlineEdit('in_progress', limited, { ...limited, deadline: null })).toMatchObject({ allowed: false });
    expect(checkDeadlineEdit('measures', limited, longTerm)).toEqual({ allowed: true });
  });

  it('a deadline or review date being set must not lie in the past (office day)', () => {
    const none = { deadline: null, nextReviewDate: null };
    expect(checkNewDates(none, { deadline: '2026-11-20', nextReviewDate: null }, '2026-11-30')).toEqual({
      allowed: false,
      status: 422,
      reason: '整改时限不能早于今天（2026年11月30日）',
      field: 'deadline',
    });
    expect(checkNewDates(none, { deadline: '2026-11-30', nextReviewDate: null }, '2026-11-30')).toEqual({ allowed: true });
    expect(checkNewDates(null, { deadline: null, nextReviewDate: '2026-01-01' }, '2026-11-30')).toMatchObject({
      allowed: false,
      reason: '下次复核日期不能早于今天（2026年11月30日）',
    });
    // An unchanged date that has since passed is not "being set": the card is simply overdue.
    expect(checkNewDates({ deadline: '2026-11-20', nextReviewDate: null }, { deadline: '2026-11-20', nextReviewDate: null }, '2026-11-30')).toEqual({
      allowed: true,
    });
  });

  it('更正时限: a leader corrects a deadline set within the last week; nobody else, and not later', () => {
    const today = '2026-11-30';
    expect(checkDeadlineCorrection(leader, inProgress, '2027-01-15', '2026-11-29', today)).toEqual({ allowed: true });
    expect(checkDeadlineCorrection(applicant, inProgress, '2027-01-15', '2026-11-29', today)).toMatchObject({ allowed: false, status: 403 });
    expect(checkDeadlineCorrection(leader, inProgress, '2027-01-15', '2026-11-20', today)).toMatchObject({
      allowed: false,
      status: 422,
      reason: expect.stringContaining('超过7天'),
    });
    expect(checkDeadlineCorrection(leader, inProgress, '2026-11-29', '2026-11-29', today)).toMatchObject({
      allowed: false,
      reason: '整改时限不能早于今天（2026年11月30日）',
    });
    expect(checkDeadlineCorrection(leader, inProgress, inProgress.deadline!, '2026-11-29', today)).toMatchObject({ allowed: false });
    expect(checkDeadlineCorrection(leader, { ...inProgress, status: 'measures' }, '2027-01-15', '2026-11-29', today)).toMatchObject({ allowed: false });
  });
});

describe('card tags', () => {
  it('show review state, round, deadline moves, a pending 延期 and open 督办', () => {
    expect(lifecycleTags(pending)).toEqual(['待审核']);
    expect(lifecycleTags({ ...pending, signoffStage: 'inspector' })).toEqual(['待纪检复核']);
    const busy = {
      ...inProgress,
      round: 2,
      deadlineChanges: 1,
      openSupervisionCount: 1,
      extension: { deadline: '2027-01-31', reason: '理由', requestedById: 'x', requestedByName: '王蕾', requestedAt: '' },
    };
    expect(lifecycleTags(busy)).toEqual(['第2轮', '延期1次', '延期待批', '督办']);
    expect(lifecycleTags({ ...inProgress, status: 'closed', signoff: 'approved' })).toEqual([]);
  });
});
