import { Injectable } from '@nestjs/common';
import {
  averageDaysInColumns,
  boardCardOf,
  COLUMN_KEYS,
  COLUMN_TITLES,
  compareDays,
  composeProgressNotice,
  computeWarning,
  dueDateOf,
  evaluatePeriod,
  officeToday,
  periodEndOf,
  reachOf,
  type Action,
  type Actor,
  type AsOfStamp,
  type BoardCard,
  type BoardFilters,
  type BoardResponse,
  type ColumnKey,
  type ColumnPage,
  type ColumnStay,
  type CompareView,
  type EvaluationView,
  type HistoryCheckpoint,
  type ProgressNoticeQuery,
  type ItemView,
  type RectifyItem,
  type WarningSettings,
} from '@rectify/shared';
import { InvalidRequestError, NotFoundError } from '../common/domain-errors.js';
import { DepartmentsService } from '../departments/departments.service.js';
import { HistoryService } from '../history/history.service.js';
import { SettingsService } from '../settings/settings.service.js';
import { HistoryReplay } from './history-replay.js';

/** A department user sees the items their department leads or co-operates on; others see all. */
type Scope = { departmentId: string } | null;

function scopeOf(actor: Actor, action: Action): Scope {
  return reachOf(actor, action) === 'own' ? { departmentId: actor.departmentId ?? 'none' } : null;
}

const involves = (item: RectifyItem, departmentId: string) => item.departmentId === departmentId || item.coDepartmentIds.includes(departmentId);

/** Where a card sits in its column's order (as the live board sorts it): [group, value, 编号]. */
type SortKey = [0 | 1, string | null, string];

function sortKeyOf(item: RectifyItem): SortKey {
  if (item.status === 'closed') return [item.signoff === 'pending' ? 0 : 1, item.updatedAt, item.code];
  const due = dueDateOf(item);
  return [due === null ? 1 : 0, due, item.code];
}

function compareKeys(column: ColumnKey, a: SortKey, b: SortKey): number {
  if (a[0] !== b[0]) return a[0] - b[0];
  const byValue = (a[1] ?? '') < (b[1] ?? '') ? -1 : (a[1] ?? '') > (b[1] ?? '') ? 1 : 0;
  // 销号: most recently changed first; open columns: nearest due date first.
  if (byValue) return column === 'closed' ? -byValue : byValue;
  return a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0;
}

const encodeCursor = (key: SortKey) => Buffer.from(JSON.stringify(key)).toString('base64url');

function decodeCursor(cursor: string): SortKey {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(key) &&
      key.length === 3 &&
      (key[0] === 0 || key[0] === 1) &&
      (key[1] === null || typeof key[1] === 'string') &&
      typeof key[2] === 'string'
    ) {
      return key as SortKey;
    }
  } catch {
    // fall through
  }
  throw new InvalidRequestError('分页位置无效，请刷新看板');
}

/**
 * The board, overdue list, dashboard figures and 台账 as they stood at the end of a past office day,
 * rebuilt from the hash-chained history (shared/src/history/as-of.ts). Read-only by nature: nothing
 * here writes. Every answer names the checkpoint of the chain it was built from.
 */
@Injectable()
export class AsOfService {
  private readonly replay: HistoryReplay;

  constructor(
    history: HistoryService,
    private readonly departments: DepartmentsService,
    private readonly settings: SettingsService,
  ) {
    this.replay = new HistoryReplay(history);
  }

  /** The items as of `day` that the actor may see for `action` and that match the board's filters. */
  async items(day: string, filters: BoardFilters, actor: Actor, action: Action): Promise<{ items: RectifyItem[]; checkpoint: HistoryCheckpoint }> {
    const checkpoint = await this.replay.refresh();
    const scope = scopeOf(actor, action);
    const settings = this.settings.warning();
    const q = filters.q?.toLowerCase();
    const all = this.replay.itemsAsOf(day);
    // Unfiltered and unscoped: the day's list itself (kept, and its columns sorted once).
    if (!scope && !filters.source && !filters.category && !filters.department && !q && !filters.warning) return { items: all, checkpoint };
    const items = all.filter((item) => {
      if (scope && !involves(item, scope.departmentId)) return false;
      if (filters.source && item.source !== filters.source) return false;
      if (filters.category && item.category !== filters.category) return false;
      if (filters.department && !involves(item, filters.department)) return false;
      if (q && ![item.title, item.description, item.code].some((text) => text.toLowerCase().includes(q))) return false;
      if (filters.warning && computeWarning(item, day, settings).level !== filters.warning) return false;
      return true;
    });
    return { items, checkpoint };
  }

