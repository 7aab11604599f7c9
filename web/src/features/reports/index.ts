/** The reports feature's public surface: the "存在的问题及原因" page and how the board opens it. */
export { ReportPage } from './components/report-page';
export { REPORT_PATH, reportPathFromBoard } from './lib/report-params';
