import { describe, expect, it } from '@jest/globals';
import type { UserView } from '@rectify/shared';
import { lifecycleActionsFor } from '../src/features/lifecycle/lib/lifecycle-actions';
import { validateSupplement } from '../src/features/board/lib/supplement';
import { movedMessage } from '../src/features/board/lib/move-messages';
import { DEPARTMENT_ID, makeItem } from './support/fixtures';

const user = (role: UserView['role'], id: string, departmentId: string | null = null) => ({ id, role, departmentId });
const leader = user('leader', 'u-leader');
const inspector = user('inspector', 'u-inspector');
const staff = user('department', 'u-staff', DEPARTMENT_ID);

const running = makeItem({
  status: 'in_progress',
  departmentId: DEPARTMENT_ID,
  measures: [{ content: '修订学习制度', done: true }],
  leader: '李卫东',
  rectifyType: 'time_limited',
  deadline: '2026-12-31',
  owner: '王蕾',
  completion: '已整改',
  causeAnalysis: '学习制度执行不严',
});
const pending = {
  ...running,
  status: 'closed' as const,
  signoff: 'pending' as const,
  signoffStage: 'leader' as const,
  signoffApplicantId: staff.id,
  signoffDepartmentId: DEPARTMENT_ID,
  evidenceCount: 1,
};
const keys = (u: ReturnType<typeof user>, item: typeof running) =>
  lifecycleActionsFor(u, item).map((a) => (a.disabledReason ? `${a.key}（${a.disabledReason}）` : a.key));

describe('the drawer offers the lifecycle steps the shared rules allow', () => {
  it('a pending application: the leader reviews; the applicant may take it back; 纪检 waits its turn', () => {
    expect(keys(leader, pending)).toEqual(['review']);
    expect(keys(staff, pending)).toEqual(['withdrawSignoff']);
    // Once the leader has passed it on, it is no longer the applicant's to take back.
    expect(keys(staff, { ...pending, signoffStage: 'inspector' })).toEqual([]);
    expect(keys(inspector, pending)).toEqual([]);
    expect(keys(leader, { ...pending, signoffApplicantId: leader.id })).toEqual(['review（不能审核本人提交的销号申请）', 'withdrawSignoff']);
    expect(lifecycleActionsFor(inspector, { ...pending, signoffStage: 'inspector' })).toEqual([{ key: 'review', label: '纪检复核' }]);
  });

  it('a signed-off item: leaders and 纪检 may reopen it (回头看), the department may not', () => {
    const closed = { ...pending, signoff: 'approved' as const, signoffStage: null };
    expect(keys(inspector, closed)).toEqual(['reopen']);
    expect(keys(leader, closed)).toEqual(['reopen']);
    expect(keys(staff, closed)).toEqual([]);
  });

  it('延期: the department asks while the deadline runs; a leader other than the asker decides', () => {
    expect(keys(staff, running)).toEqual(['requestExtension']);
    expect(keys(inspector, running)).toEqual([]);
    const asked = {
      ...running,
      extension: { deadline: '2027-01-31', reason: '等待上级文件', requestedById: staff.id, requestedByName: '王蕾', requestedAt: '2026-11-20T02:00:00Z' },
    };
    expect(keys(staff, asked)).toEqual(['withdrawExtension']);
    expect(keys(leader, asked)).toEqual(['decideExtension']);
    expect(keys(leader, { ...asked, extension: { ...asked.extension, requestedById: leader.id } })).toEqual([
      'withdrawExtension',
      'decideExtension（不能审批本人提出的延期申请）',
    ]);
    expect(keys(staff, { ...running, rectifyType: 'long_term' })).toEqual([]);
  });

  it('更正时限: offered to a leader while the deadline runs and no 延期 waits; never to a department', () => {
    expect(keys(leader, running)).toEqual(['requestExtension', 'correctDeadline']);
    expect(keys(staff, running)).not.toContain('correctDeadline');
    expect(keys(leader, { ...running, status: 'measures' })).toEqual([]);
  });
});

describe('申请销号 in the 补充信息 form', () => {
  it('asks for a file until one is uploaded, and sends no file data with the move', () => {
    const result = validateSupplement(running, 'closed', {});
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.fieldErrors).toEqual([{ name: ['evidenceCount'], errors: ['缺少佐证材料（申请销号须至少上传一份）'] }]);
    expect(validateSupplement(running, 'closed', { evidenceCount: 1 })).toEqual({ ok: true, changes: {} });
  });

  it('says an application is waiting for review rather than that the card moved', () => {
    expect(movedMessage({ ...pending, code: '2026-XC-003' }, 'closed')).toBe('2026-XC-003 已申请销号，待领导审核');
    expect(movedMessage({ ...running, code: '2026-XC-003' }, 'in_progress')).toBe('2026-XC-003 已移入「整改中」');
  });
});
