/**
 * Board filters ⇄ URL search params. The URL is the single source of truth for the view, so a
 * copied link reproduces exactly the filtered board. Values are checked with the shared
 * boardQuerySchema one by one: a bad parameter is dropped without losing the good ones.
 */
import { boardQuerySchema, type BoardFilters } from '@rectify/shared';

export const FILTER_KEYS = ['source', 'category', 'department', 'warning', 'q'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export function parseFilters(params: URLSearchParams): BoardFilters {
  const filters: BoardFilters = {};
  for (const key of FILTER_KEYS) {
    const raw = params.get(key)?.trim();
    if (!raw) continue;
    const parsed = boardQuerySchema.shape[key].safeParse(raw);
    if (parsed.success && parsed.data !== undefined && parsed.data !== '') {
      (filters as Record<FilterKey, unknown>)[key] = parsed.data;
    }
  }
  return filters;
}

/** Canonical key order, so equal filters give equal query keys and equal URLs. */
export function normalizeFilters(filters: BoardFilters): BoardFilters {
  const out: BoardFilters = {};
  for (const key of FILTER_KEYS) {
    const value = filters[key]?.trim();
    if (value) (out as Record<FilterKey, string>)[key] = value;
  }
  return out;
}

/**
 * New search params carrying `filters`; parameters that are not filters (such as ?item=) are kept
 * from `base`.
 */
export function filtersToSearchParams(filters: BoardFilters, base?: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams();
  const normalized = normalizeFilters(filters);
  for (const key of FILTER_KEYS) {
    const value = normalized[key];
    if (value) next.set(key, value);
  }
  base?.forEach((value, key) => {
    if (!(FILTER_KEYS as readonly string[]).includes(key)) next.append(key, value);
  });
  return next;
}

export function hasFilters(filters: BoardFilters): boolean {
  return FILTER_KEYS.some((key) => !!filters[key]);
}
