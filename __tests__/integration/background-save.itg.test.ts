// A cold C tree is saved while the wheels build (the root pipeline and the CLI's build): the entry is
// in the store, whole and verified, before the step ends, and the save's lines come in their own
// group after the wheels'. A save that fails is a warning; the wheels are still built.
import * as fs from 'node:fs'
import * as path from 'node:path'
import { pipelineStep } from '../../src/phases/steps.js'
import { copyExample, PIP_ARGS } from '../support/example.js'
import { captureStdout } from '../support/in-process.js'
import { findPython } from '../support/requirements.js'
import { tempDir } from '../support/temp.js'

const one = await findPython({ headers: true })

async function build(dir: string, cache: string) {
  return captureStdout(() =>
    pipelineStep(
      (n: string) =>
        ({ path: dir, 'python-versions': one.python.minor, 'cache-dir': cache, 'pip-args': PIP_ARGS, 'output-dir': path.join(dir, 'wh') })[n] ?? '',
      '/'
    )
  )
}

one.test(
  'cold: make, then the wheels while the entry is saved; the entry is stored before the step ends, and a second tree restores it',
  async () => {
    const cache = tempDir('bw-bg-cache-')
    const first = await build(copyExample(), cache)
    expect(first.result.wheels.failures).toEqual([])
    expect(first.result.montage?.cacheHit).toBe(false)
    expect(first.result.montage?.saved).toBe(true)
    expect(first.result.montage?.entryBytes).toBeGreaterThan(0)
    const out = first.stdout
    expect(out).toMatch(/saved to local cache directory .* in the background while the wheels are built/)
    // the save's own group comes after the wheel's, and says what it saved
    const wheelAt = out.search(/\[command\].* -m pip wheel /)
    const savedAt = out.indexOf('C tree: save (ran in the background)')
    expect(wheelAt).toBeGreaterThan(0)
    expect(savedAt).toBeGreaterThan(wheelAt)
    expect(out.slice(savedAt)).toMatch(/saved under build-wheel-c-tree-v2-[0-9a-f]{64}/)
    const entries = fs.readdirSync(path.join(cache, 'c-tree')).filter(f => f.endsWith('.tar.zst'))
    expect(entries).toEqual([`${first.result.montage?.cacheKey}.tar.zst`])

    const second = await build(copyExample(), cache)
    expect(second.result.montage?.cacheHit).toBe(true)
    expect(second.result.wheels.wheels).toHaveLength(1)
  },
  600_000
)

one.test(
  'a save that fails while the wheels build is a warning: the wheels are built, the step succeeds',
  async () => {
    const cache = tempDir('bw-bg-broken-cache-')
    fs.writeFileSync(path.join(cache, 'c-tree'), 'a file where the store wants its folder\n')
    const r = await build(copyExample(), cache)
    expect(r.result.wheels.failures).toEqual([])
    expect(r.result.wheels.wheels).toHaveLength(1)
    expect(r.result.montage?.saved).toBe(false)
  },
  600_000
)
