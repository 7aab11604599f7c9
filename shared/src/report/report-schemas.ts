/**
 * What the "存在的问题及原因" report is asked for: the query of GET /api/reports/problems-and-causes
 * (the page's filters and the user's choice of closed items) and the body of the edited-text .docx
 * export. Messages are Chinese and name the parameter, since a query has no form labels around it.
 */
import { z } from 'zod';
import '../schemas/zod-locale.js';
import { PROBLEM_SCOPES, type ProblemScope } from '../item/item.js';

/**
 * Which items the report covers.
 *
 * Period (`from`/`to`, office calendar dates, both ends included): the report counts the items that
 * were on the ledger during the period — registered on or before `to` (createdAt) and not already
 * closed before `from` — and of those, the ones closed within the period (closedAt) are "已整改销号"
 * and feed the problems and causes. This keeps 销号 a subset of the total (the rate never exceeds
 * 100%) and lets a problem registered last year and closed this year count in this year's report.
 * Without a period every item counts and every closed item is closed.
 */
export interface ReportFilters {
  from?: string;
  to?: string;
  /** 问题来源 names; any of them. */
  sources?: string[];
  /** Departments leading or co-operating on the item; any of them. */
  departmentIds?: string[];
  /** 班子问题 or 个人问题 only. */
  scope?: ProblemScope;
  /**
   * Which items the problems and causes speak of: those closed in the period (the default, an annual
   * summary's 已整改 problems), those still open at its end, or all counted. The opening is worded to
   * match, so a section listing rectified problems never claims they still exist.
   */
  coverage?: ReportCoverage;
  /**
   * The items (of the coverage) the user ticked to go into the problems and causes. Absent: all of
   * them. The opening's counts always cover everything in the filters, whatever is ticked.
   */
  itemIds?: string[];
  /** First line of the document; "工作中存在的问题及原因" when not given. */
  title?: string;
}

/** closed: 已整改销号的问题; open: 尚未销号的问题; all: 全部查摆问题. */
export const REPORT_COVERAGES = ['closed', 'open', 'all'] as const;
export type ReportCoverage = (typeof REPORT_COVERAGES)[number];
export const REPORT_COVERAGE_LABELS: Record<ReportCoverage, string> = { closed: '已销号', open: '未销号', all: '全部' };

export const REPORT_FORMATS = ['json', 'docx'] as const;

const DATE_FORMAT = /^\d{4}-\d{2}-\d{2}$/;
const isRealCalendarDate = (value: string) => {
  const [y, m, d] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
};

const reportDate = (label: string) =>
  z
    .string({ error: `${label}应为“年-月-日”格式，如 2026-01-01` })
    .trim()
    .regex(DATE_FORMAT, { error: `${label}应为“年-月-日”格式，如 2026-01-01`, abort: true })
    .refine(isRealCalendarDate, { error: `${label}不存在，请检查年月日` })
    .optional();

/** A list given as `a,b` or as a repeated parameter (`x=a&x=b`), trimmed, without blanks or repeats. */
const queryList = <T extends z.ZodType<string>>(label: string, element: T, max: number) =>
  z.preprocess(
    (value) => {
      if (value === undefined) return undefined;
      const parts = (Array.isArray(value) ? (value as unknown[]) : [value]).flatMap((v) => (typeof v === 'string' ? v.split(/[,，]/) : [v]));
      return [...new Set(parts.map((p) => (typeof p === 'string' ? p.trim() : p)).filter((p) => p !== ''))];
    },
    z
      .array(element, { error: `${label}应为以逗号分隔的列表` })
      .max(max, { error: `${label}最多${max}个` })
      .optional(),
  );

const uuid = (message: string) => z.string({ error: message }).uuid({ error: message });

/** Query of GET /api/reports/problems-and-causes. */
export const reportQuerySchema = z
  .object({
    from: reportDate('开始日期（from）'),
    to: reportDate('结束日期（to）'),
    sources: queryList('问题来源（sources）', z.string().max(30, { error: '问题来源名称不能超过30字' }), 20),
    departmentIds: queryList('责任部门（departmentIds）', uuid('责任部门（departmentIds）应为部门编号'), 50),
    scope: z.enum(PROBLEM_SCOPES, { error: '问题范围（scope）只能是 team（班子问题）或 individual（个人问题）' }).optional(),
    coverage: z.enum(REPORT_COVERAGES, { error: '写入范围（coverage）只能是 closed（已销号）、open（未销号）或 all（全部）' }).optional(),
    // Comma-separated ids of 36 characters keep ~400 within the 16 KB a request line may take.
    itemIds: queryList('选定事项（itemIds）', uuid('选定事项（itemIds）应为事项编号'), 400),
    title: z
      .string({ error: '标题（title）应为文字' })
      .trim()
      .max(60, { error: '标题（title）不能超过60字' })
      .optional()
      .transform((v) => (v ? v : undefined)),
    format: z.enum(REPORT_FORMATS, { error: '导出格式（format）只能是 json 或 docx' }).default('json'),
  })
  .strict()
  .refine((q) => !q.from || !q.to || q.from <= q.to, { error: '开始日期不能晚于结束日期', path: ['from'] });
export type ReportQuery = z.infer<typeof reportQuerySchema>;

/** Longest edited text the .docx export accepts (the section is a few pages; this is a generous ceiling). */
export const REPORT_TEXT_MAX = 50_000;

/** Body of POST /api/reports/problems-and-causes/docx: the text as the user edited it on the page. */
export const reportDocxRequestSchema = z
  .object({
    title: z
      .string({ error: '标题应为文字' })
      .trim()
      .max(60, { error: '标题不能超过60字' })
      .nullable()
      .optional()
      .transform((v) => (v ? v : null)),
    text: z
      .string({ error: '请提交要导出的正文' })
      .trim()
      .min(1, { error: '正文为空，无法导出' })
      .max(REPORT_TEXT_MAX, { error: `正文不能超过${REPORT_TEXT_MAX}字` }),
  })
  .strict();
export type ReportDocxRequest = z.infer<typeof reportDocxRequestSchema>;

/** The query's filters (the format aside). */
export function reportFiltersOf(query: ReportQuery): ReportFilters {
  const { format: _format, ...filters } = query;
  return Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined));
}
