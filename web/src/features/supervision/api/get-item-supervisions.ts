/** GET /api/items/:id/supervisions — the item's 督办单, open and replied. */
import type { SupervisionView } from '@rectify/shared';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export const itemSupervisionsKey = (itemId: string) => ['item', itemId, 'supervisions'] as const;

export function useItemSupervisions(itemId: string) {
  return useQuery({ queryKey: itemSupervisionsKey(itemId), queryFn: () => api.get<SupervisionView[]>(`/items/${itemId}/supervisions`) });
}
