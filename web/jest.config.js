/**
 * Web unit tests: Jest in ESM mode (the package is "type": "module") on jsdom.
 * @rectify/shared is mapped to its built ESM output, the same file Vite bundles.
 */
export default {
  testEnvironment: 'jsdom',
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  moduleNameMapper: {
    '^@rectify/shared$': '<rootDir>/../shared/dist/index.js',
    '\\.css$': '<rootDir>/test/support/style-stub.js',
  },
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { useESM: true, tsconfig: '<rootDir>/tsconfig.test.json' }],
  },
  setupFiles: ['<rootDir>/test/support/setup-dom.ts'],
  setupFilesAfterEnv: ['<rootDir>/test/support/setup-testing-library.ts'],
  testMatch: ['<rootDir>/test/**/*.test.ts?(x)'],
  // Rendering antd forms in jsdom and typing into them takes seconds on a busy 2-core machine; a
  // test that would otherwise pass must not fail on the clock.
  testTimeout: 60_000,
};
