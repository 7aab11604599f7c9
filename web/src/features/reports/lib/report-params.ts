/**
 * The report page's conditions ⇄ URL search params ⇄ the API query. The page keeps its conditions
 * in the URL (like the board), so the board can open it with its own filters and a link reproduces
 * the draft's conditions. Values are checked one by one with the shared reportQuerySchema: a bad
 * parameter is dropped without losing the good ones.
 */
import { reportQuerySchema, type BoardFilters, type ProblemScope, type ReportCoverage } from '@rectify/shared';
import type { QueryParams } from '../../../lib/api-client';

export interface ReportConditions {
  from?: string;
  to?: string;
  sources?: string[];
  departmentIds?: string[];
  scope?: ProblemScope;
  /** Which items the problems and causes list: closed (the API's default), open or all. */
  coverage?: ReportCoverage;
  /** First line of the draft; the API's default (工作中存在的问题及原因) when absent. */
  title?: string;
}

/** Board filters the report has no use for (it covers closed items), named for a note on the page. */
export const IGNORED_PARAM = 'ignored';

const shape = reportQuerySchema.shape;

function parsed<K extends keyof typeof shape>(key: K, raw: string | null): unknown {
  if (raw === null || raw.trim() === '') return undefined;
  const result = shape[key].safeParse(raw);
  return result.success ? result.data : undefined;
}

export function parseReportConditions(params: URLSearchParams): ReportConditions {
  const out: ReportConditions = {};
  const from = parsed('from', params.get('from')) as string | undefined;
  const to = parsed('to', params.get('to')) as string | undefined;
  if (from) out.from = from;
  // A period that ends before it starts keeps its start only.
  if (to && (!from || from <= to)) out.to = to;
  const sources = parsed('sources', params.get('sources')) as string[] | undefined;
  if (sources?.length) out.sources = sources;
  const departmentIds = parsed('departmentIds', params.get('departmentIds')) as string[] | undefined;
  if (departmentIds?.length) out.departmentIds = departmentIds;
  const scope = parsed('scope', params.get('scope')) as ProblemScope | undefined;
  if (scope) out.scope = scope;
  const coverage = parsed('coverage', params.get('coverage')) as ReportCoverage | undefined;
  if (coverage && coverage !== 'closed') out.coverage = coverage;
  const title = parsed('title', params.get('title')) as string | undefined;
  if (title) out.title = title;
  return out;
}

/** Search params for the page; `ignored` (from the board) is kept from `base`. */
export function reportConditionsToParams(conditions: ReportConditions, base?: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams();
  if (conditions.from) next.set('from', conditions.from);
  if (conditions.to) next.set('to', conditions.to);
  if (conditions.sources?.length) next.set('sources', conditions.sources.join(','));
  if (conditions.departmentIds?.length) next.set('departmentIds', conditions.departmentIds.join(','));
  if (conditions.scope) next.set('scope', conditions.scope);
  if (conditions.coverage && conditions.coverage !== 'closed') next.set('coverage', conditions.coverage);
  if (conditions.title?.trim()) next.set('title', conditions.title.trim());
  const ignored = base?.get(IGNORED_PARAM);
  if (ignored) next.set(IGNORED_PARAM, ignored);
  return next;
}

/** The board's filters that say nothing about a report of closed items, as the filter bar labels them. */
export function boardFiltersNotApplied(filters: BoardFilters): string[] {
  const out: string[] = [];
  if (filters.category) out.push(`问题类别：${filters.category}`);
  if (filters.warning) out.push('预警');
  if (filters.q) out.push(`关键字：${filters.q}`);
  return out;
}

export const REPORT_PATH = '/reports/problems-and-causes';

/**
 * The report page opened from the board: the board's 问题来源 and 责任部门 become the report's
 * sources and departments; filters that do not apply are named so the page can say they were left out.
 */
export function reportPathFromBoard(filters: BoardFilters): string {
  const conditions: ReportConditions = {};
  if (filters.source) conditions.sources = [filters.source];
  if (filters.department) conditions.departmentIds = [filters.department];
  const params = reportConditionsToParams(conditions);
  const ignored = boardFiltersNotApplied(filters);
  if (ignored.length) params.set(IGNORED_PARAM, ignored.join('；'));
  const search = params.toString();
  return search ? `${REPORT_PATH}?${search}` : REPORT_PATH;
}

/**
 * Which closed items go into the problems and causes: null means every closed item of the
 * conditions (the API's default); otherwise the ids the user ticked.
 */
export type ItemSelection = string[] | null;

/**
 * GET /api/reports/problems-and-causes query. A selection equal to all candidates is sent as "all"
 * (no itemIds), which keeps the URL short and the cache shared with the untouched draft.
 */
export function reportApiQuery(conditions: ReportConditions, selection: ItemSelection, candidateIds: readonly string[] = []): QueryParams {
  const query: QueryParams = {
    from: conditions.from,
    to: conditions.to,
    sources: conditions.sources?.join(','),
    departmentIds: conditions.departmentIds?.join(','),
    scope: conditions.scope,
    coverage: conditions.coverage,
    title: conditions.title?.trim() || undefined,
  };
  const everything =
    selection === null || (candidateIds.length > 0 && selection.length === candidateIds.length && candidateIds.every((id) => selection.includes(id)));
  if (!everything) query.itemIds = [...selection].sort().join(',');
  return Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined && v !== ''));
}
