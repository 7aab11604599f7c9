/**
 * Pure edits of the cached BoardResponse: the optimistic move, putting the server's answer in place,
 * and appending a column's next page. Kept free of React so they are easy to test.
 */
import {
  boardCardOf,
  computeWarning,
  moveTo,
  reworkPending,
  signoffTag,
  SIGNOFF_REVIEW_TAGS,
  type StepContext,
  type BoardCard,
  type BoardResponse,
  type ColumnKey,
  type ColumnPage,
  type ItemChanges,
  type ItemView,
} from '@rectify/shared';

export function findCard(board: BoardResponse, id: string): BoardCard | undefined {
  for (const column of board.columns) {
    const found = column.items.find((item) => item.id === id);
    if (found) return found;
  }
  return undefined;
}

/** The board's card for an item the API returned whole (a move's answer). */
export function cardOf(item: ItemView): BoardCard {
  return boardCardOf(item, item.departmentName, item.warning);
}

/**
 * Cards are listed most urgent first. Put a card where it will most likely be after the refetch,
 * so it does not jump: by due date, cards without a date last.
 */
function insertByDueDate(items: BoardCard[], card: BoardCard): BoardCard[] {
  const due = card.warning.dueDate;
  const index = due === null ? items.length : items.findIndex((other) => other.warning.dueDate === null || other.warning.dueDate > due);
  const at = index === -1 ? items.length : index;
  return [...items.slice(0, at), card, ...items.slice(at)];
}

/** What a move shows at once: the data supplied with it, and the department name to show meanwhile. */
export type CardPatch = Partial<ItemChanges> & Partial<Pick<BoardCard, 'departmentName'>>;

/** Who moves the card, for the shared step (the board shows none of it; the server records the real one). */
const SOMEONE: StepContext['actor'] = { id: '', displayName: '', role: 'department', departmentId: null };

/**
 * The card in `to`, with `patch` applied and what the shared step makes of the move (moveTo: into
 * 销号 it is 申请销号, 待审核, never 已销号), its light recomputed by the shared rule. The server's
 * answer replaces it moments later.
 */
export function moveCardInBoard(
  board: BoardResponse,
  id: string,
  to: ColumnKey,
  patch: CardPatch = {},
  now = new Date(),
  actor: StepContext['actor'] = SOMEONE,
): BoardResponse {
  const card = findCard(board, id);
  if (!card) return board;
  const { changes } = moveTo(card, to, { actor, now });
  const status = changes.status ?? to;
  const signoff = changes.signoff ?? card.signoff;
  const warning = computeWarning(
    {
      status,
      signoff,
      rectifyType: patch.rectifyType ?? null,
      deadline: patch.deadline ?? card.warning.dueDate,
      nextReviewDate: patch.nextReviewDate ?? card.warning.dueDate,
    },
    now,
  );
  // The card's lifecycle tags, with the review tag the step sets in place of any it had.
  const review = signoffTag({ status, signoff, signoffStage: changes.signoffStage ?? null });
  const others = (card.labels ?? []).filter((label) => !(SIGNOFF_REVIEW_TAGS as readonly string[]).includes(label));
  const labels = review ? [review, ...others] : others;
  const requirement = changes.reviewRequirement !== undefined ? changes.reviewRequirement : (card.requirement ?? null);
  const { labels: _labels, requirement: _requirement, ...rest } = card;
  const moved: BoardCard = {
    ...rest,
    status,
    signoff,
    departmentName: patch.departmentName ?? card.departmentName,
    warning: { level: warning.level, label: warning.label, dueDate: warning.dueDate },
    ...(labels.length > 0 ? { labels } : {}),
    ...(requirement && reworkPending({ status, reviewRequirement: requirement }) ? { requirement } : {}),
  };
  return {
    ...board,
    columns: board.columns.map((column) => {
      const had = column.items.some((item) => item.id === id);
      let items = had ? column.items.filter((item) => item.id !== id) : column.items;
      let total = had ? column.total - 1 : column.total;
      if (column.key === to) {
        items = insertByDueDate(items, moved);
        total += 1;
      }
      return items === column.items && total === column.total ? column : { ...column, items, total };
    }),
  };
}

/** Replace a card by the server's version of it, wherever the server says it now is. */
export function replaceCardInBoard(board: BoardResponse, item: BoardCard): BoardResponse {
  const current = findCard(board, item.id);
  if (!current) return board;
  const placed = current.status === item.status ? board : moveCardInBoard(board, item.id, item.status);
  return {
    ...placed,
    columns: placed.columns.map((column) =>
      column.items.some((c) => c.id === item.id) ? { ...column, items: column.items.map((c) => (c.id === item.id ? item : c)) } : column,
    ),
  };
}

/** Append a column's next page (skipping any card already shown, in case the board shifted). */
export function appendColumnPage(board: BoardResponse, page: ColumnPage): BoardResponse {
  return {
    ...board,
    columns: board.columns.map((column) => {
      if (column.key !== page.key) return column;
      const shown = new Set(column.items.map((item) => item.id));
      return { ...column, total: page.total, next: page.next, items: [...column.items, ...page.items.filter((item) => !shown.has(item.id))] };
    }),
  };
}
