/** What the first script asks of the board feature, without loading its components (see app/boot.ts). */
export { prefetchBoard } from './api/get-board';
