/** The 系统管理 pages and who administers anything: read by the router before any admin page loads. */
import {
  ApartmentOutlined,
  AuditOutlined,
  BookOutlined,
  DatabaseOutlined,
  NotificationOutlined,
  SafetyCertificateOutlined,
  SettingOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { canDo, type Action } from '@rectify/shared';
import type { ReactNode } from 'react';

/** The pages of 系统管理, each behind its own action in the shared permission table. */
export const CONSOLE_PAGES = [
  { path: '/admin/users', action: 'users.manage', label: '用户管理', icon: <TeamOutlined aria-hidden="true" /> },
  { path: '/admin/departments', action: 'departments.manage', label: '部门管理', icon: <ApartmentOutlined aria-hidden="true" /> },
  { path: '/admin/dictionaries', action: 'dictionaries.manage', label: '字典管理', icon: <BookOutlined aria-hidden="true" /> },
  { path: '/admin/settings', action: 'settings.manage', label: '系统设置', icon: <SettingOutlined aria-hidden="true" /> },
  { path: '/admin/webhooks', action: 'webhooks.manage', label: '消息推送', icon: <NotificationOutlined aria-hidden="true" /> },
  { path: '/admin/backup', action: 'backup.manage', label: '数据备份', icon: <DatabaseOutlined aria-hidden="true" /> },
  { path: '/audit', action: 'audit.verify', label: '历史校验', icon: <SafetyCertificateOutlined aria-hidden="true" /> },
  { path: '/admin-log', action: 'admin-log.read', label: '管理日志', icon: <AuditOutlined aria-hidden="true" /> },
] as const satisfies ReadonlyArray<{ path: string; action: Action; label: string; icon: ReactNode }>;

/** Does this user administer anything (accounts, departments, dictionaries, settings)? Then they get the 系统管理 area. */
export function isAdministrator(user: Parameters<typeof canDo>[0]): boolean {
  return CONSOLE_PAGES.some((page) => page.path.startsWith('/admin/') && canDo(user, page.action).allowed);
}
