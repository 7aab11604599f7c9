/**
 * The 导入模板: a blank 台账 with the standard headers, and the 填写说明 sheet telling a clerk what each
 * column takes. The words here follow what the import accepts (ledger-cells.ts, ledger-import.ts);
 * a rule changed there is described again here.
 */
import { DATE_HINT } from './ledger-cells.js';
import { LEDGER_COLUMNS, type LedgerColumn, type LedgerColumnKey } from './ledger-columns.js';
import { REQUIRED_FOR_NEW } from './ledger-import.js';

/** What to write in each column, for the 填写说明 sheet. */
const GUIDE: Record<LedgerColumnKey, string> = {
  serial: '可不填；导入时不读取',
  code: '新问题留空，导入时自动编号；填写系统中已有的编号，则更新该事项',
  source: '从下拉列表选择（系统字典中的问题来源）',
  category: '从下拉列表选择（系统字典中的问题类别）',
  description: '问题的原文表述；新问题的标题取其第一句',
  causeAnalysis: '可不填；写“存在的问题及原因”材料时使用',
  measures: '多条措施每条一行（单元格内按 Alt+回车 换行），可带“1、”“（1）”等序号',
  leader: '如：李卫东（党组成员、副主任）',
  departments:
    '从下拉列表选择牵头部门（一个）；配合部门填在「配合部门」列。没有「配合部门」列的台账，可在本列用“、”隔开写在牵头部门后面，如：办公室、财务审计处',
  owner: '具体负责的同志',
  deadline: `日期，${DATE_HINT}；也可写“2026年12月底”，或“立行立改”“长期坚持”`,
  extensions: '可不填；导入时不读取，延期须在看板上申请并经领导审批',
  overdue: '可不填；导入时不读取，导出时由系统按历史记录填写（逾期后延期、逾期销号及逾期天数）',
  progress: '可不填；导入时不读取，进展请在看板中按日期填报（导出时列出最近几条进展及日期）',
  completion: '整改完成后填写；申请销号时必填',
  closed: '填“是”或“否”：新登记的问题已销号的，请同时填写销号日期；看板上已有的事项要销号，须在看板上申请并经审核，不能通过导入销号',
  closedDate: `已销号事项的销号日期，${DATE_HINT}`,
  remarks: '可不填',
  title: '问题的简短标题；不填则取问题描述的第一句',
  batch: '如“市委第三巡察组反馈意见”；新问题不填则记为“台账导入（导入日期）”',
  scope: '可选列：班子或个人',
  person: '可选列：个人问题的当事人',
  coDepartments: '配合部门，多个用“、”隔开',
  rectifyType: '立行立改、限期整改或长期坚持；可不填，由整改时限一列判断',
  stageGoal: '可选列：长期坚持事项的阶段目标',
  nextReviewDate: `可选列：长期坚持事项的下次复核日期，${DATE_HINT}`,
  causeTags: '可选列：原因分析维度，多个用“、”隔开',
};

export interface LedgerTemplateRow {
  header: string;
  /** 新问题必填 / 选填 / 不导入. */
  need: string;
  guide: string;
  /** Other headers the import also recognises for this column. */
  synonyms: string;
}

/** The 填写说明 rows: the standard columns first, then the optional ones the import also reads. */
export function ledgerTemplateGuide(): LedgerTemplateRow[] {
  const row = (column: LedgerColumn): LedgerTemplateRow => ({
    header: column.header,
    need: !column.imported ? '不导入' : (REQUIRED_FOR_NEW as readonly LedgerColumnKey[]).includes(column.key) ? '新问题必填' : '选填',
    guide: GUIDE[column.key],
    synonyms: column.synonyms.join('、'),
  });
  return [...LEDGER_COLUMNS.filter((c) => c.exported), ...LEDGER_COLUMNS.filter((c) => !c.exported)].map(row);
}
