/**
 * PATCH /api/users/:id — 姓名, 角色, 部门, 停用/启用, 重设密码. 422 when an admin would lock
 * themself out (停用 their own account or give up their own 系统管理员 role).
 */
import type { UpdateUserRequest, UserView } from '@rectify/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export function updateUser(id: string, body: UpdateUserRequest): Promise<UserView> {
  return api.patch<UserView>(`/users/${encodeURIComponent(id)}`, body);
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateUserRequest }) => updateUser(id, body),
    onSuccess: (user) => {
      queryClient.setQueryData<UserView[]>(queryKeys.users, (list) => list?.map((u) => (u.id === user.id ? user : u)));
      return queryClient.invalidateQueries({ queryKey: queryKeys.users });
    },
  });
}
