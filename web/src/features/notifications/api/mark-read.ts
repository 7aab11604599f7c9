/** POST /api/notifications/:id/read and /read-all — both answer the list as it then stands. */
import type { NotificationList } from '@rectify/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { notificationsKey } from './get-notifications';

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<NotificationList>(`/notifications/${id}/read`),
    onSuccess: (list) => queryClient.setQueryData(notificationsKey, list),
  });
}

export function useMarkAllRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<NotificationList>('/notifications/read-all'),
    onSuccess: (list) => queryClient.setQueryData(notificationsKey, list),
  });
}
