/** GET /api/items/:id/history — who changed what and when; the record only grows. */
import type { ItemEventView } from '@rectify/shared';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export function fetchItemHistory(id: string, signal?: AbortSignal): Promise<ItemEventView[]> {
  return api.get<ItemEventView[]>(`/items/${encodeURIComponent(id)}/history`, undefined, signal);
}

export function useItemHistory(id: string, enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.history(id),
    queryFn: ({ signal }) => fetchItemHistory(id, signal),
    enabled,
  });
}
