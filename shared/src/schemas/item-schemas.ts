/**
 * Request schemas, one per write. The API validates bodies with them; the web forms validate with
 * the same objects, so a clerk sees the same Chinese message in the form and from the server.
 */
import { z } from 'zod';
import './zod-locale.js';
import { PERSON_REQUIRED, personMissing, PROBLEM_SCOPES, RECTIFY_TYPES, type ProblemScope } from '../item/item.js';
import { COLUMN_KEYS } from '../workflow/columns.js';
import { officeToday, WARNING_LEVELS } from '../warning/warning.js';
import { chineseDate } from '../report/chinese.js';
import { hasInvalidCharacter, INVALID_CHARACTER_MESSAGE } from './plain-text.js';

const isRealCalendarDate = (value: string) => {
  const [y, m, d] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
};

/** No date the board records lies before this (整改 in this system starts in this century). */
export const EARLIEST_DATE = '2000-01-01';
/** How far ahead a 时限, review date or reply date may be set. */
export const PLANNING_YEARS = 10;

/** The latest date a 时限 may be set to: PLANNING_YEARS from today, office time (29 Feb → 28 Feb). */
export function latestPlanningDate(now = new Date()): string {
  const [y, m, d] = officeToday(now).split('-').map(Number);
  const day = m === 2 && d === 29 ? 28 : d;
  return `${y + PLANNING_YEARS}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** YYYY-MM-DD, a real date, from 2000 to ten years ahead (a deadline of 9999-12-31 is a typo, not a plan). */
export const calendarDateSchema = z
  .string({ error: '日期应为“年-月-日”格式，如 2026-12-31' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: '日期应为“年-月-日”格式，如 2026-12-31' })
  .refine(isRealCalendarDate, { error: '日期不存在，请检查年月日' })
  .refine((value) => !isRealCalendarDate(value) || (value >= EARLIEST_DATE && value <= latestPlanningDate()), {
    error: () => `日期应在${chineseDate(EARLIEST_DATE)}至${chineseDate(latestPlanningDate())}（今后${PLANNING_YEARS}年内）之间`,
  });

const plainText = { error: INVALID_CHARACTER_MESSAGE };
const isPlain = (value: string) => !hasInvalidCharacter(value);

export const text = (label: string, max: number) =>
  z
    .string({ error: `${label}应为文字` })
    .trim()
    .min(1, { error: `请填写${label}` })
    .max(max, { error: `${label}不能超过${max}字` })
    .refine(isPlain, plainText);

/** Optional text: empty string means "cleared" and is stored as null. */
const optionalText = (label: string, max: number) =>
  z
    .string({ error: `${label}应为文字` })
    .trim()
    .max(max, { error: `${label}不能超过${max}字` })
    .refine(isPlain, plainText)
    .transform((v) => (v === '' ? null : v))
    .nullable();

const optionalDate = calendarDateSchema.nullable().or(z.literal('').transform(() => null));

export const measureSchema = z
  .object({
    content: text('措施内容', 500),
    department: optionalText('措施责任部门', 50).optional(),
    owner: optionalText('措施责任人', 30).optional(),
    deadline: optionalDate.optional(),
    done: z.boolean({ error: '“是否完成”应为是或否' }).default(false),
  })
  .strict();

/** The fields a person edits; shared by create, edit and "补充信息并移动". */
const editableFields = {
  title: text('标题', 60),
  description: text('问题描述', 2000),
  source: text('问题来源', 30),
  batch: text('来源批次', 60),
  scope: z.enum(PROBLEM_SCOPES, { error: '班子/个人只能是“班子问题”或“个人问题”' }),
  person: optionalText('当事人', 30),
  category: text('问题类别', 30),
  rectifyType: z.enum(RECTIFY_TYPES, { error: '整改类型只能是立行立改、限期整改或长期坚持' }).nullable(),
  measures: z.array(measureSchema, { error: '整改措施应为列表' }).max(30, { error: '整改措施最多30条' }),
  leader: optionalText('责任领导', 30),
  leaderUserId: z.string({ error: '责任领导账号应为账号编号' }).uuid({ error: '责任领导账号不存在' }).nullable(),
  departmentId: z.string({ error: '责任部门应为部门编号' }).uuid({ error: '责任部门不存在' }).nullable(),
  coDepartmentIds: z.array(z.string().uuid({ error: '配合部门不存在' }), { error: '配合部门应为列表' }).max(20, { error: '配合部门最多20个' }),
  owner: optionalText('责任人', 30),
  ownerUserId: z.string({ error: '责任人账号应为账号编号' }).uuid({ error: '责任人账号不存在' }).nullable(),
  deadline: optionalDate,
  stageGoal: optionalText('阶段目标', 500),
  nextReviewDate: optionalDate,
  completion: optionalText('整改完成情况', 2000),
  causeAnalysis: optionalText('原因分析', 2000),
  causeTags: z
    .array(z.string({ error: '原因分析维度应为文字' }).trim().min(1).max(30), { error: '原因分析维度应为列表' })
    .max(8, { error: '原因分析维度最多8项' }),
  remarks: optionalText('备注', 500),
};

/** 个人问题 must name the member. */
const personNamedForIndividual = (v: { scope?: ProblemScope; person?: string | null }) =>
  !personMissing({ scope: v.scope ?? 'team', person: v.person ?? null });
const personRule = { error: PERSON_REQUIRED, path: ['person'] };

export const editableItemSchema = z.object(editableFields).strict();

export const createItemSchema = z
  .object({
    ...editableFields,
    person: editableFields.person.default(null),
    rectifyType: editableFields.rectifyType.default(null),
    measures: editableFields.measures.default([]),
    leader: editableFields.leader.default(null),
    leaderUserId: editableFields.leaderUserId.default(null),
    departmentId: editableFields.departmentId.default(null),
    coDepartmentIds: editableFields.coDepartmentIds.default([]),
    owner: editableFields.owner.default(null),
    ownerUserId: editableFields.ownerUserId.default(null),
    deadline: editableFields.deadline.default(null),
    stageGoal: editableFields.stageGoal.default(null),
    nextReviewDate: editableFields.nextReviewDate.default(null),
    completion: editableFields.completion.default(null),
    causeAnalysis: editableFields.causeAnalysis.default(null),
    causeTags: editableFields.causeTags.default([]),
    remarks: editableFields.remarks.default(null),
  })
  .strict()
  .refine(personNamedForIndividual, personRule);
export type CreateItemRequest = z.infer<typeof createItemSchema>;
export type CreateItemInput = z.input<typeof createItemSchema>;

export const versionSchema = z.number({ error: '缺少版本号（version），请刷新后重试' }).int({ error: '版本号应为整数' }).min(1, { error: '版本号应为正整数' });

/** Fields to change; only what is sent changes. */
export const itemChangesSchema = editableItemSchema.partial();
export type ItemChanges = z.infer<typeof itemChangesSchema>;

export const updateItemSchema = itemChangesSchema.extend({ version: versionSchema }).strict();
export type UpdateItemRequest = z.infer<typeof updateItemSchema>;

export const moveItemSchema = z
  .object({
    to: z.enum(COLUMN_KEYS, { error: '目标列不存在，应为 found、measures、deadline、in_progress 或 closed' }),
    version: versionSchema,
    /** Data the gate asked for, saved together with the move (all or nothing). */
    changes: itemChangesSchema.optional(),
    /** Why a department sends the card back (backwardMoveNeedsReason); kept in the history. */
    reason: z.string({ error: '退回理由应为文字' }).trim().max(500, { error: '退回理由不能超过500字' }).optional(),
  })
  .strict();
export type MoveItemRequest = z.infer<typeof moveItemSchema>;

const optionalQueryText = z.string().trim().max(60, { error: '筛选条件过长' }).optional();

/**
 * `asOf`: read the board (overdue list, dashboard, 台账 export) as it stood at the end of that office
 * day, rebuilt from the history. A past day or today; never later.
 */
export const asOfSchema = z
  .string({ error: '查看日期应为形如 2026-09-30 的日期' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: '查看日期应为形如 2026-09-30 的日期' })
  .refine(isRealCalendarDate, { error: '查看日期不是有效的日期' })
  .refine((value) => value >= EARLIEST_DATE, { error: `查看日期不能早于${chineseDate(EARLIEST_DATE)}` })
  .refine((value) => value <= officeToday(new Date()), { error: '不能查看今天以后的状态：历史只记录到今天' });

export const boardQuerySchema = z
  .object({
    asOf: asOfSchema.optional(),
    source: optionalQueryText,
    category: optionalQueryText,
    department: z.string().uuid({ error: '责任部门不存在' }).optional(),
    warning: z.enum(WARNING_LEVELS, { error: '预警等级只能是 red、yellow、green 或 none' }).optional(),
    q: optionalQueryText,
    /** Cards per column in one answer; the rest come page by page. */
    limit: z.coerce.number({ error: '每列数量应为数字' }).int().min(1).max(500).default(50),
  })
  .strict();
export type BoardQuery = z.infer<typeof boardQuerySchema>;
/** The board's filters (and `asOf`, the day it is read as of). */
export type BoardFilters = Omit<BoardQuery, 'limit'>;

/** The board's filters without paging: exports, reports and the dashboard. */
export const dashboardQuerySchema = boardQuerySchema.omit({ limit: true });

export const columnPageQuerySchema = boardQuerySchema.extend({
  /** The `next` of the page before (keyset paging: the position after its last card). */
  after: z.string().max(200, { error: '分页位置无效，请刷新看板' }).optional(),
});
export type ColumnPageQuery = z.infer<typeof columnPageQuerySchema>;
