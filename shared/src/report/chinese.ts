/**
 * Small helpers for writing official Chinese prose: numerals and ordinals (一是、（一）、一、),
 * full-width punctuation, dates written 2026年11月22日, and cutting a long sentence down to its
 * first clauses at a punctuation boundary.
 */

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1..99 as Chinese numerals: 一 … 十 十一 … 十九 二十 二十一 … 九十九. */
export function chineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`chineseNumber: ${n} is outside 1..99`);
  if (n < 10) return DIGITS[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones ? DIGITS[ones] : ''}`;
}

/** 一是、二是… (items of a list inside a paragraph). */
export function listOrdinal(n: number): string {
  return `${chineseNumber(n)}是`;
}

/** （一）（二）… (second-level headings). */
export function sectionOrdinal(n: number): string {
  return `（${chineseNumber(n)}）`;
}

/** 2026-11-22 → 2026年11月22日. */
export function chineseDate(isoDate: string): string {
  const [y, m, d] = isoDate.slice(0, 10).split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

const HALF_TO_FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '!': '！', '?': '？', '(': '（', ')': '）' };

/** Straight quotes typed in Chinese text, paired in order: "…" → “…”, '…' → ‘…’ (an unpaired one opens). */
export function chineseQuotes(text: string): string {
  let double = 0;
  let single = 0;
  return text.replace(/["']/g, (q) => (q === '"' ? (double++ % 2 ? '”' : '“') : single++ % 2 ? '’' : '‘'));
}

/**
 * Half-width punctuation typed into Chinese text becomes full-width, straight quotes Chinese ones;
 * digits, letters, decimal points and % stay as they are (the usual practice in official documents).
 * A comma between digits is a thousands separator and is dropped (official prose writes 1800, not
 * 1,800). Runs of whitespace go.
 */
export function fullWidthPunctuation(text: string): string {
  return chineseQuotes(text)
    .replace(/(\d),(?=\d{3}(?!\d))/g, '$1')
    .replace(/(\d):(?=\d)/g, '$1∶') // 10:30 → keep as a ratio-like colon, never a sentence colon
    .replace(/[,;:!?()]/g, (c) => HALF_TO_FULL[c])
    .replace(/∶/g, ':')
    .replace(/\s+/g, '')
    .replace(/\.{3,}|。{3,}/g, '……');
}

const OPENERS = new Set('（“‘《〈【');
const CLOSERS = new Set('）”’》〉】');

/** Splits text at any of `marks`, but never inside brackets or quotation marks. Marks stay attached to their piece. */
export function splitOutside(text: string, marks: string): string[] {
  const isMark = new Set(marks);
  const pieces: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (OPENERS.has(c)) depth++;
    else if (CLOSERS.has(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && isMark.has(c)) {
      pieces.push(text.slice(start, i + 1));
      start = i + 1;
    }
  }
  if (start < text.length) pieces.push(text.slice(start));
  return pieces.filter((p) => stripEnd(p).length > 0);
}

/** Removes trailing clause punctuation (，、；：。！？) and spaces. */
export function stripEnd(text: string): string {
  return text.replace(/[，、；：。！？,;:.!?\s]+$/u, '');
}

/** Sentences of a text (split at 。！？；), without their end marks. */
export function sentencesOf(text: string): string[] {
  return splitOutside(fullWidthPunctuation(text), '。！？；').map(stripEnd).filter(Boolean);
}

/** Clauses of a sentence (split at ，), without their end marks. */
export function clausesOf(sentence: string): string[] {
  return splitOutside(sentence, '，').map(stripEnd).filter(Boolean);
}

/**
 * The leading clauses of `sentence` that fit in `max` characters (always at least the first clause).
 * A first clause far longer than `max` is cut at its last 、 before the limit and closed with 等.
 */
export function leadingClauses(sentence: string, max: number): string {
  const clauses = clausesOf(sentence);
  if (clauses.length === 0) return '';
  let out = clauses[0];
  if (out.length > max * 1.6) {
    const cut = out.lastIndexOf('、', max);
    out = cut > max / 3 ? `${out.slice(0, cut)}等` : out;
  }
  for (const next of clauses.slice(1)) {
    if (out.length + 1 + next.length > max) break;
    out += `，${next}`;
  }
  return out;
}

/** Characters that matter when telling whether two sentences say the same thing. */
function essence(text: string): string {
  return text.replace(/[\p{P}\p{S}\s\d]/gu, '');
}

function bigrams(text: string): Set<string> {
  const grams = new Set<string>();
  for (let i = 0; i < text.length - 1; i++) grams.add(text.slice(i, i + 2));
  return grams;
}

/** Near-identical: the same words but for punctuation and numbers, or mostly the same two-character runs. */
export function nearlySame(a: string, b: string): boolean {
  const x = essence(a);
  const y = essence(b);
  if (x === y || (Math.min(x.length, y.length) > 8 && (x.includes(y) || y.includes(x)))) return true;
  const gx = bigrams(x);
  const gy = bigrams(y);
  if (gx.size === 0 || gy.size === 0) return false;
  let shared = 0;
  for (const g of gx) if (gy.has(g)) shared++;
  return shared / Math.min(gx.size, gy.size) >= 0.8;
}
