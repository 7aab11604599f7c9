/** GET /api/dashboard — counts, 整改完成率, warnings, overdue by department, by source and category, days per column. */
import type { BoardFilters, DashboardView } from '@rectify/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export function fetchDashboard(filters: BoardFilters, signal?: AbortSignal): Promise<DashboardView> {
  return api.get<DashboardView>('/dashboard', { ...filters }, signal);
}

export function useDashboard(filters: BoardFilters) {
  return useQuery({
    queryKey: queryKeys.dashboard(filters),
    queryFn: ({ signal }) => fetchDashboard(filters, signal),
    placeholderData: keepPreviousData,
  });
}
