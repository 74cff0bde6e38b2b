/** Unit tests need no database; integration and browser tests share one real Neo4j started in global setup. */
module.exports = {
  preset: 'ts-jest',
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  globalSetup: '<rootDir>/tests/fixtures/globalSetup.ts',
  globalTeardown: '<rootDir>/tests/fixtures/globalTeardown.ts',
  testTimeout: 60000,
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tests/tsconfig.json' }] },
};
