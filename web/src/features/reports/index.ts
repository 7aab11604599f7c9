/** The reports feature's public surface: the "存在的问题及原因" page (loaded when opened) and how the board opens it. */
import { lazy } from 'react';

export const ReportPage = lazy(() => import('./components/report-page').then((m) => ({ default: m.ReportPage })));
export { REPORT_PATH, reportPathFromBoard } from './lib/report-params';
