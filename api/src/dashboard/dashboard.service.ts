import { Injectable } from '@nestjs/common';
import { COLUMN_KEYS, COLUMN_TITLES, isSignedOff, officeToday, onTimeRateOf, WARNING_LEVELS, type Actor, type BoardFilters, type DashboardView, type ItemView } from '@rectify/shared';
import { HistoryService } from '../history/history.service.js';
import { OverdueHistories } from '../overdue/overdue-histories.js';
import { ItemSearch, searchScopeOf } from '../items/item-search.js';

/** The figures a leader reads at a glance, over the items the viewer may see and the board's filters. */
@Injectable()
export class DashboardService {
  constructor(
    private readonly search: ItemSearch,
    private readonly history: HistoryService,
    private readonly overdueHistories: OverdueHistories,
  ) {}

  async dashboard(filters: BoardFilters, actor: Actor): Promise<DashboardView> {
    const now = new Date();
    const items = await this.search.find(filters, searchScopeOf(actor, 'dashboard.read'), now);
    const visible = new Set(items.map((i) => i.id));
    const closed = items.filter(isSignedOff).length;
    // 按期完成率 reads the histories of the closed items only: the others do not count in it.
    const onTime = onTimeRateOf((await this.overdueHistories.of(items.filter(isSignedOff), officeToday(now))).values());
    return {
      today: officeToday(now),
      columns: COLUMN_KEYS.map((key) => ({ key, title: COLUMN_TITLES[key], total: items.filter((i) => i.status === key).length })),
      total: items.length,
      closed,
      completionRate: items.length ? Math.round((closed / items.length) * 1000) / 10 : null,
      closedOnTime: onTime.closedOnTime,
      onTimeRate: onTime.onTimeRate,
      warnings: Object.fromEntries(WARNING_LEVELS.map((level) => [level, items.filter((i) => i.warning.level === level).length])) as DashboardView['warnings'],
      overdueByDepartment: overdueByDepartment(items),
      bySource: tally(items, (i) => i.source),
      byCategory: tally(items, (i) => i.category),
      stays: await this.history.columnStays(visible),
    };
  }
}

function overdueByDepartment(items: ItemView[]): DashboardView['overdueByDepartment'] {
  const rows = new Map<string, DashboardView['overdueByDepartment'][number]>();
  for (const item of items) {
    if (item.warning.level !== 'red' && item.warning.level !== 'yellow') continue;
    const key = item.departmentId ?? '';
    const row = rows.get(key) ?? { departmentId: item.departmentId, departmentName: item.departmentName ?? '未指定责任部门', red: 0, yellow: 0 };
    row[item.warning.level]++;
    rows.set(key, row);
  }
  return [...rows.values()].sort((a, b) => b.red - a.red || b.yellow - a.yellow || a.departmentName.localeCompare(b.departmentName, 'zh-CN'));
}

function tally(items: ItemView[], keyOf: (item: ItemView) => string): Array<{ name: string; total: number; closed: number }> {
  const rows = new Map<string, { name: string; total: number; closed: number }>();
  for (const item of items) {
    const row = rows.get(keyOf(item)) ?? { name: keyOf(item), total: 0, closed: 0 };
    row.total++;
    if (isSignedOff(item)) row.closed++;
    rows.set(row.name, row);
  }
  return [...rows.values()].sort((a, b) => b.total - a.total || a.name.localeCompare(b.name, 'zh-CN'));
}
