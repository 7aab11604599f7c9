/** POST /api/items/:id/reopen — 回头看: a signed-off item goes back to 整改中 as the next round. */
import type { ItemView, ReopenItemRequest } from '@rectify/shared';
import { api } from '../../../lib/api-client';
import { useItemStep } from './item-step';

export function reopenItem(id: string, body: ReopenItemRequest): Promise<ItemView> {
  return api.post<ItemView>(`/items/${encodeURIComponent(id)}/reopen`, body);
}

export const useReopenItem = () => useItemStep(reopenItem);
