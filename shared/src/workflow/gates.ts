/**
 * The workflow, in one place: what a card needs to enter each column, and which moves are allowed.
 * The API enforces these rules for every client; the board calls the same functions to dim the
 * columns a dragged card may not enter. Nothing else decides a move.
 */
import type { Actor } from '../access/roles.js';
import type { ItemFields, ItemLifecycle } from '../item/item.js';
import { COLUMN_KEYS, COLUMN_TITLES, columnIndex, type ColumnKey } from './columns.js';

/** The item data a gate may read. `evidenceCount` is the number of 佐证材料 files already uploaded. */
export type GateInput = Pick<
  ItemFields,
  'measures' | 'departmentId' | 'leader' | 'rectifyType' | 'deadline' | 'stageGoal' | 'nextReviewDate' | 'owner' | 'completion' | 'causeAnalysis'
> &
  Pick<ItemLifecycle, 'evidenceCount'>;

/** A field a gate can ask for; the board's "补充信息" form shows exactly these. */
export type GateField = keyof GateInput;

/** One unmet requirement: which column asked for it, which field satisfies it, and why, in Chinese. */
export interface GateReason {
  column: ColumnKey;
  field: GateField | null;
  message: string;
}

interface Requirement {
  field: GateField;
  message: string;
  /** When present, the requirement applies only if this returns true. */
  appliesTo?: (item: GateInput) => boolean;
  isMet: (item: GateInput) => boolean;
}

const filled = (value: string | null | undefined) => typeof value === 'string' && value.trim().length > 0;
const isLongTerm = (item: GateInput) => item.rectifyType === 'long_term';

/** What each column demands of a card entering it (domain.md, "The board"). */
export const GATES: Record<ColumnKey, readonly Requirement[]> = {
  found: [],
  measures: [
    { field: 'measures', message: '缺少整改措施', isMet: (i) => i.measures.some((m) => filled(m.content)) },
    { field: 'departmentId', message: '未指定责任部门', isMet: (i) => filled(i.departmentId) },
    { field: 'leader', message: '未指定责任领导', isMet: (i) => filled(i.leader) },
  ],
  deadline: [
    { field: 'rectifyType', message: '未选择整改类型', isMet: (i) => i.rectifyType !== null },
    {
      field: 'deadline',
      message: '缺少整改时限',
      appliesTo: (i) => !isLongTerm(i),
      isMet: (i) => filled(i.deadline),
    },
    { field: 'stageGoal', message: '长期坚持事项缺少阶段目标', appliesTo: isLongTerm, isMet: (i) => filled(i.stageGoal) },
    {
      field: 'nextReviewDate',
      message: '长期坚持事项缺少下次复核日期',
      appliesTo: isLongTerm,
      isMet: (i) => filled(i.nextReviewDate),
    },
  ],
  in_progress: [{ field: 'owner', message: '未指定责任人', isMet: (i) => filled(i.owner) }],
  // Entering 销号 is the department's 申请销号: a reviewer from elsewhere then approves or rejects it
  // (lifecycle.ts). "纸上整改" is what the evidence requirement guards against.
  closed: [
    { field: 'completion', message: '缺少整改完成情况', isMet: (i) => filled(i.completion) },
    // 原因分析 feeds the report's causes: a closed item without it would leave the section thin.
    { field: 'causeAnalysis', message: '缺少原因分析（申请销号须填写，汇总报告据此分析原因）', isMet: (i) => filled(i.causeAnalysis) },
    { field: 'evidenceCount', message: '缺少佐证材料（申请销号须至少上传一份）', isMet: (i) => i.evidenceCount > 0 },
  ],
};

/** Every unmet requirement of one column's gate. */
export function unmetRequirements(column: ColumnKey, item: GateInput): GateReason[] {
  return GATES[column].filter((r) => (r.appliesTo ? r.appliesTo(item) : true) && !r.isMet(item)).map((r) => ({ column, field: r.field, message: r.message }));
}

export interface MoveCheck {
  allowed: boolean;
  /** Every reason the move is refused; empty when allowed. */
  reasons: GateReason[];
}

/**
 * May a card in `from` move to `to`?
 * - forward, even past several columns, only when every gate on the way is met;
 * - back to an earlier column to revise: yes;
 * - out of 销号: never (reopening after 回头看 is a separate, reviewed action).
 * A card in a column meets every gate up to it (checkEdit keeps it so), so checking all gates up to
 * the target is the same as checking those on the way, and also catches `changes` sent with the move
 * that would clear data an earlier gate asked for.
 */
export function checkMove(from: ColumnKey, to: ColumnKey, item: GateInput): MoveCheck {
  return directionCheck(from, to) ?? checkGatesUpTo(to, item);
}

/**
 * The requirements of every gate an item does not meet, by field (each requirement has its own
 * field). A board card carries this list instead of the long fields the gates read, and the board
 * asks `checkCardMove`: the same rules, decided on the server's reading of the item.
 */
export function unmetGateFields(item: GateInput): GateField[] {
  return COLUMN_KEYS.flatMap((column) => unmetRequirements(column, item).map((r) => r.field as GateField));
}

