export * from './office-clock.js';
