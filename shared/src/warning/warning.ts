/**
 * 红黄绿灯: red when overdue, yellow when due within N days, green otherwise; none when closed or
 * when no date is set. Counted in whole calendar days in China time, whatever the server's zone.
 */
import { TZDate } from '@date-fns/tz';
import { addDays, format } from 'date-fns';
import { dueDateOf, type ItemFields, type SignoffState } from '../item/item.js';
import type { ColumnKey } from '../workflow/columns.js';

export const OFFICE_TIME_ZONE = 'Asia/Shanghai';

export const WARNING_LEVELS = ['red', 'yellow', 'green', 'none'] as const;
export type WarningLevel = (typeof WARNING_LEVELS)[number];
export const WARNING_LEVEL_LABELS: Record<WarningLevel, string> = {
  red: '红灯（已逾期）',
  yellow: '黄灯（临近到期）',
  green: '绿灯（正常）',
  none: '无预警',
};

export interface WarningSettings {
  /** Yellow when this many days or fewer are left (default 7). */
  yellowWithinDays: number;
}
export const DEFAULT_WARNING_SETTINGS: WarningSettings = { yellowWithinDays: 7 };
/** Offices use 3, 7, 10 or 20 days; the setting accepts this range. */
export const WARNING_YELLOW_DAYS_RANGE = { min: 1, max: 60 } as const;

export interface Warning {
  level: WarningLevel;
  /** The date looked at (deadline, or review date for 长期坚持). */
  dueDate: string | null;
  /** Calendar days from today to the due date; negative when overdue. */
  daysLeft: number | null;
  /** What the card shows: 剩N天 / 今日到期 / 逾期N天 / 已销号 / 未定时限. */
  label: string;
}

/** `signoff` tells an application awaiting review (待审核) from a closed item in the 销号 column. */
type WarningInput = Pick<ItemFields, 'rectifyType' | 'deadline' | 'nextReviewDate'> & { status: ColumnKey; signoff?: SignoffState };

/** Today's calendar date in China, as YYYY-MM-DD. */
export function officeToday(now: Date): string {
  return format(new TZDate(now.getTime(), OFFICE_TIME_ZONE), 'yyyy-MM-dd');
}

/** Whole calendar days from `today` to `date` (both YYYY-MM-DD). UTC days have no DST, so plain arithmetic is exact. */
export function calendarDaysBetween(today: string, date: string): number {
  return (utcDay(date) - utcDay(today)) / 86_400_000;
}

function utcDay(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y, m - 1, d);
}

export function levelForDaysLeft(daysLeft: number, settings: WarningSettings = DEFAULT_WARNING_SETTINGS): WarningLevel {
  if (daysLeft < 0) return 'red';
  if (daysLeft <= settings.yellowWithinDays) return 'yellow';
  return 'green';
}

/**
 * The light of one item. `now` is the current instant, or today's office date (officeToday(now))
 * when lighting many items at once: reading the China-time date is the costly part.
 */
export function computeWarning(item: WarningInput, now: Date | string, settings: WarningSettings = DEFAULT_WARNING_SETTINGS): Warning {
  const dueDate = dueDateOf(item);
  // In the 销号 column the department's part is done: no light, whether approved or awaiting review.
  if (item.status === 'closed') return { level: 'none', dueDate, daysLeft: null, label: item.signoff === 'pending' ? '待审核' : '已销号' };
  if (!dueDate) return { level: 'none', dueDate: null, daysLeft: null, label: '未定时限' };
  const daysLeft = calendarDaysBetween(typeof now === 'string' ? now : officeToday(now), dueDate);
  return { level: levelForDaysLeft(daysLeft, settings), dueDate, daysLeft, label: daysLabel(daysLeft) };
}

function daysLabel(daysLeft: number): string {
  if (daysLeft < 0) return `逾期${-daysLeft}天`;
  if (daysLeft === 0) return '今日到期';
  return `剩${daysLeft}天`;
}

/**
 * The due-date range of one level, for filtering in a database query. Derived from
 * levelForDaysLeft's thresholds so a query and a card can never disagree.
 * `null` bound = open. Level 'none' has no range (closed items or no date).
 */
export function dueDateRangeOf(
  level: Exclude<WarningLevel, 'none'>,
  now: Date,
  settings: WarningSettings = DEFAULT_WARNING_SETTINGS,
): { from: string | null; to: string | null } {
  const today = officeToday(now);
  const shift = (days: number) => format(addDays(parseCalendarDate(today), days), 'yyyy-MM-dd');
  switch (level) {
    case 'red':
      return { from: null, to: shift(-1) };
    case 'yellow':
      return { from: today, to: shift(settings.yellowWithinDays) };
    case 'green':
      return { from: shift(settings.yellowWithinDays + 1), to: null };
  }
}

/** A plain calendar date at local midnight; only its year/month/day are ever read. */
function parseCalendarDate(date: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(y, m - 1, d);
}
