/** GET /api/overdue (红灯、黄灯事项), GET /api/overdue/past (曾逾期, 按期完成率) and the .xlsx of the first. */
import type { OverdueQuery, OverdueView, PastOverdueView } from '@rectify/shared';
import { useQuery } from '@tanstack/react-query';
import { api, buildUrl } from '../../../lib/api-client';

export type OverdueFilters = Partial<Pick<OverdueQuery, 'department' | 'level' | 'minDaysOverdue' | 'asOf'>> & Pick<OverdueQuery, 'sort'>;

export function useOverdue(filters: OverdueFilters, enabled: boolean) {
  return useQuery({ queryKey: ['overdue', filters], queryFn: ({ signal }) => api.get<OverdueView>('/overdue', { ...filters }, signal), enabled });
}

export function usePastOverdue(department: string | undefined, asOf: string | null, enabled: boolean) {
  return useQuery({
    queryKey: ['overdue', 'past', department ?? null, asOf],
    queryFn: ({ signal }) => api.get<PastOverdueView>('/overdue/past', { department, asOf: asOf ?? undefined }, signal),
    enabled,
  });
}

export function overdueExportUrl(filters: OverdueFilters): string {
  return buildUrl('/overdue/export', { ...filters });
}
