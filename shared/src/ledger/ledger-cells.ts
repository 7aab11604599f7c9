/**
 * Reading and writing single 台账 cells: dates in the ways offices write them, 整改时限 written as
 * text ("立行立改，长期坚持"), numbered 整改措施, 是/否, lists of names, and the 标题 a new item gets.
 * Pure functions: the API hands in what it read from the .xlsx, the tests hand in plain values.
 */
import { RECTIFY_TYPE_LABELS, type ProblemScope, type RectifyType } from '../item/item.js';

/**
 * A cell as the import sees it. A Date is an Excel date whose UTC calendar day is the date shown
 * (how xlsx readers hand dates over). `{ invalid }` marks a cell the reader refused (a formula, a
 * merged cell, an Excel error value), with the reason.
 */
export type LedgerCellValue = string | number | boolean | Date | null | { invalid: string };

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };
const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (message: string): Parsed<never> => ({ ok: false, message });

export const DATE_HINT = '请写成2026-12-31或2026年12月31日';

/** YYYY-MM-DD → 2026年11月22日 (how these users write dates): the report's chineseDate, under the name the ledger and the API use. */
export { chineseDate as formatChineseDate } from '../report/chinese.js';

/** The calendar day an Excel date cell shows (its UTC day), as YYYY-MM-DD. */
export function isoDateOfExcelDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A YYYY-MM-DD date as the value of an Excel date cell (midnight UTC of that day). */
export function excelDateOf(isoDate: string): Date {
  const [y, m, d] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

/** Text of any cell, trimmed; '' for an empty one. */
export function cellText(value: LedgerCellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return isoDateOfExcelDate(value);
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'object') return '';
  return String(value).trim();
}

/** A cell the reader refused (formula, merged cell, Excel error value). */
export function isInvalidCell(value: LedgerCellValue): value is { invalid: string } {
  return typeof value === 'object' && value !== null && !(value instanceof Date);
}

export function isBlank(value: LedgerCellValue): boolean {
  return !isInvalidCell(value) && cellText(value) === '';
}

const YEARS = { min: 2000, max: 2100 };
/** Excel serial numbers of 2000-01-01 and 2100-12-31. */
const SERIALS = { min: 36_526, max: 73_415 };

