/**
 * The lifecycle endpoints each answer with the updated item. One mutation shape for all of them:
 * put the answer in the item's cache, and refresh its history and the boards.
 */
import type { ItemView } from '@rectify/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../../lib/query-keys';

export function useItemStep<Body>(send: (id: string, body: Body) => Promise<ItemView>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: Body }) => send(id, body),
    onSuccess: (item) => {
      queryClient.setQueryData(queryKeys.item(item.id), item);
      void queryClient.invalidateQueries({ queryKey: queryKeys.history(item.id) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.worklist });
      return queryClient.invalidateQueries({ queryKey: queryKeys.boards });
    },
  });
}
