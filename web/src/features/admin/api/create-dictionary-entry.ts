/**
 * POST /api/dictionaries — a new 问题来源 (with its 编号 letters), 问题类别 or 原因分析维度. 422 when
 * the name is taken in that dictionary, or the letters by another source (retired ones included).
 */
import type { Dictionaries, DictionaryEntry, DictionaryEntryRequest } from '@rectify/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export function createDictionaryEntry(body: DictionaryEntryRequest): Promise<DictionaryEntry> {
  return api.post<DictionaryEntry>('/dictionaries', body);
}

export function useCreateDictionaryEntry() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createDictionaryEntry,
    onSuccess: (entry) => {
      queryClient.setQueryData<Dictionaries>(queryKeys.dictionaries, (all) => (all ? { ...all, [entry.kind]: [...all[entry.kind], entry] } : all));
      return queryClient.invalidateQueries({ queryKey: queryKeys.dictionaries });
    },
  });
}