/** checkMove for a card that carries its unmet requirements (`unmetGateFields`) rather than its fields. */
export function checkCardMove(card: { status: ColumnKey; unmet?: readonly GateField[] }, to: ColumnKey): MoveCheck {
  const unmet = new Set(card.unmet ?? []);
  return (
    directionCheck(card.status, to) ??
    gatesUpTo(to, (column) => GATES[column].filter((r) => unmet.has(r.field)).map((r) => ({ column, field: r.field, message: r.message })))
  );
}

/** Moves refused whatever the card holds: onto its own column, or out of 销号. */
function directionCheck(from: ColumnKey, to: ColumnKey): MoveCheck | null {
  if (from === to) {
    return refuse({ column: to, field: null, message: `事项已在「${COLUMN_TITLES[to]}」列` });
  }
  if (from === 'closed') {
    return refuse({ column: to, field: null, message: '销号列的事项不能拖出：待审核的由审核人通过或退回，已销号的如需重新整改请走“回头看”程序' });
  }
  return null;
}

/** Why a co-operating department may not enter 销号 (申请销号 is the lead department's). */
export const LEAD_APPLIES_FOR_SIGNOFF = '只有牵头部门或领导可以申请销号；配合部门请填报整改进展、上传佐证材料';

/**
 * checkMove for this actor: entering 销号 is 申请销号, which only the lead department (or a leader)
 * makes; a co-operating department reports progress and evidence. The API asks this.
 */
export function checkMoveBy(actor: Pick<Actor, 'role' | 'departmentId'>, from: ColumnKey, to: ColumnKey, item: GateInput): MoveCheck {
  return withApplicantRule(actor, from, to, item.departmentId, checkMove(from, to, item));
}

/** Why a department must say why it sends a card back (the history keeps the reason). */
export const BACKWARD_MOVE_REASON = '责任部门将卡片退回前面的列，须说明理由';

/**
 * A department sending its card back (整改中 → 明确时限, …) undoes work a leader may rely on: it says
 * why, and the reason goes into the history with the move. Leaders revise without one.
 */
export function backwardMoveNeedsReason(actor: Pick<Actor, 'role'>, from: ColumnKey, to: ColumnKey): boolean {
  return actor.role === 'department' && from !== 'closed' && columnIndex(to) < columnIndex(from);
}

/** checkCardMove for this actor (the board's slim cards): the same applicant rule as checkMoveBy. */
export function checkCardMoveBy(
  actor: Pick<Actor, 'role' | 'departmentId'>,
  card: { status: ColumnKey; departmentId: string | null; unmet?: readonly GateField[] },
  to: ColumnKey,
): MoveCheck {
  return withApplicantRule(actor, card.status, to, card.departmentId, checkCardMove(card, to));
}

function withApplicantRule(
  actor: Pick<Actor, 'role' | 'departmentId'>,
  from: ColumnKey,
  to: ColumnKey,
  leadDepartmentId: string | null,
  check: MoveCheck,
): MoveCheck {
  if (to !== 'closed' || from === 'closed' || actor.role !== 'department' || leadDepartmentId === actor.departmentId) return check;
  return { allowed: false, reasons: [{ column: to, field: null, message: LEAD_APPLIES_FOR_SIGNOFF }, ...check.reasons] };
}

/** Every unmet requirement of every gate from the first column up to and including `column`. */
function checkGatesUpTo(column: ColumnKey, item: GateInput): MoveCheck {
  return gatesUpTo(column, (c) => unmetRequirements(c, item));
}

function gatesUpTo(column: ColumnKey, unmetOf: (column: ColumnKey) => GateReason[]): MoveCheck {
  const reasons = COLUMN_KEYS.slice(0, columnIndex(column) + 1).flatMap(unmetOf);
  return { allowed: reasons.length === 0, reasons };
}

/** The fields a form must ask for so that the move can go through (in gate order, no repeats). */
export function missingFields(check: MoveCheck): GateField[] {
  return [...new Set(check.reasons.flatMap((r) => (r.field ? [r.field] : [])))];
}

/** True when the refusal can be cured by filling fields (as opposed to a forbidden direction). */
export function isCurableByData(check: MoveCheck): boolean {
  return !check.allowed && check.reasons.every((r) => r.field !== null);
}

/** One sentence for a person: "不能移入「明确时限」：缺少整改时限；未选择整改类型". */
export function describeRefusal(to: ColumnKey, check: MoveCheck): string {
  return `不能移入「${COLUMN_TITLES[to]}」：${check.reasons.map((r) => r.message).join('；')}`;
}

function refuse(reason: GateReason): MoveCheck {
  return { allowed: false, reasons: [reason] };
}

/**
 * May an item in `column` take these field values? A card must keep meeting every gate it has
 * passed (clearing the deadline of a card in 整改中 is refused), and a closed card is not edited.
 */
export function checkEdit(column: ColumnKey, after: GateInput): MoveCheck {
  if (column === 'closed') {
    return refuse({ column, field: null, message: '销号列的事项不能修改：待审核的请等审核结果，已销号的如需重新整改请走“回头看”程序' });
  }
  return checkGatesUpTo(column, after);
}
