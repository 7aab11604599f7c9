/**
 * The day a page is read as of (?asOf=YYYY-MM-DD in the URL, so a link shares it); null for today's
 * live state. Checked with the shared schema: a bad or future date is ignored.
 */
import { asOfSchema } from '@rectify/shared';
import { useCallback } from 'react';
import { useSearchParams } from 'react-router-dom';

export const AS_OF_PARAM = 'asOf';

export function parseAsOf(params: URLSearchParams): string | null {
  const raw = params.get(AS_OF_PARAM);
  if (!raw) return null;
  const parsed = asOfSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

/** `?asOf=…` to append to a link from an as-of page to another (overdue, dashboard), or ''. */
export function asOfSearch(asOf: string | null): string {
  return asOf ? `${AS_OF_PARAM}=${asOf}` : '';
}

export function useAsOf(): { asOf: string | null; setAsOf: (day: string | null) => void } {
  const [params, setParams] = useSearchParams();
  const asOf = parseAsOf(params);
  const setAsOf = useCallback(
    (day: string | null) =>
      setParams((prev) => {
        const next = new URLSearchParams(prev);
        if (day) next.set(AS_OF_PARAM, day);
        else next.delete(AS_OF_PARAM);
        return next;
      }),
    [setParams],
  );
  return { asOf, setAsOf };
}
