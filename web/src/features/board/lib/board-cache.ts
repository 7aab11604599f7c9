/**
 * Pure edits of the cached BoardResponse: the optimistic move, putting the server's answer in place,
 * and appending a "加载更多" page. Kept free of React so they are easy to test.
 */
import { computeWarning, type BoardResponse, type ColumnKey, type ColumnPage, type ItemView } from '@rectify/shared';

export function findCard(board: BoardResponse, id: string): ItemView | undefined {
  for (const column of board.columns) {
    const found = column.items.find((item) => item.id === id);
    if (found) return found;
  }
  return undefined;
}

/**
 * Cards are listed most urgent first. Put a card where it will most likely be after the refetch,
 * so it does not jump: by due date, cards without a date last.
 */
function insertByDueDate(items: ItemView[], card: ItemView): ItemView[] {
  const due = card.warning.dueDate;
  const index = due === null ? items.length : items.findIndex((other) => other.warning.dueDate === null || other.warning.dueDate > due);
  const at = index === -1 ? items.length : index;
  return [...items.slice(0, at), card, ...items.slice(at)];
}

/** The card in `to`, with `patch` (data supplied with the move) applied and its warning recomputed. */
export function moveCardInBoard(board: BoardResponse, id: string, to: ColumnKey, patch: Partial<ItemView> = {}, now = new Date()): BoardResponse {
  const card = findCard(board, id);
  if (!card) return board;
  const moved: ItemView = { ...card, ...patch, status: to };
  moved.warning = computeWarning(moved, now);
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
export function replaceCardInBoard(board: BoardResponse, item: ItemView): BoardResponse {
  const current = findCard(board, item.id);
  if (!current) return board;
  if (current.status !== item.status) return moveCardInBoard(board, item.id, item.status, item);
  return {
    ...board,
    columns: board.columns.map((column) =>
      column.items.some((c) => c.id === item.id) ? { ...column, items: column.items.map((c) => (c.id === item.id ? item : c)) } : column,
    ),
  };
}

/** Append a page of cards to a column (skipping any already shown, in case the board shifted). */
export function appendColumnPage(board: BoardResponse, page: ColumnPage): BoardResponse {
  return {
    ...board,
    columns: board.columns.map((column) => {
      if (column.key !== page.key) return column;
      const shown = new Set(column.items.map((item) => item.id));
      return { ...column, total: page.total, items: [...column.items, ...page.items.filter((item) => !shown.has(item.id))] };
    }),
  };
}
