import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { QueryClient } from '@tanstack/react-query';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { CreateItemModal } from '../src/features/items/components/create-item-modal';
import { ItemEditForm } from '../src/features/items/components/item-edit-form';
import { filterOptions, offeredOptions } from '../src/hooks/use-dictionaries';
import { queryKeys } from '../src/lib/query-keys';
import { DEPARTMENT_ID, DICTIONARIES, makeItem, makeSession } from './support/fixtures';
import { renderWithProviders } from './support/providers';

// Each test renders a whole antd form, which is slow under jsdom.

const realFetch = globalThis.fetch;
afterEach(() => {
  globalThis.fetch = realFetch;
});

/** Everything the forms read is cached: no request is expected, and any would be reported. */
function cachedClient(session = makeSession()) {
  const client = new QueryClient();
  client.setQueryData(queryKeys.session, session);
  client.setQueryData(queryKeys.dictionaries, DICTIONARIES);
  client.setQueryData(queryKeys.departments, [{ id: DEPARTMENT_ID, name: '办公室', parentId: null }]);
  const fetchMock = jest.fn(async () => ({ ok: true, status: 200, text: async () => '{}' }) as Response);
  globalThis.fetch = fetchMock;
  return { client, fetchMock };
}

/**
 * Open a select by its label and read its options' texts, in order. A mouse-down toggles the select,
 * so first wait until it has closed from any earlier choice (on a slow machine that takes a while).
 */
async function optionsOf(label: string): Promise<string[]> {
  await openSelect(label);
  const list = await waitFor(() => {
    const popups = [...document.querySelectorAll<HTMLElement>('.ant-select-dropdown:not(.ant-select-dropdown-hidden)')];
    const popup = popups.at(-1);
    if (!popup || popup.querySelectorAll('.ant-select-item-option').length === 0) throw new Error(`no options for ${label}`);
    return popup;
  });
  const texts = [...list.querySelectorAll<HTMLElement>('.ant-select-item-option')].map((o) => o.textContent ?? '');
  await act(async () => {
    fireEvent.keyDown(screen.getByLabelText(label), { key: 'Escape' });
  });
  return texts;
}

async function openSelect(label: string): Promise<void> {
  await waitFor(() => expect(screen.getByLabelText(label).getAttribute('aria-expanded')).toBe('false'));
  await act(async () => {
    fireEvent.mouseDown(screen.getByLabelText(label));
  });
}

/** The text a closed single select shows for its value. */
const shownValue = (label: string) => screen.getByLabelText(label).closest('.ant-select')!.querySelector('.ant-select-content')?.textContent;

describe('dictionary options', () => {
  it('offers active entries in order, and keeps a held value that is retired or unknown, marked', () => {
    expect(offeredOptions(DICTIONARIES.source).map((o) => o.label)).toEqual(['巡视反馈', '自查自纠', '群众来信']);
    expect(offeredOptions(DICTIONARIES.source, ['巡察反馈', '自查自纠', '老来源']).map((o) => o.label)).toEqual([
      '巡视反馈',
      '自查自纠',
      '群众来信',
      '巡察反馈（已停用）',
      '老来源（不在字典中）',
    ]);
    // Still loading: the held value is shown as it is, not called unknown.
    expect(offeredOptions(undefined, ['巡察反馈'])).toEqual([{ value: '巡察反馈', label: '巡察反馈' }]);
  });

  it('lists every entry in a filter, the retired ones last and marked', () => {
    expect(filterOptions(DICTIONARIES.source).map((o) => o.label)).toEqual(['巡视反馈', '自查自纠', '群众来信', '巡察反馈（已停用）', '审计（已停用）']);
    expect(filterOptions(DICTIONARIES.category, '旧类别').map((o) => o.value)).toEqual(['政治建设', '制度建设', '作风建设', '旧类别']);
  });
});

describe('问题来源 and 问题类别 in the item forms', () => {
  it('edit form: offers only active entries, but keeps the item’s retired 来源 and 类别, marked （已停用）', async () => {
    const { client, fetchMock } = cachedClient();
    const item = makeItem({ source: '巡察反馈', category: '作风建设' });
    renderWithProviders(<ItemEditForm item={item} onCancel={() => {}} onSaved={() => {}} onConflict={() => {}} />, client);

    expect(shownValue('问题来源')).toBe('巡察反馈（已停用）');
    expect(await optionsOf('问题来源')).toEqual(['巡视反馈', '自查自纠', '群众来信', '巡察反馈（已停用）']);
    // Another retired source (审计) is not offered.
    expect(shownValue('问题类别')).toBe('作风建设（已停用）');
    expect(await optionsOf('问题类别')).toEqual(['政治建设', '制度建设', '作风建设（已停用）']);

    // Switched to another source, the item's own value stays on offer: the clerk can change their mind.
    await openSelect('问题来源');
    const option = await waitFor(() => {
      const found = document.querySelector<HTMLElement>('.ant-select-item-option[title="群众来信"]');
      if (!found) throw new Error('no option 群众来信');
      return found;
    });
    await act(async () => {
      fireEvent.click(option);
    });
    await waitFor(() => expect(shownValue('问题来源')).toBe('群众来信'));
    expect(await optionsOf('问题来源')).toEqual(['巡视反馈', '自查自纠', '群众来信', '巡察反馈（已停用）']);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('edit form: an item with an active 来源 is not offered any retired one', async () => {
    const { client } = cachedClient();
    renderWithProviders(
      <ItemEditForm item={makeItem({ source: '群众来信', category: '政治建设' })} onCancel={() => {}} onSaved={() => {}} onConflict={() => {}} />,
      client,
    );
    expect(shownValue('问题来源')).toBe('群众来信');
    expect(await optionsOf('问题来源')).toEqual(['巡视反馈', '自查自纠', '群众来信']);
  });

  it('create form: offers only active entries, in the admin’s order', async () => {
    const { client } = cachedClient();
    renderWithProviders(<CreateItemModal open onClose={() => {}} />, client);
    expect(await optionsOf('问题来源')).toEqual(['巡视反馈', '自查自纠', '群众来信']);
    expect(await optionsOf('问题类别')).toEqual(['政治建设', '制度建设']);
  });

  it('create form: a 责任部门 account stays fixed to 自查自纠', async () => {
    const { client } = cachedClient(makeSession({ role: 'department', departmentId: DEPARTMENT_ID, departmentName: '办公室' }));
    renderWithProviders(<CreateItemModal open onClose={() => {}} />, client);
    expect(shownValue('问题来源')).toBe('自查自纠');
    expect(screen.getByLabelText('问题来源').closest('.ant-select')!.className).toContain('ant-select-disabled');
  });
});
