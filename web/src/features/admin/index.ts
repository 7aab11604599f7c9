/** The admin feature's public surface: 系统管理 (users, departments, dictionaries, settings) and the history check, each page loaded when opened. */
import { lazy } from 'react';

export { isAdministrator } from './lib/console-pages';
export const AdminHome = lazy(() => import('./components/console-frame').then((m) => ({ default: m.AdminHome })));
export const UsersPage = lazy(() => import('./components/users-page').then((m) => ({ default: m.UsersPage })));
export const DepartmentsPage = lazy(() => import('./components/departments-page').then((m) => ({ default: m.DepartmentsPage })));
export const DictionariesPage = lazy(() => import('./components/dictionaries-page').then((m) => ({ default: m.DictionariesPage })));
export const SettingsPage = lazy(() => import('./components/settings-page').then((m) => ({ default: m.SettingsPage })));
export const AuditPage = lazy(() => import('./components/audit-page').then((m) => ({ default: m.AuditPage })));
export const WebhooksPage = lazy(() => import('./components/webhooks-page').then((m) => ({ default: m.WebhooksPage })));
export const AdminLogPage = lazy(() => import('./components/admin-log-page').then((m) => ({ default: m.AdminLogPage })));
export const BackupPage = lazy(() => import('./components/backup-page').then((m) => ({ default: m.BackupPage })));
