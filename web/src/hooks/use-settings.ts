/** GET /api/settings — office-wide settings (黄灯提前天数); any signed-in user may read them. */
import type { Settings } from '@rectify/shared';
import { useQuery } from '@tanstack/react-query';
import { api } from '../lib/api-client';
import { queryKeys } from '../lib/query-keys';

export function fetchSettings(signal?: AbortSignal): Promise<Settings> {
  return api.get<Settings>('/settings', undefined, signal);
}

export function useSettings() {
  return useQuery({
    queryKey: queryKeys.settings,
    queryFn: ({ signal }) => fetchSettings(signal),
    staleTime: 10 * 60_000,
  });
}
