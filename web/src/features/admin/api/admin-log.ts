/**
 * GET /api/admin-log (a page of the 管理日志, newest first) and GET /api/admin-log/verify (walk its
 * hash chain; on request, so a mutation rather than a cached query).
 */
import type { AdminLogPage, AdminLogVerification } from '@rectify/shared';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export const ADMIN_LOG_PAGE_SIZE = 50;

export function fetchAdminLog(page: number, signal?: AbortSignal): Promise<AdminLogPage> {
  return api.get<AdminLogPage>('/admin-log', { limit: ADMIN_LOG_PAGE_SIZE, offset: (page - 1) * ADMIN_LOG_PAGE_SIZE }, signal);
}

export function useAdminLog(page: number) {
  return useQuery({ queryKey: ['admin-log', page], queryFn: ({ signal }) => fetchAdminLog(page, signal), placeholderData: keepPreviousData });
}

export function useVerifyAdminLog() {
  return useMutation({ mutationFn: () => api.get<AdminLogVerification>('/admin-log/verify') });
}
