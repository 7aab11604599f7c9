import { describe, expect, it } from '@jest/globals';
import { officeToday } from '@rectify/shared';
import { boardPathFor, dashboardPathFromBoard, parseDashboardFilters } from '../src/features/dashboard/lib/dashboard-data';
import { asOfSearch, parseAsOf } from '../src/features/as-of/use-as-of';

const tomorrow = () => {
  const [y, m, d] = officeToday(new Date()).split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
};

describe('?asOf= in the URL', () => {
  it('reads a past day, and ignores a malformed, impossible or future one', () => {
    expect(parseAsOf(new URLSearchParams('asOf=2026-09-30'))).toBe('2026-09-30');
    expect(parseAsOf(new URLSearchParams('asOf=2026-9-30'))).toBeNull();
    expect(parseAsOf(new URLSearchParams('asOf=2026-02-30'))).toBeNull();
    expect(parseAsOf(new URLSearchParams(`asOf=${tomorrow()}`))).toBeNull();
    expect(parseAsOf(new URLSearchParams(''))).toBeNull();
    expect(asOfSearch('2026-09-30')).toBe('asOf=2026-09-30');
    expect(asOfSearch(null)).toBe('');
  });

  it('goes from the board to the dashboard and back with the day and the filters', () => {
    const path = dashboardPathFromBoard({ source: '巡察反馈', asOf: '2026-09-30' });
    expect(path).toBe('/dashboard?source=%E5%B7%A1%E5%AF%9F%E5%8F%8D%E9%A6%88&asOf=2026-09-30');
    const filters = parseDashboardFilters(new URL(path, 'http://x').searchParams);
    expect(filters).toEqual({ source: '巡察反馈', asOf: '2026-09-30' });
    expect(boardPathFor(filters)).toBe('/?source=%E5%B7%A1%E5%AF%9F%E5%8F%8D%E9%A6%88&asOf=2026-09-30');
  });
});
