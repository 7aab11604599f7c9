/** POST /api/items/:id/evidence — one file (multipart `file`), optionally for a progress entry. */
import type { EvidenceUploadResult } from '@rectify/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export interface UploadEvidenceInput {
  itemId: string;
  file: Blob & { name?: string };
  progressId?: string;
  note?: string;
}

export function uploadEvidence({ itemId, file, progressId, note }: UploadEvidenceInput): Promise<EvidenceUploadResult> {
  const form = new FormData();
  if (progressId) form.append('progressId', progressId);
  if (note) form.append('note', note);
  form.append('file', file, file.name ?? '佐证材料');
  return api.upload<EvidenceUploadResult>(`/items/${encodeURIComponent(itemId)}/evidence`, form);
}

export function useUploadEvidence() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: uploadEvidence,
    // The item (its evidence count), its files, its log and its history; the board shows the count too.
    onSuccess: (_result, { itemId }) =>
      Promise.all([queryClient.invalidateQueries({ queryKey: queryKeys.item(itemId) }), queryClient.invalidateQueries({ queryKey: queryKeys.boards })]),
  });
}
