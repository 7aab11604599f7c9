/**
 * The look every exported .xlsx shares (台账, 逾期督查清单): header in row 1, frozen and filtered;
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

/** A new workbook with one sheet laid out for `columns`; rows are the caller's. */
export function officeSheet(name: string, columns: readonly SheetColumn[], now: Date): { workbook: ExcelJS.Workbook; sheet: ExcelJS.Worksheet } {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '整改看板';
  workbook.created = now;
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' },
  });
  sheet.columns = columns.map((column) => ({
    header: column.header,
    key: column.key,
    width: column.width,
    style: {
      font: SHEET_FONT,
      border: BORDER,
      alignment: { wrapText: true, vertical: 'top', horizontal: column.centred ? 'center' : 'left' },
      ...(column.date ? { numFmt: DATE_FORMAT } : {}),
    },
  }));
  const header = sheet.getRow(1);
  header.height = 24;
  header.eachCell((cell) => {
    cell.font = { ...SHEET_FONT, bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7EEF7' } };
    cell.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
    cell.border = BORDER;
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return { workbook, sheet };
}
