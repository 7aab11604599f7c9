import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { DEFAULT_BACKUP_SETTINGS } from '@rectify/shared';
import { QueryClient } from '@tanstack/react-query';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { SettingsForm, yellowExplanation } from '../src/features/admin/components/settings-page';
import { changedSettings, validateSettings } from '../src/features/admin/lib/settings-form';
import { queryKeys } from '../src/lib/query-keys';
import { renderWithProviders } from './support/providers';

// Each test renders an antd form, which is slow under jsdom.

const realFetch = globalThis.fetch;
afterEach(() => {
  globalThis.fetch = realFetch;
});

function renderForm(answer: unknown = { warningYellowWithinDays: 10 }) {
  const client = new QueryClient();
  client.setQueryData(queryKeys.settings, { warningYellowWithinDays: 7 });
  // A board the settings page must make stale once the lights change.
  client.setQueryData(queryKeys.board({}), { columns: [], today: '2026-11-20' });
  const fetchMock = jest.fn(
    async (_url: string | URL | Request, _init?: RequestInit) => ({ ok: true, status: 200, text: async () => JSON.stringify(answer) }) as Response,
  );
  globalThis.fetch = fetchMock;
  renderWithProviders(<SettingsForm settings={{ warningYellowWithinDays: 7, signoffTwoLevel: false, ...DEFAULT_BACKUP_SETTINGS }} />, client);
  return { client, fetchMock };
}

async function save(days: string) {
  const input = screen.getByLabelText('黄灯提前天数');
  await act(async () => {
    fireEvent.change(input, { target: { value: days } });
  });
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: '保存设置' }));
  });
}

const fieldText = () => screen.getByLabelText('黄灯提前天数').closest('.ant-form-item')!.textContent;

describe('系统设置 form', () => {
  it('refuses 0 days with the schema’s message, and sends nothing', async () => {
    const { fetchMock } = renderForm();
    await save('0');
    await waitFor(() => expect(fieldText()).toContain('黄灯提前天数不少于1天'));
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('refuses 61 days with the schema’s message, and sends nothing', async () => {
    const { fetchMock } = renderForm();
    await save('61');
    await waitFor(() => expect(fieldText()).toContain('黄灯提前天数不超过60天'));
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('saves 10 days with PATCH and makes the cached board stale, so its lights refresh', async () => {
    const { client, fetchMock } = renderForm();
    expect(fieldText()).toContain('到期前7天内（含当天）显示黄灯');
    await save('10');
    await waitFor(() => expect(fetchMock).toHaveBeenCalled());
    const [url, init] = fetchMock.mock.calls[0];
    expect(url).toBe('/api/settings');
    expect(init?.method).toBe('PATCH');
    expect(JSON.parse(String(init?.body))).toEqual({ warningYellowWithinDays: 10 });
    await waitFor(() => expect(screen.getByText(/已保存：到期前10天内显示黄灯/)).toBeTruthy());
    expect(client.getQueryState(queryKeys.board({}))?.isInvalidated).toBe(true);
    expect(client.getQueryData(queryKeys.settings)).toEqual({ warningYellowWithinDays: 10 });
  });
});

describe('黄灯 settings values', () => {
  it('requires a whole number of days within range', () => {
    expect(validateSettings({ warningYellowWithinDays: null })).toEqual({
      ok: false,
      fieldErrors: [{ name: ['warningYellowWithinDays'], errors: ['请填写黄灯提前天数'] }],
    });
    expect(validateSettings({ warningYellowWithinDays: 2.5 })).toEqual({
      ok: false,
      fieldErrors: [{ name: ['warningYellowWithinDays'], errors: ['黄灯提前天数应为整数'] }],
    });
    expect(validateSettings({ warningYellowWithinDays: 60 })).toEqual({ ok: true, body: { warningYellowWithinDays: 60 } });
  });

  it('sends only the 两级审核 switch when that is all that changed', () => {
    const result = validateSettings({ warningYellowWithinDays: 7, signoffTwoLevel: true });
    expect(result).toEqual({ ok: true, body: { warningYellowWithinDays: 7, signoffTwoLevel: true } });
    expect(result.ok && changedSettings({ warningYellowWithinDays: 7, signoffTwoLevel: false, ...DEFAULT_BACKUP_SETTINGS }, result.body)).toEqual({
      signoffTwoLevel: true,
    });
  });

  it('explains the rule with a worked example', () => {
    expect(yellowExplanation(7)).toBe(
      '到期前7天内（含当天）显示黄灯，逾期显示红灯，按北京时间自然日计算。例如12月31日到期的事项，12月24日起显示黄灯，1月1日起显示红灯；已销号的事项不亮灯。',
    );
    expect(yellowExplanation(0)).toBe('到期前N天内（含当天）显示黄灯，逾期显示红灯，按北京时间自然日计算。');
  });
});