  /** Items as the API returns them (ItemView), lit against `day`, in 编号 order: for the dashboard, the 台账 export and reports. */
  async views(day: string, filters: BoardFilters, actor: Actor, action: Action): Promise<{ items: ItemView[]; checkpoint: HistoryCheckpoint }> {
    const [{ items, checkpoint }, names] = await Promise.all([this.items(day, filters, actor, action), this.departments.namesById()]);
    const settings = this.settings.warning();
    const views = items.map((item) => viewOf(item, names, day, settings)).sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
    return { items: views, checkpoint };
  }

  /** Average days per column over the visible cards' history up to the end of `day`. */
  stays(itemIds: ReadonlySet<string>, day: string): ColumnStay[] {
    return averageDaysInColumns(this.replay.eventsAsOf(itemIds, day));
  }

  async board(day: string, filters: BoardFilters, limit: number, actor: Actor): Promise<BoardResponse & AsOfStamp> {
    const [{ items, checkpoint }, names] = await Promise.all([this.items(day, filters, actor, 'board.read'), this.departments.namesById()]);
    const settings = this.settings.warning();
    const byColumn = firstPages(items, limit);
    const columns = COLUMN_KEYS.map((key) => {
      const page = byColumn.get(key)!;
      return { key, title: COLUMN_TITLES[key], total: page.total, items: page.rows.map((item) => cardOf(item, names, day, settings)), next: page.next };
    });
    return { columns, today: day, asOf: day, checkpoint };
  }

  async column(day: string, key: ColumnKey, filters: BoardFilters, page: { after?: string; limit: number }, actor: Actor): Promise<ColumnPage & AsOfStamp> {
    const [{ items, checkpoint }, names] = await Promise.all([this.items(day, filters, actor, 'board.read'), this.departments.namesById()]);
    const settings = this.settings.warning();
    const found = pageOf(sortedColumns(items).get(key) ?? [], key, page.after, page.limit);
    return { key, total: found.total, items: found.rows.map((item) => cardOf(item, names, day, settings)), next: found.next, asOf: day, checkpoint };
  }

  /** 对比: what changed between the ends of two days. */
  async compare(from: string, to: string, filters: BoardFilters, actor: Actor): Promise<CompareView> {
    if (from > to) throw new InvalidRequestError('对比的开始日期不能晚于结束日期');
    const [before, after, names] = await Promise.all([
      this.items(from, filters, actor, 'board.read'),
      this.items(to, filters, actor, 'board.read'),
      this.departments.namesById(),
    ]);
    const result = compareDays(new Map(before.items.map((i) => [i.id, i])), new Map(after.items.map((i) => [i.id, i])), from, to, this.settings.warning());
    const nameOf = (id: string | null) => (id ? (names.get(id) ?? null) : null);
    return {
      from,
      to,
      checkpoint: after.checkpoint,
      changes: result.changes.map((change) => ({ ...change, departmentName: nameOf(change.departmentId) })),
      byDepartment: result.byDepartment
        .map((row) => ({ ...row, departmentName: nameOf(row.departmentId) ?? '未指定责任部门' }))
        .sort((a, b) => a.departmentName.localeCompare(b.departmentName, 'zh-CN')),
      totals: result.totals,
    };
  }

