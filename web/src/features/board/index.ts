/** The board feature's public surface. */
export { BoardPage } from './components/board-page';
