/** 逾期督查: the page (loaded when opened; 红灯黄灯 and 曾逾期 views) and its header link. */
import { lazy } from 'react';

export { OverdueLink } from './components/overdue-link';
export const OverduePage = lazy(() => import('./components/overdue-page').then((m) => ({ default: m.OverduePage })));
