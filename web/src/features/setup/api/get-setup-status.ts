/** GET /api/setup — whether the board still waits for its first 系统管理员 (asked without signing in). */
import type { SetupStatus } from '@rectify/shared';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export function useSetupStatus() {
  return useQuery({
    queryKey: queryKeys.setup,
    queryFn: ({ signal }) => api.get<SetupStatus>('/setup', undefined, signal),
    staleTime: 60_000,
  });
}
