/**
 * PATCH /api/dictionaries/:id — 停用/启用 an entry, or change its place in the list. Names are never
 * changed and entries never deleted: items store the name itself.
 */
import type { Dictionaries, DictionaryEntry, UpdateDictionaryEntryRequest } from '@rectify/shared';
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import { byListOrder, type SortOrderPatch } from '../lib/dictionary-form';

export function updateDictionaryEntry(id: string, body: UpdateDictionaryEntryRequest): Promise<DictionaryEntry> {
  return api.patch<DictionaryEntry>(`/dictionaries/${encodeURIComponent(id)}`, body);
}

/** Put saved entries into the cached lists, in list order, until the refetch confirms them. */
function remember(queryClient: QueryClient, saved: readonly DictionaryEntry[]) {
  queryClient.setQueryData<Dictionaries>(queryKeys.dictionaries, (all) => {
    if (!all) return all;
    const next = { ...all };
    for (const entry of saved) next[entry.kind] = next[entry.kind].map((e) => (e.id === entry.id ? entry : e));
    for (const kind of new Set(saved.map((e) => e.kind))) next[kind] = [...next[kind]].sort(byListOrder);
    return next;
  });
  return queryClient.invalidateQueries({ queryKey: queryKeys.dictionaries });
}

export function useUpdateDictionaryEntry() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateDictionaryEntryRequest }) => updateDictionaryEntry(id, body),
    onSuccess: (entry) => remember(queryClient, [entry]),
  });
}

/** ↑/↓: the entries whose sortOrder changes (usually the two swapped), saved one after another. */
export function useReorderDictionary() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (patches: readonly SortOrderPatch[]) => {
      const saved: DictionaryEntry[] = [];
      for (const { id, sortOrder } of patches) saved.push(await updateDictionaryEntry(id, { sortOrder }));
      return saved;
    },
    onSuccess: (saved) => remember(queryClient, saved),
    // A half-done reorder leaves the server's order as it is: show that one.
    onError: () => queryClient.invalidateQueries({ queryKey: queryKeys.dictionaries }),
  });
}
