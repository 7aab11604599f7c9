import { describe, expect, it } from '@jest/globals';
import type { ColumnKey, ItemView } from '@rectify/shared';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { Form } from 'antd';
import { SupplementForm } from '../src/features/board/components/supplement-form';
import { fieldsToAsk, validateSupplement, type SupplementValues } from '../src/features/board/lib/supplement';
import { queryKeys } from '../src/lib/query-keys';
import { DEPARTMENT_ID, makeItem } from './support/fixtures';

/** A card in 制定措施: it has measures and people, but no 整改类型 and no date. */
const inMeasures = makeItem({
  status: 'measures',
  measures: [{ content: '建立调研成果转化台账', department: null, deadline: null, done: false }],
  departmentId: DEPARTMENT_ID,
  departmentName: '办公室',
  leader: '王建国',
});

function Harness({ item, to }: { item: ItemView; to: ColumnKey }) {
  const [form] = Form.useForm<SupplementValues>();
  return <SupplementForm item={item} to={to} form={form} />;
}

function renderForm(item: ItemView, to: ColumnKey) {
  const client = new QueryClient();
  // The department list is cached so no request is made.
  client.setQueryData(queryKeys.departments, [{ id: DEPARTMENT_ID, name: '办公室', parentId: null }]);
  return render(
    <QueryClientProvider client={client}>
      <Harness item={item} to={to} />
    </QueryClientProvider>,
  );
}

const shownFields = (container: HTMLElement) => [...container.querySelectorAll<HTMLElement>('[data-gate-field]')].map((el) => el.dataset.gateField);

describe('补充信息 form', () => {
  it('asks for exactly the fields the 明确时限 gate lacks', () => {
    const { container } = renderForm(inMeasures, 'deadline');
    expect(shownFields(container)).toEqual(['rectifyType', 'deadline']);
    expect(screen.getByText('整改类型')).toBeTruthy();
    expect(screen.getByText('整改时限')).toBeTruthy();
    // Already filled on the card: not asked again.
    expect(screen.queryByText('责任部门')).toBeNull();
    expect(screen.queryByText('整改措施')).toBeNull();
  });

  it('swaps 整改时限 for 阶段目标 + 下次复核日期 when 长期坚持 is chosen, and back', async () => {
    const { container } = renderForm(inMeasures, 'deadline');

    await act(async () => {
      fireEvent.click(screen.getByRole('radio', { name: '长期坚持' }));
    });
    expect(shownFields(container)).toEqual(['rectifyType', 'stageGoal', 'nextReviewDate']);
    expect(screen.queryByText('整改时限')).toBeNull();
    expect(screen.getByText('阶段目标')).toBeTruthy();
    expect(screen.getByText('下次复核日期')).toBeTruthy();

    await act(async () => {
      fireEvent.click(screen.getByRole('radio', { name: '限期整改' }));
    });
    expect(shownFields(container)).toEqual(['rectifyType', 'deadline']);
  });

  it('asks for every gate on the way when jumping several columns', () => {
    const { container } = renderForm(makeItem(), 'in_progress');
    expect(shownFields(container)).toEqual(['measures', 'departmentId', 'leader', 'rectifyType', 'deadline', 'owner']);
    expect(screen.getByRole('button', { name: /添加措施/ })).toBeTruthy();
  });

  it('keeps a field on screen while it is being filled in', () => {
    // Typed answers satisfy the gate, yet the inputs must not disappear under the clerk's hands.
    expect(fieldsToAsk(inMeasures, 'deadline', { rectifyType: 'time_limited', deadline: '2026-12-31' })).toEqual(['rectifyType', 'deadline']);
    expect(fieldsToAsk(makeItem(), 'measures', { measures: [{ content: '建立台账' }], leader: '王建国' })).toEqual(['measures', 'departmentId', 'leader']);
  });

  it('asks nothing when the item already meets the gate; lists the item’s own long-term fields', () => {
    const longTerm = { ...inMeasures, rectifyType: 'long_term' as const };
    expect(fieldsToAsk(longTerm, 'deadline')).toEqual(['stageGoal', 'nextReviewDate']);
    expect(fieldsToAsk({ ...inMeasures, rectifyType: 'immediate', deadline: '2026-12-01' }, 'deadline')).toEqual([]);
  });
});

describe('补充信息 validation', () => {
  it('reports the schema’s and the gate’s messages on their fields', () => {
    const result = validateSupplement(inMeasures, 'deadline', { rectifyType: 'time_limited', deadline: '2026-02-30' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors).toEqual([{ name: ['deadline'], errors: ['日期不存在，请检查年月日'] }]);

    const empty = validateSupplement(inMeasures, 'deadline', {});
    expect(empty.ok).toBe(false);
    if (empty.ok) return;
    expect(empty.fieldErrors.map((e) => [e.name, e.errors])).toEqual([
      [['rectifyType'], ['未选择整改类型']],
      [['deadline'], ['缺少整改时限']],
    ]);
  });

  it('returns only the asked fields as changes once the gate is met', () => {
    const result = validateSupplement(inMeasures, 'deadline', {
      rectifyType: 'long_term',
      deadline: '2026-12-31', // typed before switching to 长期坚持: not asked any more, not sent
      stageGoal: '  2027年6月底前完成制度修订  ',
      nextReviewDate: '2027-03-31',
    });
    expect(result).toEqual({
      ok: true,
      changes: { rectifyType: 'long_term', stageGoal: '2027年6月底前完成制度修订', nextReviewDate: '2027-03-31' },
    });
  });

  it('flags an empty measure row on the row itself', () => {
    const result = validateSupplement(makeItem(), 'measures', { measures: [{ content: '' }], departmentId: DEPARTMENT_ID, leader: '王建国' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors).toEqual([{ name: ['measures', 0, 'content'], errors: ['请填写措施内容'] }]);
  });
});
