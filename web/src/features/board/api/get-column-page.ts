/** GET /api/board/columns/:key — the next cards of one column, for "加载更多". */
import type { BoardFilters, BoardResponse, ColumnKey, ColumnPage } from '@rectify/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import { appendColumnPage } from '../lib/board-cache';
import { BOARD_PAGE_SIZE, rememberShown } from './board-pages';

export function fetchColumnPage(key: ColumnKey, filters: BoardFilters, offset: number, limit: number, signal?: AbortSignal): Promise<ColumnPage> {
  return api.get<ColumnPage>(`/board/columns/${key}`, { ...filters, offset, limit }, signal);
}

export function useLoadMoreColumn(filters: BoardFilters) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ key, offset }: { key: ColumnKey; offset: number }) => fetchColumnPage(key, filters, offset, BOARD_PAGE_SIZE),
    onSuccess: (page) => {
      const board = queryClient.setQueryData<BoardResponse>(queryKeys.board(filters), (current) => current && appendColumnPage(current, page));
      const shown = board?.columns.find((c) => c.key === page.key)?.items.length ?? 0;
      rememberShown(filters, page.key, shown);
    },
  });
}
