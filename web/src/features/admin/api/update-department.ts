/**
 * PATCH /api/departments/:id — rename, or move under another parent. 422 on a duplicate name, an
 * unknown parent, or a parent inside the department's own subtree. Departments are never deleted.
 */
import type { Department, UpdateDepartmentRequest } from '@rectify/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export function updateDepartment(id: string, body: UpdateDepartmentRequest): Promise<Department> {
  return api.patch<Department>(`/departments/${encodeURIComponent(id)}`, body);
}

export function useUpdateDepartment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateDepartmentRequest }) => updateDepartment(id, body),
    onSuccess: (department) => {
      queryClient.setQueryData<Department[]>(queryKeys.departments, (list) => list?.map((d) => (d.id === department.id ? department : d)));
      // A renamed department shows under its new name in the users' 所属部门 too.
      void queryClient.invalidateQueries({ queryKey: queryKeys.users });
      return queryClient.invalidateQueries({ queryKey: queryKeys.departments });
    },
  });
}
