import { afterEach, describe, expect, it, jest } from '@jest/globals';
import type { EvidenceView, ItemView } from '@rectify/shared';
import { QueryClient } from '@tanstack/react-query';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { fieldsToAsk } from '../src/features/board/lib/supplement';
import { SignoffModal } from '../src/features/lifecycle/components/lifecycle-panel';
import { queryKeys } from '../src/lib/query-keys';
import { DEPARTMENT_ID, makeItem } from './support/fixtures';
import { renderWithProviders } from './support/providers';

// Each test renders a whole antd dialog, which is slow under jsdom.

const realFetch = globalThis.fetch;
afterEach(() => {
  globalThis.fetch = realFetch;
});

/** Applied for 销号 by 机关党委: one measure done, one still open, one file. */
const applied = makeItem({
  status: 'closed',
  signoff: 'pending',
  signoffStage: 'leader',
  signoffApplicantName: '王蕾',
  departmentId: DEPARTMENT_ID,
  completion: '已修订实施细则并印发',
  causeAnalysis: '对制度执行督促检查不到位',
  measures: [
    { content: '修订实施细则', done: true },
    { content: '开展专项检查', done: false },
  ],
  evidenceCount: 1,
});

const file: EvidenceView = {
  id: 'e1',
  itemId: applied.id,
  fileName: '整改报告.pdf',
  size: 2048,
  mimeType: 'application/pdf',
  sha256: 'a'.repeat(64),
  note: null,
  uploadedBy: '王蕾',
  uploadedAt: '2026-11-20T02:00:00.000Z',
  round: 1,
  progressId: null,
};

function renderReview(item: ItemView) {
  // The evidence list may refresh itself; only the decision is of interest here.
  const fetchMock = jest.fn(
    async (url: string | URL | Request, _init?: RequestInit) =>
      ({ ok: true, status: 200, text: async () => JSON.stringify(String(url).endsWith('/evidence') ? [file] : item) }) as Response,
  );
  globalThis.fetch = fetchMock as typeof fetch;
  const client = new QueryClient();
  client.setQueryData(queryKeys.settings, { signoffTwoLevel: false });
  client.setQueryData(['item', item.id, 'evidence'], [file]);
  renderWithProviders(<SignoffModal item={item} open onClose={() => undefined} />, client);
  const decisions = () => fetchMock.mock.calls.filter(([url]) => String(url).endsWith('/signoff'));
  return { decisions };
}

describe('审核销号 dialog', () => {
  it('shows every measure with its state and links the evidence files', () => {
    renderReview(applied);
    const measures = screen.getByText('修订实施细则').closest('ol')!;
    expect([...measures.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['修订实施细则 已完成', '开展专项检查 未完成']);
    expect(screen.getByText('整改措施（共2项，1项未完成）')).toBeTruthy();
    expect(screen.getByText('对制度执行督促检查不到位')).toBeTruthy();
    const link = screen.getByRole('link', { name: /整改报告\.pdf/ });
    expect(link.getAttribute('href')).toBe('/api/evidence/e1/download');
  });

  it('approval with unfinished measures needs the explicit confirmation before anything is sent', async () => {
    const { decisions } = renderReview(applied);
    const confirm = screen.getByRole('checkbox', { name: /确认在措施未全部完成的情况下通过/ });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '提交审核意见' }));
    });
    await waitFor(() => expect(screen.getByText(/尚有1项整改措施未完成/)).toBeTruthy());
    expect(decisions()).toHaveLength(0);

    await act(async () => {
      fireEvent.click(confirm);
      fireEvent.click(screen.getByRole('button', { name: '提交审核意见' }));
    });
    await waitFor(() => expect(decisions()).toHaveLength(1));
    const [, init] = decisions()[0];
    expect(JSON.parse(String(init!.body))).toMatchObject({ decision: 'approve', confirmUnfinished: true });
  });

  it('with every measure done asks for no confirmation', () => {
    renderReview({ ...applied, measures: [{ content: '修订实施细则', done: true }] });
    expect(screen.queryByRole('checkbox')).toBeNull();
    expect(screen.getByText('整改措施（共1项，均已完成）')).toBeTruthy();
  });
});

describe('申请销号 on the board', () => {
  it('asks for 原因分析 when the item has none (the shared gate)', () => {
    const running = makeItem({
      status: 'in_progress',
      measures: [{ content: '修订实施细则', done: true }],
      departmentId: DEPARTMENT_ID,
      leader: '王建国',
      rectifyType: 'time_limited',
      deadline: '2026-12-31',
      owner: '王蕾',
      completion: '已完成',
      evidenceCount: 1,
      causeAnalysis: null,
    });
    expect(fieldsToAsk(running, 'closed')).toEqual(['causeAnalysis']);
    expect(fieldsToAsk({ ...running, causeAnalysis: '督促检查不到位' }, 'closed')).toEqual([]);
  });
});
