/** 督办: the drawer section, and the open 督办单 the 待办 page lists. */
export { SupervisionSection } from './components/supervision-section';
export { OpenSupervisionTable } from './components/open-supervision-table';
export { useOpenSupervisions } from './api/get-open-supervisions';
