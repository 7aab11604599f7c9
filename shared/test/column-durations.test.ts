import { describe, expect, it } from '@jest/globals';
import { averageDaysInColumns, type StayEvent } from '../src/index.js';

const created = (itemId: string, at: string): StayEvent => ({ itemId, at, kind: 'created', before: null, after: { status: 'found' } });
const moved = (itemId: string, at: string, from: string, to: string): StayEvent => ({
  itemId,
  at,
  kind: 'moved',
  before: { status: from },
  after: { status: to },
});

describe('average days in each column', () => {
  it('averages finished stays only, per column, from the history', () => {
    const events = [
      created('a', '2026-11-01T00:00:00Z'),
      moved('a', '2026-11-03T00:00:00Z', 'found', 'measures'), // 2 days in 发现问题
      moved('a', '2026-11-13T00:00:00Z', 'measures', 'deadline'), // 10 days in 制定措施
      created('b', '2026-11-01T00:00:00Z'),
      moved('b', '2026-11-05T00:00:00Z', 'found', 'measures'), // 4 days in 发现问题, still in 制定措施
      { itemId: 'b', at: '2026-11-06T00:00:00Z', kind: 'updated' as const, before: { owner: null }, after: { owner: '王蕾' } },
    ];
    const stays = averageDaysInColumns(events);
    expect(stays.map((s) => [s.title, s.averageDays, s.stays])).toEqual([
      ['发现问题', 3, 2],
      ['制定措施', 10, 1],
      ['明确时限', null, 0],
      ['整改中', null, 0],
      ['销号', null, 0],
    ]);
  });

  it('counts a card that went back and forth once per stay, whatever order the events arrive in', () => {
    const events = [
      moved('c', '2026-11-04T12:00:00Z', 'measures', 'found'),
      created('c', '2026-11-01T00:00:00Z'),
      moved('c', '2026-11-02T00:00:00Z', 'found', 'measures'),
    ];
    const [found, measures] = averageDaysInColumns(events);
    expect(found).toMatchObject({ averageDays: 1, stays: 1 });
    expect(measures).toMatchObject({ averageDays: 2.5, stays: 1 });
  });
});
