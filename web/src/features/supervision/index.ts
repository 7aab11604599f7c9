/** 督办: the drawer section, the 待办 page and its header link. */
export { SupervisionSection } from './supervision-section';
export { TodoLink, TodoPage } from './todo-page';
