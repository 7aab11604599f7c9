/** The date-sensitive suites again, at 31 December 23:30 in the office on a UTC machine (see test/office-clock-setup.js). */
import base from './jest.config.js';

process.env.TZ = 'UTC';

export default {
  ...base,
  setupFiles: ['<rootDir>/test/office-clock-setup.js'],
  testMatch: ['<rootDir>/test/{warning,evidence}.test.ts'],
};
