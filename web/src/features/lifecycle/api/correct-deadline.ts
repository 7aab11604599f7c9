/** POST /api/items/:id/deadline/correct — a leader's 更正时限 (not a 延期), with a reason. */
import type { DeadlineCorrectionRequest, ItemView } from '@rectify/shared';
import { api } from '../../../lib/api-client';
import { useItemStep } from './item-step';

export function correctDeadline(id: string, body: DeadlineCorrectionRequest): Promise<ItemView> {
  return api.post<ItemView>(`/items/${encodeURIComponent(id)}/deadline/correct`, body);
}

export const useCorrectDeadline = () => useItemStep(correctDeadline);
