/** GET /api/supervisions?open=true — 督办单 not yet replied to, as far as the user may see. */
import type { SupervisionView } from '@rectify/shared';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export function useOpenSupervisions(enabled = true) {
  return useQuery({ queryKey: queryKeys.openSupervisions, queryFn: () => api.get<SupervisionView[]>('/supervisions', { open: 'true' }), enabled });
}
