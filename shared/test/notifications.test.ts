import { describe, expect, it } from '@jest/globals';
import { NEW_ITEM_LIFECYCLE, noticeHandled, type NoticeItem } from '../src/index.js';

const POLICY = 'dept-policy';
const staff = { id: 'u-wang', role: 'department' as const, departmentId: POLICY };
const leader = { id: 'u-li', role: 'leader' as const, departmentId: null };
const inspector = { id: 'u-sun', role: 'inspector' as const, departmentId: null };
const TODAY = '2026-11-30';

const running: NoticeItem = {
  ...NEW_ITEM_LIFECYCLE,
  status: 'in_progress',
  rectifyType: 'time_limited',
  deadline: '2026-11-20',
  nextReviewDate: null,
  departmentId: POLICY,
  coDepartmentIds: [],
};
const asked: NoticeItem = {
  ...running,
  extension: { deadline: '2027-01-31', reason: '等待上级文件', requestedById: staff.id, requestedByName: '王蕾', requestedAt: '2026-11-20T02:00:00Z' },
};
const pending: NoticeItem = {
  ...running,
  status: 'closed',
  signoff: 'pending',
  signoffStage: 'leader',
  signoffApplicantId: staff.id,
  signoffApplicantName: '王蕾',
  signoffDepartmentId: POLICY,
  evidenceCount: 1,
};

describe('已处理: a notice whose task is done', () => {
  it('延期待审批: open while the request waits, handled once decided or withdrawn', () => {
    expect(noticeHandled({ kind: 'extension_decision' }, leader, asked, TODAY)).toBe(false);
    expect(noticeHandled({ kind: 'extension_decision' }, leader, { ...asked, extension: null }, TODAY)).toBe(true);
  });

  it('销号待审核: handled for the leaders once the application moved on to 纪检, open for 纪检', () => {
    expect(noticeHandled({ kind: 'signoff_review' }, leader, pending, TODAY)).toBe(false);
    const atInspector = { ...pending, signoffStage: 'inspector' as const };
    expect(noticeHandled({ kind: 'signoff_review' }, leader, atInspector, TODAY)).toBe(true);
    expect(noticeHandled({ kind: 'signoff_review' }, inspector, atInspector, TODAY)).toBe(false);
    expect(noticeHandled({ kind: 'signoff_review' }, inspector, { ...atInspector, signoff: 'approved', signoffStage: null }, TODAY)).toBe(true);
  });

  it('红灯 stays until the item is no longer overdue (an approved 延期, or 销号); 黄灯 until it is neither due soon nor overdue', () => {
    expect(noticeHandled({ kind: 'warning_red' }, staff, running, TODAY)).toBe(false);
    expect(noticeHandled({ kind: 'warning_red' }, staff, asked, TODAY)).toBe(false);
    expect(noticeHandled({ kind: 'warning_red' }, staff, { ...running, deadline: '2027-01-31' }, TODAY)).toBe(true);
    expect(noticeHandled({ kind: 'warning_red' }, staff, pending, TODAY)).toBe(true);
    expect(noticeHandled({ kind: 'warning_yellow' }, staff, { ...running, deadline: '2026-12-03' }, TODAY)).toBe(false);
    expect(noticeHandled({ kind: 'warning_yellow' }, staff, running, TODAY)).toBe(false);
    expect(noticeHandled({ kind: 'warning_yellow' }, staff, { ...running, deadline: '2027-01-31' }, TODAY)).toBe(true);
  });

  it('督办 notices: handled once no 督办单 awaits a reply; news (销号 decided, 交办) is never a task', () => {
    expect(noticeHandled({ kind: 'supervision_issued' }, staff, { ...running, openSupervisionCount: 1 }, TODAY)).toBe(false);
    expect(noticeHandled({ kind: 'supervision_issued' }, staff, { ...running, supervisionCount: 1 }, TODAY)).toBe(true);
    expect(noticeHandled({ kind: 'supervision_suggested' }, inspector, running, TODAY)).toBe(false);
    expect(noticeHandled({ kind: 'supervision_suggested' }, inspector, { ...running, openSupervisionCount: 1 }, TODAY)).toBe(true);
    for (const kind of ['signoff', 'extension', 'assigned', 'other'] as const)
      expect(noticeHandled({ kind }, staff, { ...running, deadline: '2027-01-31' }, TODAY)).toBe(false);
    expect(noticeHandled({ kind: 'warning_red' }, staff, null, TODAY)).toBe(false);
  });
});
