/** The endpoint access metadata lives in common/ (users' own controller needs it without importing auth). */
export * from '../common/access-decorators.js';
