import { describe, expect, it } from '@jest/globals';
import { computeWarning, dueDateRangeOf, levelForDaysLeft, officeToday, WARNING_LEVELS } from '../src/index.js';

const open = { status: 'in_progress' as const, rectifyType: 'time_limited' as const, nextReviewDate: null };

describe('warning level in China time', () => {
  it('uses the Shanghai calendar day: 15:59 UTC is still the 22nd, 16:00 UTC is already the 23rd', () => {
    const lastMinuteOf22nd = new Date('2026-11-22T15:59:59Z'); // 23:59:59 in Shanghai
    const firstMinuteOf23rd = new Date('2026-11-22T16:00:00Z'); // 00:00:00 on the 23rd in Shanghai
    expect(officeToday(lastMinuteOf22nd)).toBe('2026-11-22');
    expect(officeToday(firstMinuteOf23rd)).toBe('2026-11-23');

    const dueOn22nd = { ...open, deadline: '2026-11-22' };
    expect(computeWarning(dueOn22nd, lastMinuteOf22nd)).toEqual({ level: 'yellow', dueDate: '2026-11-22', daysLeft: 0, label: '今日到期' });
    expect(computeWarning(dueOn22nd, firstMinuteOf23rd)).toEqual({ level: 'red', dueDate: '2026-11-22', daysLeft: -1, label: '逾期1天' });
  });

  it('does not depend on the server time zone', () => {
    // Whatever TZ the process runs in, officeToday reads the instant in Asia/Shanghai.
    const instant = new Date('2026-03-01T17:30:00Z');
    expect(officeToday(instant)).toBe('2026-03-02');
  });

  it('yellow within 7 days (inclusive), green beyond, red once past', () => {
    const now = new Date('2026-11-23T02:00:00Z');
    expect(computeWarning({ ...open, deadline: '2026-11-30' }, now)).toMatchObject({ level: 'yellow', daysLeft: 7, label: '剩7天' });
    expect(computeWarning({ ...open, deadline: '2026-12-01' }, now)).toMatchObject({ level: 'green', daysLeft: 8, label: '剩8天' });
    expect(computeWarning({ ...open, deadline: '2026-10-24' }, now)).toMatchObject({ level: 'red', daysLeft: -30, label: '逾期30天' });
  });

  it('honours a configured yellow threshold', () => {
    expect(levelForDaysLeft(3, { yellowWithinDays: 3 })).toBe('yellow');
    expect(levelForDaysLeft(4, { yellowWithinDays: 3 })).toBe('green');
  });

  it('closed items never count as overdue; undated items have no light', () => {
    const now = new Date('2026-11-23T02:00:00Z');
    expect(computeWarning({ ...open, status: 'closed', deadline: '2026-01-01' }, now)).toMatchObject({ level: 'none', label: '已销号' });
    expect(computeWarning({ ...open, deadline: null }, now)).toMatchObject({ level: 'none', label: '未定时限' });
  });

  it('长期坚持 uses the review date, not the deadline', () => {
    const now = new Date('2026-11-23T02:00:00Z');
    const item = { status: 'in_progress' as const, rectifyType: 'long_term' as const, deadline: '2026-01-01', nextReviewDate: '2026-11-25' };
    expect(computeWarning(item, now)).toMatchObject({ level: 'yellow', dueDate: '2026-11-25', daysLeft: 2 });
  });

  it('the database range of each level agrees with the card for every day around today', () => {
    const now = new Date('2026-11-22T16:30:00Z'); // just after midnight on the 23rd in Shanghai
    for (let offset = -40; offset <= 40; offset++) {
      const due = new Date(Date.UTC(2026, 10, 23 + offset)).toISOString().slice(0, 10);
      const cardLevel = computeWarning({ ...open, deadline: due }, now).level;
      const matching = WARNING_LEVELS.filter((level) => {
        if (level === 'none') return false;
        const range = dueDateRangeOf(level, now);
        return (range.from === null || due >= range.from) && (range.to === null || due <= range.to);
      });
      expect(matching).toEqual([cardLevel]);
    }
  });
});

describe('lighting many items with a precomputed office date', () => {
  it('gives the same light as passing the instant', () => {
    const now = new Date('2026-11-22T16:30:00Z');
    const item = { ...open, deadline: '2026-11-20' };
    expect(computeWarning(item, officeToday(now))).toEqual(computeWarning(item, now));
  });
});
