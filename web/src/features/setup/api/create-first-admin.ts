/** POST /api/setup — the first 系统管理员, with the one-time token from the server log (403 wrong link, 409 already set up). */
import type { SetupAdminRequest, SetupStatus, UserView } from '@rectify/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export function createFirstAdmin(body: SetupAdminRequest): Promise<UserView> {
  return api.post<UserView>('/setup', body);
}

export function useCreateFirstAdmin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createFirstAdmin,
    onSuccess: () => queryClient.setQueryData<SetupStatus>(queryKeys.setup, { pending: false }),
  });
}
