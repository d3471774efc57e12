/**
 * test/downstreams built end to end, as conda-build's test_api_build.py::test_downstream_tests does: the corpus's
 * _test_downstreams/downstream built without its tests into a channel, then _test_downstreams/upstream built with
 * its tests over that channel: the downstream package's own test (exit 1) fails the build, and the error names the
 * downstream package and its failing test. Then a downstream written here, whose test passes only against the new
 * upstream package (its data file says 2.0; the channel's older upstream says 1.0): the build passes and reports the
 * downstream's test; and a downstream no channel has: warned about and skipped, as conda-build skips it.
 * Recipes without requirements: nothing but bash and the files written here.
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { buildRecipe, BuildFailure, type BuildOptions, type BuildResult } from '../../../src/conda/builder/build.js'
import { condaNotes } from '../../../src/conda/builder/report.js'
import { requireSharedData, sharedData } from '../../support/requirements.js'
import { recipe, tmp } from '../helpers.js'
import { localBuild } from './options.js'

const DOWNSTREAMS = path.join(sharedData, 'conda-build', 'tests', 'test-recipes', 'metadata', '_test_downstreams')

/** A build into `dir`/out over `channels`, sharing `cacheDir`; the warnings collected. */
function options(dir: string, cacheDir: string, over: Partial<BuildOptions> & Pick<BuildOptions, 'recipe'>, warnings: string[] = []): BuildOptions {
  return localBuild(dir, { cacheDir, log: () => {}, warn: w => warnings.push(w), ...over })
}

const stems = (r: BuildResult): string[] => r.packages.map(p => `${p.subdir}/${p.name}-${p.version}-${p.build}`)

/** The BuildFailure a build ends with (a build that passes fails the test). */
async function failureOf(p: Promise<BuildResult>): Promise<BuildFailure> {
  const e: unknown = await p.then(
    r => new Error(`built ${stems(r).join(' ')}, but should have failed`),
    (x: unknown) => x
  )
  if (!(e instanceof BuildFailure)) throw e
  return e
}

/** A recipe of package `up` at `version` whose data file holds the version; `downstreams` under test/ when given. */
function upstreamRecipe(version: string, downstreams?: readonly string[]): string {
  const test = downstreams ? `test:\n  downstreams:\n${downstreams.map(d => `    - ${d}\n`).join('')}` : ''
  return recipe({
    'meta.yaml': `package:\n  name: up\n  version: "${version}"\nbuild:\n  number: 0\n${test}`,
    'build.sh': 'mkdir -p "$PREFIX/share/up"\necho "$PKG_VERSION" > "$PREFIX/share/up/version"\n'
  })
}

