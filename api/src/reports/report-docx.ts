/**
 * The report as a .docx in the layout of official documents (GB/T 9704-2012 党政机关公文格式):
 * A4, margins top 37 mm / bottom 35 mm / left 28 mm / right 26 mm (版心 156 × 225 mm); title in
 * 方正小标宋简体 2号 (22 pt) centred; first-level headings 黑体 3号, second-level 楷体_GB2312 3号,
 * body 仿宋_GB2312 3号 (16 pt), every paragraph indented two characters, fixed 28 pt line spacing
 * (22 lines of 28 characters on a page, as the standard prints them); page numbers "— 1 —" in
 * 宋体 4号, odd pages right and even pages left, one character in from the edge.
 *
 * Fonts: runs name the official fonts as their East Asian font; digits and Latin letters use
 * Times New Roman. Machines without the official fonts (most, outside government networks) fall back
 * through the font table written below: each official font is declared with an alternate name
 * (w:altName) and with the GB2312 character set and PANOSE class of its common substitute, which is
 * what Word and WPS match on when the named font is missing:
 *   仿宋_GB2312 → 仿宋 (FangSong);  楷体_GB2312 → 楷体 (KaiTi);  黑体 → SimHei;
 *   方正小标宋简体 → 华文中宋 (STZhongsong), then 宋体 (SimSun);  宋体 → SimSun.
 * LibreOffice substitutes by its own table and fontconfig (on Linux usually Noto Serif/Sans CJK).
 */
import { layoutReportText, stripInvalidCharacters, type ReportLine } from '@rectify/shared';
import { AlignmentType, Document, Footer, LineRuleType, Packer, PageNumber, Paragraph, TextRun, type IParagraphStyleOptions } from 'docx';

/** Twips (1/20 pt) per millimetre. */
const mm = (value: number) => Math.round((value * 1440) / 25.4);
/** Font sizes are given in half-points. */
const pt = (value: number) => value * 2;

export const REPORT_FONTS = {
  title: '方正小标宋简体',
  heading1: '黑体',
  heading2: '楷体_GB2312',
  body: '仿宋_GB2312',
  pageNumber: '宋体',
  latin: 'Times New Roman',
} as const;

/** 2号 and 3号, 4号 for page numbers. */
const SIZE = { title: pt(22), text: pt(16), pageNumber: pt(14) };
/** Fixed line pitch: 28 pt. */
const LINE = 28 * 20;
/** Two characters of 3号 text. */
const INDENT = { firstLine: 2 * 16 * 20, firstLineChars: 200 };

const font = (eastAsia: string) => ({ eastAsia, ascii: REPORT_FONTS.latin, hAnsi: REPORT_FONTS.latin, cs: REPORT_FONTS.latin, hint: 'eastAsia' });

const STYLES: IParagraphStyleOptions[] = [
  {
    id: 'ReportTitle',
    name: '公文标题',
    basedOn: 'Normal',
    next: 'ReportBody',
    run: { font: { ...font(REPORT_FONTS.title), ascii: REPORT_FONTS.title, hAnsi: REPORT_FONTS.title }, size: SIZE.title },
    // A 2号 line needs more than the 28 pt pitch; one blank 3号 line follows the title.
    paragraph: { alignment: AlignmentType.CENTER, spacing: { line: 35 * 20, lineRule: LineRuleType.EXACT, after: LINE }, outlineLevel: 0 },
  },
  {
    id: 'ReportHeading1',
    name: '公文一级标题',
    basedOn: 'ReportBody',
    next: 'ReportBody',
    run: { font: font(REPORT_FONTS.heading1), size: SIZE.text },
    paragraph: { outlineLevel: 0 },
  },
  {
    id: 'ReportHeading2',
    name: '公文二级标题',
    basedOn: 'ReportBody',
    next: 'ReportBody',
    run: { font: font(REPORT_FONTS.heading2), size: SIZE.text },
    paragraph: { outlineLevel: 1 },
  },
  {
    id: 'ReportBody',
    name: '公文正文',
    basedOn: 'Normal',
    run: { font: font(REPORT_FONTS.body), size: SIZE.text },
    paragraph: { alignment: AlignmentType.JUSTIFIED, indent: INDENT, spacing: { line: LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 } },
  },
];

