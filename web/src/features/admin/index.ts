/** The admin feature's public surface: 系统管理 (users, departments) and the history check. */
export { AdminHome, isAdministrator } from './components/console-frame';
export { UsersPage } from './components/users-page';
export { DepartmentsPage } from './components/departments-page';
export { AuditPage } from './components/audit-page';
