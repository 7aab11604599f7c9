/** POST /api/items/:id/supervisions — 下发督办单 (纪检, leaders); the departments on the item are told. */
import type { IssueSupervisionRequest, SupervisionView } from '@rectify/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { refreshAfterSupervision } from './refresh-after-supervision';

export function useIssueSupervision(itemId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: IssueSupervisionRequest) => api.post<SupervisionView>(`/items/${itemId}/supervisions`, body),
    onSuccess: () => refreshAfterSupervision(queryClient),
  });
}
