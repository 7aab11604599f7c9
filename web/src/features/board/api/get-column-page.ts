/** GET /api/board/columns/:key — the next cards of one column, fetched as the column is scrolled. */
import type { BoardFilters, BoardResponse, ColumnKey, ColumnPage } from '@rectify/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import { appendColumnPage } from '../lib/board-cache';
import { BOARD_PAGE_SIZE, rememberShown } from './board-pages';

/** `after` is the `next` of the page before (keyset paging). */
export function fetchColumnPage(key: ColumnKey, filters: BoardFilters, after: string, limit: number, signal?: AbortSignal): Promise<ColumnPage> {
  return api.get<ColumnPage>(`/board/columns/${key}`, { ...filters, after, limit }, signal);
}

export function useLoadMoreColumn(filters: BoardFilters) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ key, after }: { key: ColumnKey; after: string }) => fetchColumnPage(key, filters, after, BOARD_PAGE_SIZE),
    onSuccess: (page) => {
      const board = queryClient.setQueryData<BoardResponse>(queryKeys.board(filters), (current) => current && appendColumnPage(current, page));
      const shown = board?.columns.find((c) => c.key === page.key)?.items.length ?? 0;
      rememberShown(filters, page.key, shown);
    },
  });
}
