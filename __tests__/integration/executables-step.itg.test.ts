// The generic Linux executables tarball as a part of the C-tree step (issue 7, item 4): the example's
// tools built with a real make and compiler, packed, audited, reproducible across a cache restore,
// and the tarball's folder inside the project never moving the key.
import { execFileSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { montageStep } from '../../src/phases/steps.js'
import { copyExample } from '../support/example.js'

const made: string[] = []
afterAll(() => {
  for (const d of made) fs.rmSync(d, { recursive: true, force: true })
})
const temp = (prefix: string): string => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), prefix))
  made.push(d)
  return d
}
const src = (v: Record<string, string>) => (n: string) => v[n] ?? ''

test("the example's bin/ packed after make and again after a restore: same bytes, a tag from the binaries, the key unmoved", async () => {
  const dir = copyExample(path.join(temp('bw-exe-'), 'montage mini'))
  made.push(dir)
  const cache = temp('bw-exe-cache-')
  const inputs = { path: dir, 'cache-dir': cache, executables: 'bin/*\n!bin/*.sh', 'executables-dir': 'dist-tools', engine: 'host' }
  const cold = await montageStep(src(inputs), dir)
  expect(cold.cacheHit).toBe(false)
  const x = cold.executables!
  expect(x.tag).toMatch(/^(manylinux_2_\d+|linux)_x86_64$|^(manylinux_2_\d+|linux)_aarch64$/)
  expect(path.basename(x.file)).toBe(`montage-mini-${x.tag}.tar.gz`)
  expect(path.dirname(x.file)).toBe(path.join(dir, 'dist-tools'))
  const listing = execFileSync('tar', ['-tzf', x.file], { encoding: 'utf8' }).trim().split('\n')
  const built = fs.readdirSync(path.join(dir, 'bin')).filter(f => !f.endsWith('.sh'))
  expect(built.length).toBeGreaterThan(0)
  for (const f of built) expect(listing).toContain(`montage-mini-${x.tag}/bin/${f}`)
  expect(listing.every(m => m.startsWith(`montage-mini-${x.tag}/`))).toBe(true)

  // a fresh checkout: the entry is restored (make is not run) and the tarball is the same bytes
  fs.rmSync(path.join(dir, 'dist-tools'), { recursive: true })
  execFileSync('make', ['-s', 'clean'], { cwd: dir })
  fs.rmSync(path.join(dir, '.build-wheel'), { recursive: true, force: true })
  const warm = await montageStep(src(inputs), dir)
  expect(warm.cacheHit).toBe(true)
  expect(warm.cacheKey).toBe(cold.cacheKey)
  expect(warm.executables?.sha256).toBe(x.sha256)
}, 240_000)

test('bad executables inputs are reported with the others, before make', async () => {
  const dir = copyExample(path.join(temp('bw-exe-bad-'), 'p'))
  made.push(dir)
  const run = montageStep(src({ path: dir, cache: 'false', executables: '../bin/*\n/abs', 'executables-name': '-x', jobs: '0', engine: 'host' }), dir)
  await expect(run).rejects.toThrow(/^4 invalid inputs:/)
  await run.catch((e: Error) => {
    expect(e.message).toMatch(/input 'executables': '..\/bin\/\*' leaves the tree/)
    expect(e.message).toMatch(/input 'executables': '\/abs' is absolute/)
    expect(e.message).toMatch(/input 'executables-name': '-x' is not accepted; accepted: letters/)
  })
  expect(fs.existsSync(path.join(dir, 'bin'))).toBe(false)
})
