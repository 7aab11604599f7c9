export * from './as-of.js';
export * from './compare.js';
export * from './as-of-types.js';
export * from './progress-notice.js';
export * from './as-of-schemas.js';
