import { afterEach, describe, expect, it, jest } from '@jest/globals';
import type { DictionaryKind } from '@rectify/shared';
import { QueryClient } from '@tanstack/react-query';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { DictionaryEntryModal } from '../src/features/admin/components/dictionary-entry-modal';
import { moveEntry, validateDictionaryEntry } from '../src/features/admin/lib/dictionary-form';
import { queryKeys } from '../src/lib/query-keys';
import { DICTIONARIES, makeEntry } from './support/fixtures';
import { renderWithProviders } from './support/providers';

// Each test renders a whole antd dialog, which is slow under jsdom.

const realFetch = globalThis.fetch;
afterEach(() => {
  globalThis.fetch = realFetch;
});

const LETTERS_RULE = '编号字母为2–4个大写字母，如 XC';

function renderModal(kind: DictionaryKind, answer: { status: number; body?: unknown } = { status: 201, body: {} }) {
  const client = new QueryClient();
  client.setQueryData(queryKeys.dictionaries, DICTIONARIES);
  const fetchMock = jest.fn(
    async (_url: string | URL | Request, _init?: RequestInit) =>
      ({ ok: answer.status < 300, status: answer.status, text: async () => JSON.stringify(answer.body ?? {}) }) as Response,
  );
  globalThis.fetch = fetchMock;
  const onClose = jest.fn();
  renderWithProviders(<DictionaryEntryModal kind={kind} onClose={onClose} />, client);
  return { fetchMock, onClose };
}

async function submit() {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: '创建' }));
  });
}

const fieldOf = (label: string) => screen.getByLabelText(label).closest('.ant-form-item')!;

describe('新增字典项 dialog', () => {
  it('问题来源: requires 编号字母, with the schema’s message under it, and sends nothing', async () => {
    const { fetchMock } = renderModal('source');
    expect(screen.getByRole('dialog').textContent).toContain('新增问题来源');
    fireEvent.change(screen.getByLabelText('名称'), { target: { value: '群众来信' } });
    await submit();
    await waitFor(() => expect(fieldOf('编号字母').textContent).toContain(LETTERS_RULE));

    fireEvent.change(screen.getByLabelText('编号字母'), { target: { value: 'Q1' } });
    await submit();
    await waitFor(() => expect(fieldOf('编号字母').textContent).toContain(LETTERS_RULE));
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('问题来源: typed letters become capitals and are sent with the name', async () => {
    const { fetchMock, onClose } = renderModal('source', { status: 201, body: makeEntry('source', '群众来信', 60, { codeLetters: 'QZ' }) });
    fireEvent.change(screen.getByLabelText('名称'), { target: { value: ' 群众来信 ' } });
    fireEvent.change(screen.getByLabelText('编号字母'), { target: { value: 'qz' } });
    // The hint shows where the letters appear.
    await waitFor(() => expect(fieldOf('编号字母').textContent).toMatch(/\d{4}-QZ-001/));
    await submit();
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    const [url, init] = fetchMock.mock.calls[0];
    expect(url).toBe('/api/dictionaries');
    expect(init?.method).toBe('POST');
    expect(JSON.parse(String(init?.body))).toEqual({ kind: 'source', name: '群众来信', codeLetters: 'QZ' });
  });

  it('问题类别: asks no 编号字母 and sends codeLetters null; an empty name gets the schema’s message', async () => {
    const { fetchMock, onClose } = renderModal('category', { status: 201, body: makeEntry('category', '意识形态工作', 40) });
    expect(screen.queryByLabelText('编号字母')).toBeNull();
    await submit();
    await waitFor(() => expect(fieldOf('名称').textContent).toContain('请填写名称'));
    expect(fetchMock).not.toHaveBeenCalled();

    fireEvent.change(screen.getByLabelText('名称'), { target: { value: '意识形态工作' } });
    await submit();
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(JSON.parse(String(fetchMock.mock.calls[0][1]?.body))).toEqual({ kind: 'category', name: '意识形态工作', codeLetters: null });
  });

  it('shows the server’s refusal in the form, under the field it names', async () => {
    const { onClose } = renderModal('category', {
      status: 422,
      body: { statusCode: 422, message: '问题类别「作风建设」已存在', reasons: [{ path: 'name', message: '名称已存在' }] },
    });
    fireEvent.change(screen.getByLabelText('名称'), { target: { value: '作风建设' } });
    await submit();
    const dialog = screen.getByRole('dialog');
    await waitFor(() => expect(within(dialog).getByText('问题类别「作风建设」已存在')).toBeTruthy());
    await waitFor(() => expect(fieldOf('名称').textContent).toContain('名称已存在'));
    expect(onClose).not.toHaveBeenCalled();
  });
});

describe('dictionary entry values', () => {
  it('asks 编号字母 of sources only', () => {
    expect(validateDictionaryEntry('cause_tag', { name: '宗旨意识', codeLetters: 'ZZ' })).toEqual({
      ok: true,
      body: { kind: 'cause_tag', name: '宗旨意识', codeLetters: null },
    });
    expect(validateDictionaryEntry('source', { name: '群众来信' })).toEqual({
      ok: false,
      fieldErrors: [{ name: ['codeLetters'], errors: [LETTERS_RULE] }],
    });
  });

  it('moves an entry by swapping sortOrder with its neighbour', () => {
    const list = DICTIONARIES.category; // 10, 20, 30
    expect(moveEntry(list, 1, -1)).toEqual([
      { id: list[1].id, sortOrder: 10 },
      { id: list[0].id, sortOrder: 20 },
    ]);
    expect(moveEntry(list, 1, 1)).toEqual([
      { id: list[1].id, sortOrder: 30 },
      { id: list[2].id, sortOrder: 20 },
    ]);
    expect(moveEntry(list, 0, -1)).toEqual([]);
    expect(moveEntry(list, 2, 1)).toEqual([]);
  });

  it('renumbers the list when neighbours share a sortOrder (a swap would change nothing)', () => {
    const list = [makeEntry('category', '甲', 0), makeEntry('category', '乙', 0), makeEntry('category', '丙', 0)];
    expect(moveEntry(list, 2, -1)).toEqual([
      { id: list[0].id, sortOrder: 10 },
      { id: list[2].id, sortOrder: 20 },
      { id: list[1].id, sortOrder: 30 },
    ]);
  });
});
