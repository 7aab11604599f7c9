/**
 * The dictionary entry form's values ⇄ API body (the rules are dictionaryEntrySchema's), and the
 * sortOrder changes behind the ↑/↓ buttons.
 */
import { dictionaryEntrySchema, type DictionaryEntry, type DictionaryEntryRequest, type DictionaryKind } from '@rectify/shared';
import { fieldErrorsFromIssues } from '../../../lib/form-errors';
import type { Validation } from './user-form';

export interface DictionaryEntryFormValues {
  name?: string;
  codeLetters?: string;
}

/** Only a 问题来源 has 编号字母 (2026-XC-001); for the other dictionaries the field is not asked. */
export function asksCodeLetters(kind: DictionaryKind): boolean {
  return kind === 'source';
}

export function validateDictionaryEntry(kind: DictionaryKind, values: DictionaryEntryFormValues): Validation<DictionaryEntryRequest> {
  const parsed = dictionaryEntrySchema.safeParse({
    kind,
    name: values.name ?? '',
    codeLetters: asksCodeLetters(kind) ? (values.codeLetters ?? '') : null,
  });
  return parsed.success ? { ok: true, body: parsed.data } : { ok: false, fieldErrors: fieldErrorsFromIssues(parsed.error.issues) };
}

/** The API's list order: sortOrder, then name. */
export function byListOrder(a: DictionaryEntry, b: DictionaryEntry): number {
  if (a.sortOrder !== b.sortOrder) return a.sortOrder - b.sortOrder;
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

export interface SortOrderPatch {
  id: string;
  sortOrder: number;
}

/**
 * Move the entry at `index` one place up (-1) or down (+1): swap its sortOrder with the
 * neighbour's. When the two share a sortOrder (a swap would change nothing), the whole list is
 * renumbered 10, 20, 30… in the new order. Returns only the entries whose sortOrder changes.
 */
export function moveEntry(list: readonly DictionaryEntry[], index: number, direction: -1 | 1): SortOrderPatch[] {
  const other = index + direction;
  if (index < 0 || index >= list.length || other < 0 || other >= list.length) return [];
  const entry = list[index];
  const neighbour = list[other];
  if (entry.sortOrder !== neighbour.sortOrder) {
    return [
      { id: entry.id, sortOrder: neighbour.sortOrder },
      { id: neighbour.id, sortOrder: entry.sortOrder },
    ];
  }
  const reordered = [...list];
  reordered[index] = neighbour;
  reordered[other] = entry;
  return reordered.flatMap((e, i) => ((i + 1) * 10 === e.sortOrder ? [] : [{ id: e.id, sortOrder: (i + 1) * 10 }]));
}
