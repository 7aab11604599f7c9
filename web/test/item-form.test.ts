import { describe, expect, it } from '@jest/globals';
import { createItemSchema } from '@rectify/shared';
import { changedFields, createInputFrom, itemToFormValues, timeFieldsFor } from '../src/features/items/lib/item-form';
import { makeItem } from './support/fixtures';

describe('item forms', () => {
  it('shows 整改时限, or 阶段目标 + 下次复核日期 for 长期坚持 (read off the 明确时限 gate)', () => {
    expect(timeFieldsFor(null)).toEqual(['deadline']);
    expect(timeFieldsFor('time_limited')).toEqual(['deadline']);
    expect(timeFieldsFor('long_term')).toEqual(['stageGoal', 'nextReviewDate']);
  });

  it('sends only what changed; an emptied input counts as cleared', () => {
    const item = makeItem({
      leader: '王建国',
      measures: [{ content: '建立台账', department: null, deadline: null, done: false }],
    });
    const initial = itemToFormValues(item);
    expect(changedFields(initial, { ...initial })).toEqual({});

    const edited = { ...initial, title: '新的标题', leader: '', owner: '', measures: [{ ...initial.measures![0], done: true }] };
    expect(changedFields(initial, edited)).toEqual({
      title: '新的标题',
      leader: '',
      measures: [{ content: '建立台账', department: null, owner: null, deadline: null, done: true }],
    });
  });

  it('sends 原因分析, 原因分析维度 and 备注 when changed, and nothing when the tags are only re-picked in the same order', () => {
    const item = makeItem({ causeAnalysis: '学习不深入', causeTags: ['理论学习'], remarks: null });
    const initial = itemToFormValues(item);
    expect(initial).toMatchObject({ causeAnalysis: '学习不深入', causeTags: ['理论学习'], remarks: '' });
    expect(changedFields(initial, { ...initial, causeTags: ['理论学习'] })).toEqual({});
    expect(changedFields(initial, { ...initial, causeTags: ['理论学习', '作风建设'], causeAnalysis: '  ', remarks: '已报分管领导' })).toEqual({
      causeTags: ['理论学习', '作风建设'],
      causeAnalysis: '  ',
      remarks: '已报分管领导',
    });
  });

  it('builds create input the shared schema accepts, and asks for blank required fields', () => {
    const blank = createItemSchema.safeParse(createInputFrom({ scope: 'team' }));
    expect(blank.success).toBe(false);
    const messages = blank.error!.issues.map((i) => i.message);
    expect(messages).toContain('请填写标题');
    expect(messages).toContain('请填写问题来源');

    const parsed = createItemSchema.safeParse(
      createInputFrom({
        title: '会议文件精简不到位',
        description: '机关发文和会议数量未明显减少。',
        source: '民主生活会',
        batch: '2026年度民主生活会',
        category: '作风建设',
        scope: 'team',
        person: '李明', // typed, then switched back to 班子问题
        measures: [{ content: '严格控制发文数量' }],
      }),
    );
    expect(parsed.success).toBe(true);
    expect(parsed.data).toMatchObject({ person: null, measures: [{ content: '严格控制发文数量', done: false }] });
  });
});
