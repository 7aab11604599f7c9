/**
 * Tests on the office's clock (`@rectify/shared/testing`, never imported by the app).
 *
 * The app reads "today" in the office (Asia/Shanghai) whatever the machine's time zone; a test that
 * builds dates from the machine's clock (`new Date().getFullYear()`, `format(new Date(), …)`) disagrees
 * with it for eight hours a day on a UTC machine, and on 31 December about the year. Tests ask these.
 */
import { officeToday } from '../warning/warning.js';

/** The office's calendar date `offset` days from today (YYYY-MM-DD). */
export function officeDay(offset = 0, now: Date = new Date()): string {
  const [y, m, d] = officeToday(now).split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + offset)).toISOString().slice(0, 10);
}

/** The office's current year, e.g. the year in new item codes (2026-XC-001). */
export function officeYear(now: Date = new Date()): number {
  return Number(officeToday(now).slice(0, 4));
}
