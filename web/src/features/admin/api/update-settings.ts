/**
 * PATCH /api/settings — e.g. 黄灯提前天数. The board lights every card with it, so the cached board
 * and items are refreshed after a change.
 */
import type { Settings, UpdateSettingsRequest } from '@rectify/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export function updateSettings(body: UpdateSettingsRequest): Promise<Settings> {
  return api.patch<Settings>('/settings', body);
}

export function useUpdateSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateSettings,
    onSuccess: (settings) => {
      queryClient.setQueryData(queryKeys.settings, settings);
      void queryClient.invalidateQueries({ queryKey: queryKeys.items });
      return queryClient.invalidateQueries({ queryKey: queryKeys.boards });
    },
  });
}
