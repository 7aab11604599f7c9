import { describe, expect, it } from '@jest/globals';
import { NEW_ITEM_LIFECYCLE, workFor, type RectifyItem } from '../src/index.js';

const POLICY = 'dept-policy';
const FINANCE = 'dept-finance';
const staff = { id: 'u-wang', role: 'department' as const, departmentId: POLICY };
const coStaff = { id: 'u-qian', role: 'department' as const, departmentId: FINANCE };
const leader = { id: 'u-li', role: 'leader' as const, departmentId: null };
const inspector = { id: 'u-sun', role: 'inspector' as const, departmentId: null };
const admin = { id: 'u-admin', role: 'admin' as const, departmentId: null };

type Item = Pick<RectifyItem, 'status' | 'rectifyType' | 'deadline' | 'nextReviewDate' | 'departmentId' | 'coDepartmentIds'> & typeof NEW_ITEM_LIFECYCLE;
/** 政策法规处 leads, 财务审计处 co-operates. */
const running: Item = {
  ...NEW_ITEM_LIFECYCLE,
  status: 'in_progress',
  rectifyType: 'time_limited',
  deadline: '2026-12-31',
  nextReviewDate: null,
  departmentId: POLICY,
  coDepartmentIds: [FINANCE],
};
const pending: Item = {
  ...running,
  status: 'closed',
  signoff: 'pending',
  signoffStage: 'leader',
  signoffApplicantId: staff.id,
  signoffApplicantName: '王蕾',
  signoffDepartmentId: POLICY,
  evidenceCount: 1,
};
const asked: Item = {
  ...running,
  extension: { deadline: '2027-01-31', reason: '等待上级文件', requestedById: staff.id, requestedByName: '王蕾', requestedAt: '2026-11-20T02:00:00Z' },
};
const sentBack: Item = { ...running, reviewRequirement: '请补充会议记录' };

describe('待办: whose turn an item is', () => {
  it('a pending application is the reviewer’s of its stage, never the applicant’s', () => {
    expect(workFor(leader, pending)).toEqual(['signoff_review']);
    expect(workFor(inspector, pending)).toEqual([]);
    expect(workFor(inspector, { ...pending, signoffStage: 'inspector' })).toEqual(['signoff_review']);
    expect(workFor(leader, { ...pending, signoffApplicantId: leader.id })).toEqual([]);
    expect(workFor(staff, pending)).toEqual([]);
  });

  it('a 延期 request is a leader’s to decide, unless that leader asked for it', () => {
    expect(workFor(leader, asked)).toEqual(['extension_decision']);
    expect(workFor(leader, { ...asked, extension: { ...asked.extension!, requestedById: leader.id } })).toEqual([]);
    expect(workFor(inspector, asked)).toEqual([]);
  });

  it('rework after a rejection is the departments’ on the item (lead or co-operating), not a leader’s or an admin’s', () => {
    expect(workFor(staff, sentBack)).toEqual(['rework']);
    expect(workFor(coStaff, sentBack)).toEqual(['rework']);
    expect(workFor({ ...coStaff, departmentId: 'dept-office' }, sentBack)).toEqual([]);
    expect(workFor(leader, sentBack)).toEqual([]);
    expect(workFor(admin, { ...pending, signoffApplicantId: 'x' })).toEqual([]);
    // Reapplied: the requirement is cleared and the item is the reviewers' again.
    expect(workFor(staff, { ...sentBack, status: 'closed', signoff: 'pending' })).toEqual([]);
  });
});
