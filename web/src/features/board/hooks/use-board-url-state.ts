/** The board's view state lives in the URL (filters and the open item), so a link reproduces it. */
import type { BoardFilters } from '@rectify/shared';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { ITEM_PARAM, ITEM_TAB_PARAM } from '../../../lib/item-link';
import { filtersToSearchParams, parseFilters } from '../lib/filters';

export function useBoardUrlState() {
  const [params, setParams] = useSearchParams();

  const filterKey = JSON.stringify(parseFilters(params));
  // One object per distinct filter set: it is part of the board's query key.
  const filters = useMemo<BoardFilters>(() => JSON.parse(filterKey) as BoardFilters, [filterKey]);
  const itemId = params.get(ITEM_PARAM);

  /** Typing in the search box replaces the history entry; choosing a filter adds one (Back undoes it). */
  const setFilters = useCallback(
    (patch: Partial<BoardFilters>, options?: { replace?: boolean }) =>
      setParams((prev) => filtersToSearchParams({ ...parseFilters(prev), ...patch }, prev), { replace: options?.replace }),
    [setParams],
  );

  const clearFilters = useCallback(() => setParams((prev) => filtersToSearchParams({}, prev)), [setParams]);

  const openItem = useCallback(
    (id: string) =>
      setParams((prev) => {
        const next = new URLSearchParams(prev);
        next.set(ITEM_PARAM, id);
        next.delete(ITEM_TAB_PARAM); // a card opens on its details
        return next;
      }),
    [setParams],
  );

  const closeItem = useCallback(
    () =>
      setParams((prev) => {
        const next = new URLSearchParams(prev);
        next.delete(ITEM_PARAM);
        next.delete(ITEM_TAB_PARAM);
        return next;
      }),
    [setParams],
  );

  return { filters, setFilters, clearFilters, itemId, openItem, closeItem };
}
