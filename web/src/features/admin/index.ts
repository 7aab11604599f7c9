/** The admin feature's public surface: 系统管理 (users, departments, dictionaries, settings) and the history check. */
export { AdminHome, isAdministrator } from './components/console-frame';
export { UsersPage } from './components/users-page';
export { DepartmentsPage } from './components/departments-page';
export { DictionariesPage } from './components/dictionaries-page';
export { SettingsPage } from './components/settings-page';
export { AuditPage } from './components/audit-page';
export { WebhooksPage } from './components/webhooks-page';
export { AdminLogPage } from './components/admin-log-page';
export { BackupPage } from './components/backup-page';
