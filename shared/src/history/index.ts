export * from './as-of.js';
export * from './compare.js';
export * from './as-of-types.js';
