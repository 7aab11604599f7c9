/** GET /api/items/:id — one item with everything the drawer shows. */
import type { ItemView } from '@rectify/shared';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export function fetchItem(id: string, signal?: AbortSignal): Promise<ItemView> {
  return api.get<ItemView>(`/items/${encodeURIComponent(id)}`, undefined, signal);
}

export function useItem(id: string | null) {
  return useQuery({
    queryKey: queryKeys.item(id ?? ''),
    queryFn: ({ signal }) => fetchItem(id!, signal),
    enabled: !!id,
  });
}
