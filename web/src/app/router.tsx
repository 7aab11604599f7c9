import { canDo } from '@rectify/shared';
import { lazy, Suspense, type ReactNode } from 'react';
import { createBrowserRouter, Navigate, RouterProvider } from 'react-router-dom';
import {
  AdminHome,
  AdminLogPage,
  AuditPage,
  BackupPage,
  DepartmentsPage,
  DictionariesPage,
  isAdministrator,
  SettingsPage,
  UsersPage,
  WebhooksPage,
} from '../features/admin';
import { LoginPage, PageLoading, RequireSession, useCurrentUser } from '../features/auth';
import { COMPARE_PATH, ComparePage, EVALUATION_PATH, EvaluationPage } from '../features/as-of';
import { BoardPage } from '../features/board';
import { DASHBOARD_PATH, DashboardPage } from '../features/dashboard';
import { REPORT_PATH, ReportPage } from '../features/reports';
import { OverduePage } from '../features/overdue';
// The 待办 feature also carries the header badge the board loads after drawing; neither is in the first load.
const WorklistPage = lazy(() => import('../features/worklist').then((m) => ({ default: m.WorklistPage })));
import { SetupPage } from '../features/setup';

// Pages other than the board load when first opened (React.lazy in each feature's index).
const signedIn = (page: ReactNode) => (
  <RequireSession>
    <Suspense fallback={<PageLoading />}>{page}</Suspense>
  </RequireSession>
);

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
  { path: COMPARE_PATH, element: signedIn(<ComparePage />) },
  { path: EVALUATION_PATH, element: signedIn(<EvaluationPage />) },
  { path: '/todo', element: signedIn(<WorklistPage />) },
  { path: '*', element: <Navigate to="/" replace /> },
]);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
