import { describe, expect, it } from '@jest/globals';
import {
  IGNORED_PARAM,
  parseReportConditions,
  REPORT_PATH,
  reportApiQuery,
  reportConditionsToParams,
  reportPathFromBoard,
} from '../src/features/reports/lib/report-params';

const DEPT = '0b9e6a52-93a4-4c1e-9d55-6f1c2d3e4a5b';
const A = '11111111-2222-4333-8444-555555555555';
const B = '66666666-7777-4888-9999-aaaaaaaaaaaa';

const paramsOf = (path: string) => new URL(path, 'http://localhost').searchParams;

describe('the report page opened from the board', () => {
  it('takes the board’s 问题来源 and 责任部门 as the report’s sources and departments', () => {
    const path = reportPathFromBoard({ source: '巡察反馈', department: DEPT });
    expect(path.startsWith(`${REPORT_PATH}?`)).toBe(true);
    expect(parseReportConditions(paramsOf(path))).toEqual({ sources: ['巡察反馈'], departmentIds: [DEPT] });
    expect(paramsOf(path).get(IGNORED_PARAM)).toBeNull();
  });

  it('names the board filters a report of closed items cannot use, instead of silently dropping them', () => {
    const path = reportPathFromBoard({ category: '作风建设', warning: 'red', q: '调研' });
    expect(parseReportConditions(paramsOf(path))).toEqual({});
    expect(paramsOf(path).get(IGNORED_PARAM)).toBe('问题类别：作风建设；预警；关键字：调研');
  });

  it('opens the plain page from an unfiltered board', () => {
    expect(reportPathFromBoard({})).toBe(REPORT_PATH);
  });
});

describe('report conditions ⇄ URL', () => {
  it('round-trips period, sources, departments, scope and title', () => {
    const conditions = {
      from: '2026-01-01',
      to: '2026-12-31',
      sources: ['巡察反馈', '民主生活会'],
      departmentIds: [DEPT],
      scope: 'team' as const,
      title: '四、存在的问题及原因',
    };
    expect(parseReportConditions(reportConditionsToParams(conditions))).toEqual(conditions);
  });

  it('drops bad values one by one and keeps the good ones', () => {
    const params = new URLSearchParams({ from: '2026-02-30', to: '2026-12-31', departmentIds: 'not-a-department', scope: 'everyone', sources: '巡察反馈' });
    expect(parseReportConditions(params)).toEqual({ to: '2026-12-31', sources: ['巡察反馈'] });
  });

  it('keeps only the start of a period that ends before it begins', () => {
    expect(parseReportConditions(new URLSearchParams({ from: '2026-06-01', to: '2026-01-01' }))).toEqual({ from: '2026-06-01' });
  });

  it('keeps the note about unused board filters when the conditions change', () => {
    const base = new URLSearchParams({ [IGNORED_PARAM]: '预警', sources: '巡察反馈' });
    const next = reportConditionsToParams({ scope: 'individual' }, base);
    expect(next.get(IGNORED_PARAM)).toBe('预警');
    expect(next.get('sources')).toBeNull();
  });
});

describe('the API query', () => {
  const conditions = { from: '2026-01-01', sources: ['巡察反馈', '民主生活会'], departmentIds: [DEPT] };

  it('joins lists with commas and leaves out what is not set', () => {
    expect(reportApiQuery(conditions, null)).toEqual({ from: '2026-01-01', sources: '巡察反馈,民主生活会', departmentIds: DEPT });
  });

  it('sends the ticked items, in a stable order', () => {
    expect(reportApiQuery({}, [B, A], [A, B, DEPT]).itemIds).toBe(`${A},${B}`);
  });

  it('sends "everything ticked" as no itemIds, sharing the untouched draft', () => {
    expect(reportApiQuery(conditions, [B, A], [A, B])).toEqual(reportApiQuery(conditions, null));
  });
});
