import { composeKey } from '../../src/cache/key.js'
import type { TreeFacts } from '../../src/cache/tree.js'
import { cTreeKey, planCTree, planMake, type CTreeFacts } from '../../src/montage/plan.js'
import type { MontageInputs } from '../../src/montage/inputs.js'
import { HOST_MOUNTS } from '../../src/runtime/paths.js'
import type { WheelInputs } from '../../src/wheel/inputs.js'
import { fillPlaceholders, matrixFor, planPython, reproducibleEnv, userCommandArgv, userCommandEnv, wheelTags } from '../../src/wheel/plan.js'

const inputs = (over: Partial<MontageInputs> = {}): MontageInputs => ({
  path: '/src/Montage',
  'make-args': [],
  jobs: 1,
  cache: true,
  'cache-dir': '',
  'cache-paths': [],
  'service-timeout': 300,
  executables: [],
  'executables-name': 'montage',
  'executables-dir': '/src/Montage/executables',
  'executables-artifact': '',
  ...over
})
const facts = { sources: 'aaa', toolchain: 'gcc 12 | make 4.3', runtime: 'host-linux-x64', env: {} }

describe('planMake', () => {
  test.each([
    [inputs(), ['make', '-j1']],
    [inputs({ jobs: 2 }), ['make', '-j2']],
    [inputs({ 'make-args': ['CFLAGS=-O2 -g', 'all'] }), ['make', '-j1', 'CFLAGS=-O2 -g', 'all']]
  ])('%#', (i, argv) => expect(planMake(i, HOST_MOUNTS).argv).toEqual(argv))
})

describe('the C tree key depends on content, not on time or parallelism', () => {
  const base = cTreeKey(planMake(inputs(), HOST_MOUNTS), facts, [])
  test('stable and prefixed', () => {
    expect(base).toBe(cTreeKey(planMake(inputs(), HOST_MOUNTS), { ...facts }, []))
    expect(base).toMatch(/^build-wheel-c-tree-v2-[0-9a-f]{64}$/)
  })
  test.each([
    ['sources', cTreeKey(planMake(inputs(), HOST_MOUNTS), { ...facts, sources: 'bbb' }, [])],
    ['toolchain', cTreeKey(planMake(inputs(), HOST_MOUNTS), { ...facts, toolchain: 'gcc 14 | make 4.3' }, [])],
    ['runtime', cTreeKey(planMake(inputs(), HOST_MOUNTS), { ...facts, runtime: 'image@sha256:1' }, [])],
    ['make args', cTreeKey(planMake(inputs({ 'make-args': ['V=1'] }), HOST_MOUNTS), facts, [])],
    ['CFLAGS', cTreeKey(planMake(inputs(), HOST_MOUNTS), { ...facts, env: { CFLAGS: '-O3' } }, [])]
  ])('changes with %s', (_, other) => expect(other).not.toBe(base))
  test('does not change with jobs or with the path of the tree', () => {
    expect(cTreeKey(planMake(inputs({ jobs: 4 }), HOST_MOUNTS), facts, [])).toBe(base)
    expect(cTreeKey(planMake(inputs({ path: '/elsewhere' }), HOST_MOUNTS), facts, [])).toBe(base)
  })
  test('composeKey ignores part order', () => {
    expect(composeKey('p', { a: '1', b: '2' })).toBe(composeKey('p', { b: '2', a: '1' }))
  })
})

