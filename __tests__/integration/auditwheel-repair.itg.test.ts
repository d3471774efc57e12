// `repair: auditwheel` as the plan runs it: the argv auditwheel gets (the planned tag, the output
// folder and the wheel in the runtime's paths, SOURCE_DATE_EPOCH in its environment), then the builtin
// tag check on whatever it wrote. auditwheel is not in this machine's package index, so a stand-in
// with its command line (`auditwheel --version`, `auditwheel repair --plat TAG --wheel-dir DIR WHEEL`)
// records what it was given and writes the wheel under the name it is told to.
import { execFileSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { HostRuntime } from '../../src/runtime/host.js'
import { repair } from '../../src/wheel/repair.js'
import { makeWheel } from '../manylinux/make-wheel.js'
import { withEnv } from '../support/in-process.js'
import { requireTool } from '../support/requirements.js'
import { tempDir } from '../support/temp.js'

const gcc = requireTool('gcc')
/** The wheel's architecture: this machine's, as a platform tag names it. */
const ARCH = os.machine() === 'arm64' ? 'aarch64' : os.machine()

/** The stand-in: records argv and SOURCE_DATE_EPOCH, then copies the wheel, renamed to $CLAIM's platform tag. */
const STAND_IN = `#!/usr/bin/env python3
import json, os, shutil, sys
if sys.argv[1:] == ['--version']:
    print('auditwheel 6.1.0 (stand-in)'); sys.exit(0)
args = sys.argv[1:]
with open(os.environ['RECORD'], 'w') as f:
    json.dump({'argv': args, 'epoch': os.environ.get('SOURCE_DATE_EPOCH')}, f)
wheel, out = args[-1], args[args.index('--wheel-dir') + 1]
name = os.path.basename(wheel).rsplit('-', 1)[0] + '-' + os.environ['CLAIM'] + '.whl'
shutil.copy(wheel, os.path.join(out, name))
`

gcc.describe('repair: auditwheel, then the builtin tag check', () => {
  let bin = ''
  let raw = ''
  let work = ''
  beforeAll(() => {
    work = tempDir('bw-aw-')
    bin = path.join(work, 'bin')
    fs.mkdirSync(bin)
    fs.writeFileSync(path.join(bin, 'auditwheel'), STAND_IN, { mode: 0o755 })
    // reallocarray needs GLIBC_2.26: manylinux_2_26 at best
    const c = path.join(work, 'ext.c')
    fs.writeFileSync(c, '#include <stdlib.h>\nvoid *grow(void *p, size_t n) { return reallocarray(p, n, 8); }\n')
    const so = path.join(work, 'ext.so')
    execFileSync('gcc', ['-shared', '-fPIC', '-o', so, c])
    raw = makeWheel(path.join(work, 'raw dir'), {
      name: 'aw',
      version: '1.0',
      tag: `cp311-cp311-linux_${ARCH}`,
      files: { [`aw/_ext.cpython-311-${ARCH}-linux-gnu.so`]: fs.readFileSync(so) }
    })
  })

  const run = (claim: string, plat: string) =>
    withEnv({ PATH: `${bin}:${process.env.PATH ?? ''}`, RECORD: path.join(work, 'record.json'), CLAIM: claim }, () =>
      repair({ tool: 'auditwheel', plat, platFrom: plat ? 'input' : 'auto' }, raw, path.join(work, 'out', claim), new HostRuntime(), {
        SOURCE_DATE_EPOCH: '1700000000'
      })
    )

  test("auditwheel gets the planned tag, the folders in the runtime's paths and SOURCE_DATE_EPOCH; a tag the binaries allow is kept", async () => {
    const r = await run(`manylinux_2_28_${ARCH}`, `manylinux_2_28_${ARCH}`)
    expect(r.how).toBe('auditwheel')
    expect(path.basename(r.wheel)).toBe(`aw-1.0-cp311-cp311-manylinux_2_28_${ARCH}.whl`)
    const rec = JSON.parse(fs.readFileSync(path.join(work, 'record.json'), 'utf8')) as { argv: string[]; epoch: string }
    expect(rec.argv).toEqual(['repair', '--plat', `manylinux_2_28_${ARCH}`, '--wheel-dir', path.join(work, 'out', `manylinux_2_28_${ARCH}`), raw])
    expect(rec.epoch).toBe('1700000000')
  })

  test('no plat planned: no --plat', async () => {
    await run(`linux_${ARCH}`, '')
    const rec = JSON.parse(fs.readFileSync(path.join(work, 'record.json'), 'utf8')) as { argv: string[] }
    expect(rec.argv).not.toContain('--plat')
  })

  test('a tag auditwheel wrote that the binaries do not allow is refused by the builtin check, naming the symbol', async () => {
    await expect(run(`manylinux_2_17_${ARCH}`, `manylinux_2_17_${ARCH}`)).rejects.toThrow(
      new RegExp(
        `aw-1\\.0-cp311-cp311-manylinux_2_17_${ARCH}\\.whl claims manylinux_2_17_${ARCH} but its binaries allow at most manylinux_2_\\d+_${ARCH}:[\\s\\S]*GLIBC_2\\.26`
      )
    )
  })
})
