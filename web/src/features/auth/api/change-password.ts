/** POST /api/auth/password — change one's own password; the user's other sessions end, this one continues. */
import type { ChangePasswordRequest } from '@rectify/shared';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export function changePassword(body: ChangePasswordRequest): Promise<void> {
  return api.post<void>('/auth/password', body);
}

export function useChangePassword() {
  return useMutation({ mutationFn: changePassword });
}