describe('wheel plan helpers', () => {
  test('placeholders are filled with quoted paths; other braces stay', () => {
    expect(fillPlaceholders('python {package}/t.py {x} {wheel}', { package: '/a b/p', wheel: '/w.whl' })).toBe("python '/a b/p'/t.py {x} /w.whl")
  })
  test.each([
    ['MiniPy-1.0.0-cp311-cp311-linux_x86_64.whl', { python: 'cp311', abi: 'cp311', platform: 'linux_x86_64' }],
    ['a-1-2-py3-none-any.whl', { python: 'py3', abi: 'none', platform: 'any' }],
    ['x-1.0-cp39-cp39-manylinux_2_17_x86_64.manylinux2014_x86_64.whl', { python: 'cp39', abi: 'cp39', platform: 'manylinux_2_17_x86_64.manylinux2014_x86_64' }],
    ['notawheel.zip', null]
  ])('wheelTags %s', (f, t) => expect(wheelTags(f)).toEqual(t))
  test('the build gets pip-args, the test venv test-pip-args; neither gets the other', () => {
    const w = {
      path: '/p q',
      'package-dir': '/p q/pkg',
      'pip-args': ['--retries', '0', '--config-settings=--build-option=x'],
      'test-pip-args': ['--index-url', 'https://u:t@idx/simple'],
      'test-requires': ['pytest'],
      'test-timeout': 0.5
    } as unknown as WheelInputs
    const py = { path: '/py/bin/python3.11', version: '3.11.7', minor: '3.11', identifier: 'cp311-cp311', source: 'pyenv' } as const
    const p = planPython(w, py, { workDir: '/tmp/my runner/_temp/w', mounts: HOST_MOUNTS, runtimePath: '/usr/bin' })
    expect(p.build).toEqual([
      '/py/bin/python3.11',
      '-m',
      'pip',
      'wheel',
      '--no-deps',
      '--disable-pip-version-check',
      '--wheel-dir',
      '/tmp/my runner/_temp/w/cp311-cp311/raw',
      '--retries',
      '0',
      '--config-settings=--build-option=x',
      '/p q/pkg'
    ])
    expect(p.buildWithoutIsolation).toEqual([...p.build.slice(0, 5), '--no-build-isolation', ...p.build.slice(5)])
    const venvPy = '/tmp/my runner/_temp/w/cp311-cp311/venv/bin/python'
    const install = ['install', '--disable-pip-version-check', '--index-url', 'https://u:t@idx/simple']
    expect(p.test.lean.install).toEqual(['/py/bin/python3.11', '-m', 'pip', '--python', venvPy, ...install])
    expect(p.test.bootstrapped.install).toEqual([venvPy, '-m', 'pip', ...install])
    expect(p.test.requires).toEqual(['pytest'])
    expect(p.test.offline).toEqual([]) // test-requires to resolve: never --no-index
    expect(p.test.timeoutSeconds).toBe(30)
  })
  test('user commands: bash without startup files, BASH_ENV and ENV emptied, the given bin first on PATH', () => {
    expect(userCommandArgv('python t.py')).toEqual(['bash', '--noprofile', '--norc', '-c', 'python t.py'])
    expect(userCommandEnv('/v env/bin', '/usr/bin:/bin', { VIRTUAL_ENV: '/v env' })).toEqual({
      VIRTUAL_ENV: '/v env',
      PATH: '/v env/bin:/usr/bin:/bin',
      BASH_ENV: '',
      ENV: ''
    })
    expect(userCommandEnv('/b', '').PATH).toBe('/b')
  })
  test.each([
    [
      { epoch: '1700000000', projectDir: '/src/p', prefixMapOption: '-ffile-prefix-map' },
      { SOURCE_DATE_EPOCH: '1700000000', CFLAGS: '-ffile-prefix-map=/src/p=.' }
    ],
    [
      { epoch: '1', projectDir: '/my src/p', prefixMapOption: '-fdebug-prefix-map', cflags: ' -O1 ' },
      { SOURCE_DATE_EPOCH: '1', CFLAGS: "-O1 '-fdebug-prefix-map=/my src/p=.'" }
    ]
  ] as const)('reproducibleEnv %#', (facts, env) => expect(reproducibleEnv(facts)).toEqual(env))
  test('matrix', () => {
    expect(matrixFor([{ path: 'p', version: '3.11.7', minor: '3.11', identifier: 'cp311-cp311', source: 'pyenv' }])).toEqual({
      include: [{ 'python-version': '3.11', identifier: 'cp311-cp311' }]
    })
  })
})

describe('planCTree: tracked files that differ from the commit', () => {
  const tree = (sources: Array<[string, string]>, differing: Array<[string, string, string]>): TreeFacts => ({
    git: true,
    sources: new Map(sources),
    leftovers: [],
    tracked: new Set(sources.map(([p]) => p)),
    differing: new Map(differing.map(([p, committed, sha256]) => [p, { committed, sha256 }])),
    state: undefined
  })
  const cFacts = (t: TreeFacts): CTreeFacts => ({ tree: t, exclude: [], toolchain: 'gcc | make', identity: 'host', env: {}, mounts: HOST_MOUNTS, epoch: '1' })
  const pristine = planCTree(
    inputs(),
    cFacts(
      tree(
        [
          ['Makefile', 'G 100644 m'],
          ['config.h', 'G 100644 c']
        ],
        []
      )
    )
  )
  test('a pristine tree has no committed alternative', () => expect(pristine.committed).toBeUndefined())
  test('a differing file: the tree keys it as it is, the alternative as committed (the pristine key), with its sha256 to match', () => {
    const p = planCTree(
      inputs(),
      cFacts(
        tree(
          [
            ['Makefile', 'G 100644 m'],
            ['config.h', 'F - 1234']
          ],
          [['config.h', 'G 100644 c', '1234']]
        )
      )
    )
    expect(p.key).not.toBe(pristine.key)
    expect(p.committed).toEqual({ key: pristine.key, build: pristine.build, rewritten: { 'config.h': '1234' } })
  })
})
