/** GET /api/departments — a short list every form and the filter bar need; it rarely changes. */
import type { Department } from '@rectify/shared';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { api } from '../lib/api-client';
import { queryKeys } from '../lib/query-keys';

export function fetchDepartments(signal?: AbortSignal): Promise<Department[]> {
  return api.get<Department[]>('/departments', undefined, signal);
}

export function useDepartments() {
  return useQuery({
    queryKey: queryKeys.departments,
    queryFn: ({ signal }) => fetchDepartments(signal),
    staleTime: 10 * 60_000,
  });
}

export interface DepartmentOption {
  value: string;
  label: string;
}

/** Options for a Select; a sub-department reads "处室 / 科室" so same-named units stay apart. */
export function useDepartmentOptions(): { options: DepartmentOption[]; loading: boolean; byId: Map<string, Department> } {
  const { data, isLoading } = useDepartments();
  return useMemo(() => {
    const list = data ?? [];
    const byId = new Map(list.map((d) => [d.id, d]));
    const options = list.map((d) => {
      const parent = d.parentId ? byId.get(d.parentId) : undefined;
      return { value: d.id, label: parent ? `${parent.name} / ${d.name}` : d.name };
    });
    return { options, loading: isLoading, byId };
  }, [data, isLoading]);
}
