import { describe, expect, it } from '@jest/globals';
import { createItemSchema, describeIssues, moveItemSchema, updateItemSchema } from '../src/index.js';

const valid = {
  title: '理论学习不够深入',
  description: '理论学习中心组学习存在“以读代学”现象，研讨交流不够深入。',
  source: '民主生活会',
  batch: '2025年度民主生活会',
  scope: 'team',
  category: '思想建设',
};

describe('request schemas', () => {
  it('fills defaults for a minimal new item', () => {
    const parsed = createItemSchema.parse(valid);
    expect(parsed).toMatchObject({ measures: [], rectifyType: null, deadline: null, coDepartmentIds: [] });
  });

  it('answers in Chinese, naming the field', () => {
    const result = createItemSchema.safeParse({ ...valid, title: '', deadline: '2026-02-30', extra: 1 });
    expect(result.success).toBe(false);
    const messages = describeIssues(result.error!.issues).map((p) => p.message);
    expect(messages).toEqual(expect.arrayContaining(['请填写标题', '整改时限：日期不存在，请检查年月日', '不认识的字段：extra']));
  });

  it('requires the person for 个人问题', () => {
    const result = createItemSchema.safeParse({ ...valid, scope: 'individual' });
    expect(describeIssues(result.error!.issues)).toEqual([{ path: 'person', message: '个人问题须填写当事人' }]);
  });

  it('needs a version on edits and moves, and a known column', () => {
    expect(updateItemSchema.safeParse({ title: '新标题' }).success).toBe(false);
    expect(moveItemSchema.safeParse({ to: 'done', version: 1 }).success).toBe(false);
    expect(moveItemSchema.safeParse({ to: 'measures', version: '1' }).success).toBe(false);
    expect(moveItemSchema.parse({ to: 'measures', version: 3 })).toEqual({ to: 'measures', version: 3 });
  });

  it('gives each measure its own department, 责任人, deadline and done flag', () => {
    const measure = { content: '修订学习制度', department: '机关党委', owner: '王蕾', deadline: '2026-12-31', done: true };
    expect(updateItemSchema.parse({ version: 2, measures: [measure] }).measures).toEqual([measure]);
    const tooLong = updateItemSchema.safeParse({ version: 2, measures: [{ ...measure, owner: '王'.repeat(31) }] });
    expect(describeIssues(tooLong.error!.issues).map((p) => p.message)).toEqual(['整改措施：措施责任人不能超过30字']);
  });

  it('turns cleared optional text into null', () => {
    expect(updateItemSchema.parse({ version: 2, owner: '  ' })).toEqual({ version: 2, owner: null });
  });
});
