/** The overdue list as .xlsx, in the look of every export (common/office-sheet.ts). */
import { COLUMN_TITLES, excelDateOf, type OverdueRow, type OverdueView } from '@rectify/shared';
import { officeSheet, SHEET_FONT } from '../common/office-sheet.js';

export const OVERDUE_SHEET_NAME = '逾期督查清单';

type Cell = string | number | Date | null;
const date = (value: string | null): Date | null => (value ? excelDateOf(value) : null);

/** The columns, Chinese headers, in the order an inspector reads them. */
export const OVERDUE_COLUMNS: ReadonlyArray<{
  header: string;
  width: number;
  kind?: 'date' | 'number';
  centre?: boolean;
  value: (row: OverdueRow, index: number) => Cell;
}> = [
  { header: '序号', width: 6, centre: true, kind: 'number', value: (_r, i) => i + 1 },
  { header: '编号', width: 14, centre: true, value: (r) => r.code },
  { header: '问题标题', width: 36, value: (r) => r.title },
  { header: '预警', width: 8, centre: true, value: (r) => (r.level === 'red' ? '红灯' : '黄灯') },
  { header: '逾期天数', width: 9, centre: true, kind: 'number', value: (r) => r.daysOverdue },
  { header: '剩余天数', width: 9, centre: true, kind: 'number', value: (r) => (r.level === 'yellow' ? r.daysLeft : null) },
  { header: '责任部门', width: 18, value: (r) => r.departmentName },
  { header: '责任领导', width: 12, centre: true, value: (r) => r.leader },
  { header: '责任人', width: 10, centre: true, value: (r) => r.owner },
  { header: '整改时限', width: 15, centre: true, kind: 'date', value: (r) => date(r.deadline) },
  { header: '原定时限', width: 15, centre: true, kind: 'date', value: (r) => date(r.originalDeadline) },
  { header: '延期次数', width: 9, centre: true, kind: 'number', value: (r) => r.deadlineChanges },
  { header: '督办次数', width: 9, centre: true, kind: 'number', value: (r) => r.supervisionCount },
  { header: '未回复督办', width: 10, centre: true, kind: 'number', value: (r) => r.openSupervisionCount },
  { header: '最近进展日期', width: 15, centre: true, kind: 'date', value: (r) => date(r.lastProgressDate) },
  { header: '所在列', width: 10, centre: true, value: (r) => COLUMN_TITLES[r.status] },
];

export async function writeOverdueWorkbook(view: OverdueView, now: Date): Promise<Buffer> {
  const columns = OVERDUE_COLUMNS.map((column, i) => ({
    header: column.header,
    key: `c${i}`,
    width: column.width,
    centred: column.centre,
    date: column.kind === 'date',
  }));
  const { workbook, sheet } = officeSheet(OVERDUE_SHEET_NAME, columns, now);
  view.rows.forEach((row, index) => {
    const added = sheet.addRow(OVERDUE_COLUMNS.map((c) => c.value(row, index)));
    const levelCell = added.getCell(4);
    levelCell.font = { ...SHEET_FONT, bold: true, color: { argb: row.level === 'red' ? 'FFC00000' : 'FFB07800' } };
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
