/** The ledger feature's public surface: the board toolbar's 导出台账 / 导入台账. */
export { LedgerButtons } from './components/ledger-buttons';
