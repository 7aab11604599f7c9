/** The items feature's public surface; other features import only from here. */
export { ItemDrawer } from './components/item-drawer';
export { CreateItemModal } from './components/create-item-modal';
export { fetchItem } from './api/get-item';
