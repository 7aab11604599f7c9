/** The board feature's public surface. */
export { BoardPage } from './components/board-page';
/** The board with one item's drawer open, for links from other pages (e.g. the history check). */
export { itemLink as boardItemPath } from '../../lib/item-link';
