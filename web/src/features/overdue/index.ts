/** 逾期督查: the page and its header link. */
export { OverdueLink, OverduePage } from './overdue-page';
