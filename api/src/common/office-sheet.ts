/**
 * The look every exported .xlsx shares (台账, 逾期督查清单): header in row 1 (below the title rows when
 * there are any), frozen and filtered;
 * 宋体 11 with thin borders; wrapped text aligned to the top; dates as real Excel dates shown
 * 2026年12月31日; landscape A4, one page wide, the header repeated on every printed page.
 */
import ExcelJS from 'exceljs';

export const SHEET_FONT = { name: '宋体', size: 11 };
const DATE_FORMAT = 'yyyy"年"m"月"d"日"';
const THIN = { style: 'thin' as const, color: { argb: 'FFBFBFBF' } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

export interface SheetColumn {
  header: string;
  key: string;
  width: number;
  centred?: boolean;
  date?: boolean;
}

/**
 * A new workbook with one sheet laid out for `columns`; rows are the caller's. `titleLines` go above
 * the header, each merged across the columns (the first as the title, the others as small print);
 * the header then sits below them, and the freeze, filter and printed header follow it.
 */
export function officeSheet(
  name: string,
  columns: readonly SheetColumn[],
  now: Date,
  titleLines: readonly string[] = [],
): { workbook: ExcelJS.Workbook; sheet: ExcelJS.Worksheet } {
  const headerRow = titleLines.length + 1;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '整改看板';
  workbook.created = now;
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: headerRow, topLeftCell: `A${headerRow + 1}`, activeCell: `A${headerRow + 1}` }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${headerRow}:${headerRow}` },
  });
  sheet.columns = columns.map((column) => ({
    ...(titleLines.length ? {} : { header: column.header }),
    key: column.key,
    width: column.width,
    style: {
      font: SHEET_FONT,
      border: BORDER,
      alignment: { wrapText: true, vertical: 'top', horizontal: column.centred ? 'center' : 'left' },
      ...(column.date ? { numFmt: DATE_FORMAT } : {}),
    },
  }));
  titleLines.forEach((line, i) => {
    const row = sheet.getRow(i + 1);
    sheet.mergeCells(i + 1, 1, i + 1, columns.length);
    const cell = row.getCell(1);
    cell.value = line;
    cell.font = i === 0 ? { ...SHEET_FONT, size: 16, bold: true } : SHEET_FONT;
    cell.alignment = { vertical: 'middle', horizontal: i === 0 ? 'center' : 'right' };
    for (let c = 1; c <= columns.length; c++) row.getCell(c).border = {};
    row.height = i === 0 ? 30 : 18;
  });
  const header = sheet.getRow(headerRow);
  if (titleLines.length) header.values = columns.map((column) => column.header);
  header.height = 24;
  header.eachCell((cell) => {
    cell.font = { ...SHEET_FONT, bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7EEF7' } };
    cell.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
    cell.border = BORDER;
  });
  sheet.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: headerRow, column: columns.length } };
  return { workbook, sheet };
}
