/**
 * The loopback GitHub Actions results service (cache, artifact, blob storage) for tests: see
 * results-service/index.ts. This module keeps the import path the tests use.
 */
export * from './results-service/index.js'
