import { describe, expect, it, jest } from '@jest/globals';
import type { NotificationView } from '@rectify/shared';
import { fireEvent, screen } from '@testing-library/react';
import { NotificationItems } from '../src/features/notifications/components/notification-list';
import { renderWithProviders } from './support/providers';

const notice = (overrides: Partial<NotificationView>): NotificationView => ({
  id: 'n1',
  itemId: 'i1',
  itemCode: '2026-XC-001',
  kind: 'extension_decision',
  title: '待审批：2026-XC-001 申请延期',
  body: '2026-XC-001「三会一课」申请将整改时限延至2027年1月31日，请审批。',
  createdAt: '2026-11-20T02:00:00.000Z',
  readAt: null,
  handled: false,
  ...overrides,
});

describe('消息提醒 list', () => {
  it('a notice whose task is done reads 已处理 and is not announced as unread; an open one is', () => {
    const onChoose = jest.fn();
    renderWithProviders(
      <NotificationItems
        items={[notice({ id: 'n1', handled: true }), notice({ id: 'n2', kind: 'warning_red', title: '2026-XC-002 已逾期', handled: false })]}
        onChoose={onChoose}
      />,
    );
    const handled = screen.getByLabelText('已处理：待审批：2026-XC-001 申请延期');
    expect(handled.textContent).toContain('已处理');
    expect(handled.className).toContain('notification-handled');
    const open = screen.getByLabelText('未读：2026-XC-002 已逾期');
    expect(open.textContent).not.toContain('已处理');
    fireEvent.click(handled);
    expect(onChoose).toHaveBeenCalledWith(expect.objectContaining({ id: 'n1' }));
  });

  it('says so when there is nothing', () => {
    renderWithProviders(<NotificationItems items={[]} onChoose={() => {}} />);
    expect(screen.getByText('暂无消息')).toBeTruthy();
  });
});