function isoOf(y: number, m: number, d: number): Parsed<string> {
  if (y < YEARS.min || y > YEARS.max) return fail(`年份${y}不合理，${DATE_HINT}`);
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    return fail(`日期不存在（${y}年${m}月${d}日），请检查年月日`);
  }
  return ok(`${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
}

function lastDayOf(y: number, m: number): Parsed<string> {
  if (m < 1 || m > 12) return fail(`月份${m}不存在，请检查年月日`);
  return isoOf(y, m, new Date(Date.UTC(y, m, 0)).getUTCDate());
}

/**
 * Dates written in text: 2026-12-31, 2026/12/31, 2026.12.31, 2026年12月31日, 20261231, and the
 * period ends ledgers use for deadlines: 2026年12月底 / 2026年12月 (last day of the month), 2026年底.
 */
const DATE_PATTERN =
  /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?|(\d{4})\s*年\s*(\d{1,2})\s*月\s*(?:底|末|份)?|(\d{4})\s*年\s*(?:底|末)|(?<!\d)(\d{4})(\d{2})(\d{2})(?!\d)/g;

interface DateMatch {
  parsed: Parsed<string>;
  start: number;
  end: number;
}

function findDates(text: string): DateMatch[] {
  return [...text.matchAll(DATE_PATTERN)].map((m) => {
    const [, y1, m1, d1, y2, m2, y3, y4, m4, d4] = m;
    const parsed = y1 ? isoOf(+y1, +m1, +d1) : y2 ? lastDayOf(+y2, +m2) : y3 ? isoOf(+y3, 12, 31) : isoOf(+y4, +m4, +d4);
    return { parsed, start: m.index, end: m.index + m[0].length };
  });
}

/** Words around a deadline that say nothing more than "by then" (2026年12月31日前完成整改). */
const FILLER = /之前|以前|前|完成整改|整改到位|整改完毕|完成|到位|截止|为止|止|整改/g;
const PUNCTUATION_ONLY = /^[\s，,。.；;、：:（）()\-—~～]*$/;

function fromSerial(serial: number): Parsed<string> {
  const day = Math.floor(serial + 1e-6);
  if (day < SERIALS.min || day > SERIALS.max) return fail(`日期无法识别，${DATE_HINT}`);
  return ok(isoDateOfExcelDate(new Date((day - 25_569) * 86_400_000)));
}

/**
 * 整改进展 text as a progress entry: dated by the last date the text names that is not after today
 * ("2026年5月召开专题会…" → the end of May 2026, or today if that is still ahead), else today.
 */
export function progressEntryOf(text: string, today: string): { date: string; text: string } {
  const dates = findDates(text).flatMap((d) => (d.parsed.ok && d.parsed.value <= today ? [d.parsed.value] : []));
  return { date: dates.at(-1) ?? today, text };
}

/** A cell of a date column (下次复核日期, 销号日期): an Excel date, or one date in text. Blank → null. */
export function parseLedgerDate(value: LedgerCellValue): Parsed<string | null> {
  if (value instanceof Date) {
    const iso = isoDateOfExcelDate(value);
    return isoOf(+iso.slice(0, 4), +iso.slice(5, 7), +iso.slice(8, 10));
  }
  if (typeof value === 'number') return String(value).length === 8 ? parseDateText(String(value)) : fromSerial(value);
  const text = cellText(value);
  if (!text) return ok(null);
  return parseDateText(text);
}

function parseDateText(text: string): Parsed<string> {
  const dates = findDates(text);
  if (dates.length !== 1) return fail(dates.length ? '只能填写一个日期' : `日期无法识别，${DATE_HINT}`);
  const rest = text.slice(0, dates[0].start) + text.slice(dates[0].end);
  if (!PUNCTUATION_ONLY.test(rest.replace(FILLER, ''))) return fail(`日期无法识别，${DATE_HINT}`);
  return dates[0].parsed;
}

/** What a 整改时限 cell says: a date, an 整改类型 written as text, both, or nothing (blank). */
export interface DeadlineCell {
  blank: boolean;
  date: string | null;
  type: RectifyType | null;
}

const TYPE_WORDS: ReadonlyArray<[RectifyType, RegExp]> = [
  // 长期坚持 wins: "立行立改，长期坚持" is a problem fixed at once and then kept fixed, reviewed over time.
  ['long_term', /长期坚持|长期整改|持续整改|长期推进|常态化/],
  ['immediate', /立行立改|立即整改|即知即改|立查立改/],
  ['time_limited', /限期整改/],
];

/** 整改类型 named in text, if any (the strongest when several are). */
export function rectifyTypeIn(text: string): RectifyType | null {
  return TYPE_WORDS.find(([, words]) => words.test(text))?.[0] ?? null;
}

/**
 * A 整改时限 cell. A date (Excel or text, "2026年12月底前完成" too) is the deadline; 立行立改 /
 * 限期整改 / 长期坚持 in the text set the 整改类型, with or without a date. Other text is refused
 * rather than guessed at. Blank says "no deadline".
 */
export function parseDeadlineCell(value: LedgerCellValue): Parsed<DeadlineCell> {
  if (value instanceof Date || typeof value === 'number') {
    const date = parseLedgerDate(value);
    return date.ok ? ok({ blank: false, date: date.value, type: null }) : date;
  }
  const text = cellText(value);
  if (!text) return ok({ blank: true, date: null, type: null });
  const type = rectifyTypeIn(text);
  const dates = findDates(text);
  if (dates.length > 1) return fail('整改时限只能写一个日期');
  const date = dates[0];
  if (date && !date.parsed.ok) return date.parsed;
  if (!type) {
    if (!date) return fail(`日期无法识别，${DATE_HINT}，或写“立行立改”“长期坚持”`);
    const rest = text.slice(0, date.start) + text.slice(date.end);
    if (!PUNCTUATION_ONLY.test(rest.replace(FILLER, ''))) return fail(`日期无法识别，${DATE_HINT}，或写“立行立改”“长期坚持”`);
  }
  return ok({ blank: false, date: date?.parsed.ok ? date.parsed.value : null, type });
}

/** What the export writes in 整改时限 when there is no date to write. */
export function deadlineText(type: RectifyType | null): string | null {
  return type ? RECTIFY_TYPE_LABELS[type] : null;
}

/** An 整改类型 cell: 立行立改 / 限期整改 / 长期坚持 (or their usual variants). Blank → null. */
export function parseRectifyType(value: LedgerCellValue): Parsed<RectifyType | null> {
  const text = cellText(value);
  if (!text) return ok(null);
  const type = rectifyTypeIn(text);
  return type ? ok(type) : fail('整改类型只能是立行立改、限期整改或长期坚持');
}

/** 是/否 (and 已销号, √, TRUE…). Blank → null. */
export function parseYesNo(value: LedgerCellValue): Parsed<boolean | null> {
  if (typeof value === 'boolean') return ok(value);
  const text = cellText(value).normalize('NFKC').toUpperCase();
  if (!text) return ok(null);
  if (['是', '已销号', '销号', 'Y', 'YES', 'TRUE', '√', '✓', '1'].includes(text)) return ok(true);
  if (['否', '未销号', '不销号', 'N', 'NO', 'FALSE', '×', '✗', 'X', '0'].includes(text)) return ok(false);
  return fail('只能填“是”或“否”');
}

/** 班子问题 / 个人问题 (also 班子, 领导班子, 个人). Blank → null. */
export function parseScope(value: LedgerCellValue): Parsed<ProblemScope | null> {
  const text = cellText(value);
  if (!text) return ok(null);
  if (/^(领导)?班子(问题)?$/.test(text)) return ok('team');
  if (/^个人(问题)?$/.test(text)) return ok('individual');
  return fail('只能填“班子问题”或“个人问题”（问题所属方面请填在「问题类别」列）');
}

/** Names separated by 、，, ；; or line breaks (责任部门, 配合部门, 原因分析维度). */
export function parseNameList(value: LedgerCellValue): string[] {
  return cellText(value)
    .split(/[、,，;；\n\r]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** One numbering mark at the start of a line: 1. 1、 1） （1） (一) 一、 ① 一是. Not "1.5倍". */
const NUMBERING =
  /^\s*(?:\d{1,2}\s*(?:[、)）]|[.．](?!\d))|[（(]\s*\d{1,2}\s*[)）]|[（(][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}\s*[、.．](?!\d)|[①-⑳]|[一二三四五六七八九十]{1,3}是[：:，,]?)\s*/;

/**
 * 整改措施, one per line. When lines are numbered ("1. …", "（2）…", "三是…"), the number is dropped
 * and an unnumbered line continues the measure above it; otherwise every line is one measure.
 */
export function parseMeasures(value: LedgerCellValue): string[] {
  const lines = cellText(value)
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  if (!lines.some((l) => NUMBERING.test(l))) return lines;
  const measures: string[] = [];
  let continuing = false;
  for (const line of lines) {
    if (NUMBERING.test(line)) {
      measures.push(line.replace(NUMBERING, '').trim());
      continuing = true;
    } else if (continuing) {
      measures[measures.length - 1] += `\n${line}`;
    } else {
      measures.push(line);
    }
  }
  return measures.filter(Boolean);
}

/** The measures as the export writes them: "1、…" one per line (parseMeasures reads them back unchanged, digits after the mark included). */
export function formatMeasures(contents: readonly string[]): string | null {
  return contents.length ? contents.map((c, i) => `${i + 1}、${c}`).join('\n') : null;
}

export const TITLE_MAX = 40;

/**
 * 标题 is not a ledger column. A new item's title is the first clause of its 问题描述 (numbering
 * dropped), extended by the next clauses while it stays within 40 characters if the first is too short
 * to say anything (under 6), and cut to 39 characters plus "…" if it is longer.
 */
export function deriveTitle(description: string): string {
  const text = description.replace(/\s+/g, ' ').trim().replace(NUMBERING, '');
  const clauses = text
    .split(/[，,。；;！？!?]/)
    .map((c) => c.trim())
    .filter(Boolean);
  let title = clauses[0] ?? text;
  for (let i = 1; title.length < 6 && i < clauses.length && `${title}，${clauses[i]}`.length <= TITLE_MAX; i++) title = `${title}，${clauses[i]}`;
  return title.length > TITLE_MAX ? `${title.slice(0, TITLE_MAX - 1)}…` : title;
}

/** A-Z, AA… for a 1-based column number. */
export function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
