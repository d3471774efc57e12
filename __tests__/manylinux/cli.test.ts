/** `audit [--json] [--plat P] <wheel>...`: output order, JSON, exit codes. */
import { analyzeWheel, auditCommand, type WheelAudit } from '../../src/manylinux/index.js'
import { bundledWheel, sharedTest } from './shared-data.js'

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

sharedTest('unreadable wheels: exit 1 with the reason', async () => {
  const { code, out } = await run(['/nonexistent/foo-1.0-cp3-cp3-linux_x86_64.whl'])
  expect(code).toBe(1)
  expect(out).toMatch(/^none\n.*cannot read/)
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
