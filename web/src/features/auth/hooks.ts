import type { UserView } from '@rectify/shared';
import { useRef } from 'react';
import { useSession } from './api/get-session';

/**
 * The signed-in user, for components below <RequireSession> (which renders nothing until there is
 * one). UserView carries role and departmentId, all the shared access rules read.
 */
export function useCurrentUser(): UserView {
  const { data } = useSession();
  const last = useRef<UserView | null>(null);
  if (data) last.current = data.user;
  // Right after signing out the page may render once more before <RequireSession> takes it away.
  if (!last.current) throw new Error('useCurrentUser() used outside <RequireSession>');
  return last.current;
}