const STYLE_OF: Record<ReportLine['kind'], string> = { title: 'ReportTitle', heading1: 'ReportHeading1', heading2: 'ReportHeading2', body: 'ReportBody' };

function paragraphOf(line: ReportLine): Paragraph {
  const children: TextRun[] = [];
  if (line.lead) children.push(new TextRun({ text: line.lead }));
  // The rest of a heading line (its paragraph running on) is body text in 仿宋.
  if (line.rest) children.push(new TextRun({ text: line.rest, ...(line.kind === 'body' ? {} : { font: font(REPORT_FONTS.body) }) }));
  return new Paragraph({ style: STYLE_OF[line.kind], children });
}

/** "— 1 —", 宋体 4号, one character in from the outer edge. */
function pageNumberFooter(side: 'odd' | 'even'): Footer {
  const run = { font: font(REPORT_FONTS.pageNumber), size: SIZE.pageNumber };
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: 14 * 20 } : { left: 14 * 20 },
        children: [new TextRun({ ...run, children: ['— ', PageNumber.CURRENT, ' —'] })],
      }),
    ],
  });
}

/** The font table: each official font with its fallback (see the head of this file). */
function fontTableXml(): string {
  const entry = (name: string, altName: string | null, panose: string, charset: string, family: string, pitch: string) =>
    `<w:font w:name="${name}">${altName ? `<w:altName w:val="${altName}"/>` : ''}<w:panose1 w:val="${panose}"/><w:charset w:val="${charset}"/><w:family w:val="${family}"/><w:pitch w:val="${pitch}"/></w:font>`;
  const fonts = [
    entry('仿宋_GB2312', '仿宋', '02010609030101010101', '86', 'modern', 'fixed'),
    entry('仿宋', 'FangSong', '02010609060101010101', '86', 'modern', 'fixed'),
    entry('楷体_GB2312', '楷体', '02010609030101010101', '86', 'modern', 'fixed'),
    entry('楷体', 'KaiTi', '02010609060101010101', '86', 'modern', 'fixed'),
    entry('黑体', 'SimHei', '02010609060101010101', '86', 'modern', 'fixed'),
    entry('方正小标宋简体', '华文中宋', '02010600030101010101', '86', 'auto', 'variable'),
    entry('华文中宋', 'STZhongsong', '02010600040101010101', '86', 'auto', 'variable'),
    entry('宋体', 'SimSun', '02010600030101010101', '86', 'auto', 'variable'),
    entry('Times New Roman', null, '02020603050405020304', '00', 'roman', 'variable'),
  ];
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    fonts.join('') +
    '</w:fonts>'
  );
}

export const DOCX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * The .docx of a report: `text` one paragraph per line, classified by layoutReportText (title,
 * 一、 headings, （一） headings, body); `title`, when given, is put first.
 */
export async function buildReportDocx(input: { text: string; title?: string | null }): Promise<Buffer> {
  // Validation refuses control characters already; stripped again here because one would make
  // word/document.xml ill-formed and the whole file unopenable (item texts reach here too).
  const lines = layoutReportText(
    stripInvalidCharacters(input.text),
    input.title === undefined || input.title === null ? input.title : stripInvalidCharacters(input.title),
  );
  const titleLine = lines.find((l) => l.kind === 'title' || l.kind === 'heading1');
  const document = new Document({
    creator: '整改看板',
    title: titleLine?.lead ?? '存在的问题及原因',
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: { document: { run: { font: font(REPORT_FONTS.body), size: SIZE.text, language: { value: 'en-US', eastAsia: 'zh-CN' } } } },
      paragraphStyles: STYLES,
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            // The footer sits about 7 mm below the 版心 (bottom margin 35 mm), its 4号 line included.
            margin: { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26), header: mm(15), footer: mm(23) },
          },
        },
        footers: { default: pageNumberFooter('odd'), even: pageNumberFooter('even') },
        children: lines.map(paragraphOf),
      },
    ],
  });
  return Packer.toBuffer(document, false, [{ path: 'word/fontTable.xml', data: fontTableXml() }]);
}

/** attachment; filename="…"; filename*=UTF-8''…: an ASCII name for old clients, the Chinese one for the rest (RFC 6266). */
export function attachmentDisposition(fileName: string, asciiFallback = 'report.docx'): string {
  return `attachment; filename="${asciiFallback}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
