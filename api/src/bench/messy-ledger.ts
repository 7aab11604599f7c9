/**
 * A 台账 the way offices keep them, generated in code for the import tests, the browser test and the
 * bench: a merged title row and a 填报单位 line above the header; 序号, 原因类型 and 整改进展 columns
 * and a 联系人 column the board has no field for; sources written with their batch; dictionary values
 * that differ slightly; departments the board does not have (and one with a near name); rows closed
 * on paper long ago (one of them 长期坚持); deadlines as text. The same rows as an .xlsx or as the
 * 问题清单 table of a 整改方案 .docx.
 */
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import ExcelJS from 'exceljs';

export const MESSY_HEADER = [
  '序号',
  '问题来源',
  '问题类别',
  '存在问题',
  '原因类型',
  '整改措施',
  '责任单位',
  '责任领导',
  '责任人',
  '完成时限',
  '整改进展',
  '完成情况',
  '是否销号',
  '销号日期',
  '联系人',
];

/** The rows every messy file starts with: one of each feature. */
const FEATURE_ROWS: string[][] = [
  [
    '市委第二巡察组反馈',
    '组织建设',
    '党支部“三会一课”记录不规范，部分支部组织生活会程序不完整。',
    '理想信念',
    '1.修订“三会一课”制度\n2.每季度检查一次',
    '机关党委',
    '李卫东',
    '王蕾',
    '2026年8月底前',
    '2026年6月已开展第一次检查，发现问题3个',
    '',
    '否',
    '',
  ],
  [
    '市委第二巡察组反馈',
    '作风',
    '下基层调研次数少，调研报告质量不高。',
    '担当作为、责任落实',
    '1.制定年度调研计划',
    '政务服务处',
    '陈立平',
    '赵颖',
    '2026年12月底',
    '已制定调研计划',
    '',
    '否',
    '',
  ],
  [
    '2025年度民主生活会',
    '思想建设',
    '理论学习不够深入，学用结合不紧。',
    '理想信念',
    '1.落实中心组学习制度',
    '办公室',
    '李卫东',
    '张明',
    '长期坚持',
    '',
    '',
    '否',
    '',
  ],
  [
    '省委巡视组反馈意见',
    '纪律建设',
    '公务接待标准执行不严，个别接待超标准。',
    '纪律规矩',
    '1.修订公务接待办法\n2.开展专项检查',
    '财务审计科',
    '陈立平',
    '刘洋',
    '2026年10月31日',
    '',
    '已修订公务接待办法并印发，专项检查发现的问题已整改。',
    '已销号',
    '2026年3月15日',
  ],
  [
    '2025年度民主生活会',
    '组织建设',
    '干部教育培训针对性不强。',
    '工作机制',
    '1.建立按需培训机制',
    '机关党委',
    '李卫东',
    '王蕾',
    '长期坚持',
    '2026年5月召开专题会研究培训计划',
    '已建立按需培训机制，按季度复核。',
    '是',
    '',
  ],
  [
    '自查自纠',
    '作风建设',
    '机关食堂浪费现象时有发生。',
    '',
    '1.开展“光盘行动”',
    '办公室',
    '陈立平',
    '赵颖',
    '立行立改',
    '',
    '已开展“光盘行动”，浪费现象明显减少。',
    '是',
    '2026年1月20日',
  ],
  [
    '巡察反馈',
    '制度建设',
    '部分制度多年未修订，与工作实际脱节。',
    '工作机制',
    '1.全面梳理制度\n2.分批修订',
    '政策法规处',
    '李卫东',
    '周强',
    '2027年6月30日',
    '',
    '',
    '否',
    '',
  ],
  [
    '市委第二巡察组反馈',
    '政治建设',
    '落实意识形态工作责任制不够到位。',
    '责任落实',
    '1.制定意识形态工作责任清单',
    '规划发展科',
    '陈立平',
    '孙丽',
    '2026年12月底前',
    '',
    '',
    '否',
    '',
  ],
];

/** `count` data rows: the feature rows, then more of the same kind with their own descriptions. */
export function messyRows(count: number): string[][] {
  return Array.from({ length: count }, (_, i) => {
    const base = FEATURE_ROWS[i % FEATURE_ROWS.length];
    const round = Math.floor(i / FEATURE_ROWS.length);
    const description = round === 0 ? base[2] : `${base[2].replace(/。$/, '')}（第${round + 1}批，${i + 1}）。`;
    return [String(i + 1), base[0], base[1], description, ...base.slice(3), round === 0 ? '张老师 0371-1234' : ''];
  });
}

/** The .xlsx: title row merged over the columns, a 填报单位 line, then the header and the rows. */
export async function messyLedgerXlsx(count = FEATURE_ROWS.length): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('问题清单');
  sheet.addRow(['市发展改革委巡察反馈问题整改落实台账']);
  sheet.mergeCells(1, 1, 1, MESSY_HEADER.length);
  sheet.addRow(['填报单位（盖章）：办公室', '', '', '', '', '', '', '', '', '填报日期：2026年11月20日']);
  sheet.addRow(MESSY_HEADER);
  for (const row of messyRows(count)) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * The 整改方案 .docx: paragraphs, a small unrelated table (the 领导小组), then the 问题清单 as a
 * table whose 序号 cells of two rows are merged vertically and whose title row spans all columns.
 */
export async function messyLedgerDocx(count = FEATURE_ROWS.length): Promise<Buffer> {
  const cell = (text: string, options: { columnSpan?: number; verticalMerge?: 'restart' | 'continue' } = {}) =>
    new TableCell({ children: text.split('\n').map((line) => new Paragraph({ children: [new TextRun(line)] })), ...options });
  const rows = messyRows(count);
  const leaders = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [new TableRow({ children: [cell('组长'), cell('李卫东')] }), new TableRow({ children: [cell('副组长'), cell('陈立平')] })],
  });
  const list = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ children: [cell('巡察反馈问题整改清单', { columnSpan: MESSY_HEADER.length })] }),
      new TableRow({ children: MESSY_HEADER.map((h) => cell(h)) }),
      // The first two rows share their 问题来源, written once in a cell merged down.
      ...rows.map(
        (row, r) =>
          new TableRow({
            children: row.map((text, c) => (c === 1 && r < 2 ? cell(r === 0 ? text : '', { verticalMerge: r === 0 ? 'restart' : 'continue' }) : cell(text))),
          }),
      ),
    ],
  });
  const document = new Document({
    sections: [
      {
        children: [
          new Paragraph({ children: [new TextRun({ text: '关于市委第二巡察组反馈意见整改工作方案', bold: true })] }),
          new Paragraph('为认真落实巡察反馈意见，制定本方案。'),
          new Paragraph('一、整改工作领导小组'),
          leaders,
          new Paragraph('二、问题清单'),
          list,
          new Paragraph('三、工作要求'),
        ],
      },
    ],
  });
  return Buffer.from(await Packer.toBuffer(document));
}
