import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { ChangePasswordModal } from '../src/features/auth/components/change-password-modal';
import { CONFIRM_MISMATCH, validatePasswordChange } from '../src/features/auth/lib/change-password';
import { renderWithProviders } from './support/providers';

// Each test renders a whole antd dialog, which is slow under jsdom.

const realFetch = globalThis.fetch;
afterEach(() => {
  globalThis.fetch = realFetch;
});

function renderModal(answer: { status: number; body?: unknown } = { status: 204 }) {
  const fetchMock = jest.fn(
    async (_url: string | URL | Request, _init?: RequestInit) =>
      ({ ok: answer.status < 300, status: answer.status, text: async () => (answer.body ? JSON.stringify(answer.body) : '') }) as Response,
  );
  globalThis.fetch = fetchMock;
  const onClose = jest.fn();
  renderWithProviders(<ChangePasswordModal open onClose={onClose} />);
  return { fetchMock, onClose };
}

function fill(current: string, next: string, confirm: string) {
  fireEvent.change(screen.getByLabelText('当前密码'), { target: { value: current } });
  fireEvent.change(screen.getByLabelText('新密码'), { target: { value: next } });
  fireEvent.change(screen.getByLabelText('确认新密码'), { target: { value: confirm } });
}

async function submit() {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: '确认修改' }));
  });
}

describe('修改密码 dialog', () => {
  it('refuses a confirmation that differs from the new password, without asking the server', async () => {
    const { fetchMock, onClose } = renderModal();
    fill('demo123456', 'xinmima2026', 'xinmima2025');
    await submit();
    await waitFor(() => expect(screen.getByText(CONFIRM_MISMATCH)).toBeTruthy());
    const item = screen.getByLabelText('确认新密码').closest('.ant-form-item')!;
    expect(item.textContent).toContain(CONFIRM_MISMATCH);
    expect(fetchMock).not.toHaveBeenCalled();
    expect(onClose).not.toHaveBeenCalled();
  });

  it('sends the current and the new password (not the confirmation) and says other sign-ins ended', async () => {
    const { fetchMock, onClose } = renderModal();
    fill('demo123456', 'xinmima2026', 'xinmima2026');
    await submit();
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    const [url, init] = fetchMock.mock.calls[0];
    expect(url).toBe('/api/auth/password');
    expect(init).toMatchObject({ method: 'POST' });
    expect(JSON.parse(String(init!.body))).toEqual({ currentPassword: 'demo123456', newPassword: 'xinmima2026' });
    await waitFor(() => expect(screen.getByText('密码已修改，其他设备上的登录已失效')).toBeTruthy());
  });

  it('shows the server’s refusal under 当前密码', async () => {
    const { onClose } = renderModal({
      status: 400,
      body: { statusCode: 400, message: '当前密码不正确', reasons: [{ path: 'currentPassword', message: '当前密码不正确' }] },
    });
    fill('cuowu12345', 'xinmima2026', 'xinmima2026');
    await submit();
    await waitFor(() => expect(screen.getByLabelText('当前密码').closest('.ant-form-item')!.textContent).toContain('当前密码不正确'));
    expect(onClose).not.toHaveBeenCalled();
  });
});

describe('修改密码 rules', () => {
  it('takes the length rule from changePasswordSchema', () => {
    const result = validatePasswordChange({ currentPassword: 'demo123456', newPassword: 'short', confirmPassword: 'short' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors).toEqual([{ name: ['newPassword'], errors: ['新密码：密码至少8位'] }]);
  });

  it('asks for every field when all are empty', () => {
    const result = validatePasswordChange({});
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors.map((e) => e.name[0])).toEqual(['currentPassword', 'newPassword', 'confirmPassword']);
  });
});
