/**
 * POST /api/items/:id/move — move a card to another column, with the data its gate asked for
 * (`changes`, saved together with the move). Optimistic: the card moves at once and goes back if
 * the server refuses (TanStack Query's snapshot / restore / invalidate pattern).
 */
import type { BoardCard, BoardResponse, ColumnKey, ItemChanges, ItemView, MoveItemRequest } from '@rectify/shared';
import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { useCurrentUser } from '../../auth';
import { queryKeys } from '../../../lib/query-keys';
import { cardOf, moveCardInBoard, replaceCardInBoard, type CardPatch } from '../lib/board-cache';

const MOVE_KEY = ['move-item'] as const;

export function moveItem(id: string, body: MoveItemRequest): Promise<ItemView> {
  return api.post<ItemView>(`/items/${encodeURIComponent(id)}/move`, body);
}

export interface MoveVariables {
  /** The card (or the whole item, from the 补充信息 form): its id, column and version are what a move names. */
  item: Pick<BoardCard, 'id' | 'status' | 'version'>;
  to: ColumnKey;
  /** Data the gate asked for (the 补充信息 form). */
  changes?: ItemChanges;
  /** Why a department sends the card back (asked for by backwardMoveNeedsReason). */
  reason?: string;
  /** What the card should show meanwhile (e.g. the department's name for a chosen departmentId). */
  preview?: Pick<CardPatch, 'departmentName'>;
}

interface MoveContext {
  snapshot: Array<[QueryKey, BoardResponse | undefined]>;
}

export function useMoveItem() {
  const queryClient = useQueryClient();
  const user = useCurrentUser();
  return useMutation<ItemView, Error, MoveVariables, MoveContext>({
    mutationKey: MOVE_KEY,
    mutationFn: ({ item, to, changes, reason }) =>
      moveItem(item.id, { to, version: item.version, ...(changes && Object.keys(changes).length > 0 ? { changes } : {}), ...(reason ? { reason } : {}) }),
    onMutate: async ({ item, to, changes, preview }) => {
      // A refetch landing now would overwrite the optimistic card with the old position.
      await queryClient.cancelQueries({ queryKey: queryKeys.boards });
      const snapshot = queryClient.getQueriesData<BoardResponse>({ queryKey: queryKeys.boards });
      const patch: CardPatch = { ...changes, ...preview };
      queryClient.setQueriesData<BoardResponse>(
        { queryKey: queryKeys.boards },
        (board) => board && moveCardInBoard(board, item.id, to, patch, new Date(), actorOf(user)),
      );
      return { snapshot };
    },
    onError: (_error, _variables, context) => {
      context?.snapshot.forEach(([key, data]) => queryClient.setQueryData(key, data));
    },
    onSuccess: (moved) => {
      queryClient.setQueriesData<BoardResponse>({ queryKey: queryKeys.boards }, (board) => board && replaceCardInBoard(board, cardOf(moved)));
      queryClient.setQueryData(queryKeys.item(moved.id), moved);
      void queryClient.invalidateQueries({ queryKey: queryKeys.history(moved.id) });
      // A move into 销号 is an application (a reviewer's 待办); out of it, a rework is done.
      void queryClient.invalidateQueries({ queryKey: queryKeys.worklist });
    },
    // Refetch once the last of several quick moves settles; an earlier refetch would overwrite the
    // optimistic position of the moves still on their way.
    onSettled: () => (queryClient.isMutating({ mutationKey: MOVE_KEY }) === 1 ? queryClient.invalidateQueries({ queryKey: queryKeys.boards }) : undefined),
  });
}

/** The signed-in user as the shared steps name an actor. */
function actorOf(user: ReturnType<typeof useCurrentUser>) {
  return { id: user.id, displayName: user.displayName, role: user.role, departmentId: user.departmentId };
}
