import { Injectable } from '@nestjs/common';
import {
  COLUMN_KEYS,
  COLUMN_TITLES,
  isSignedOff,
  officeToday,
  onTimeRateOf,
  WARNING_LEVELS,
  type Actor,
  type BoardFilters,
  type AsOfStamp,
  type ColumnStay,
  type DashboardView,
  type ItemView,
} from '@rectify/shared';
import { AsOfService } from '../as-of/as-of.service.js';
import { HistoryService } from '../history/history.service.js';
import { OverdueHistories } from '../overdue/overdue-histories.js';
import { ItemSearch, searchScopeOf } from '../items/item-search.js';

/** The figures a leader reads at a glance, over the items the viewer may see and the board's filters. */
@Injectable()
export class DashboardService {
  constructor(
    private readonly search: ItemSearch,
    private readonly history: HistoryService,
    private readonly asOf: AsOfService,
    private readonly overdueHistories: OverdueHistories,
  ) {}

  async dashboard(filters: BoardFilters, actor: Actor): Promise<DashboardView | (DashboardView & AsOfStamp)> {
    if (filters.asOf) {
      // A past day: the items and their column stays rebuilt from the history.
      const day = filters.asOf;
      const { items, checkpoint } = await this.asOf.views(day, filters, actor, 'dashboard.read');
      const onTime = await this.onTime(items, day);
      return { ...figuresOf(items, day, this.asOf.stays(new Set(items.map((i) => i.id)), day), onTime), asOf: day, checkpoint };
    }
    const now = new Date();
    const items = await this.search.find(filters, searchScopeOf(actor, 'dashboard.read'), now);
    const today = officeToday(now);
    return figuresOf(items, today, await this.history.columnStays(new Set(items.map((i) => i.id))), await this.onTime(items, today));
  }

  /** 按期完成率 reads the histories of the closed items only (up to `day`: an as-of day ignores what came later). */
  private async onTime(items: ItemView[], day: string): Promise<ReturnType<typeof onTimeRateOf>> {
    return onTimeRateOf((await this.overdueHistories.of(items.filter(isSignedOff), day)).values());
  }
}

function figuresOf(items: ItemView[], today: string, stays: ColumnStay[], onTime: ReturnType<typeof onTimeRateOf>): DashboardView {
  const closed = items.filter(isSignedOff).length;
  return {
    today,
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
    stays,
  };
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
