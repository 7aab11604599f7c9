import { describe, expect, it } from '@jest/globals';
import { episodeLabel, onTimeLine, overdueTabOf } from '../src/features/overdue/lib/past-overdue';

describe('曾逾期 wording', () => {
  it('names each episode with its days late, and the round after 回头看', () => {
    expect(episodeLabel({ kind: 'extended_late', round: 1, deadline: '2026-11-20', on: '2026-11-30', daysLate: 10, newDeadline: '2026-12-20' })).toBe(
      '逾期后延期 · 逾期10天',
    );
    expect(episodeLabel({ kind: 'closed_late', round: 2, deadline: '2026-11-20', on: '2026-11-23', daysLate: 3 })).toBe('第2轮 逾期销号 · 逾期3天');
  });

  it('writes 按期完成率 out, or says nothing is closed yet', () => {
    expect(onTimeLine({ closed: 2, closedOnTime: 1, onTimeRate: 50 })).toBe('按期完成率 50%（按期销号 1 条 / 已销号 2 条）');
    expect(onTimeLine({ closed: 0, closedOnTime: 0, onTimeRate: null })).toBe('按期完成率：暂无已销号事项');
  });

  it('opens the 曾逾期 view from ?view=past, the red list otherwise', () => {
    expect([overdueTabOf('past'), overdueTabOf(null), overdueTabOf('x')]).toEqual(['past', 'current', 'current']);
  });
});
