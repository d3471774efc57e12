/**
 * Temporary directories for tests. Each one is removed when the test file that made it is done
 * (jest loads this module afresh for every test file, so the list and the hook are per file).
 */
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'

const made: string[] = []

afterAll(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})

/**
 * A new empty directory under the temp dir, removed after the last test of this file. Call it from
 * a test or a hook, not at the top of a file: jest runs no hooks in a file whose tests are all skipped.
 */
export function tempDir(prefix = 'bw-test-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix))
  made.push(dir)
  return dir
}

/** Remove now what `tempDir` made (the hook at the end of the file would remove it anyway). */
export function removeTemp(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true })
  const i = made.indexOf(dir)
  if (i >= 0) made.splice(i, 1)
}