  /**
   * 整改期满评估 of a 来源批次: the state at the end of the period (feedback date + N months). The
   * batch is free text on the items; its feedback date, when not given, is the day its first item was
   * registered.
   */
  async evaluation(request: { batch: string; feedbackDate?: string; months: number; asOf?: string }, actor: Actor): Promise<EvaluationView> {
    const checkpoint = await this.replay.refresh();
    const today = officeToday(new Date());
    const everything = this.replay.itemsAsOf(today).filter((item) => item.batch === request.batch);
    if (!everything.length) throw new NotFoundError(`没有来源批次为「${request.batch}」的整改问题`);
    const feedbackDate = request.feedbackDate ?? everything.map((i) => officeToday(new Date(i.createdAt))).sort()[0];
    const periodEnd = request.asOf ?? periodEndOf(feedbackDate, request.months);
    // The period may not be over yet: the state then is today's.
    const day = periodEnd > today ? today : periodEnd;
    const [{ items }, names] = await Promise.all([this.items(day, {}, actor, 'dashboard.read'), this.departments.namesById()]);
    const result = evaluatePeriod(
      items.filter((item) => item.batch === request.batch),
      day,
    );
    const nameOf = (id: string | null) => (id ? (names.get(id) ?? null) : null);
    return {
      batch: request.batch,
      feedbackDate,
      months: request.months,
      periodEnd: day,
      checkpoint,
      counts: result.counts,
      byDepartment: result.byDepartment
        .map((row) => ({ ...row, departmentName: nameOf(row.departmentId) ?? '未指定责任部门' }))
        .sort((a, b) => b.open - a.open || a.departmentName.localeCompare(b.departmentName, 'zh-CN')),
      openItems: result.openItems.map((row) => ({ ...row, departmentName: nameOf(row.departmentId) })),
      lateItems: result.lateItems.map((row) => ({ ...row, departmentName: nameOf(row.departmentId) })),
    };
  }

  /** 整改进展情况通报 as text: a batch's period (or `asOf`), or the filtered items as of `asOf` (default today). */
  async notice(query: ProgressNoticeQuery, actor: Actor): Promise<{ text: string; asOf: string; checkpoint: HistoryCheckpoint }> {
    if (query.batch) {
      const view = await this.evaluation({ batch: query.batch, feedbackDate: query.feedbackDate, months: query.months, asOf: query.asOf }, actor);
      const text = composeProgressNotice({
        scopeLabel: `${query.batch}所列问题`,
        asOf: view.periodEnd,
        counts: view.counts,
        byDepartment: view.byDepartment,
        openItems: view.openItems,
        lateItems: view.lateItems,
        checkpoint: view.checkpoint,
        period: query.asOf ? undefined : { feedbackDate: view.feedbackDate, months: view.months },
      });
      return { text, asOf: view.periodEnd, checkpoint: view.checkpoint };
    }
    const day = query.asOf ?? officeToday(new Date());
    const { source, category, department, q } = query;
    const [{ items, checkpoint }, names] = await Promise.all([
      this.items(day, { source, category, department, q }, actor, 'report.read'),
      this.departments.namesById(),
    ]);
    const result = evaluatePeriod(items, day);
    const nameOf = (id: string | null) => (id ? (names.get(id) ?? null) : null);
    const scope = [department ? nameOf(department) : null, source, category].filter(Boolean).join('、');
    const text = composeProgressNotice({
      scopeLabel: scope ? `${scope}整改问题` : '全部整改问题',
      asOf: day,
      counts: result.counts,
      byDepartment: result.byDepartment.map((row) => ({ ...row, departmentName: nameOf(row.departmentId) ?? '未指定责任部门' })),
      openItems: result.openItems.map((row) => ({ ...row, departmentName: nameOf(row.departmentId) })),
      lateItems: result.lateItems.map((row) => ({ ...row, departmentName: nameOf(row.departmentId) })),
      checkpoint,
    });
    return { text, asOf: day, checkpoint };
  }

