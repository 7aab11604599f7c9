/** POST /api/items/:id/extension/decision — a leader approves or rejects a 延期 request. */
import type { ExtensionDecisionRequest, ItemView } from '@rectify/shared';
import { api } from '../../../lib/api-client';
import { useItemStep } from './item-step';

export function decideExtension(id: string, body: ExtensionDecisionRequest): Promise<ItemView> {
  return api.post<ItemView>(`/items/${encodeURIComponent(id)}/extension/decision`, body);
}

export const useDecideExtension = () => useItemStep(decideExtension);
