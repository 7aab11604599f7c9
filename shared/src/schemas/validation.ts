import type { z } from 'zod';
import { FIELD_LABELS } from '../item/item.js';

const LABELS: Record<string, string | undefined> = {
  ...FIELD_LABELS,
  username: '用户名',
  displayName: '姓名',
  role: '角色',
  password: '密码',
  currentPassword: '当前密码',
  newPassword: '新密码',
  name: '名称',
  parentId: '上级部门',
  disabled: '停用',
  decision: '结论',
  opinion: '意见',
  reason: '理由',
  requirement: '督办要求',
  replyBy: '回复期限',
  reply: '回复内容',
  kind: '类型',
  url: '推送地址',
  enabled: '启用',
  level: '预警',
  minDaysOverdue: '最少逾期天数',
  sort: '排序',
  department: '责任部门',
};

/** `params` of a refinement whose message names its own field, so describeIssues adds no label. */
export const STANDS_ALONE = 'standsAlone';
export const standsAlone = { [STANDS_ALONE]: true } as const;

/** A validation problem as the API returns it and the forms show it. */
export interface FieldProblem {
  path: string;
  message: string;
}

/** Zod issues → Chinese lines a clerk can act on ("整改时限：日期不存在，请检查年月日"). */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): FieldProblem[] {
  return issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      return { path, message: `不认识的字段：${issue.keys.join('、')}` };
    }
    const head = issue.path[0];
    // A rule that renames its field (退回时 the 意见 is the 补充整改要求) says so itself: no label before it.
    const standsAlone = issue.code === 'custom' && issue.params?.[STANDS_ALONE] === true;
    const label = typeof head === 'string' && !standsAlone ? LABELS[head] : undefined;
    const message = !label || issue.message.includes(label) ? issue.message : `${label}：${issue.message}`;
    return { path, message };
  });
}
