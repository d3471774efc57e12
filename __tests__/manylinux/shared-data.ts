/**
 * Where the third-party test files live (../shared/data beside the project, never copied in),
 * and how tests that need them skip: with a printed reason, unless REQUIRE_SHARED_DATA=1 makes
 * their absence a failure.
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
export const sharedData = path.resolve(repoRoot, '..', 'shared', 'data')
export const wheelsDir = path.join(sharedData, 'wheels', 'auditwheel')
export const bundled = path.join(wheelsDir, 'bundled-wheels')

export const haveShared = fs.existsSync(path.join(sharedData, 'wheels', 'EXPECTATIONS.md'))
const required = process.env.REQUIRE_SHARED_DATA === '1'

/** `test` when the shared data is there; otherwise a skipped test with the reason printed, or a failing one under REQUIRE_SHARED_DATA=1. */
export function sharedTest(name: string, fn: () => unknown, timeout?: number): void {
  if (haveShared) test(name, async () => { await fn() }, timeout)
  else if (required) test(name, () => { throw new Error(`REQUIRE_SHARED_DATA=1 but ${sharedData} is missing`) })
  else {
    console.warn(`skipping "${name}": ${sharedData} is not there (set REQUIRE_SHARED_DATA=1 to make this a failure)`)
    test.skip(name, () => undefined)
  }
}

export function sharedEach<T>(rows: readonly T[], name: (row: T) => string, fn: (row: T) => unknown | Promise<unknown>, timeout?: number): void {
  for (const row of rows) sharedTest(name(row), () => fn(row), timeout)
}

export function bundledWheel(rel: string): string {
  return path.join(bundled, rel)
}
