/** GET /api/auth/me — who is signed in, and the CSRF token their writes must carry. */
import type { SessionView } from '@rectify/shared';
import { useQuery, type QueryClient } from '@tanstack/react-query';
import { apiRequest, isApiError, setCsrfToken } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** The session, or null when nobody is signed in (a normal answer, not an error). */
export async function fetchSession(signal?: AbortSignal): Promise<SessionView | null> {
  try {
    const session = await apiRequest<SessionView>('/auth/me', { signal, expectUnauthenticated: true });
    setCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (isApiError(error) && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

const sessionQuery = { queryKey: queryKeys.session, queryFn: ({ signal }: { signal?: AbortSignal }) => fetchSession(signal), staleTime: 5 * 60_000 };

export function useSession() {
  return useQuery(sessionQuery);
}

/** Asked by the first script, before anything is drawn (in parallel with the board's data). */
export function prefetchSession(queryClient: QueryClient): Promise<void> {
  return queryClient.prefetchQuery(sessionQuery);
}
