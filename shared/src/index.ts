export * from './item/item.js';
export * from './item/dictionaries.js';
export * from './workflow/columns.js';
export * from './workflow/gates.js';
export * from './warning/warning.js';
export * from './schemas/item-schemas.js';
export * from './schemas/validation.js';
export * from './api-types.js';
