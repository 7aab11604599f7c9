/** POST /api/items/:id/signoff — approve or reject a 销号 application. */
import type { ItemView, SignoffDecisionRequest } from '@rectify/shared';
import { api } from '../../../lib/api-client';
import { useItemStep } from './item-step';

export function decideSignoff(id: string, body: SignoffDecisionRequest): Promise<ItemView> {
  return api.post<ItemView>(`/items/${encodeURIComponent(id)}/signoff`, body);
}

export const useDecideSignoff = () => useItemStep(decideSignoff);
