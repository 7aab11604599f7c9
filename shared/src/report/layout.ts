/**
 * How a report's plain text maps onto the GB/T 9704 layout, line by line, so the .docx export (API)
 * and any preview (web) agree on what is a title and what is a heading:
 * - a first line that is short, not numbered and has no sentence mark is the document title
 *   (方正小标宋简体, centred);
 * - "一、……" starts a first-level heading (黑体); "（一）……" a second-level heading (楷体_GB2312).
 *   When the heading runs on into its paragraph ("（一）作风建设方面仍有差距。此类问题…"), only the
 *   heading sentence takes the heading font and the rest is body text, as in printed summaries;
 * - everything else is body text (仿宋_GB2312), indented two characters.
 */

export type ReportLineKind = 'title' | 'heading1' | 'heading2' | 'body';

export interface ReportLine {
  kind: ReportLineKind;
  /** The part in the heading font (the whole line for titles and headings standing alone; '' for body). */
  lead: string;
  /** The rest of the line, in the body font. */
  rest: string;
}

const HEADING1 = /^[一二三四五六七八九十]{1,3}、/u;
const HEADING2 = /^（[一二三四五六七八九十]{1,3}）/u;
const SENTENCE_MARK = /[。；！？：]/u;

/** Splits a heading line into its heading sentence (through the first 。) and what follows. */
function splitLead(line: string): { lead: string; rest: string } {
  const end = line.search(/[。！？]/u);
  if (end < 0 || end === line.length - 1) return { lead: line, rest: '' };
  return { lead: line.slice(0, end + 1), rest: line.slice(end + 1) };
}

/**
 * The lines of an edited report, classified. `title` (sent apart from the text) becomes the title
 * line; the text's own first line is then not taken for a title again, and is dropped if it repeats it.
 */
export function layoutReportText(text: string, title?: string | null): ReportLine[] {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const out: ReportLine[] = [];
  const heading = title?.trim();
  if (heading) {
    out.push({ kind: HEADING1.test(heading) ? 'heading1' : 'title', lead: heading, rest: '' });
    if (lines[0] === heading) lines.shift();
  }
  lines.forEach((line, index) => {
    if (HEADING1.test(line)) out.push({ kind: 'heading1', ...splitLead(line) });
    else if (HEADING2.test(line)) out.push({ kind: 'heading2', ...splitLead(line) });
    else if (index === 0 && !heading && line.length <= 40 && !SENTENCE_MARK.test(line)) out.push({ kind: 'title', lead: line, rest: '' });
    else out.push({ kind: 'body', lead: '', rest: line });
  });
  return out;
}
