/** 台账 (.xlsx ledger) export and import: the column table, cell reading, header matching, import planning. */
export * from './ledger-columns.js';
export * from './ledger-cells.js';
export * from './ledger-headers.js';
export * from './ledger-export.js';
export * from './ledger-import.js';
export * from './ledger-types.js';
export * from './ledger-template.js';
export * from './ledger-mapping.js';
