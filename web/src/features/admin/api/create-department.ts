/** POST /api/departments — a new department under `parentId` (null: a top-level unit). */
import type { Department, DepartmentRequest } from '@rectify/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export function createDepartment(body: DepartmentRequest): Promise<Department> {
  return api.post<Department>('/departments', body);
}

export function useCreateDepartment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createDepartment,
    onSuccess: (department) => {
      queryClient.setQueryData<Department[]>(queryKeys.departments, (list) => (list ? [...list, department] : list));
      return queryClient.invalidateQueries({ queryKey: queryKeys.departments });
    },
  });
}
