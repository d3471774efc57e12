/**
 * Where the third-party test files live (../shared/data beside the project, never copied in).
 * Tests that need them skip with a printed reason when they are absent (see ../support/requirements.ts),
 * and fail instead under REQUIRE_SHARED_DATA=1.
 */
import * as path from 'node:path'
import { requireSharedData, sharedData } from '../support/requirements.js'

export { sharedData }
export const wheelsDir = path.join(sharedData, 'wheels', 'auditwheel')
export const bundled = path.join(wheelsDir, 'bundled-wheels')

export const shared = requireSharedData()
export const haveShared = shared.ok

/** `test` when the shared data is there; otherwise a skip that says why (a failure under REQUIRE_SHARED_DATA=1). */
export function sharedTest(name: string, fn: () => unknown, timeout?: number): void {
  shared.test(
    name,
    async () => {
      await fn()
    },
    timeout
  )
}

export function sharedEach<T>(rows: readonly T[], name: (row: T) => string, fn: (row: T) => unknown, timeout?: number): void {
  for (const row of rows) sharedTest(name(row), () => fn(row), timeout)
}

export function bundledWheel(rel: string): string {
  return path.join(bundled, rel)
}
