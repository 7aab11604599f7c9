/** The dashboard feature's public surface: the 统计分析 page and how the board opens it. */
export { DashboardPage } from './components/dashboard-page';
export { DASHBOARD_PATH, dashboardPathFromBoard } from './lib/dashboard-data';
