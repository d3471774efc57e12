/**
 * The virtual packages offered to the solver (src/conda/env/virtual.ts): the machine's facts for its own
 * subdir, nothing for another platform's, and conda's CONDA_OVERRIDE_<NAME> variables over them.
 */
import { leadingVersion, virtualPackages, virtualRepodata, type MachineFacts } from '../../src/conda/env/virtual.js'

const LINUX: MachineFacts = { platform: 'linux', release: '6.1.0-18-amd64', glibc: '2.36', arch: 'x64', subdir: 'linux-64' }
const MUSL: MachineFacts = { platform: 'linux', release: '5.15.0', arch: 'arm64', subdir: 'linux-aarch64' }
const MAC: MachineFacts = { platform: 'darwin', release: '23.1.0', arch: 'arm64', subdir: 'osx-arm64' }
const WINDOWS: MachineFacts = { platform: 'win32', release: '10.0.19045', arch: 'x64', subdir: 'win-64' }

const names = (l: Array<readonly [string, string, string]>): string[] => l.map(([n, v, b]) => `${n} ${v} ${b}`)

test.each([
  ['linux-64 on a glibc Linux', 'linux-64', LINUX, {}, ['__unix 0 0', '__linux 6.1.0 0', '__glibc 2.36 0', '__archspec 1 x86_64']],
  ['another platform: nothing', 'osx-64', LINUX, {}, []],
  ['another architecture of this platform: no __archspec', 'linux-aarch64', LINUX, {}, ['__unix 0 0', '__linux 6.1.0 0', '__glibc 2.36 0']],
  ['noarch: nothing', 'noarch', LINUX, {}, []],
  [
    'glibc set older for a build meant for older machines',
    'linux-64',
    LINUX,
    { CONDA_OVERRIDE_GLIBC: '2.17' },
    ['__unix 0 0', '__linux 6.1.0 0', '__glibc 2.17 0', '__archspec 1 x86_64']
  ],
  ['an empty override takes the package away', 'linux-64', LINUX, { CONDA_OVERRIDE_GLIBC: '' }, ['__unix 0 0', '__linux 6.1.0 0', '__archspec 1 x86_64']],
  [
    'CUDA only through its override',
    'linux-64',
    LINUX,
    { CONDA_OVERRIDE_CUDA: '12.2' },
    ['__unix 0 0', '__linux 6.1.0 0', '__glibc 2.36 0', '__archspec 1 x86_64', '__cuda 12.2 0']
  ],
  ['a Linux without glibc (musl): no __glibc', 'linux-aarch64', MUSL, {}, ['__unix 0 0', '__linux 5.15.0 0', '__archspec 1 aarch64']],
  ['macOS: __osx only through its override (the Darwin release is not the macOS version)', 'osx-arm64', MAC, {}, ['__unix 0 0', '__archspec 1 aarch64']],
  ['macOS with CONDA_OVERRIDE_OSX', 'osx-arm64', MAC, { CONDA_OVERRIDE_OSX: '14.1' }, ['__unix 0 0', '__osx 14.1 0', '__archspec 1 aarch64']],
  ['Windows', 'win-64', WINDOWS, {}, ['__win 10.0.19045 0', '__archspec 1 x86_64']]
] as const)('%s', (_what, subdir, facts, env, want) => {
  expect(names(virtualPackages(subdir, facts, env))).toEqual(want)
})

test.each([
  ['6.1.0-18-amd64', '6.1.0'],
  ['2.36', '2.36'],
  ['5.15.153.1-microsoft-standard-WSL2', '5.15.153.1'],
  ['unknown', undefined],
  [undefined, undefined]
])('the leading version of %j is %j', (text, want) => {
  expect(leadingVersion(text)).toBe(want)
})

test('as a channel: the subdir with the packages and an empty noarch (the solver asks every channel for both)', () => {
  const [own, noarch] = virtualRepodata('linux-64', LINUX, {})
  expect(Object.keys(own.data['packages.conda'] ?? {})).toEqual([
    '__unix-0-0.conda',
    '__linux-6.1.0-0.conda',
    '__glibc-2.36-0.conda',
    '__archspec-1-x86_64.conda'
  ])
  expect(noarch.subdir).toBe('noarch')
  expect(noarch.data['packages.conda']).toEqual({})
  expect(virtualRepodata('osx-64', LINUX, {})).toEqual([])
})
