/**
 * The board's card: what a card shows and what the board needs to move it, no more. The board asks
 * for hundreds of cards at once; the whole item comes when a card is opened (GET /api/items/:id).
 */
import type { BoardCard } from '../api-types.js';
import type { Warning } from '../warning/warning.js';
import { unmetGateFields, type GateInput } from '../workflow/gates.js';
import { lifecycleTags, reworkPending } from '../workflow/lifecycle.js';
import type { RectifyItem } from './item.js';

/** The stored fields a card is made of (the API reads just these columns for the board). */
export type BoardCardSource = GateInput &
  Pick<
    RectifyItem,
    | 'id'
    | 'code'
    | 'title'
    | 'status'
    | 'version'
    | 'source'
    | 'category'
    | 'scope'
    | 'person'
    | 'departmentId'
    | 'coDepartmentIds'
    | 'signoff'
    | 'signoffStage'
    | 'reviewRequirement'
    | 'round'
    | 'deadlineChanges'
    | 'extension'
    | 'openSupervisionCount'
    | 'closedVia'
  >;

/** One card, from the item's fields, its department's name and its light. Empty extras are left out. */
export function boardCardOf(item: BoardCardSource, departmentName: string | null, warning: Warning): BoardCard {
  const { dueDate, label, level } = warning;
  const card: BoardCard = {
    id: item.id,
    code: item.code,
    title: item.title,
    status: item.status,
    version: item.version,
    source: item.source,
    category: item.category,
    departmentId: item.departmentId,
    departmentName,
    signoff: item.signoff,
    warning: { level, label, dueDate },
  };
  if (item.scope === 'individual') card.person = item.person ?? '';
  if (item.coDepartmentIds.length > 0) card.coDepartmentIds = item.coDepartmentIds;
  const labels = lifecycleTags(item);
  if (labels.length > 0) card.labels = labels;
  // A rejection's 补充整改要求 stays on the card until the next application.
  if (reworkPending(item)) card.requirement = item.reviewRequirement!;
  const unmet = unmetGateFields(item);
  if (unmet.length > 0) card.unmet = unmet;
  return card;
}
