/**
 * The local command masks passwords of URLs given on its command line the way the runner does, in
 * every line it prints: the `[command]` line of make, make's own output, and the error at the end.
 * Real make, in-process main() with stdout and stderr captured.
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { main } from '../../src/cli/main.js'
import { mask, redact } from '../../src/lib/log.js'
import { tempDir } from '../support/temp.js'

const PASSWORD = 'S3cr3t-Passw0rd'
const URL = `https://alice:${PASSWORD}@example.invalid/simple`

async function captured(argv: string[]): Promise<{ code: number; out: string; restored: boolean }> {
  const chunks: string[] = []
  const original = { out: process.stdout.write, err: process.stderr.write }
  const grab = (c: unknown): boolean => {
    chunks.push(Buffer.isBuffer(c) ? c.toString('utf8') : String(c))
    return true
  }
  process.stdout.write = grab
  process.stderr.write = grab
  const exitCode = process.exitCode
  try {
    const code = await main(argv, path.resolve('.'))
    // main stops filtering when it returns: the writers are the ones it found
    const restored = process.stdout.write === grab && process.stderr.write === grab
    return { code, out: chunks.join(''), restored }
  } finally {
    process.stdout.write = original.out
    process.stderr.write = original.err
    process.exitCode = exitCode
  }
}

test('a failing make given a URL with a password: the command line, its output and the error show ***', async () => {
  const dir = tempDir('bw-cli-secrets-')
  fs.writeFileSync(path.join(dir, 'Makefile'), 'all:\n\t@echo "fetching $(URL)"\n\t@echo "cannot reach $(URL)" >&2\n\t@exit 4\n')
  const { code, out } = await captured(['c-tree', '--path', dir, '--no-cache', '--make-args', `URL=${URL}`])
  expect({ code, out }).toMatchObject({ code: 1 })
  expect(out).not.toContain(PASSWORD)
  expect(out).toContain('[command]make -j1 URL=https://alice:***@example.invalid/simple')
  expect(out).toContain('fetching https://alice:***@example.invalid/simple')
  expect(out).toMatch(/error: command failed with exit code 2: make -j1 URL=https:\/\/alice:\*\*\*@example\.invalid\/simple/)
  expect(out).toMatch(/\| cannot reach https:\/\/alice:\*\*\*@example\.invalid\/simple/)
})

test('after main returns, output is no longer filtered', async () => {
  const { restored } = await captured(['c-tree', '--help'])
  expect(restored).toBe(true)
  expect(redact(`x ${PASSWORD} y`)).toBe('x *** y')
})

test('redact: longest secret first; short values are left to the runner', () => {
  mask('abcdefgh-token')
  mask('abcd')
  mask('me')
  expect(redact('t=abcdefgh-token u=abcd n=me')).toBe('t=*** u=*** n=me')
})
