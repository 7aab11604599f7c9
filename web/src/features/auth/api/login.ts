/** POST /api/auth/login — the browser receives an httpOnly session cookie; we keep the CSRF token. */
import type { LoginRequest, LoginResponse, SessionView } from '@rectify/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest, setCsrfToken } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export function login(body: LoginRequest): Promise<LoginResponse> {
  return apiRequest<LoginResponse>('/auth/login', { method: 'POST', body, expectUnauthenticated: true });
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: ({ user, csrfToken, expiresAt }) => {
      setCsrfToken(csrfToken);
      // The bearer token in the answer is for scripts; the page relies on the cookie.
      queryClient.setQueryData<SessionView>(queryKeys.session, { user, csrfToken, expiresAt });
    },
  });
}
