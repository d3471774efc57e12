/**
 * The solver (rattler's, through src/conda/env/solve.ts) with the machine's virtual packages: a package that
 * depends on `__glibc >=2.17` (as conda-forge's compiled packages do, through its sysroot's run_exports) is
 * solved on a glibc Linux, the virtual package is not in the answer (nothing to install), and with
 * CONDA_OVERRIDE_GLIBC set older the request fails naming __glibc, what is offered and how to change it.
 */
import type { Channel } from '../../src/conda/env/channel.js'
import type { LoadedRepodata, RepodataRecord } from '../../src/conda/env/repodata.js'
import { solve, SolveError } from '../../src/conda/env/solve.js'
import { withEnv } from '../support/in-process.js'
import { need } from '../support/requirements.js'

const glibc = (process.report.getReport() as { header?: { glibcVersionRuntime?: string } }).header?.glibcVersionRuntime
const onGlibcLinux = need(process.platform === 'linux' && process.arch === 'x64' && !!glibc, 'needs an x86-64 Linux with glibc (the linux-64 virtual packages)')

const CHANNEL: Channel = { kind: 'local', base: '/test-ch/', display: '/test-ch', headers: {}, secrets: [] }

function repodata(subdir: string, records: Record<string, RepodataRecord>): LoadedRepodata {
  const data = { info: { subdir }, packages: {}, 'packages.conda': records }
  return { channel: CHANNEL, subdir, text: JSON.stringify(data), data, source: 'local', variant: 'repodata.json' }
}

const channel = [
  repodata('linux-64', {
    'compiled-1.0-h0_0.conda': {
      name: 'compiled',
      version: '1.0',
      build: 'h0_0',
      build_number: 0,
      depends: ['__glibc >=2.17,<3.0.a0', 'plain'],
      subdir: 'linux-64'
    },
    'archy-1.0-h0_0.conda': {
      name: 'archy',
      version: '1.0',
      build: 'h0_0',
      build_number: 0,
      depends: ['__archspec 1 x86_64', '__unix', '__linux'],
      subdir: 'linux-64'
    }
  }),
  repodata('noarch', { 'plain-1.0-0.conda': { name: 'plain', version: '1.0', build: '0', build_number: 0, depends: [], subdir: 'noarch', noarch: 'generic' } })
]

onGlibcLinux.describe('virtual packages in the solve', () => {
  test('a package that needs __glibc, __unix, __linux and __archspec is solved; none of them is in the answer', async () => {
    const got = await withEnv({ CONDA_OVERRIDE_GLIBC: undefined }, () => solve(['compiled', 'archy'], channel, 'linux-64'))
    expect(got.map(s => `${s.record.name}-${s.record.version}-${s.record.build}`).sort()).toEqual(['archy-1.0-h0_0', 'compiled-1.0-h0_0', 'plain-1.0-0'])
  })

  test('with CONDA_OVERRIDE_GLIBC older than asked, the error names __glibc, what is offered and the variable', async () => {
    const err = await withEnv({ CONDA_OVERRIDE_GLIBC: '2.12' }, () => solve(['compiled'], channel, 'linux-64')).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(SolveError)
    expect((err as Error).message).toMatch(
      /^cannot satisfy compiled: no version of __glibc matches what is asked \(channels searched: \/test-ch\/linux-64, \/test-ch\/noarch, virtual-packages\/linux-64\); __glibc is a virtual package, offered here as __glibc 2\.12 \(this machine's, or CONDA_OVERRIDE_<NAME>'s, e\.g\. CONDA_OVERRIDE_GLIBC=2\.28\)\. The solver says:/
    )
  })

  test('for another architecture no __archspec is offered: a package that needs x86_64 cannot be had for linux-aarch64', async () => {
    const archy = channel[0].data['packages.conda']?.['archy-1.0-h0_0.conda'] as RepodataRecord
    const aarch = [repodata('linux-aarch64', { 'archy-1.0-h0_0.conda': { ...archy, subdir: 'linux-aarch64' } }), channel[1]]
    await expect(solve(['archy'], aarch, 'linux-aarch64')).rejects.toThrow(
      /no channel has a package named __archspec .*__archspec is a virtual package, not offered for this subdir/
    )
  })
})
