/** GET /api/users — every account, disabled ones included (系统管理员 only). */
import type { UserView } from '@rectify/shared';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export function fetchUsers(signal?: AbortSignal): Promise<UserView[]> {
  return api.get<UserView[]>('/users', undefined, signal);
}

export function useUsers() {
  return useQuery({
    queryKey: queryKeys.users,
    queryFn: ({ signal }) => fetchUsers(signal),
  });
}
