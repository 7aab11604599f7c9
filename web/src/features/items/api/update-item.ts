/** PATCH /api/items/:id — save changed fields; `version` is the one read, so a stale save gets 409. */
import type { ItemView, UpdateItemRequest } from '@rectify/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export function updateItem(id: string, body: UpdateItemRequest): Promise<ItemView> {
  return api.patch<ItemView>(`/items/${encodeURIComponent(id)}`, body);
}

export function useUpdateItem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateItemRequest }) => updateItem(id, body),
    onSuccess: (item) => {
      queryClient.setQueryData(queryKeys.item(item.id), item);
      void queryClient.invalidateQueries({ queryKey: queryKeys.history(item.id) });
      return queryClient.invalidateQueries({ queryKey: queryKeys.boards });
    },
  });
}
