/**
 * 整改进展情况通报: the notice the office sends round, as plain text in the report layout
 * (layout.ts: title, 一、 headings, （一） headings, body), from an evaluation of items as they stood on
 * a day. Facts only: counts, departments, the open and late items by 编号.
 */
import { chineseDate, headingOrdinal, sectionOrdinal } from '../report/chinese.js';
import type { HistoryCheckpoint } from './as-of-types.js';
import type { EvaluationCounts, EvaluationItem } from './compare.js';

export interface ProgressNoticeInput {
  /** What the notice covers, e.g. "市委第三巡察组反馈意见" or "全部整改问题". */
  scopeLabel: string;
  asOf: string;
  counts: EvaluationCounts;
  byDepartment: Array<EvaluationCounts & { departmentName: string }>;
  openItems: Array<EvaluationItem & { departmentName: string | null }>;
  lateItems: Array<EvaluationItem & { departmentName: string | null }>;
  checkpoint: HistoryCheckpoint;
  /** 整改期限 when the notice is a 整改期满 one. */
  period?: { feedbackDate: string; months: number };
}

export const PROGRESS_NOTICE_TITLE = '关于整改进展情况的通报';

const percent = (part: number, whole: number) => (whole ? `${Math.round((part / whole) * 1000) / 10}%` : '0%');

function itemLine(item: EvaluationItem & { departmentName: string | null }, index: number): string {
  const department = item.departmentName ?? '未指定责任部门';
  const due = item.dueDate ? `整改时限${chineseDate(item.dueDate)}` : '未定整改时限';
  const late = item.closedOn ? `，${chineseDate(item.closedOn)}销号，逾期${item.daysLate}天` : item.daysLate > 0 ? `，已逾期${item.daysLate}天` : '';
  return `${index + 1}. ${item.code} ${item.title}（${department}，${due}${late}）。`;
}

export function composeProgressNotice(input: ProgressNoticeInput): string {
  const { counts, asOf } = input;
  const day = chineseDate(asOf);
  const lines: string[] = [PROGRESS_NOTICE_TITLE, '各部门（单位）：'];
  const period = input.period ? `（${chineseDate(input.period.feedbackDate)}反馈，整改期限${input.period.months}个月）` : '';
  lines.push(`现将截至${day}${input.scopeLabel}${period}的整改进展情况通报如下。`);
  lines.push(`${headingOrdinal(1)}总体情况`);
  const openLate = input.openItems.filter((i) => i.daysLate > 0).length;
  const closedLate = counts.signedOff - counts.onTime;
  lines.push(
    `截至${day}，共有整改问题${counts.total}条，已整改销号${counts.signedOff}条（其中按期销号${counts.onTime}条${closedLate ? `，逾期销号${closedLate}条` : ''}），整改完成率${percent(counts.signedOff, counts.total)}；` +
      `尚未销号${counts.open}条${openLate ? `，其中已超过整改时限${openLate}条` : ''}。`,
  );
  lines.push(`${headingOrdinal(2)}各部门整改情况`);
  input.byDepartment.forEach((row, index) => {
    lines.push(
      `${sectionOrdinal(index + 1)}${row.departmentName}。共${row.total}条，已销号${row.signedOff}条（按期${row.onTime}条），未销号${row.open}条${row.late ? `，逾期${row.late}条` : ''}，完成率${percent(row.signedOff, row.total)}。`,
    );
  });
  lines.push(`${headingOrdinal(3)}尚未销号的问题`);
  if (input.openItems.length) input.openItems.forEach((item, i) => lines.push(itemLine(item, i)));
  else lines.push('所列问题均已整改销号。');
  const late = input.lateItems;
  lines.push(`${headingOrdinal(4)}逾期问题`);
  if (late.length) late.forEach((item, i) => lines.push(itemLine(item, i)));
  else lines.push('没有超过整改时限的问题。');
  lines.push(`${headingOrdinal(5)}有关要求`);
  lines.push(
    counts.open
      ? `请尚未销号问题的责任部门对照清单，逐条明确整改措施和完成时间，按期报送整改进展；已逾期的问题，责任部门要说明原因，提出整改计划，确保按时整改到位。`
      : '各责任部门要巩固整改成果，防止问题反弹回潮，适时开展“回头看”。',
  );
  const chain = input.checkpoint;
  lines.push(
    `本通报数据依据整改看板历史记录截至${day}的状态生成，所据记录链共${chain.checked}条记录${chain.ok ? '，校验完整' : '，校验发现异常'}，末条记录哈希${chain.lastHash.slice(0, 16)}。`,
  );
  return lines.join('\n');
}
