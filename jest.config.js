// ts-jest's ESM preset: sources are TypeScript ES modules imported with `.js` suffixes.
export default {
  preset: 'ts-jest/presets/default-esm',
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.test.json', diagnostics: { ignoreCodes: [151002] } }]
  },
  testMatch: ['**/__tests__/**/*.test.ts'],
  setupFiles: ['<rootDir>/__tests__/support/setup-env.ts'],
  testTimeout: 120000,
  verbose: false,
  // The default output, and under REQUIRE_ALL_TESTS=1 (.ci/run) a failure when any test was skipped.
  reporters: ['default', '<rootDir>/__tests__/support/no-skips-reporter.js'],
  // Jest's transform cache beside the dependencies, not in the temp dir the tests keep clean.
  cacheDirectory: '<rootDir>/node_modules/.cache/jest'
}
