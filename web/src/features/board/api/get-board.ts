/** GET /api/board — five columns with their totals and the first, most urgent cards of each. */
import type { BoardFilters, BoardResponse } from '@rectify/shared';
import { keepPreviousData, useQuery, type QueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import { appendColumnPage } from '../lib/board-cache';
import { parseFilters } from '../lib/filters';
import { BOARD_PAGE_SIZE, MAX_PAGE_SIZE, extraShown } from './board-pages';
import { fetchColumnPage } from './get-column-page';

export async function fetchBoard(filters: BoardFilters, signal?: AbortSignal): Promise<BoardResponse> {
  let board = await api.get<BoardResponse>('/board', { ...filters, limit: BOARD_PAGE_SIZE }, signal);
  // Refill the columns the clerk had scrolled down, so a refresh after a move keeps the scroll position.
  for (const column of board.columns) {
    let wanted = extraShown(filters, column.key);
    while (wanted > 0) {
      const current = board.columns.find((c) => c.key === column.key)!;
      if (!current.next) break;
      const limit = Math.min(wanted, MAX_PAGE_SIZE);
      const page = await fetchColumnPage(column.key, filters, current.next, limit, signal);
      board = appendColumnPage(board, page);
      if (page.items.length === 0) break;
      wanted -= limit;
    }
  }
  return board;
}

export function useBoard(filters: BoardFilters) {
  return useQuery({
    queryKey: queryKeys.board(filters),
    queryFn: ({ signal }) => fetchBoard(filters, signal),
    // Keep the old board on screen while a new filter loads, instead of flashing an empty page.
    placeholderData: keepPreviousData,
  });
}

/**
 * Started by the first script beside GET /api/auth/me, for a page opened on the board (`search` is
 * its URL's): the board's data does not wait for the session, nor for the page to be drawn.
 */
export function prefetchBoard(queryClient: QueryClient, search: string): Promise<void> {
  const filters = parseFilters(new URLSearchParams(search));
  return queryClient.prefetchQuery({ queryKey: queryKeys.board(filters), queryFn: ({ signal }) => fetchBoard(filters, signal) });
}
