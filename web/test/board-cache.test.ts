import { describe, expect, it } from '@jest/globals';
import type { BoardResponse, ItemView } from '@rectify/shared';
import { appendColumnPage, moveCardInBoard, replaceCardInBoard } from '../src/features/board/lib/board-cache';
import { makeCard } from './support/fixtures';

const warn = (dueDate: string | null, label = '剩5天'): ItemView['warning'] => ({ level: dueDate ? 'green' : 'none', dueDate, daysLeft: null, label });

function board(): BoardResponse {
  const a = makeCard({ id: 'a', code: '2026-XC-001', status: 'found' });
  const b = makeCard({ id: 'b', code: '2026-XC-002', status: 'measures', rectifyType: 'time_limited', deadline: '2026-12-01', warning: warn('2026-12-01') });
  const c = makeCard({ id: 'c', code: '2026-XC-003', status: 'deadline', deadline: '2026-12-10', rectifyType: 'time_limited', warning: warn('2026-12-10') });
  const d = makeCard({ id: 'd', code: '2026-XC-004', status: 'deadline', deadline: null, warning: warn(null, '未定时限') });
  return {
    today: '2026-11-23',
    columns: [
      { key: 'found', title: '发现问题', total: 12, items: [a], next: 'after-a' },
      { key: 'measures', title: '制定措施', total: 1, items: [b], next: null },
      { key: 'deadline', title: '明确时限', total: 2, items: [c, d], next: null },
      { key: 'in_progress', title: '整改中', total: 0, items: [], next: null },
      { key: 'closed', title: '销号', total: 0, items: [], next: null },
    ],
  };
}

const codes = (data: BoardResponse, key: string) => data.columns.find((c) => c.key === key)!.items.map((i) => i.code);
const total = (data: BoardResponse, key: string) => data.columns.find((c) => c.key === key)!.total;

describe('optimistic board edits', () => {
  it('moves a card between columns and adjusts both totals', () => {
    const next = moveCardInBoard(board(), 'b', 'deadline', {}, new Date('2026-11-23T04:00:00Z'));
    expect(codes(next, 'measures')).toEqual([]);
    expect(total(next, 'measures')).toBe(0);
    // By due date: 12-01 comes before 12-10; cards without a date stay last.
    expect(codes(next, 'deadline')).toEqual(['2026-XC-002', '2026-XC-003', '2026-XC-004']);
    expect(total(next, 'deadline')).toBe(3);
    expect(next.columns.find((c) => c.key === 'deadline')!.items[0].status).toBe('deadline');
  });

  it('applies the supplied data and recomputes the warning with the shared rule', () => {
    const next = moveCardInBoard(
      board(),
      'a',
      'deadline',
      { rectifyType: 'time_limited', deadline: '2026-11-20', departmentName: '办公室' },
      new Date('2026-11-23T04:00:00Z'),
    );
    const moved = next.columns.find((c) => c.key === 'deadline')!.items[0];
    expect(moved.code).toBe('2026-XC-001');
    expect(moved.departmentName).toBe('办公室');
    expect(moved.warning).toMatchObject({ level: 'red', label: '逾期3天' });
    expect(total(next, 'found')).toBe(11);
  });

  it('leaves the board untouched for an unknown card', () => {
    const data = board();
    expect(moveCardInBoard(data, 'zzz', 'closed')).toBe(data);
  });

  it('puts the server’s version of a card in place', () => {
    const server = makeCard({ id: 'c', code: '2026-XC-003', status: 'deadline', title: '新标题', version: 9 });
    const next = replaceCardInBoard(board(), server);
    expect(next.columns.find((c) => c.key === 'deadline')!.items[0]).toBe(server);
  });

  it('appends a page without repeating cards already shown', () => {
    const data = board();
    const extra = makeCard({ id: 'e', code: '2026-XC-005' });
    const next = appendColumnPage(data, { key: 'found', total: 13, items: [data.columns[0].items[0], extra], next: 'after-e' });
    expect(codes(next, 'found')).toEqual(['2026-XC-001', '2026-XC-005']);
    expect(total(next, 'found')).toBe(13);
    // The column goes on from the new page's end.
    expect(next.columns[0].next).toBe('after-e');
  });
});

describe('a card dragged to 销号 (申请销号), before the server answers', () => {
  it('shows 待审核, not 已销号, and drops the old 补充整改要求', () => {
    const rejected = makeCard({
      id: 'r',
      code: '2026-XC-009',
      status: 'in_progress',
      rectifyType: 'time_limited',
      deadline: '2026-12-20',
      reviewRequirement: '补充会议记录',
      deadlineChanges: 1,
      warning: warn('2026-12-20'),
    });
    const data = board();
    data.columns[3] = { ...data.columns[3], items: [rejected], total: 1 };
    const next = moveCardInBoard(data, 'r', 'closed', {}, new Date('2026-11-23T04:00:00Z'));
    const moved = next.columns.find((c) => c.key === 'closed')!.items[0];
    expect(moved.signoff).toBe('pending');
    expect(moved.labels).toEqual(['待审核', '延期1次']);
    expect(moved.labels).not.toContain('已销号');
    expect(moved.warning.label).not.toBe('已销号');
    expect(moved.requirement).toBeUndefined();
  });
});
