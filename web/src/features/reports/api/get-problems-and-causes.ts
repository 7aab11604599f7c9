/** GET /api/reports/problems-and-causes — the draft text, its document model and the closed items to tick. */
import type { ProblemsAndCausesResponse } from '@rectify/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, type QueryParams } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export function fetchProblemsAndCauses(query: QueryParams, signal?: AbortSignal): Promise<ProblemsAndCausesResponse> {
  return api.get<ProblemsAndCausesResponse>('/reports/problems-and-causes', query, signal);
}

export function useProblemsAndCauses(query: QueryParams, enabled = true) {
  return useQuery({
    queryKey: queryKeys.report(query),
    queryFn: ({ signal }) => fetchProblemsAndCauses(query, signal),
    // Keep the old draft on screen while new conditions load.
    placeholderData: keepPreviousData,
    enabled,
  });
}
