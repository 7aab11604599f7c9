/**
 * The dashboard's figures as the charts draw them, and its filters ⇄ URL. Pure, so tested apart
 * from the charts.
 */
import { dashboardQuerySchema, type BoardFilters, type DashboardView } from '@rectify/shared';

export const DASHBOARD_PATH = '/dashboard';

/** The board's filters, and the day read as of (查看某日状态). */
const FILTER_KEYS = ['source', 'category', 'department', 'warning', 'q', 'asOf'] as const;

/** The board's filter parameters, checked one by one (a bad one is dropped, the rest kept). */
export function parseDashboardFilters(params: URLSearchParams): BoardFilters {
  const filters: BoardFilters = {};
  for (const key of FILTER_KEYS) {
    const raw = params.get(key)?.trim();
    if (!raw) continue;
    const parsed = dashboardQuerySchema.shape[key].safeParse(raw);
    if (parsed.success && parsed.data) (filters as Record<string, unknown>)[key] = parsed.data;
  }
  return filters;
}

/** The dashboard for the board's current filters; the board is reached back with the same ones. */
export function dashboardPathFromBoard(filters: BoardFilters): string {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) if (filters[key]) params.set(key, String(filters[key]));
  const search = params.toString();
  return search ? `${DASHBOARD_PATH}?${search}` : DASHBOARD_PATH;
}

export function boardPathFor(filters: BoardFilters): string {
  return dashboardPathFromBoard(filters).replace(DASHBOARD_PATH, '/');
}

export interface ProgressRow {
  name: string;
  /** 已销号 */
  closed: number;
  /** 未销号 = total − closed */
  open: number;
  total: number;
  /** "12条，已销号8条（66.7%）" */
  label: string;
}

function rate(closed: number, total: number): string {
  return total ? `${Math.round((closed / total) * 1000) / 10}%` : '—';
}

/** Sources or categories, largest first: bars of 已销号 + 未销号. */
export function progressRows(rows: DashboardView['bySource']): ProgressRow[] {
  return [...rows]
    .sort((a, b) => b.total - a.total || a.name.localeCompare(b.name, 'zh-CN'))
    .map((r) => ({
      name: r.name,
      closed: r.closed,
      open: Math.max(0, r.total - r.closed),
      total: r.total,
      label: `${r.total}条，已销号${r.closed}条（${rate(r.closed, r.total)}）`,
    }));
}

export interface OverdueRow {
  name: string;
  red: number;
  yellow: number;
}

/** Departments with red or yellow items, most red first (as the API orders them), at most `limit`. */
export function overdueRows(view: DashboardView, limit = 10): { rows: OverdueRow[]; hidden: number } {
  const rows = view.overdueByDepartment.filter((d) => d.red + d.yellow > 0).map((d) => ({ name: d.departmentName, red: d.red, yellow: d.yellow }));
  return { rows: rows.slice(0, limit), hidden: Math.max(0, rows.length - limit) };
}

export interface StayRow {
  name: string;
  /** Average days; 0 for a column nothing has left yet (then `label` says so). */
  days: number;
  label: string;
}

export function stayRows(view: DashboardView): StayRow[] {
  return view.stays.map((s) => ({
    name: s.averageDays === null ? `${s.title}（暂无）` : s.title,
    days: s.averageDays ?? 0,
    label: s.averageDays === null ? '暂无' : `${s.averageDays}天（${s.stays}次）`,
  }));
}

/** "按期销号 30 条 / 已销号 40 条" under 按期完成率 (closed without ever being overdue). */
export function onTimeLine(view: DashboardView): string {
  if (view.onTimeRate === null) return '暂无已销号事项';
  return `按期销号 ${view.closedOnTime} 条 / 已销号 ${view.closed} 条`;
}

/** "整改完成率 66.7%（已销号 40 / 共 60 条）" pieces for the headline figures. */
export function completionLine(view: DashboardView): string {
  if (view.completionRate === null) return '暂无事项';
  return `已销号 ${view.closed} 条 / 共 ${view.total} 条`;
}
