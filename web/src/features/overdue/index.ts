/** 逾期督查: the page (loaded when opened) and its header link. */
import { lazy } from 'react';

export { OverdueLink } from './overdue-link';
export const OverduePage = lazy(() => import('./overdue-page').then((m) => ({ default: m.OverduePage })));
