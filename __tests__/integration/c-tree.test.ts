// The C tree phase for real: make, a real compiler, the local cache directory, tar.
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { CommandError } from '../../src/lib/errors.js'
import { montageStep } from '../../src/phases/steps.js'

const MAKEFILE = `CC ?= cc
all: bin/hello lib/libsq.a
lib/sq.o: sq.c
\tmkdir -p lib && $(CC) -c -fPIC -o $@ sq.c
lib/libsq.a: lib/sq.o
\tar rcs $@ lib/sq.o
bin/hello: main.c lib/libsq.a
\tmkdir -p bin && $(CC) -o $@ main.c lib/libsq.a
\techo ran >> make-runs.log
broken:
\t@echo "compiling the part that breaks"
\t@echo "sq.c:1: error: something is wrong" >&2
\t@exit 3
`

function tree(): { dir: string; cache: string } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'bw-ctree-'))
  const dir = path.join(root, 'proj')
  fs.mkdirSync(dir)
  fs.writeFileSync(path.join(dir, 'Makefile'), MAKEFILE)
  fs.writeFileSync(path.join(dir, 'sq.c'), 'int sq(int x) { return x * x; }\n')
  fs.writeFileSync(path.join(dir, 'main.c'), '#include <stdio.h>\nint sq(int);\nint main(void) { printf("%d\\n", sq(7)); return 0; }\n')
  return { dir, cache: path.join(root, 'cache') }
}

const inputs = (v: Record<string, string>) => (n: string) => v[n] ?? ''

test('make runs once; the second run restores the tree from the cache without make', async () => {
  const { dir, cache } = tree()
  const first = await montageStep(inputs({ path: dir, 'cache-dir': cache }), '/')
  expect(first.cacheHit).toBe(false)
  expect(first.saved).toBe(true)
  expect(fs.readFileSync(path.join(dir, 'make-runs.log'), 'utf8')).toBe('ran\n')
  const outputs = ['bin/hello', 'lib/libsq.a', 'lib/sq.o', 'make-runs.log']
  expect(first.files).toBe(outputs.length)

  // a fresh checkout of the same sources: no products at all
  for (const f of outputs) fs.rmSync(path.join(dir, f))
  const second = await montageStep(inputs({ path: dir, 'cache-dir': cache }), '/')
  expect(second.cacheHit).toBe(true)
  expect(second.cacheKey).toBe(first.cacheKey)
  for (const f of outputs) expect(fs.existsSync(path.join(dir, f))).toBe(true)
  expect(fs.readFileSync(path.join(dir, 'make-runs.log'), 'utf8')).toBe('ran\n') // make did not run again
  const { execFileSync } = await import('node:child_process')
  expect(execFileSync(path.join(dir, 'bin/hello')).toString()).toBe('49\n')

  // a changed source changes the key: built again
  fs.appendFileSync(path.join(dir, 'sq.c'), '/* changed */\n')
  const third = await montageStep(inputs({ path: dir, 'cache-dir': cache }), '/')
  expect(third.cacheHit).toBe(false)
  expect(third.cacheKey).not.toBe(first.cacheKey)
})

test('a failing make shows its last lines and caches nothing', async () => {
  const { dir, cache } = tree()
  let err: unknown
  try {
    await montageStep(inputs({ path: dir, 'cache-dir': cache, 'make-args': 'broken' }), '/')
  } catch (e) {
    err = e
  }
  expect(err).toBeInstanceOf(CommandError)
  const e = err as CommandError
  expect(e.exitCode).toBe(2)
  expect(e.message).toMatch(/command failed with exit code 2: make -j1 broken/)
  expect(e.message).toMatch(/sq.c:1: error: something is wrong/)
  expect(e.message).toMatch(/nothing was cached/)
  expect(fs.existsSync(cache) ? fs.readdirSync(cache, { recursive: true }).filter(f => String(f).endsWith('.tar')) : []).toEqual([])
})

test('shell metacharacters in make-args reach make as plain arguments, never a shell', async () => {
  const { dir, cache } = tree()
  const marker = path.join(dir, 'pwned')
  await expect(montageStep(inputs({ path: dir, 'cache-dir': cache, 'make-args': `; touch ${marker}\n$(touch ${marker})` }), '/')).rejects.toThrow(
    /No rule to make target/
  )
  expect(fs.existsSync(marker)).toBe(false)
})

test('a path without a Makefile, or missing, is refused before anything runs', async () => {
  const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'bw-empty-'))
  await expect(montageStep(inputs({ path: empty }), '/')).rejects.toThrow(/input 'path': '.*' has no Makefile/)
  await expect(montageStep(inputs({ path: path.join(empty, 'nope') }), '/')).rejects.toThrow(/input 'path': '.*nope' does not exist/)
})

test('a tree built before (not a git checkout) keeps its key: the next run restores instead of running make', async () => {
  const { dir, cache } = tree()
  const first = await montageStep(inputs({ path: dir, 'cache-dir': cache }), '/')
  expect(first.cacheHit).toBe(false)
  const recorded = JSON.parse(fs.readFileSync(path.join(dir, '.build-wheel', 'c-tree.json'), 'utf8')) as { key: string; outputs: string[] }
  expect(recorded).toEqual({ key: first.cacheKey, outputs: ['bin/hello', 'lib/libsq.a', 'lib/sq.o', 'make-runs.log'] })
  const again = await montageStep(inputs({ path: dir, 'cache-dir': cache }), '/')
  expect(again.cacheHit).toBe(true)
  expect(again.cacheKey).toBe(first.cacheKey)
  expect(fs.readFileSync(path.join(dir, 'make-runs.log'), 'utf8')).toBe('ran\n')
})

test('in a git checkout the record is ignored by git itself', async () => {
  const { dir, cache } = tree()
  const { execFileSync } = await import('node:child_process')
  execFileSync('git', ['init', '-q'], { cwd: dir })
  await montageStep(inputs({ path: dir, 'cache-dir': cache }), '/')
  const status = execFileSync('git', ['status', '--porcelain', '--untracked-files=all'], { cwd: dir }).toString()
  expect(status).not.toContain('.build-wheel')
  expect(status).toContain('make-runs.log') // untracked products are visible to git, but the key leaves them out:
  const again = await montageStep(inputs({ path: dir, 'cache-dir': cache }), '/')
  expect(again.cacheHit).toBe(true)
})
