/** The dashboard feature's public surface: the 统计分析 page (loaded when opened, with recharts) and how the board opens it. */
import { lazy } from 'react';

export const DashboardPage = lazy(() => import('./components/dashboard-page').then((m) => ({ default: m.DashboardPage })));
export { DASHBOARD_PATH, dashboardPathFromBoard } from './lib/dashboard-data';
