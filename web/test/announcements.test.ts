import type { Active, Over } from '@dnd-kit/core';
import { describe, expect, it } from '@jest/globals';
import { createAnnouncements } from '../src/features/board/dnd/announcements';
import { makeCard } from './support/fixtures';

const item = makeCard({
  status: 'measures',
  code: '2026-XC-003',
  title: '调查研究不够深入',
  measures: [{ content: '建立台账', department: null, deadline: null, done: false }],
  departmentId: '0b9e6a52-93a4-4c1e-9d55-6f1c2d3e4a5b',
  leader: '王建国',
});
const leader = { role: 'leader', departmentId: null } as const;
const active = { id: item.id, data: { current: { item } } } as unknown as Active;
const over = (id: string) => ({ id }) as unknown as Over;

describe('Chinese screen-reader announcements', () => {
  it('tells a co-operating department that 申请销号 is the lead department’s', () => {
    // A card in 整改中 with everything 申请销号 asks for: only who applies is in question.
    const ready = makeCard({
      status: 'in_progress',
      measures: [{ content: '建立台账', department: null, deadline: null, done: true }],
      departmentId: item.departmentId,
      leader: '王建国',
      owner: '张三',
      rectifyType: 'time_limited',
      deadline: '2026-12-31',
      completion: '已完成',
      causeAnalysis: '制度执行不严',
      evidenceCount: 1,
    });
    const card = { id: item.id, data: { current: { item: ready } } } as unknown as Active;
    const coDepartment = createAnnouncements({ role: 'department', departmentId: 'another-department' });
    expect(coDepartment.onDragEnd({ active: card, over: over('closed') })).toBe(
      '不能放入「销号」：只有牵头部门或领导可以申请销号；配合部门请填报整改进展、上传佐证材料。卡片回到「整改中」。',
    );
    const lead = createAnnouncements({ role: 'department', departmentId: item.departmentId });
    expect(lead.onDragEnd({ active: card, over: over('closed') })).toBe('卡片已放入「销号」。');
    // Sending it back, a department is asked why first.
    expect(lead.onDragEnd({ active: card, over: over('deadline') })).toBe('卡片放在「明确时限」上，请在弹出的对话框中说明退回理由，提交后完成移动。');
  });

  it('names the card and columns, never raw ids', () => {
    const a = createAnnouncements(leader);
    expect(a.onDragStart({ active })).toBe('已拿起卡片 2026-XC-003《调查研究不够深入》，当前在「制定措施」列。');
    // The automatic "over its own column" right after the pick-up is not announced.
    expect(a.onDragOver({ active, over: over('measures') })).toBeUndefined();
    expect(a.onDragOver({ active, over: over('found') })).toBe('卡片移到「发现问题」上方，可以放下。');
    expect(a.onDragOver({ active, over: over('deadline') })).toBe('卡片移到「明确时限」上方。放下后需先补充：整改类型、整改时限。');
    expect(a.onDragOver({ active, over: over('measures') })).toBe('卡片移到「制定措施」上方，这是它原来所在的列。');
    expect(a.onDragEnd({ active, over: over('found') })).toBe('卡片已放入「发现问题」。');
    expect(a.onDragCancel({ active, over: null })).toBe('已取消拖动，卡片回到「制定措施」。');
    const text = [a.onDragEnd({ active, over: over('deadline') }), a.onDragOver({ active, over: null })].join('');
    expect(text).not.toContain(item.id);
  });

  it('says why a column is closed to the card', () => {
    const closed = { id: 'x', data: { current: { item: { ...item, status: 'closed' } } } } as unknown as Active;
    const a = createAnnouncements(leader);
    expect(a.onDragEnd({ active: closed, over: over('in_progress') })).toBe(
      '不能放入「整改中」：销号列的事项不能拖出：待审核的由审核人通过或退回，已销号的如需重新整改请走“回头看”程序。卡片回到「销号」。',
    );
  });
});
