import type { QueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../../lib/query-keys';

/** A 督办单 issued or answered changes the item (its counters), its card, and the open list. */
export function refreshAfterSupervision(queryClient: QueryClient): void {
  void queryClient.invalidateQueries({ queryKey: queryKeys.items });
  void queryClient.invalidateQueries({ queryKey: queryKeys.boards });
  void queryClient.invalidateQueries({ queryKey: queryKeys.openSupervisions });
}
