/** The lifecycle feature's public surface: 销号 review, 回头看 and 延期 on an item (loaded with the drawer), and the card's tags. */
import { lazy } from 'react';

export const LifecyclePanel = lazy(() => import('./components/lifecycle-panel').then((m) => ({ default: m.LifecyclePanel })));
export { LifecycleTags } from './components/lifecycle-tags';
