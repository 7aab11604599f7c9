/** POST /api/items/:id/extension — ask for a later deadline, with a reason. */
import type { ExtensionRequestBody, ItemView } from '@rectify/shared';
import { api } from '../../../lib/api-client';
import { useItemStep } from './item-step';

export function requestExtension(id: string, body: ExtensionRequestBody): Promise<ItemView> {
  return api.post<ItemView>(`/items/${encodeURIComponent(id)}/extension`, body);
}

export const useRequestExtension = () => useItemStep(requestExtension);
