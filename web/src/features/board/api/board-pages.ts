/**
 * How many cards of each column a clerk has scrolled into view (and so loaded), per filter set. The board is
 * refetched after every move; without this memory the extra cards would vanish each time.
 */
import type { BoardFilters, ColumnKey } from '@rectify/shared';

/** Cards per column in the first answer (the API's default limit). */
export const BOARD_PAGE_SIZE = 50;
/** The API's largest page. */
export const MAX_PAGE_SIZE = 500;

const shownByFilters = new Map<string, Partial<Record<ColumnKey, number>>>();

const keyOf = (filters: BoardFilters) => JSON.stringify(filters);

export function rememberShown(filters: BoardFilters, column: ColumnKey, shown: number): void {
  const entry = shownByFilters.get(keyOf(filters)) ?? {};
  entry[column] = shown;
  shownByFilters.set(keyOf(filters), entry);
}

/** Cards to fetch beyond the first page for this column (0 when the clerk never asked for more). */
export function extraShown(filters: BoardFilters, column: ColumnKey): number {
  const shown = shownByFilters.get(keyOf(filters))?.[column] ?? 0;
  return Math.max(0, shown - BOARD_PAGE_SIZE);
}
