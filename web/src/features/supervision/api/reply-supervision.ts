/** POST /api/supervisions/:id/reply — the department answers a 督办单, once. */
import type { ReplySupervisionRequest, SupervisionView } from '@rectify/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { refreshAfterSupervision } from './refresh-after-supervision';

export function useReplySupervision(supervisionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ReplySupervisionRequest) => api.post<SupervisionView>(`/supervisions/${supervisionId}/reply`, body),
    onSuccess: () => refreshAfterSupervision(queryClient),
  });
}
