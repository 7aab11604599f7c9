/** The board feature's public surface. */
import { ITEM_PARAM } from './lib/filters';

export { BoardPage } from './components/board-page';

/** The board with one item's drawer open, for links from other pages (e.g. the history check). */
export function boardItemPath(itemId: string): string {
  return `/?${new URLSearchParams({ [ITEM_PARAM]: itemId }).toString()}`;
}
