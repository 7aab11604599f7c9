import { describe, expect, it } from '@jest/globals';
import { filtersToSearchParams, hasFilters, parseFilters } from '../src/features/board/lib/filters';

const DEPT = '0b9e6a52-93a4-4c1e-9d55-6f1c2d3e4a5b';

describe('board filters ⇄ URL search params', () => {
  it('round-trips every filter through the URL', () => {
    const filters = { source: '巡察反馈', category: '作风建设', department: DEPT, warning: 'red' as const, q: '调研' };
    const params = filtersToSearchParams(filters);
    const url = `/?${params.toString()}`;

    // What a colleague gets when opening the copied link.
    const reopened = parseFilters(new URL(url, 'http://localhost').searchParams);
    expect(reopened).toEqual(filters);
  });

  it('writes only the filters that are set, in a fixed order', () => {
    const params = filtersToSearchParams({ q: '谈心', source: '民主生活会' });
    expect([...params.keys()]).toEqual(['source', 'q']);
    expect(params.get('source')).toBe('民主生活会');
  });

  it('keeps parameters that are not filters, such as the open item', () => {
    const base = new URLSearchParams('item=abc&source=审计');
    const params = filtersToSearchParams({ category: '纪律建设' }, base);
    expect(params.get('item')).toBe('abc');
    expect(params.get('category')).toBe('纪律建设');
    // Replaced, not merged: the old source filter is gone.
    expect(params.has('source')).toBe(false);
  });

  it('drops values the shared board query schema rejects, keeping the valid ones', () => {
    const filters = parseFilters(new URLSearchParams('warning=purple&department=not-a-uuid&source=巡察反馈&limit=9999'));
    expect(filters).toEqual({ source: '巡察反馈' });
  });

  it('ignores blank values and trims text', () => {
    const filters = parseFilters(new URLSearchParams('q=%20%20&category=%20政治建设%20'));
    expect(filters).toEqual({ category: '政治建设' });
    expect(hasFilters(filters)).toBe(true);
    expect(hasFilters(parseFilters(new URLSearchParams('item=abc')))).toBe(false);
  });
});
