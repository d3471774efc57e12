// A configure step that rewrites a tracked file (real Montage's make rewrites a committed header):
// after `git clean -xdf`, which also removes the suite's state folder, the rewritten file is the
// only difference from the commit and matches the entry's record byte for byte, so the second
// run gets the committed content's key and hits without make. A hand edit of that file misses.
import { execFileSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { MANIFEST_NAME, packEntry } from '../../src/cache/entry.js'
import { montageStep } from '../../src/phases/steps.js'
import { captureStdout } from '../support/in-process.js'
import { tempDir } from '../support/temp.js'
import { git } from '../support/git.js'

// configure rewrites config.h on every run, as a configure step does
const MAKEFILE = `CC ?= cc
all: configure bin/hello
configure:
\tsed 's/@V@/1/' config.h.in > config.h
bin/hello: main.c configure
\tmkdir -p bin && $(CC) -o $@ main.c
.PHONY: all configure
`

/** A git project whose make rewrites the tracked config.h. */
function project(): { dir: string; cache: string } {
  const root = tempDir('bw-rewritten-')
  const dir = path.join(root, 'proj')
  fs.mkdirSync(dir)
  fs.writeFileSync(path.join(dir, 'Makefile'), MAKEFILE)
  fs.writeFileSync(path.join(dir, 'config.h.in'), '#define V @V@\n')
  fs.writeFileSync(path.join(dir, 'config.h'), '#define V 0 /* committed, rewritten by make */\n')
  fs.writeFileSync(path.join(dir, 'main.c'), '#include <stdio.h>\n#include "config.h"\nint main(void) { printf("%d\\n", V); return 0; }\n')
  fs.writeFileSync(path.join(dir, '.gitignore'), 'bin/\n')
  git(dir, 'init', '-q')
  git(dir, 'add', '.')
  git(dir, 'commit', '-q', '-m', 'sources')
  return { dir, cache: path.join(root, 'cache') }
}

async function step(dir: string, cache: string) {
  const r = await captureStdout(() => montageStep(n => ({ path: dir, 'cache-dir': cache })[n] ?? '', '/'))
  return { ...r.result, stdout: r.stdout, ranMake: /\[command\]make /.test(r.stdout) }
}

function entryManifest(cache: string): { rewritten?: Record<string, string> } {
  const dir = path.join(cache, 'c-tree')
  const [entry] = fs.readdirSync(dir).filter(f => f.endsWith('.tar.zst'))
  return JSON.parse(execFileSync('tar', ['--zstd', '-xOf', path.join(dir, entry), MANIFEST_NAME]).toString()) as { rewritten?: Record<string, string> }
}

test('clean build, git clean -xdf, second run hits without make; a hand edit of the rewritten file misses and rebuilds', async () => {
  const { dir, cache } = project()
  const first = await step(dir, cache)
  expect(first.cacheHit).toBe(false)
  expect(first.ranMake).toBe(true)
  expect(first.saved).toBe(true)
  expect(git(dir, 'status', '--porcelain')).toMatch(/^ M config\.h$/m)
  // the entry records the tracked file make rewrote, with its content id
  const rewritten = entryManifest(cache).rewritten ?? {}
  expect(Object.keys(rewritten)).toEqual(['config.h'])
  expect(rewritten['config.h']).toMatch(/^[0-9a-f]{64}$/)

  git(dir, 'clean', '-xdfq')
  expect(fs.existsSync(path.join(dir, '.build-wheel'))).toBe(false)
  expect(fs.existsSync(path.join(dir, 'bin', 'hello'))).toBe(false)
  const second = await step(dir, cache)
  expect(second.cacheHit).toBe(true)
  expect(second.ranMake).toBe(false)
  expect(second.cacheKey).toBe(first.cacheKey)
  expect(
    execFileSync(path.join(dir, 'bin', 'hello'))
      .toString()
      .trim()
  ).toBe('1')

  // the user edits the rewritten file by hand: a different source, a miss, make runs
  git(dir, 'clean', '-xdfq')
  fs.writeFileSync(path.join(dir, 'config.h'), '#define V 2 /* edited by hand */\n')
  const third = await step(dir, cache)
  expect(third.cacheHit).toBe(false)
  expect(third.ranMake).toBe(true)
  expect(third.cacheKey).not.toBe(first.cacheKey)
  expect(fs.existsSync(path.join(dir, 'bin', 'hello'))).toBe(true)
}, 120_000)

test('a rewritten file plus another edit: not exactly the recorded rewrites, so a miss', async () => {
  const { dir, cache } = project()
  const first = await step(dir, cache)
  expect(first.saved).toBe(true)
  git(dir, 'clean', '-xdfq')
  fs.appendFileSync(path.join(dir, 'main.c'), '/* the user edits a source too */\n')
  const second = await step(dir, cache)
  expect(second.cacheHit).toBe(false)
  expect(second.ranMake).toBe(true)
  expect(second.cacheKey).not.toBe(first.cacheKey)
}, 120_000)

test('an entry under the right key that would overwrite a source it does not record as rewritten (the Makefile) is refused: a warning, make runs', async () => {
  const { dir, cache } = project()
  const first = await step(dir, cache)
  expect(first.saved).toBe(true)
  // an attacker's entry under the same key: make's outputs plus a Makefile of their own
  const evil = tempDir('bw-rewritten-evil-')
  fs.mkdirSync(path.join(evil, 'bin'))
  fs.writeFileSync(path.join(evil, 'bin', 'hello'), '#!/bin/sh\necho 1\n', { mode: 0o755 })
  fs.writeFileSync(path.join(evil, 'config.h'), fs.readFileSync(path.join(dir, 'config.h')))
  fs.writeFileSync(path.join(evil, 'Makefile'), 'all:\n\ttouch pwned\n')
  const entry = path.join(cache, 'c-tree', `${first.cacheKey}.tar.zst`)
  const rewritten = entryManifest(cache).rewritten
  await packEntry(evil, ['Makefile', 'bin/hello', 'config.h'], first.cacheKey, entry, { mtime: 0, zstdLevel: 3, rewritten })
  git(dir, 'clean', '-xdfq')
  git(dir, 'checkout', '--', 'config.h')
  const second = await step(dir, cache)
  expect(second.cacheHit).toBe(false)
  expect(second.ranMake).toBe(true)
  expect(fs.readFileSync(path.join(dir, 'Makefile'), 'utf8')).toBe(MAKEFILE)
  expect(fs.existsSync(path.join(dir, 'pwned'))).toBe(false)
}, 120_000)
