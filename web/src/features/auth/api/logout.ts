/** POST /api/auth/logout — ends the session on the server; every cached answer goes with it. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, setCsrfToken } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export function logout(): Promise<void> {
  return api.post<void>('/auth/logout');
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    // Signed out locally even if the server could not be reached: the next request asks again.
    onSettled: () => {
      setCsrfToken(null);
      // First "nobody is signed in" (the guard leaves the board), then forget the board's data.
      queryClient.setQueryData(queryKeys.session, null);
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== queryKeys.session[0] });
    },
  });
}
