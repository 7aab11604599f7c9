/** GET /api/items/:id/progress — the 整改进展 log, newest first, each entry with its files. */
import type { ProgressEntryView } from '@rectify/shared';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { evidenceKeys } from './evidence-keys';

export function fetchProgress(itemId: string, signal?: AbortSignal): Promise<ProgressEntryView[]> {
  return api.get<ProgressEntryView[]>(`/items/${encodeURIComponent(itemId)}/progress`, undefined, signal);
}

export function useProgress(itemId: string) {
  return useQuery({ queryKey: evidenceKeys.progress(itemId), queryFn: ({ signal }) => fetchProgress(itemId, signal) });
}
