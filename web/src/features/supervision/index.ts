/** 督办: the drawer section, and the open 督办单 the 待办 page lists. */
export { SupervisionSection } from './supervision-section';
export { OpenSupervisionTable, useOpenSupervisions } from './open-supervisions';
