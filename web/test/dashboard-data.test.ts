import { describe, expect, it } from '@jest/globals';
import type { DashboardView } from '@rectify/shared';
import {
  boardPathFor,
  dashboardPathFromBoard,
  onTimeLine,
  overdueRows,
  parseDashboardFilters,
  progressRows,
  stayRows,
} from '../src/features/dashboard/lib/dashboard-data';

const DEPT = '0b9e6a52-93a4-4c1e-9d55-6f1c2d3e4a5b';

function view(overrides: Partial<DashboardView> = {}): DashboardView {
  return {
    today: '2026-11-27',
    columns: [],
    total: 0,
    closed: 0,
    completionRate: null,
    closedOnTime: 0,
    onTimeRate: null,
    warnings: { red: 0, yellow: 0, green: 0, none: 0 },
    overdueByDepartment: [],
    bySource: [],
    byCategory: [],
    stays: [],
    ...overrides,
  };
}

describe('dashboard figures', () => {
  it('按期完成率 says how many of the closed were closed on time', () => {
    expect(onTimeLine(view())).toBe('暂无已销号事项');
    expect(onTimeLine(view({ closed: 4, closedOnTime: 3, onTimeRate: 75 }))).toBe('按期销号 3 条 / 已销号 4 条');
  });

  it('draws sources largest first as 已销号 + 未销号, with the rate written out', () => {
    const rows = progressRows([
      { name: '自查自纠', total: 4, closed: 1 },
      { name: '巡察反馈', total: 12, closed: 8 },
      { name: '民主生活会', total: 0, closed: 0 },
    ]);
    expect(rows.map((r) => [r.name, r.closed, r.open])).toEqual([
      ['巡察反馈', 8, 4],
      ['自查自纠', 1, 3],
      ['民主生活会', 0, 0],
    ]);
    expect(rows[0].label).toBe('12条，已销号8条（66.7%）');
    expect(rows[2].label).toBe('0条，已销号0条（—）');
  });

  it('shows departments that have red or yellow items, at most ten, and says how many are left out', () => {
    const departments = Array.from({ length: 12 }, (_, i) => ({ departmentId: null, departmentName: `部门${i}`, red: 12 - i, yellow: 0 }));
    departments.push({ departmentId: null, departmentName: '无预警部门', red: 0, yellow: 0 });
    const { rows, hidden } = overdueRows(view({ overdueByDepartment: departments }));
    expect(rows).toHaveLength(10);
    expect(rows[0]).toEqual({ name: '部门0', red: 12, yellow: 0 });
    expect(hidden).toBe(2);
  });

  it('says 暂无 for a column no card has left yet', () => {
    const rows = stayRows(
      view({
        stays: [
          { key: 'found', title: '发现问题', averageDays: 3.5, stays: 10 },
          { key: 'closed', title: '销号', averageDays: null, stays: 0 },
        ],
      }),
    );
    expect(rows).toEqual([
      { name: '发现问题', days: 3.5, label: '3.5天（10次）' },
      { name: '销号（暂无）', days: 0, label: '暂无' },
    ]);
  });
});

describe('dashboard filters ⇄ URL', () => {
  it('carries the board’s filters to the dashboard and back', () => {
    const filters = { source: '巡察反馈', department: DEPT, warning: 'red' as const };
    const path = dashboardPathFromBoard(filters);
    expect(parseDashboardFilters(new URL(path, 'http://localhost').searchParams)).toEqual(filters);
    expect(boardPathFor(filters).startsWith('/?')).toBe(true);
    expect(boardPathFor({})).toBe('/');
  });

  it('drops a bad filter and keeps the rest', () => {
    expect(parseDashboardFilters(new URLSearchParams({ warning: 'purple', source: '巡察反馈', department: 'x' }))).toEqual({ source: '巡察反馈' });
  });
});
