/**
 * The browser tests (`npm run test:browser`): the explorer page in headless Chromium, served by the
 * API on the integration tests' Neo4j. Apart from `npm test` because they need a browser installed
 * (Debian's `chromium`, or TEST_CHROMIUM_PATH); the global setup checks for it before anything starts.
 */
module.exports = {
  projects: [
    {
      displayName: 'browser',
      testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'],
      transform: { '^.+\\.ts$': ['@swc/jest'] },
      testEnvironment: 'node',
      globalSetup: '<rootDir>/tests/e2e/globalSetup.ts',
      globalTeardown: '<rootDir>/tests/integration/globalTeardown.ts',
    },
  ],
};
