/** POST /api/items/:id/progress — one dated 整改进展 entry. */
import type { ProgressEntryRequest, ProgressEntryView } from '@rectify/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export function addProgress(itemId: string, body: ProgressEntryRequest): Promise<ProgressEntryView> {
  return api.post<ProgressEntryView>(`/items/${encodeURIComponent(itemId)}/progress`, body);
}

export function useAddProgress() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ itemId, body }: { itemId: string; body: ProgressEntryRequest }) => addProgress(itemId, body),
    onSuccess: (_entry, { itemId }) =>
      Promise.all([queryClient.invalidateQueries({ queryKey: queryKeys.item(itemId) }), queryClient.invalidateQueries({ queryKey: queryKeys.boards })]),
  });
}
