/** GET /api/items/:id/evidence — the item's 佐证材料, newest first. */
import type { EvidenceView } from '@rectify/shared';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { evidenceKeys } from './evidence-keys';

export function fetchEvidence(itemId: string, signal?: AbortSignal): Promise<EvidenceView[]> {
  return api.get<EvidenceView[]>(`/items/${encodeURIComponent(itemId)}/evidence`, undefined, signal);
}

export function useEvidence(itemId: string) {
  return useQuery({ queryKey: evidenceKeys.evidence(itemId), queryFn: ({ signal }) => fetchEvidence(itemId, signal) });
}

/** Where the browser downloads a file (a plain link: the session cookie goes with it). */
export function evidenceDownloadUrl(evidenceId: string): string {
  return `/api/evidence/${encodeURIComponent(evidenceId)}/download`;
}
