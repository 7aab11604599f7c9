/**
 * GET /api/dictionaries — 问题来源, 问题类别 and 原因分析维度 as the admin maintains them, retired
 * entries included (old items still name them). Forms offer only the active ones; filters list all.
 */
import type { Dictionaries, DictionaryEntry } from '@rectify/shared';
import { useQuery } from '@tanstack/react-query';
import { api } from '../lib/api-client';
import { queryKeys } from '../lib/query-keys';

export function fetchDictionaries(signal?: AbortSignal): Promise<Dictionaries> {
  return api.get<Dictionaries>('/dictionaries', undefined, signal);
}

export function useDictionaries() {
  return useQuery({
    queryKey: queryKeys.dictionaries,
    queryFn: ({ signal }) => fetchDictionaries(signal),
    staleTime: 10 * 60_000,
  });
}

export interface DictionaryOption {
  value: string;
  label: string;
  /** A retired entry, shown only because a value already names it. */
  retired?: boolean;
}

export const RETIRED_MARK = '（已停用）';
/** A value no entry has (typed in before the dictionaries existed, or a link with an old filter). */
export const UNKNOWN_MARK = '（不在字典中）';

function markedOption(name: string, entries: readonly DictionaryEntry[]): DictionaryOption {
  const known = entries.some((e) => e.name === name);
  return { value: name, label: `${name}${known ? RETIRED_MARK : UNKNOWN_MARK}`, retired: true };
}

/**
 * What a form offers: the active entries, in the admin's order. `keep` are values the item (or the
 * form) already holds; one that is not active is listed too, marked, so the select shows it as it
 * is and saving does not silently change it — the API accepts the value an item already has.
 * While the dictionaries are loading (`entries` undefined) only the kept values are listed, unmarked.
 */
export function offeredOptions(entries: readonly DictionaryEntry[] | undefined, keep: ReadonlyArray<string | null | undefined> = []): DictionaryOption[] {
  const options: DictionaryOption[] = (entries ?? []).filter((e) => e.active).map((e) => ({ value: e.name, label: e.name }));
  return withKept(options, entries, keep);
}

/**
 * What a filter lists: every entry (old items may carry a retired one), the retired ones last and
 * marked; plus the current filter value if no entry has it (an old link).
 */
export function filterOptions(entries: readonly DictionaryEntry[] | undefined, current?: string | null): DictionaryOption[] {
  const list = entries ?? [];
  const active = list.filter((e) => e.active).map((e) => ({ value: e.name, label: e.name }));
  const retired = list.filter((e) => !e.active).map((e) => ({ value: e.name, label: `${e.name}${RETIRED_MARK}`, retired: true }));
  return withKept([...active, ...retired], entries, [current]);
}

function withKept(
  options: DictionaryOption[],
  entries: readonly DictionaryEntry[] | undefined,
  keep: ReadonlyArray<string | null | undefined>,
): DictionaryOption[] {
  const listed = new Set(options.map((o) => o.value));
  for (const name of keep) {
    if (!name || listed.has(name)) continue;
    listed.add(name);
    options.push(entries ? markedOption(name, entries) : { value: name, label: name });
  }
  return options;
}
