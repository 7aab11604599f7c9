import {
  compareDays,
  composeProgressNotice,
  evaluatePeriod,
  isCalendarDate,
  itemAsOf,
  officeDayEnd,
  periodEndOf,
  replayRange,
  replayUntil,
  type ReplayEvent,
} from '../src/history/index.js';
import { computeWarning } from '../src/warning/warning.js';

let seq = 0;
const ev = (
  kind: ReplayEvent['kind'],
  at: string,
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
  actorId = 'u1',
): ReplayEvent => ({
  seq: ++seq,
  itemId: 'i1',
  at,
  actor: '张三',
  actorId,
  kind,
  before,
  after,
});

const fields = {
  title: '学习不深入',
  description: 'd',
  source: '巡察反馈',
  batch: '市委第三巡察组反馈意见',
  scope: 'team',
  person: null,
  category: '思想建设',
  rectifyType: null,
  measures: [],
  leader: null,
  departmentId: null,
  coDepartmentIds: [],
  owner: null,
  deadline: null,
  stageGoal: null,
  nextReviewDate: null,
  completion: null,
  causeAnalysis: null,
  causeTags: [],
  remarks: null,
};

// Times in UTC; the office day is Asia/Shanghai (+8): 2026-09-01T17:00Z is already 2026-09-02 there.
const history: ReplayEvent[] = [
  ev('created', '2026-09-01T02:00:00.000Z', null, { ...fields, code: '2026-XC-001', status: 'found' }),
  ev(
    'updated',
    '2026-09-01T17:00:00.000Z',
    { leader: null, departmentId: null, measures: [] },
    { leader: '李四', departmentId: 'd1', measures: [{ content: 'm', done: false }] },
  ),
  ev('moved', '2026-09-01T17:00:00.000Z', { status: 'found' }, { status: 'measures' }),
  ev('updated', '2026-09-03T01:00:00.000Z', { rectifyType: null, deadline: null }, { rectifyType: 'time_limited', deadline: '2026-09-10' }),
  ev('moved', '2026-09-03T01:00:00.000Z', { status: 'measures' }, { status: 'deadline' }),
  ev('moved', '2026-09-04T01:00:00.000Z', { status: 'deadline' }, { status: 'in_progress' }),
  ev('delay_requested', '2026-09-09T01:00:00.000Z', { deadline: '2026-09-10' }, { deadline: '2026-09-20', reason: '需协调' }),
  ev(
    'delay_approved',
    '2026-09-10T01:00:00.000Z',
    { deadline: '2026-09-10' },
    { deadline: '2026-09-20', deadlineChanges: 1, reason: '需协调', opinion: null },
    'u2',
  ),
  ev('evidence_added', '2026-09-21T01:00:00.000Z', null, { evidenceId: 'e1', round: 1 }),
  ev('moved', '2026-09-22T01:00:00.000Z', { status: 'in_progress' }, { status: 'closed' }),
  ev('signoff_applied', '2026-09-22T01:00:00.000Z', null, { completion: '已完成', evidenceCount: 1, round: 1 }),
  ev('signoff_approved', '2026-09-23T01:00:00.000Z', { signoff: 'pending' }, { signoff: 'approved', opinion: null }, 'u2'),
  ev('moved', '2026-10-10T01:00:00.000Z', { status: 'closed' }, { status: 'in_progress' }, 'u3'),
  ev('reopened', '2026-10-10T01:00:00.000Z', { round: 1 }, { round: 2, reason: '反弹回潮', deadline: '2026-10-30' }, 'u3'),
];

describe('itemAsOf: the item at the end of an office day', () => {
  it('is undefined before it was registered, and found on the day it was', () => {
    expect(itemAsOf(history, '2026-08-31')).toBeUndefined();
    const item = itemAsOf(history, '2026-09-01')!;
    expect(item).toMatchObject({ code: '2026-XC-001', status: 'found', version: 1, round: 1, signoff: 'none' });
  });

  it('counts the day in China time: 17:00 UTC belongs to the next office day', () => {
    expect(itemAsOf(history, '2026-09-02')).toMatchObject({ status: 'measures', leader: '李四', departmentId: 'd1', version: 2 });
    expect(officeDayEnd('2026-09-01')).toBe(Date.parse('2026-09-01T16:00:00.000Z'));
  });

  it('replays the deadline, 延期 request and approval with the original deadline kept', () => {
    expect(itemAsOf(history, '2026-09-09')).toMatchObject({
      deadline: '2026-09-10',
      extension: { deadline: '2026-09-20', requestedByName: '张三' },
      deadlineChanges: 0,
    });
    const extended = itemAsOf(history, '2026-09-10')!;
    expect(extended).toMatchObject({ deadline: '2026-09-20', originalDeadline: '2026-09-10', deadlineChanges: 1, extension: null });
    expect(computeWarning(extended, '2026-09-10').label).toBe('剩10天');
    expect(computeWarning(itemAsOf(history, '2026-09-21')!, '2026-09-21')).toMatchObject({ level: 'red', label: '逾期1天' });
  });

  it('replays 申请销号, 已销号 and 回头看 into round 2', () => {
    expect(itemAsOf(history, '2026-09-22')).toMatchObject({
      status: 'closed',
      signoff: 'pending',
      signoffStage: 'leader',
      completion: '已完成',
      evidenceCount: 1,
    });
    const closed = itemAsOf(history, '2026-09-30')!;
    expect(closed).toMatchObject({ status: 'closed', signoff: 'approved', closedAt: '2026-09-23T01:00:00.000Z' });
    const reopened = itemAsOf(history, '2026-10-10')!;
    expect(reopened).toMatchObject({ status: 'in_progress', signoff: 'none', round: 2, reopenReason: '反弹回潮', deadline: '2026-10-30', closedAt: null });
  });

  it('continues a replay from a kept state to the same item as a replay from the start, leaving the kept state as it was', () => {
    const atMs = history.map((e) => Date.parse(e.at));
    for (let from = 0; from <= history.length; from++) {
      const kept = replayUntil(history.slice(0, from), Infinity);
      const copy = kept && structuredClone(kept);
      for (let to = from; to <= history.length; to++) {
        expect(replayRange(history, atMs, kept, from, to)).toEqual(replayUntil(history.slice(0, to), Infinity));
      }
      expect(kept).toEqual(copy);
    }
  });

  it('counts one version per save: an edit and the move it came with are one', () => {
    // created 1; edit+move 2; edit+move 3; move 4; 延期 request 5, approval 6; move+apply 7; approve 8; move+reopen 9.
    expect(itemAsOf(history, '2026-10-10')!.version).toBe(9);
  });
});

