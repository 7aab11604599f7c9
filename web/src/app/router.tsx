import { canDo } from '@rectify/shared';
import type { ReactNode } from 'react';
import { createBrowserRouter, Navigate, RouterProvider } from 'react-router-dom';
import { AdminHome, AdminLogPage, AuditPage, BackupPage, DepartmentsPage, DictionariesPage, isAdministrator, SettingsPage, UsersPage, WebhooksPage } from '../features/admin';
import { LoginPage, RequireSession, useCurrentUser } from '../features/auth';
import { BoardPage } from '../features/board';
import { DASHBOARD_PATH, DashboardPage } from '../features/dashboard';
import { REPORT_PATH, ReportPage } from '../features/reports';
import { OverduePage } from '../features/overdue';
import { WorklistPage } from '../features/worklist';
import { SetupPage } from '../features/setup';

const signedIn = (page: ReactNode) => <RequireSession>{page}</RequireSession>;

/** '/', where sign-in lands: the board; a 系统管理员 (who has no board) goes on to 系统管理. */
function Home() {
  const user = useCurrentUser();
  if (!canDo(user, 'board.read').allowed && isAdministrator(user)) return <Navigate to="/admin" replace />;
  return <BoardPage />;
}

// The API serves index.html for any unknown path (SPA fallback); unknown paths land on '/'.
const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  { path: '/setup', element: <SetupPage /> },
  { path: '/', element: signedIn(<Home />) },
  { path: '/admin', element: signedIn(<AdminHome />) },
  { path: '/admin/users', element: signedIn(<UsersPage />) },
  { path: '/admin/departments', element: signedIn(<DepartmentsPage />) },
  { path: '/admin/dictionaries', element: signedIn(<DictionariesPage />) },
  { path: '/admin/settings', element: signedIn(<SettingsPage />) },
  { path: '/admin/webhooks', element: signedIn(<WebhooksPage />) },
  { path: '/admin/backup', element: signedIn(<BackupPage />) },
  { path: '/audit', element: signedIn(<AuditPage />) },
  { path: '/admin-log', element: signedIn(<AdminLogPage />) },
  { path: REPORT_PATH, element: signedIn(<ReportPage />) },
  { path: DASHBOARD_PATH, element: signedIn(<DashboardPage />) },
  { path: '/overdue', element: signedIn(<OverduePage />) },
  { path: '/todo', element: signedIn(<WorklistPage />) },
  { path: '*', element: <Navigate to="/" replace /> },
]);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
