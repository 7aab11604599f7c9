/** GET /api/backup (status, recent runs) and POST /api/backup/run (立即备份). */
import type { BackupRunView, BackupStatus } from '@rectify/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

const KEY = ['backup'] as const;

export function useBackupStatus() {
  return useQuery({ queryKey: KEY, queryFn: ({ signal }) => api.get<BackupStatus>('/backup', undefined, signal) });
}

export function useRunBackup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<BackupRunView>('/backup/run'),
    onSettled: () => queryClient.invalidateQueries({ queryKey: KEY }),
  });
}

/** After the backup settings were saved, the next run time changes. */
export function useRefreshBackupStatus() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: KEY });
}