requireSharedData().describe('test/downstreams: the downstream packages tested against the new package', () => {
  test('the corpus upstream fails on its downstream package, whose own test fails (CondaBuildUserError in conda-build)', async () => {
    const cacheDir = tmp('conda-ds-cache-')
    const first = tmp('conda-ds-a-')
    const down = await buildRecipe(options(first, cacheDir, { recipe: path.join(DOWNSTREAMS, 'downstream'), test: false }))
    expect(stems(down)).toEqual(['linux-64/test_downstream_with_test_fail-1.0-0'])
    expect(down.packages[0].tested).toEqual([])

    const second = tmp('conda-ds-b-')
    const o = options(second, cacheDir, { recipe: path.join(DOWNSTREAMS, 'upstream'), test: true, channels: [path.join(first, 'out')] })
    const e = await failureOf(buildRecipe(o))
    expect(e.message).toMatch(
      /the downstream test of test_upstream_with_downstream_tests-1\.0-0 \(test\/downstreams: test_downstream_with_test_fail\) failed: the test run_test\.sh of test_downstream_with_test_fail-1\.0-0 failed with exit code 1/
    )
    expect(e.failed).toMatchObject({ stem: 'test_upstream_with_downstream_tests-1.0-0', downstream: 'test_downstream_with_test_fail-1.0-0' })
    // its own tests passed (it has none): it stays in the output channel, as conda-build leaves it; nothing is moved to broken/
    expect(fs.existsSync(path.join(second, 'out', 'linux-64', 'test_upstream_with_downstream_tests-1.0-0.conda'))).toBe(true)
    expect(fs.existsSync(path.join(second, 'out', 'broken'))).toBe(false)
    const note = condaNotes([], e.failed).map(n => (typeof n === 'string' ? n : n.text))
    expect(note.join('\n')).toMatch(/the test of its downstream package test_downstream_with_test_fail-1\.0-0 failed/)
  }, 300_000)

  test('a downstream whose test passes against the new package: built, and the downstream test reported', async () => {
    const cacheDir = tmp('conda-ds-cache-')
    const channel = tmp('conda-ds-ch-')
    const out = path.join(channel, 'out')
    // up 1.0, then `down` (run: up) built without its tests: its test asks for up 2.0's data, so it passes only against the new up
    await buildRecipe(options(channel, cacheDir, { recipe: upstreamRecipe('1.0'), test: false }))
    const downRecipe = recipe({
      'meta.yaml': [
        'package:\n  name: down\n  version: "1.0"',
        'requirements:\n  run:\n    - up',
        'test:\n  commands:\n    - grep -qx 2.0 "$PREFIX/share/up/version"\n    - test "$PKG_NAME" = down'
      ].join('\n')
    })
    const down = await buildRecipe(options(channel, cacheDir, { recipe: downRecipe, test: false }))
    expect(stems(down)).toEqual(['linux-64/down-1.0-0'])

    const dir = tmp('conda-ds-up-')
    const warnings: string[] = []
    const r = await buildRecipe(options(dir, cacheDir, { recipe: upstreamRecipe('2.0', ['down']), test: true, channels: [out] }, warnings))
    expect(stems(r)).toEqual(['linux-64/up-2.0-0'])
    expect(r.packages[0].tested).toEqual(['downstream down-1.0-0: run_test.sh'])
    expect(warnings.join('\n')).not.toMatch(/skipping the downstream test/)
    expect(condaNotes(r.packages)).toEqual(['up-2.0-0.conda: tests passed (downstream down-1.0-0: run_test.sh)'])

    // the same downstream against an up 3.0: its test fails (the data file says 3.0), so the new package was the one tested
    const third = tmp('conda-ds-up3-')
    const e = await failureOf(buildRecipe(options(third, cacheDir, { recipe: upstreamRecipe('3.0', ['down']), test: true, channels: [out] })))
    expect(e.message).toMatch(
      /the downstream test of up-3\.0-0 \(test\/downstreams: down\) failed: the test run_test\.sh of down-1\.0-0 failed with exit code 1/
    )

    // an output's own test/downstreams: tested after that output (conda-build reads each output's test section)
    const split = recipe({
      'meta.yaml':
        'package:\n  name: up-split\n  version: "2.0"\noutputs:\n  - name: up\n    script: install-up.sh\n    test:\n      downstreams:\n        - down\n',
      'install-up.sh': 'mkdir -p "$PREFIX/share/up"\necho "$PKG_VERSION" > "$PREFIX/share/up/version"\n'
    })
    const outputs = await buildRecipe(options(tmp('conda-ds-split-'), cacheDir, { recipe: split, test: true, channels: [out] }))
    expect(outputs.packages.map(p => [`${p.name}-${p.version}-${p.build}`, p.tested])).toEqual([['up-2.0-0', ['downstream down-1.0-0: run_test.sh']]])
  }, 300_000)

  test('a downstream no channel has is warned about and skipped, and the package builds (as conda-build)', async () => {
    const cacheDir = tmp('conda-ds-cache-')
    const dir = tmp('conda-ds-none-')
    const warnings: string[] = []
    const r = await buildRecipe(options(dir, cacheDir, { recipe: upstreamRecipe('1.0', ['no_such_downstream >=1']), test: true }, warnings))
    expect(stems(r)).toEqual(['linux-64/up-1.0-0'])
    expect(r.packages[0].tested).toEqual([])
    expect(warnings.join('\n')).toMatch(
      /skipping the downstream test of no_such_downstream >=1 for up-1\.0-0: it cannot be solved with the new package .*no channel has a package named no_such_downstream/s
    )
  }, 300_000)
})
