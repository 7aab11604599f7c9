/** POST /api/users — a new account; 422 when the username is taken or the department unknown. */
import type { CreateUserRequest, UserView } from '@rectify/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export function createUser(body: CreateUserRequest): Promise<UserView> {
  return api.post<UserView>('/users', body);
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createUser,
    onSuccess: (user) => {
      queryClient.setQueryData<UserView[]>(queryKeys.users, (list) => (list ? [...list, user] : list));
      return queryClient.invalidateQueries({ queryKey: queryKeys.users });
    },
  });
}
