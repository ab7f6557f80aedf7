/**
 * Two projects: `unit` (pure code, no services) and `integration` (a real Neo4j, started by
 * tests/integration/globalSetup.ts on its own port and data folder). `npm test` runs both. The
 * browser tests (tests/e2e/) need Chromium and have their own config: jest.browser.config.js
 * (`npm run test:browser`). TypeScript is stripped by swc; type checking is `npm run typecheck`.
 */
const transform = { '^.+\\.ts$': ['@swc/jest'] };

module.exports = {
  projects: [
    {
      displayName: 'unit',
      testMatch: ['<rootDir>/tests/unit/**/*.test.ts'],
      transform,
      testEnvironment: 'node',
    },
    {
      displayName: 'integration',
      testMatch: ['<rootDir>/tests/integration/**/*.test.ts'],
      transform,
      testEnvironment: 'node',
      globalSetup: '<rootDir>/tests/integration/globalSetup.ts',
      globalTeardown: '<rootDir>/tests/integration/globalTeardown.ts',
    },
  ],
};
