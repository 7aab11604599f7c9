/** GET /api/worklist — the 销号 reviews, 延期 decisions and rework waiting for the signed-in user. */
import type { WorklistResponse } from '@rectify/shared';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** Polled like the bell (every minute): other people's steps (a new application, a rejection) change it. */
export function useWorklist(enabled = true) {
  return useQuery({ queryKey: queryKeys.worklist, queryFn: () => api.get<WorklistResponse>('/worklist'), enabled, refetchInterval: 60_000 });
}
