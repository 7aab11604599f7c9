/** `npm run test:multiprocess`: built API processes on one PostgreSQL (see test-multiprocess/). */
import base from './jest.config.js';

export default { ...base, testMatch: ['<rootDir>/test-multiprocess/**/*.test.ts'], testTimeout: 120000 };
