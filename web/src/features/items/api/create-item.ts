/** POST /api/items — register a problem; it starts in 发现问题 and the server assigns its 编号. */
import type { CreateItemInput, ItemView } from '@rectify/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export function createItem(input: CreateItemInput): Promise<ItemView> {
  return api.post<ItemView>('/items', input);
}

export function useCreateItem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createItem,
    onSuccess: (item) => {
      queryClient.setQueryData(queryKeys.item(item.id), item);
      return queryClient.invalidateQueries({ queryKey: queryKeys.boards });
    },
  });
}
