/**
 * The "补充信息" form's logic: which fields to ask for when a gate lacks data, and turning the
 * answers into the `changes` of a move. Every decision is checkMove's; nothing here knows a rule.
 */
import {
  checkMove,
  COLUMN_KEYS,
  GATES,
  itemChangesSchema,
  missingFields,
  type ColumnKey,
  type GateField,
  type GateInput,
  type ItemChanges,
  type ItemView,
  type RectifyType,
} from '@rectify/shared';
import { fieldErrorsFromIssues, type FieldErrors } from '../../../lib/form-errors';

/** Every field some gate can ask for, in gate order. */
export const GATE_FIELDS: readonly GateField[] = [...new Set(COLUMN_KEYS.flatMap((column) => GATES[column].map((r) => r.field)))];

/** What the form holds (measures as rows of text). */
export interface SupplementValues {
  measures?: Array<{ content?: string } | undefined>;
  departmentId?: string | null;
  leader?: string | null;
  rectifyType?: RectifyType | null;
  deadline?: string | null;
  stageGoal?: string | null;
  nextReviewDate?: string | null;
  owner?: string | null;
  completion?: string | null;
  causeAnalysis?: string | null;
  /** How many 佐证材料 files the item has once the form's uploads are in (uploads save at once). */
  evidenceCount?: number;
}

export const INITIAL_SUPPLEMENT_VALUES: SupplementValues = { measures: [{ content: '' }] };

function measuresOf(rows: SupplementValues['measures']) {
  return (rows ?? []).map((row) => ({ content: (row?.content ?? '').trim(), done: false }));
}

/** The item as it would be with the form's answers (fields the form does not hold keep the item's value). */
export function draftOf(item: ItemView, values: SupplementValues): GateInput {
  const draft: GateInput = {
    measures: item.measures,
    departmentId: item.departmentId,
    leader: item.leader,
    rectifyType: item.rectifyType,
    deadline: item.deadline,
    stageGoal: item.stageGoal,
    nextReviewDate: item.nextReviewDate,
    owner: item.owner,
    completion: item.completion,
    causeAnalysis: item.causeAnalysis,
    evidenceCount: item.evidenceCount,
  };
  for (const field of GATE_FIELDS) {
    const value = values[field];
    if (value === undefined) continue;
    if (field === 'measures') draft.measures = measuresOf(values.measures);
    else (draft as Record<string, unknown>)[field] = value;
  }
  return draft;
}

/**
 * The fields to show, recomputed on every change of the form: a field is asked for when the move
 * would still lack it if only that field were left as the item has it. So a field does not vanish
 * while it is being typed into, yet choosing 长期坚持 swaps 整改时限 for 阶段目标 + 下次复核日期.
 */
export function fieldsToAsk(item: ItemView, to: ColumnKey, values: SupplementValues = {}): GateField[] {
  const draft = draftOf(item, values);
  return GATE_FIELDS.filter((field) => {
    const withItemValue = { ...draft, [field]: item[field] } as GateInput;
    return missingFields(checkMove(item.status, to, withItemValue)).includes(field);
  });
}

/** The answers to the asked fields, in the shape of the shared itemChangesSchema's input. */
export function changesFrom(fields: readonly GateField[], values: SupplementValues): Record<string, unknown> {
  const changes: Record<string, unknown> = {};
  for (const field of fields) {
    // Files are uploaded on their own as they are chosen; the move carries no file data.
    if (field === 'evidenceCount') continue;
    if (field === 'measures') changes.measures = measuresOf(values.measures);
    else changes[field] = values[field] ?? null;
  }
  return changes;
}

export type SupplementResult = { ok: true; changes: ItemChanges } | { ok: false; fieldErrors: FieldErrors[]; messages: string[] };

/**
 * Validate with the shared schema (format: dates, lengths) and with the gate itself (do the answers
 * satisfy it?), reporting both at once, so the clerk sees every sentence the server would answer.
 */
export function validateSupplement(item: ItemView, to: ColumnKey, values: SupplementValues): SupplementResult {
  const fields = fieldsToAsk(item, to, values);
  const parsed = itemChangesSchema.safeParse(changesFrom(fields, values));
  const fieldErrors = parsed.success ? [] : fieldErrorsFromIssues(parsed.error.issues);
  const flagged = new Set(fieldErrors.map((e) => e.name[0]));

  // Uploaded files are not a change the move carries, but they count for the gate.
  const draft = parsed.success ? ({ ...draftOf(item, { evidenceCount: values.evidenceCount }), ...parsed.data } as GateInput) : draftOf(item, values);
  const check = checkMove(item.status, to, draft);
  const messages: string[] = [];
  const gateErrors = new Map<GateField, string[]>();
  for (const reason of check.reasons) {
    if (reason.field && fields.includes(reason.field)) {
      // A field the schema already flagged (e.g. an empty measure row) needs no second message.
      if (!flagged.has(reason.field)) gateErrors.set(reason.field, [...(gateErrors.get(reason.field) ?? []), reason.message]);
    } else {
      messages.push(reason.message);
    }
  }
  fieldErrors.push(...[...gateErrors].map(([name, errors]) => ({ name: [name], errors })));

  if (parsed.success && check.allowed) return { ok: true, changes: parsed.data };
  return { ok: false, fieldErrors, messages };
}
