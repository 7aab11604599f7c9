/** The items feature's public surface; other features import only from here. */
import { lazy } from 'react';

// The drawer and the form load when first opened: the board's first load carries neither.
export const ItemDrawer = lazy(() => import('./components/item-drawer').then((m) => ({ default: m.ItemDrawer })));
export const CreateItemModal = lazy(() => import('./components/create-item-modal').then((m) => ({ default: m.CreateItemModal })));
export { fetchItem, useItem } from './api/get-item';
