/** The lifecycle feature's public surface: 销号 review, 回头看 and 延期 on an item, and the card's tags. */
export { LifecyclePanel } from './components/lifecycle-panel';
export { LifecycleTags } from './components/lifecycle-tags';
