/**
 * The date-sensitive suites again, at 31 December 23:30 in the office on a UTC machine (the clock is set by
 * ../shared/test/office-clock-setup.js): a test that reads the machine's day or year instead of the office's fails here.
 */
import base from './jest.config.js';

process.env.TZ = 'UTC';

export default {
  ...base,
  setupFiles: ['<rootDir>/../shared/test/office-clock-setup.js'],
  testMatch: ['<rootDir>/test/{items,lifecycle,worklist,overdue,board,dashboard,reports,supervision}.test.ts'],
};