  /** The 来源批次 on record (for the evaluation's picker), most items first. */
  async batches(actor: Actor): Promise<Array<{ batch: string; total: number; firstDay: string }>> {
    const today = officeToday(new Date());
    const { items } = await this.items(today, {}, actor, 'dashboard.read');
    const rows = new Map<string, { batch: string; total: number; firstDay: string }>();
    for (const item of items) {
      if (!item.batch) continue;
      const day = officeToday(new Date(item.createdAt));
      const row = rows.get(item.batch) ?? { batch: item.batch, total: 0, firstDay: day };
      row.total++;
      if (day < row.firstDay) row.firstDay = day;
      rows.set(item.batch, row);
    }
    return [...rows.values()].sort((a, b) => b.total - a.total || a.batch.localeCompare(b.batch, 'zh-CN'));
  }
}

type Keyed = { item: RectifyItem; key: SortKey };
/** Sorted columns of a day's whole list, made once per list (lists of days are kept, see HistoryReplay). */
const sortedLists = new WeakMap<RectifyItem[], Map<ColumnKey, Keyed[]>>();

/** The items by column, each column in the live board's order. */
function sortedColumns(items: RectifyItem[]): Map<ColumnKey, Keyed[]> {
  const kept = sortedLists.get(items);
  if (kept) return kept;
  const columns = new Map<ColumnKey, Keyed[]>(COLUMN_KEYS.map((key) => [key, []]));
  for (const item of items) columns.get(item.status)?.push({ item, key: sortKeyOf(item) });
  for (const [key, rows] of columns) rows.sort((a, b) => compareKeys(key, a.key, b.key));
  sortedLists.set(items, columns);
  return columns;
}

/**
 * Each column's total and first `limit` cards in order, in one pass without sorting whole columns
 * (the board's first answer; later pages sort the column, see sortedColumns).
 */
function firstPages(items: RectifyItem[], limit: number): Map<ColumnKey, { total: number; rows: RectifyItem[]; next: string | null }> {
  const kept = sortedLists.get(items);
  if (kept) return new Map(COLUMN_KEYS.map((key) => [key, pageOf(kept.get(key)!, key, undefined, limit)]));
  const tops = new Map<ColumnKey, { total: number; top: Keyed[] }>(COLUMN_KEYS.map((key) => [key, { total: 0, top: [] }]));
  for (const item of items) {
    const column = tops.get(item.status);
    if (!column) continue;
    column.total++;
    const { top } = column;
    const key = sortKeyOf(item);
    // Kept in order, one more than the page (it tells whether the column goes on).
    if (top.length > limit && compareKeys(item.status, key, top[limit].key) >= 0) continue;
    let at = top.length;
    while (at > 0 && compareKeys(item.status, key, top[at - 1].key) < 0) at--;
    top.splice(at, 0, { item, key });
    if (top.length > limit + 1) top.pop();
  }
  return new Map(
    [...tops].map(([key, { total, top }]) => {
      const rows = top.slice(0, limit);
      return [key, { total, rows: rows.map((r) => r.item), next: top.length > limit ? encodeCursor(rows[rows.length - 1].key) : null }];
    }),
  );
}

/** One page of a column (its rows in order), after the cursor. */
function pageOf(keyed: Keyed[], column: ColumnKey, after: string | undefined, limit: number): { total: number; rows: RectifyItem[]; next: string | null } {
  const cursor = after ? decodeCursor(after) : null;
  const from = cursor ? keyed.findIndex((row) => compareKeys(column, row.key, cursor) > 0) : 0;
  const start = from < 0 ? keyed.length : from;
  const rows = keyed.slice(start, start + limit);
  const more = start + limit < keyed.length;
  return { total: keyed.length, rows: rows.map((r) => r.item), next: more ? encodeCursor(rows[rows.length - 1].key) : null };
}

function cardOf(item: RectifyItem, names: Map<string, string>, day: string, settings: WarningSettings): BoardCard {
  return boardCardOf(item, item.departmentId ? (names.get(item.departmentId) ?? null) : null, computeWarning(item, day, settings));
}

function viewOf(item: RectifyItem, names: Map<string, string>, day: string, settings: WarningSettings): ItemView {
  return {
    ...item,
    departmentName: item.departmentId ? (names.get(item.departmentId) ?? null) : null,
    coDepartmentNames: item.coDepartmentIds.map((id) => names.get(id)).filter((n): n is string => !!n),
    warning: computeWarning(item, day, settings),
  };
}
