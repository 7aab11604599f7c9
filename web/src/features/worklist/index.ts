/** 待办: the page of what waits for the signed-in user, and its header link with the count. */
export { WorklistLink } from './components/worklist-link';
export { WorklistPage } from './components/worklist-page';
