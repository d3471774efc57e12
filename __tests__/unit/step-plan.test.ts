// The plan is a value (issue 7): facts in, every argv in the runtime's paths, the key, the repair and
// every problem out. Table tests of the pure planner, with facts as a host and as a container give them.
import { InputProblems } from '../../src/lib/inputs.js'
import type { MontageInputs } from '../../src/montage/inputs.js'
import type { Facts } from '../../src/phases/facts.js'
import { hideUrlPasswords, planJson, planStep } from '../../src/phases/plan.js'
import type { Interpreter } from '../../src/python/identifiers.js'
import { HOST_MOUNTS, type Mount } from '../../src/runtime/paths.js'
import type { WheelInputs } from '../../src/wheel/inputs.js'

const py = (minor: string, path: string, source: Interpreter['source'] = 'manylinux'): Interpreter => ({
  path,
  version: `${minor}.1`,
  minor,
  identifier: `cp${minor.replace('.', '')}-cp${minor.replace('.', '')}`,
  source
})

const CONTAINER_MOUNTS: readonly Mount[] = [
  { host: '/home/runner/work/p', container: '/home/runner/work/p' },
  { host: '/home/runner/_temp/bw', container: '/tmp/bw' }
]

function facts(
  over: { mounts?: readonly Mount[]; env?: Record<string, string>; arch?: string; auditwheel?: boolean; interpreters?: Interpreter[] } = {}
): Facts {
  return {
    runtime: {
      kind: 'docker',
      description: 'docker container c1 (image stand-in)',
      identity: 'image-sha256:abc',
      mounts: over.mounts ?? CONTAINER_MOUNTS,
      env: over.env ?? { PATH: '/usr/local/bin:/usr/bin', AUDITWHEEL_PLAT: 'manylinux2014_x86_64' },
      arch: over.arch ?? 'x86_64'
    },
    tree: {
      root: '/home/runner/work/p',
      exclude: ['wheelhouse'],
      tree: {
        git: true,
        sources: new Map([['Makefile', 'G 100644 1']]),
        leftovers: [],
        tracked: new Set(['Makefile']),
        differing: new Map(),
        state: undefined
      },
      toolchain: 'gcc 10 | make 4.2',
      epoch: { value: '1700000000', source: 'git' }
    },
    wheel: {
      interpreters: over.interpreters ?? [py('3.11', '/opt/python/cp311-cp311/bin/python'), py('3.12', '/opt/python/cp312-cp312/bin/python')],
      auditwheel: over.auditwheel ?? true,
      prefixMapOption: '-ffile-prefix-map',
      epoch: { value: '1700000000', source: 'git' }
    }
  }
}

const wheelInputs = (over: Partial<WheelInputs> = {}): WheelInputs => ({
  path: '/home/runner/work/p',
  'package-dir': '/home/runner/work/p/python/pkg',
  'python-versions': [{ kind: 'all', text: 'all' }],
  'before-build': '',
  'test-command': 'python -m pytest {package}/tests',
  'test-requires': [],
  'pip-args': [],
  'test-pip-args': [],
  repair: 'auto',
  'build-isolation': 'auto',
  'test-timeout': 60,
  plat: '',
  'output-dir': '/home/runner/work/p/wheelhouse',
  'upload-artifact': '',
  'service-timeout': 300,
  'plan-only': false,
  ...over
})

const montageInputs = (over: Partial<MontageInputs> = {}): MontageInputs => ({
  path: '/home/runner/work/p',
  'make-args': [],
  jobs: 2,
  cache: true,
  'cache-dir': '',
  'cache-paths': [],
  'service-timeout': 300,
  executables: [],
  'executables-name': 'p',
  'executables-dir': '/home/runner/work/p/executables',
  'executables-artifact': '',
  ...over
})

function plan(w: Partial<WheelInputs> = {}, f: Facts = facts()) {
  const problems = new InputProblems()
  const p = planStep({ montage: montageInputs(), wheel: wheelInputs(w) }, f, '/home/runner/_temp/bw/w1', problems)
  return { p, problems: problems.list }
}

describe('planStep: paths', () => {
  test("every argv is in the runtime's paths; host paths stay for the host's file system", () => {
    const { p, problems } = plan()
    expect(problems).toEqual([])
    const w = p.wheels!
    const first = w.pythons[0]
    expect(first.build).toEqual([
      '/opt/python/cp311-cp311/bin/python',
      '-m',
      'pip',
      'wheel',
      '--no-deps',
      '--disable-pip-version-check',
      '--wheel-dir',
      '/tmp/bw/w1/cp311-cp311/raw',
      '/home/runner/work/p/python/pkg'
    ])
    expect(first.rawDir.host).toBe('/home/runner/_temp/bw/w1/cp311-cp311/raw')
    expect(first.test.lean.makeVenv).toEqual(['/opt/python/cp311-cp311/bin/python', '-m', 'venv', '--without-pip', '/tmp/bw/w1/cp311-cp311/venv'])
    expect(first.test.env.PATH).toBe('/tmp/bw/w1/cp311-cp311/venv/bin:/usr/local/bin:/usr/bin')
    expect(first.test.values.venv).toBe('/tmp/bw/w1/cp311-cp311/venv')
    expect(w.buildEnv).toEqual({ SOURCE_DATE_EPOCH: '1700000000', CFLAGS: '-ffile-prefix-map=/home/runner/work/p=.' })
    expect(p.cTree?.make).toEqual({ cwd: '/home/runner/work/p', argv: ['make', '-j2'] })
  })
  test('a project outside every mount is a clear error', () => {
    expect(() => plan({ 'package-dir': '/elsewhere/pkg' })).toThrow(/not visible in .*outside every folder mounted into it/)
  })
  test('the same inputs on the host: paths unchanged', () => {
    const { p } = plan({}, facts({ mounts: HOST_MOUNTS }))
    expect(p.wheels!.pythons[0].rawDir.runtime).toBe('/home/runner/_temp/bw/w1/cp311-cp311/raw')
  })
})

