/**
 * The item forms' values ⇄ API shapes. Validation itself is the shared schemas'; this only moves
 * data between antd's form representation ('' for an empty input, rows for measures) and the API's.
 */
import { unmetRequirements, type CreateItemInput, type GateField, type ItemView, type Measure, type ProblemScope, type RectifyType } from '@rectify/shared';

export interface MeasureRow {
  content?: string;
  department?: string | null;
  owner?: string | null;
  deadline?: string | null;
  done?: boolean;
}

export interface ItemFormValues {
  title?: string;
  description?: string;
  source?: string;
  batch?: string;
  scope?: ProblemScope;
  person?: string | null;
  category?: string;
  rectifyType?: RectifyType | null;
  measures?: MeasureRow[];
  leader?: string | null;
  leaderUserId?: string | null;
  departmentId?: string | null;
  coDepartmentIds?: string[];
  owner?: string | null;
  ownerUserId?: string | null;
  deadline?: string | null;
  stageGoal?: string | null;
  nextReviewDate?: string | null;
  completion?: string | null;
  causeAnalysis?: string | null;
  causeTags?: string[];
  remarks?: string | null;
}

export const EDITABLE_KEYS = [
  'title',
  'description',
  'source',
  'batch',
  'scope',
  'person',
  'category',
  'rectifyType',
  'measures',
  'leader',
  'leaderUserId',
  'departmentId',
  'coDepartmentIds',
  'owner',
  'ownerUserId',
  'deadline',
  'stageGoal',
  'nextReviewDate',
  'completion',
  'causeAnalysis',
  'causeTags',
  'remarks',
] as const satisfies readonly (keyof ItemFormValues)[];

/**
 * Which date fields an item of this 整改类型 has: 整改时限, or 阶段目标 + 下次复核日期 for 长期坚持.
 * Read off the 明确时限 gate (what it would demand of an item with nothing filled in), so the
 * form and the gate cannot disagree.
 */
export function timeFieldsFor(rectifyType: RectifyType | null | undefined): GateField[] {
  const blank = {
    measures: [],
    departmentId: null,
    leader: null,
    rectifyType: rectifyType ?? null,
    deadline: null,
    stageGoal: null,
    nextReviewDate: null,
    owner: null,
    completion: null,
    causeAnalysis: null,
    evidenceCount: 0,
  };
  return unmetRequirements('deadline', blank)
    .map((r) => r.field)
    .filter((field): field is GateField => field !== null && field !== 'rectifyType');
}

export function measuresFromRows(rows: MeasureRow[] | undefined): Measure[] {
  return (rows ?? []).map((row) => ({
    content: (row?.content ?? '').trim(),
    department: row?.department?.trim() ? row.department.trim() : null,
    owner: row?.owner?.trim() ? row.owner.trim() : null,
    deadline: row?.deadline || null,
    done: !!row?.done,
  }));
}

export function itemToFormValues(item: ItemView): ItemFormValues {
  return {
    title: item.title,
    description: item.description,
    source: item.source,
    batch: item.batch,
    scope: item.scope,
    person: item.person ?? '',
    category: item.category,
    rectifyType: item.rectifyType,
    measures: item.measures.map((m) => ({
      content: m.content,
      department: m.department ?? '',
      owner: m.owner ?? '',
      deadline: m.deadline ?? null,
      done: m.done,
    })),
    leader: item.leader ?? '',
    leaderUserId: item.leaderUserId ?? null,
    departmentId: item.departmentId,
    coDepartmentIds: item.coDepartmentIds,
    owner: item.owner ?? '',
    ownerUserId: item.ownerUserId ?? null,
    deadline: item.deadline,
    stageGoal: item.stageGoal ?? '',
    nextReviewDate: item.nextReviewDate,
    completion: item.completion ?? '',
    causeAnalysis: item.causeAnalysis ?? '',
    causeTags: item.causeTags ?? [],
    remarks: item.remarks ?? '',
  };
}

/** One comparable value per field: '' and null and undefined all mean "empty". */
function comparable(key: keyof ItemFormValues, value: unknown): unknown {
  if (key === 'measures') return measuresFromRows(value as MeasureRow[] | undefined);
  if (key === 'coDepartmentIds' || key === 'causeTags') return value ?? [];
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
  return value ?? null;
}

/** Only the fields the clerk changed, in API shape (PATCH sends nothing else). */
export function changedFields(initial: ItemFormValues, current: ItemFormValues): Record<string, unknown> {
  const changes: Record<string, unknown> = {};
  for (const key of EDITABLE_KEYS) {
    if (!(key in current)) continue;
    const before = comparable(key, initial[key]);
    const after = comparable(key, current[key]);
    if (JSON.stringify(before) !== JSON.stringify(after)) changes[key] = key === 'measures' ? after : (current[key] ?? null);
  }
  return changes;
}

const TEXT_KEYS: readonly (keyof ItemFormValues)[] = ['title', 'description', 'source', 'batch', 'category'];

/** The create form's values as createItemSchema input (the schema fills the defaults). */
export function createInputFrom(values: ItemFormValues): CreateItemInput {
  const input: Record<string, unknown> = {};
  for (const key of EDITABLE_KEYS) {
    // An untouched text input or select is empty text (the schema then says "请填写…", not "应为文字").
    const value = values[key] === undefined && TEXT_KEYS.includes(key) ? '' : values[key];
    if (value === undefined) continue;
    input[key] = key === 'measures' ? measuresFromRows(value as MeasureRow[]) : value;
  }
  // 当事人 belongs to 个人问题 only; a name typed before switching to 班子问题 is dropped.
  if (values.scope !== 'individual') input.person = null;
  return input as CreateItemInput;
}
