import { describe, expect, it } from '@jest/globals';
import { onTimeRateOf, overdueHistoryOf, overdueSummary, type OverdueHistoryEvent, type OverdueHistoryItem } from '../src/index.js';

/** Noon in China on that day. */
const at = (day: string) => `${day}T04:00:00.000Z`;
const ev = (
  kind: OverdueHistoryEvent['kind'],
  day: string,
  before: Record<string, unknown> | null = null,
  after: Record<string, unknown> | null = null,
): OverdueHistoryEvent => ({ kind, at: at(day), before, after });
const open: OverdueHistoryItem = {
  status: 'in_progress',
  signoff: 'none',
  rectifyType: 'time_limited',
  deadline: '2026-12-31',
  closedAt: null,
  closedVia: null,
};
const closed = (deadline: string, closedOn: string): OverdueHistoryItem => ({
  status: 'closed',
  signoff: 'approved',
  rectifyType: 'time_limited',
  deadline,
  closedAt: at(closedOn),
  closedVia: null,
});
const TODAY = '2026-11-30';

describe('曾逾期: overdueHistoryOf', () => {
  it('a 延期 approved after the deadline is 逾期后延期, late by the days between; the item is green again but remembered', () => {
    const history = overdueHistoryOf(
      open,
      [
        ev('created', '2026-09-01', null, { deadline: '2026-11-20' }),
        ev('delay_approved', '2026-11-25', { deadline: '2026-11-20' }, { deadline: '2026-12-31' }),
      ],
      TODAY,
    );
    expect(history).toEqual({
      episodes: [{ kind: 'extended_late', round: 1, deadline: '2026-11-20', on: '2026-11-25', daysLate: 5, newDeadline: '2026-12-31' }],
      overdueNow: null,
      everOverdue: true,
      maxDaysLate: 5,
      closedOnTime: null,
    });
    expect(overdueSummary(history)).toBe('逾期后延期（原时限2026年11月20日，逾期5天，延至2026年12月31日）');
  });

  it('a 延期 approved in time, then 销号 applied by the new deadline: on time', () => {
    const history = overdueHistoryOf(
      closed('2026-11-25', '2026-11-28'),
      [
        ev('delay_approved', '2026-11-10', { deadline: '2026-11-15' }, { deadline: '2026-11-25' }),
        ev('signoff_applied', '2026-11-24'),
        ev('signoff_approved', '2026-11-28'),
      ],
      TODAY,
    );
    expect(history).toMatchObject({ episodes: [], everOverdue: false, closedOnTime: true });
    expect(overdueSummary(history)).toBe('按期销号');
  });

  it('销号 applied after the deadline is 逾期销号; a rejected early application does not count, the approved one does', () => {
    const events = [
      ev('signoff_applied', '2026-11-10'),
      ev('signoff_rejected', '2026-11-12'),
      ev('signoff_applied', '2026-11-23'),
      ev('signoff_approved', '2026-11-24'),
    ];
    const history = overdueHistoryOf(closed('2026-11-20', '2026-11-24'), events, TODAY);
    expect(history.episodes).toEqual([{ kind: 'closed_late', round: 1, deadline: '2026-11-20', on: '2026-11-23', daysLate: 3 }]);
    expect(history.closedOnTime).toBe(false);
    expect(overdueSummary(history)).toBe('逾期销号（原时限2026年11月20日，逾期3天）');
  });

  it('the deadline in force at the application is the one before a later change (walked back from today’s)', () => {
    // Applied 11-18 against 11-20 (in time), approved; reopened (回头看) with a new deadline 12-20.
    const item: OverdueHistoryItem = { ...open, deadline: '2026-12-20' };
    const events = [
      ev('signoff_applied', '2026-11-18'),
      ev('signoff_approved', '2026-11-22'),
      ev('reopened', '2026-11-26', { round: 1, deadline: '2026-11-20' }, { round: 2, deadline: '2026-12-20' }),
    ];
    expect(overdueHistoryOf(item, events, TODAY)).toMatchObject({ episodes: [], everOverdue: false });
  });

  it('open and past its deadline: overdue now; 长期坚持 has no episodes', () => {
    const late = overdueHistoryOf({ ...open, deadline: '2026-11-20' }, [], TODAY);
    expect(late).toMatchObject({ overdueNow: 10, everOverdue: true, maxDaysLate: 10 });
    expect(overdueSummary(late)).toBe('逾期10天（未完成）');
    expect(overdueSummary(overdueHistoryOf(open, [], TODAY))).toBe('未逾期');
    const longTerm = overdueHistoryOf(
      { ...open, rectifyType: 'long_term', deadline: '2026-01-01' },
      [ev('delay_approved', '2026-11-25', { deadline: '2026-01-01' }, { deadline: '2026-12-31' })],
      TODAY,
    );
    expect(longTerm).toMatchObject({ episodes: [], overdueNow: null, everOverdue: false });
  });

  it('已销号 by a 台账 import is judged by its 销号日期', () => {
    const paper = { ...closed('2026-03-01', '2026-03-14'), closedVia: 'ledger' as const };
    expect(overdueHistoryOf(paper, [], TODAY).episodes).toEqual([{ kind: 'closed_late', round: 1, deadline: '2026-03-01', on: '2026-03-14', daysLate: 13 }]);
  });

  it('按期完成率: closed without ever being late, over all closed', () => {
    const onTime = overdueHistoryOf(closed('2026-11-25', '2026-11-20'), [ev('signoff_applied', '2026-11-19'), ev('signoff_approved', '2026-11-20')], TODAY);
    const lateExtended = overdueHistoryOf(
      closed('2026-11-28', '2026-11-27'),
      [
        ev('delay_approved', '2026-11-22', { deadline: '2026-11-20' }, { deadline: '2026-11-28' }),
        ev('signoff_applied', '2026-11-26'),
        ev('signoff_approved', '2026-11-27'),
      ],
      TODAY,
    );
    const stillOpen = overdueHistoryOf(open, [], TODAY);
    expect(onTimeRateOf([onTime, lateExtended, stillOpen])).toEqual({ closed: 2, closedOnTime: 1, onTimeRate: 50 });
    expect(onTimeRateOf([stillOpen]).onTimeRate).toBeNull();
  });
});
