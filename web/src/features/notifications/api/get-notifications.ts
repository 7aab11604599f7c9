/** GET /api/notifications — the signed-in user's notices (newest first), each marked 已处理 when its task is done, and the unread count. */
import type { NotificationList } from '@rectify/shared';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export const notificationsKey = ['notifications'] as const;

/** Polled every minute: others' steps (a new application, a decision) change it. */
export function useNotifications() {
  return useQuery({ queryKey: notificationsKey, queryFn: () => api.get<NotificationList>('/notifications'), refetchInterval: 60_000 });
}