describe('planStep: Pythons', () => {
  test.each([
    ['all', [{ kind: 'all', text: 'all' }], ['cp311-cp311', 'cp312-cp312'], []],
    ['one', [{ kind: 'minor', minor: '3.12', text: '3.12' }], ['cp312-cp312'], []],
    ['missing', [{ kind: 'minor', minor: '3.9', text: '3.9' }], [], [/^input 'python-versions': '3.9' has no interpreter here; found: 3.11 .*3.12/]]
  ] as const)('%s', (_, selectors, ids, expected) => {
    const { p, problems } = plan({ 'python-versions': selectors as unknown as WheelInputs['python-versions'] })
    expect(p.wheels!.pythons.map(x => x.python.identifier)).toEqual(ids)
    expect(p.wheels!.matrix.include.map(x => x.identifier)).toEqual(ids)
    expect(problems).toHaveLength(expected.length)
    expected.forEach((re, i) => expect(problems[i]).toMatch(re))
  })
  test('no interpreter at all says so once', () => {
    const { problems } = plan({}, facts({ interpreters: [] }))
    expect(problems).toEqual([expect.stringMatching(/^input 'python-versions': 'all' has no interpreter here; found: none/)])
  })
})

describe('planStep: the repair', () => {
  test.each([
    [
      "auto with auditwheel: auditwheel, to the image's AUDITWHEEL_PLAT",
      {},
      {},
      { tool: 'auditwheel', plat: 'manylinux2014_x86_64', platFrom: 'AUDITWHEEL_PLAT' },
      0
    ],
    ['auto without: builtin', {}, { auditwheel: false }, { tool: 'builtin', plat: 'manylinux2014_x86_64', platFrom: 'AUDITWHEEL_PLAT' }, 0],
    ['plat given wins', { plat: 'manylinux_2_28_x86_64' }, {}, { tool: 'auditwheel', plat: 'manylinux_2_28_x86_64', platFrom: 'input' }, 0],
    ['no AUDITWHEEL_PLAT: the best the binaries allow', {}, { env: { PATH: '/bin' } }, { tool: 'auditwheel', plat: '', platFrom: 'auto' }, 0],
    ['auditwheel asked, missing: a problem', { repair: 'auditwheel' }, { auditwheel: false }, { tool: 'builtin' }, 1],
    ['another architecture: a problem', { plat: 'manylinux2014_aarch64' }, {}, { plat: 'manylinux2014_aarch64' }, 1],
    ['a bad AUDITWHEEL_PLAT: a problem', {}, { env: { AUDITWHEEL_PLAT: 'manylinux_9_9' } }, { platFrom: 'AUDITWHEEL_PLAT' }, 1]
  ] as const)('%s', (_, w, f, expected, nProblems) => {
    const { p, problems } = plan(w, facts(f))
    expect(p.wheels!.repair).toMatchObject(expected)
    expect(problems).toHaveLength(nProblems)
    if (nProblems) expect(problems[0]).toMatch(/^input '(repair|plat)': .*accepted|set plat/)
  })
})

describe('planStep: the C-tree key', () => {
  test('the key covers the image: another identity, another key; the same facts, the same key', () => {
    const a = plan().p.cTree!.key
    expect(plan().p.cTree!.key).toBe(a)
    const other = facts()
    const b = planStep({ montage: montageInputs() }, { ...other, runtime: { ...other.runtime, identity: 'image-sha256:def' } }, undefined, new InputProblems())
      .cTree!.key
    expect(b).not.toBe(a)
  })
  test('executables: packed with the commit time, uploaded when asked; none by default', () => {
    const p = planStep({ montage: montageInputs({ executables: ['bin/*'], 'executables-artifact': 'tools' }) }, facts(), undefined, new InputProblems())
    expect(p.cTree?.executables).toEqual({
      patterns: ['bin/*'],
      name: 'p',
      outDir: '/home/runner/work/p/executables',
      mtime: 1700000000,
      upload: { name: 'tools', serviceTimeout: 300 }
    })
    expect(plan().p.cTree?.executables).toBeUndefined()
  })
  test('caching off: no cache in the plan', () => {
    const p = planStep({ montage: montageInputs({ cache: false }) }, facts(), undefined, new InputProblems())
    expect(p.cTree?.cache).toBeUndefined()
    expect(p.wheels).toBeUndefined()
  })
})

describe('plan-only JSON', () => {
  test('parses back, and hides the passwords of URLs', () => {
    const { p } = plan({ 'pip-args': ['--index-url', 'https://bob:s3cret@idx.example/simple'] })
    const text = planJson(p)
    expect(text).not.toContain('s3cret')
    expect(text).toContain('https://bob:***@idx.example/simple')
    const back = JSON.parse(text) as { wheels: { pythons: unknown[] }; cTree: { key: string } }
    expect(back.wheels.pythons).toHaveLength(2)
    expect(back.cTree.key).toBe(p.cTree!.key)
  })
  test.each([
    ['https://u:p@h/x', 'https://u:***@h/x'],
    ['http://u@h', 'http://u@h'],
    ['no url', 'no url']
  ])('hideUrlPasswords %s', (a, b) => expect(hideUrlPasswords(a)).toBe(b))
})