describe('compareDays and evaluatePeriod', () => {
  it('lists what changed between two days, with counts per department', () => {
    const at = (day: string) => new Map([['i1', itemAsOf(history, day)!]]);
    const result = compareDays(at('2026-09-03'), at('2026-09-30'), '2026-09-03', '2026-09-30');
    expect(result.changes).toHaveLength(1);
    expect(result.changes[0]).toMatchObject({ from: 'deadline', to: 'closed', changes: ['moved', 'extended', 'closed'] });
    expect(result.byDepartment).toEqual([{ departmentId: 'd1', counts: { added: 0, moved: 1, closed: 1, reopened: 0, extended: 1, turned_red: 0 } }]);
    const red = compareDays(at('2026-09-20'), at('2026-09-21'), '2026-09-20', '2026-09-21');
    expect(red.changes[0].changes).toEqual(['turned_red']);
    const reopened = compareDays(at('2026-09-30'), at('2026-10-10'), '2026-09-30', '2026-10-10');
    expect(reopened.changes[0].changes).toEqual(['moved', 'reopened']);
  });

  it('evaluates the period: signed off three days late counts as 已销号 and 逾期, not 按期', () => {
    const result = evaluatePeriod([itemAsOf(history, '2026-09-30')!], '2026-09-30');
    expect(result.counts).toEqual({ total: 1, signedOff: 1, onTime: 0, late: 1, open: 0 });
    expect(result.lateItems[0]).toMatchObject({ closedOn: '2026-09-23', daysLate: 3 });
    const open = evaluatePeriod([itemAsOf(history, '2026-09-21')!], '2026-09-21');
    expect(open.counts).toEqual({ total: 1, signedOff: 0, onTime: 0, late: 1, open: 1 });
  });

  it('ends the period two months after the feedback by default, and checks dates', () => {
    expect(periodEndOf('2026-07-31')).toBe('2026-09-30');
    expect(periodEndOf('2026-08-15', 3)).toBe('2026-11-15');
    expect(isCalendarDate('2026-02-30')).toBe(false);
    expect(isCalendarDate('2026-9-3')).toBe(false);
    expect(isCalendarDate('2026-09-30')).toBe(true);
  });
});

describe('composeProgressNotice', () => {
  it('states the counts, each department, the open and late items and the chain checkpoint', () => {
    const item = itemAsOf(history, '2026-09-21')!;
    const result = evaluatePeriod([item], '2026-09-21');
    const text = composeProgressNotice({
      scopeLabel: '市委第三巡察组反馈意见所列问题',
      asOf: '2026-09-21',
      counts: result.counts,
      byDepartment: result.byDepartment.map((row) => ({ ...row, departmentName: '政策法规处' })),
      openItems: result.openItems.map((row) => ({ ...row, departmentName: '政策法规处' })),
      lateItems: result.lateItems.map((row) => ({ ...row, departmentName: '政策法规处' })),
      checkpoint: { ok: true, checked: 42, lastSeq: 42, lastHash: 'ab'.repeat(32) },
      period: { feedbackDate: '2026-07-21', months: 2 },
    });
    const lines = text.split('\n');
    expect(lines[0]).toBe('关于整改进展情况的通报');
    expect(lines).toContain('现将截至2026年9月21日市委第三巡察组反馈意见所列问题（2026年7月21日反馈，整改期限2个月）的整改进展情况通报如下。');
    expect(lines).toContain('截至2026年9月21日，共有整改问题1条，已整改销号0条（其中按期销号0条），整改完成率0%；尚未销号1条，其中已超过整改时限1条。');
    expect(lines).toContain('（一）政策法规处。共1条，已销号0条（按期0条），未销号1条，逾期1条，完成率0%。');
    expect(lines.filter((l) => l.startsWith('1. 2026-XC-001 学习不深入（政策法规处，整改时限2026年9月20日，已逾期1天）。'))).toHaveLength(2);
    expect(lines.at(-1)).toBe(`本通报数据依据整改看板历史记录截至2026年9月21日的状态生成，所据记录链共42条记录，校验完整，末条记录哈希${'ab'.repeat(8)}。`);
  });
});
