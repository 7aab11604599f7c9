/**
 * POST /api/items/:id/signoff/withdraw and /extension/withdraw — the applicant takes back a pending
 * 销号 or 延期 application before it is decided.
 */
import type { ItemView, WithdrawApplicationRequest } from '@rectify/shared';
import { api } from '../../../lib/api-client';
import { useItemStep } from './item-step';

export type WithdrawnApplication = 'signoff' | 'extension';

export function withdrawApplication(application: WithdrawnApplication, id: string, body: WithdrawApplicationRequest): Promise<ItemView> {
  return api.post<ItemView>(`/items/${encodeURIComponent(id)}/${application}/withdraw`, body);
}

export const useWithdrawApplication = (application: WithdrawnApplication) =>
  useItemStep((id: string, body: WithdrawApplicationRequest) => withdrawApplication(application, id, body));
