/** `audit [--json] [--plat P] <wheel>...`: output order, JSON, exit codes, wheels that cannot be read. */
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { analyzeWheel, auditCommand, type WheelAudit } from '../../src/manylinux/index.js'
import { rawZip, wheelMembers } from '../archive/raw-zip.js'
import { bundledWheel, sharedTest } from './shared-data.js'

let tmp: string
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'audit-cli-'))
})
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }))

/** Wheels the audit must refuse, each written under a valid wheel name in its own folder. */
function badWheels(): Record<string, string> {
  const bad: Record<string, Buffer> = {
    symlink: rawZip(wheelMembers({ name: 'demo/lib.so', data: Buffer.from('/etc/passwd'), mode: 0o120777 })),
    conflict: rawZip(wheelMembers({ name: 'demo/x.so', data: Buffer.from('1') }, { name: 'demo/x.so/y', data: Buffer.from('2') })),
    nul: rawZip(wheelMembers({ name: 'demo/a\0.so', data: Buffer.from('1') })),
    bomb: rawZip(wheelMembers({ name: 'demo/big.so', data: Buffer.alloc(4 << 20) })),
    'not-a-zip': Buffer.from('not a zip file')
  }
  return Object.fromEntries(
    Object.entries(bad).map(([what, bytes]) => {
      fs.mkdirSync(path.join(tmp, what), { recursive: true })
      const f = path.join(tmp, what, 'demo-1.0-cp311-cp311-linux_x86_64.whl')
      fs.writeFileSync(f, bytes)
      return [what, f]
    })
  )
}

async function run(argv: string[]): Promise<{ code: number; out: string }> {
  let out = ''
  const code = await auditCommand(argv, s => (out += s))
  return { code, out }
}

const mscl = (): string => bundledWheel('python_mscl-67.0.1.0-cp313-cp313-manylinux2014_aarch64.whl')
const simple = (): string => bundledWheel('glibc/testsimple-0.0.1-cp313-cp313-linux_x86_64.whl')
const pure = (): string => bundledWheel('plumbum-1.6.8-py2.py3-none-any.whl')

sharedTest('text: each wheel starts with its best tag', async () => {
  const { code, out } = await run([simple(), mscl()])
  expect(code).toBe(0)
  const blocks = out.split(/\n(?=[a-z0-9_]+\n)/)
  expect(blocks[0]?.split('\n')[0]).toBe('manylinux_2_5_x86_64')
  expect(out.split('\n')).toContain('linux_aarch64')
  expect(out).toContain('external library libpython3.13.so.1.0 (not found), needed by python_mscl/_mscl.so')
  expect(out.startsWith('manylinux_2_5_x86_64\n')).toBe(true)
})

sharedTest('--json: an array of reports, bestTag first in each', async () => {
  const { code, out } = await run(['--json', simple(), pure()])
  expect(code).toBe(1) // the pure wheel
  const reports = JSON.parse(out) as WheelAudit[]
  expect(reports.map(r => r.bestTag)).toEqual(['manylinux_2_5_x86_64', null])
  expect(Object.keys(reports[0] as object)[0]).toBe('bestTag')
  expect(reports[1]).toMatchObject({ pure: true, error: expect.stringContaining('This does not look like a platform wheel') })
})

sharedTest('--plat: exit 1 when a wheel does not qualify as it stands, with what stands in the way', async () => {
  expect((await run(['--plat', 'manylinux_2_17_x86_64', simple()])).code).toBe(0)
  const bad = await run(['--plat', 'manylinux2014', mscl()])
  expect(bad.code).toBe(1)
  expect(bad.out).toContain('does not qualify for manylinux2014_aarch64')
  expect(bad.out).toContain('GLIBC_2.29 from libm.so.6, needed by python_mscl/_mscl.so')
})

test('a missing wheel: exit 1, "not found" (not a complaint about its name)', async () => {
  const { code, out } = await run(['/nonexistent.whl'])
  expect(code).toBe(1)
  expect(out).toBe('none\nnonexistent.whl: not found: /nonexistent.whl\n')
  const missing = path.join(tmp, 'gone', 'foo-1.0-cp3-cp3-linux_x86_64.whl')
  const json = await run(['--json', missing])
  expect(json.code).toBe(1)
  expect(JSON.parse(json.out)).toMatchObject([{ wheel: 'foo-1.0-cp3-cp3-linux_x86_64.whl', bestTag: null, error: `not found: ${missing}` }])
})

test('--json with wheels that cannot be read: still one JSON document, an error for each of them', async () => {
  const bad = badWheels()
  const { code, out } = await run(['--json', ...Object.values(bad), path.join(tmp, 'missing-1.0-py3-none-any.whl')])
  expect(code).toBe(1)
  const reports = JSON.parse(out) as WheelAudit[]
  expect(reports.map(r => [r.bestTag, r.pure])).toEqual(Array(6).fill([null, false]))
  expect(reports.map(r => r.error)).toEqual([
    expect.stringContaining('"demo/lib.so" is a symbolic link'),
    expect.stringContaining('"demo/x.so/y" lies under "demo/x.so"'),
    expect.stringContaining('"demo/a\\u0000.so" has a NUL byte'),
    expect.stringContaining('"demo/big.so" inflates 4'),
    expect.stringContaining('not a zip file'),
    expect.stringContaining('not found')
  ])
})

sharedTest('--json with one good and one bad wheel: one document, the good report whole, exit 1', async () => {
  const { code, out } = await run(['--json', simple(), badWheels().symlink])
  expect(code).toBe(1)
  const reports = JSON.parse(out) as WheelAudit[]
  expect(reports).toHaveLength(2)
  expect(reports[0]).toMatchObject({ bestTag: 'manylinux_2_5_x86_64', error: null })
  expect(reports[1]).toMatchObject({ bestTag: null, error: expect.stringContaining('symbolic link') })
  // Text output: both wheels, the bad one with its reason.
  const text = await run([simple(), badWheels().conflict])
  expect(text.code).toBe(1)
  expect(text.out).toMatch(/^manylinux_2_5_x86_64\n[\s\S]*\nnone\ndemo-1\.0-cp311-cp311-linux_x86_64\.whl: member "demo\/x\.so\/y" lies under/)
})

test('usage errors: exit 2; --help: 0', async () => {
  expect((await run([])).code).toBe(2)
  expect((await run(['--bogus', 'x.whl'])).code).toBe(2)
  const help = await run(['--help'])
  expect(help.code).toBe(0)
  expect(help.out).toContain('usage: audit')
})

sharedTest('reports are plain JSON: they survive a round trip unchanged', async () => {
  for (const w of [mscl(), simple(), pure()]) {
    const a = await analyzeWheel(w)
    expect(JSON.parse(JSON.stringify(a))).toEqual(a)
  }
})
