/**
 * What the plan makes of the solved environments (pure: the solver's answers are given as data): pin_compatible
 * evaluated against the solved prefix conda-build reads it from (test_subpackages.py::
 * test_merge_build_host_applies_in_outputs), outputs whose environments ask for another output of the recipe
 * solved with that output's planned record (planned-records.ts), and the check the builder makes before a built
 * package stands where its planned record was (holds, solve that environment again, or refuse).
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { parseChannel } from '../../src/conda/env/channel.js'
import type { SolvedRecord } from '../../src/conda/env/solve.js'
import { environmentSpecs, planBuild, plannedPackages, type CondaPlan, type PlanInput } from '../../src/conda/plan/build-plan.js'
import type { CondaFacts } from '../../src/conda/plan/facts.js'
import { compatibleMarker, resolveCompatible, stripCompatible } from '../../src/conda/plan/pin-marker.js'
import { checkBuilt, isPlanned, nextRound, plannedRecord, type BuiltVerdict } from '../../src/conda/plan/planned-records.js'
import { specMatcher } from '../../src/conda/env/spec-match.js'
import { withKnownRunExports } from '../../src/conda/plan/known-run-exports.js'
import { planRecipeOutputs } from '../../src/conda/plan/recipe-outputs.js'
import { specsKey, type Solutions } from '../../src/conda/plan/solve-envs.js'
import { PinError } from '../../src/conda/finalize/pins.js'
import type { RepodataRecord } from '../../src/conda/env/repodata.js'
import { renderRecipe } from '../../src/conda/recipe/render.js'
import { typedRecipe } from '../../src/conda/recipe/sections.js'
import { requireSharedData, sharedData } from '../support/requirements.js'
import { recipe, tmp } from './helpers.js'

const SPLIT = path.join(sharedData, 'conda-build', 'tests', 'test-recipes', 'split-packages')
const FACTS: CondaFacts = {
  hostSubdir: 'linux-64',
  cpuCount: 2,
  env: { PATH: '/usr/bin' },
  sysPython: '/opt/node/bin/node',
  sysPrefix: '/opt/node',
  epoch: { value: '1700000000', source: 'environment' },
  runtime: { kind: 'host', description: 'host' }
}
const SETTINGS = { outputDir: '/out', croot: '/cr', channels: ['/ch'], format: 'conda' as const, test: true }
const channel = parseChannel('/ch')

function solved(name: string, version: string, build = 'h0_0', depends: string[] = []): SolvedRecord {
  const fn = `${name}-${version}-${build}.conda`
  return {
    record: { name, version, build, build_number: 0, depends, fn, subdir: 'linux-64' },
    channel,
    subdir: 'linux-64',
    source: fn,
    url: fn,
    requestedSpec: name
  }
}

function planned(dir: string, solutions?: Solutions, over: Partial<PlanInput> = {}): CondaPlan {
  const rendered = renderRecipe({ recipe: dir, targetPlatform: 'linux-64' })
  return planBuild({
    rendered,
    warnings: [],
    facts: FACTS,
    settings: SETTINGS,
    outputs: planRecipeOutputs(rendered, 'linux-64'),
    ...(solutions ? { solutions } : {}),
    ...over
  })
}

const hasMarker = (v: unknown): boolean => JSON.stringify(v).includes('%%')

describe('build/merge_build_host: which prefixes a build has', () => {
  const meta = (reqs: Record<string, string[]>, merge?: boolean) => ({
    package: { name: 'p', version: '1' },
    requirements: reqs,
    ...(merge === undefined ? {} : { build: { merge_build_host: merge } })
  })
  test.each<[string, ReturnType<typeof meta>, ReturnType<typeof environmentSpecs>]>([
    ['no host section: one prefix', meta({ build: ['bzip2'] }), { merged: true, build: [], host: ['bzip2'] }],
    // test_api_render.py::test_merge_build_host_build_key (_no_merge_build_host)
    [
      'merge_build_host: False without a host section: a build prefix of its own',
      meta({ build: ['bzip2'] }, false),
      { merged: false, build: ['bzip2'], host: [] }
    ],
    ['a host section: two prefixes', meta({ build: ['zlib'], host: ['jpeg'] }), { merged: false, build: ['zlib'], host: ['jpeg'] }],
    [
      'merge_build_host: True with a host section: one prefix with both',
      meta({ build: ['zlib'], host: ['jpeg'] }, true),
      { merged: true, build: [], host: ['zlib', 'jpeg'] }
    ]
  ])('%s', (_what, m, want) => {
    expect(environmentSpecs(typedRecipe(m))).toEqual(want)
  })
})

describe('pin_compatible evaluated against the solved environment', () => {
  const call = { name: 'jpeg', minPin: 'x.x.x.x.x.x', maxPin: 'x', exact: false, rendered: 'jpeg' }
  const installed = new Map([['jpeg', { name: 'jpeg', version: '9e', build: 'h5eee18b_1' }]])

  test.each([
    // a letter in the last place pinned is bumped as a letter (conda-build's _increment: JPEG, OpenSSL)
    ['the default pins', call, 'jpeg >=9e,<10a'],
    ['max_pin x.x', { ...call, maxPin: 'x.x' }, 'jpeg >=9e,<9f'],
    ['exact: the solved version and build', { ...call, exact: true }, 'jpeg 9e h5eee18b_1'],
    ['upper_bound', { ...call, upperBound: '11' }, 'jpeg >=9e,<11'],
    ['lower_bound wins over the solved version', { ...call, lowerBound: '8d' }, 'jpeg >=8d,<9a']
  ])('%s', (_what, c, want) => {
    const text = compatibleMarker(c)
    expect(stripCompatible(text)).toBe(c.rendered)
    expect(resolveCompatible(text, installed)).toBe(want)
    expect(resolveCompatible({ run: [text, 'other'] }, installed)).toEqual({ run: [want, 'other'] })
  })

  test('a package the solved prefix lacks is an error naming it and where to add it', () => {
    expect(() => resolveCompatible(compatibleMarker({ ...call, name: 'zlib', rendered: 'zlib' }), installed)).toThrow(PinError)
    expect(() => resolveCompatible(compatibleMarker({ ...call, name: 'zlib', rendered: 'zlib' }), installed)).toThrow(/zlib is not in the host environment/)
  })

  requireSharedData().test('test_subpackages.py::test_merge_build_host_applies_in_outputs: _merge_build_host', () => {
    const dir = path.join(SPLIT, '_merge_build_host')
    const zlib = solved('zlib', '1.2.13', 'h5eee18b_1', ['libgcc-ng >=11.2.0'])
    const jpeg = solved('jpeg', '9e', 'h5eee18b_3')
    const solutions: Solutions = new Map([
      [specsKey(['zlib', 'jpeg']), [zlib, jpeg]],
      [specsKey(['zlib']), [zlib]],
      [specsKey(['jpeg']), [jpeg]]
    ])
    const p = planned(dir, solutions)
    const b = p.builds[0]
    // merge_build_host: one prefix for build and host, in the top level
    expect([b.merged, b.environments.build, b.environments.host.specs]).toEqual([true, undefined, ['zlib', 'jpeg']])
    expect(b.dirs.buildPrefix).toBe(b.dirs.hostPrefix)
    const outs = new Map((b.outputs ?? []).map(o => [o.name, o]))
    expect([...outs.keys()].sort()).toEqual(['test_build_host_merge', 'test_merge_uses_run_exports'])
    // the top level: no run requirements
    expect(outs.get('test_build_host_merge')?.output.requirements.run).toEqual([])
    // the output: two run_exports and two run requirements, each pinned (more than a name)
    const out = outs.get('test_merge_uses_run_exports')
    const runExports = out?.output.runExports as string[]
    expect(new Set(runExports)).toEqual(new Set(['jpeg >=9e,<10a', 'zlib >=1.2.13,<2.0a0']))
    expect(out?.output.requirements.run).toEqual(['jpeg >=9e,<10a', 'zlib >=1.2.13,<2.0a0'])
    expect((out?.rendered.meta.requirements as { run: string[] }).run).toEqual(['jpeg >=9e,<10a', 'zlib >=1.2.13,<2.0a0'])
    expect(out?.plannedDepends).toEqual(['jpeg >=9e,<10a', 'zlib >=1.2.13,<2.0a0'])
    expect(hasMarker(p.builds)).toBe(false)
  })

  requireSharedData().test('without solving (render-only), pin_compatible keeps its render-time value and no marker shows', () => {
    const p = planned(path.join(SPLIT, '_merge_build_host'), undefined, { check: false })
    const out = (p.builds[0].outputs ?? []).find(o => o.name === 'test_merge_uses_run_exports')
    expect(out?.output.requirements.run).toEqual(['jpeg', 'zlib'])
    expect(out?.plannedDepends).toBeUndefined()
    expect(hasMarker(p.builds)).toBe(false)
    expect(hasMarker(renderRecipe({ recipe: path.join(SPLIT, '_merge_build_host'), targetPlatform: 'linux-64' }).variants[0].meta)).toBe(false)
  })

  test('a recipe without outputs: run pinned from the solved host prefix, the build and host specs as rendered', () => {
    const dir = recipe({
      'meta.yaml': `package:\n  name: onlyone\n  version: "2.0"\nrequirements:\n  host:\n    - libfoo\n  run:\n    - {{ pin_compatible('libfoo', max_pin='x.x') }}\n`
    })
    const rendered = renderRecipe({ recipe: dir, targetPlatform: 'linux-64' })
    const solutions: Solutions = new Map([[specsKey(['libfoo']), [solved('libfoo', '1.26.4')]]])
    const b = planBuild({ rendered, warnings: [], facts: FACTS, settings: SETTINGS, solutions }).builds[0]
    expect(b.environments.host.specs).toEqual(['libfoo'])
    expect(b.recipe.requirements.run).toEqual(['libfoo >=1.26.4,<1.27.0a0'])
    expect((b.rendered.meta.requirements as { run: string[] }).run).toEqual(['libfoo >=1.26.4,<1.27.0a0'])
    // the rendered recipe keeps the render-time value (nothing solved when it renders)
    expect(rendered.variants[0].meta.requirements).toEqual({ host: ['libfoo'], run: ['libfoo'] })
    expect(hasMarker(b)).toBe(false)
  })
})

const TWO = `package:
  name: two
  version: 1.2.3
outputs:
  - name: liba
    requirements:
      host:
        - zlib
      run:
        - {{ pin_compatible('zlib') }}
  - name: b
    requirements:
      host:
        - {{ pin_subpackage('liba', exact=True) }}
      run:
        - {{ pin_subpackage('liba') }}
`

/** The solver, as far as this test needs one: each spec's name from the records given (the planned channel's and zlib). */
function answer(specs: readonly string[], records: readonly SolvedRecord[]): SolvedRecord[] {
  return specs.map(s => {
    const r = records.find(x => x.record.name === s.split(' ')[0])
    if (!r) throw new Error(`no record for ${s}`)
    return r
  })
}

describe('an output whose host needs another output of the recipe, solved in the plan', () => {
  const zlib = solved('zlib', '1.3.1', 'h4ab18f5_1')
  const dir = recipe({ 'meta.yaml': TWO })

  test('round one solves liba; its planned record joins round two, which solves b; the plan then holds both', () => {
    const round1: Solutions = new Map([[specsKey(['zlib']), [zlib]]])
    const first = planned(dir, round1)
    const [liba, b1] = first.builds[0].outputs ?? []
    expect([liba.name, b1.name]).toEqual(['liba', 'b'])
    expect(liba.plannedDepends).toEqual(['zlib >=1.3.1,<2.0a0'])
    expect([b1.environments.needsOutputs, b1.environments.solved, b1.plannedDepends]).toEqual([['liba'], undefined, undefined])

    const next = nextRound(first.builds, 'linux-64')
    expect(next.specs).toEqual([[], [`liba 1.2.3 ${liba.buildString}`]])
    const linux = next.repodata.find(r => r.subdir === 'linux-64')
    expect(linux?.data['packages.conda']).toEqual({
      [`liba-1.2.3-${liba.buildString}.conda`]: {
        name: 'liba',
        version: '1.2.3',
        build: liba.buildString,
        build_number: 0,
        depends: ['zlib >=1.3.1,<2.0a0'],
        subdir: 'linux-64'
      }
    })
    expect(next.repodata.map(r => r.subdir)).toEqual(['linux-64', 'noarch'])

    // what the solver answers from the planned channel: the planned record, marked as one
    const plannedLiba: SolvedRecord = { ...solved('liba', '1.2.3'), record: { ...plannedRecord(liba) }, channel: next.repodata[0].channel }
    const round2: Solutions = new Map([...round1, [specsKey(next.specs[1]), answer([...next.specs[1], 'zlib'], [plannedLiba, zlib])]])
    const second = planned(dir, round2)
    const b2 = (second.builds[0].outputs ?? [])[1]
    expect(b2.environments.solved?.host.map(r => [r.record.name, isPlanned(r)])).toEqual([
      ['liba', true],
      ['zlib', false]
    ])
    expect(b2.plannedDepends).toEqual(['liba >=1.2.3,<2.0a0'])
    expect(nextRound(second.builds, 'linux-64').specs.filter(s => s.length && !round2.has(specsKey(s)))).toEqual([])
    // the package cache is never asked for a planned record
    expect(plannedPackages(second).map(r => r.record.name)).toEqual(['zlib', 'zlib'])
  })

  requireSharedData().test('test_intradependencies: py1, r1, py2 and r2 wait for lib and dep outputs, which round one plans', () => {
    const p = planned(path.join(SPLIT, '_intradependencies'), new Map([[specsKey(['ca-certificates']), [solved('ca-certificates', '2024.7.4')]]]))
    const steps = p.builds.flatMap(b => b.outputs ?? [])
    const waiting = steps.filter(s => s.environments.needsOutputs.length)
    expect(new Set(waiting.map(s => s.name))).toEqual(new Set(['py1', 'r1', 'py2', 'r2']))
    for (const s of steps.filter(x => !x.environments.needsOutputs.length)) expect([s.name, Boolean(s.plannedDepends)]).toEqual([s.name, true])
    const next = nextRound(p.builds, 'linux-64')
    expect(next.specs.flat().some(s => /^lib1 1\.0 \S+$/.test(s))).toBe(true)
    const names = Object.values(next.repodata[0].data['packages.conda'] ?? {}).map(r => r.name)
    expect(new Set(names)).toEqual(new Set(['dep1', 'dep2', 'lib1', 'lib2']))
  })
})

describe('the built package checked against its planned record before it is installed', () => {
  const plannedA: RepodataRecord = { name: 'liba', version: '1.2.3', build: 'h1_0', depends: ['zlib >=1.3.1,<2.0a0'] }
  // the environment solved with the planned record: liba (planned), zlib and libzlib from a channel
  const env = [plannedA, { name: 'zlib', version: '1.3.1', build: 'h4ab18f5_1' }, { name: 'libzlib', version: '1.3.1', build: 'h4ab18f5_1' }]
  type Want = BuiltVerdict['kind'] | RegExp
  test.each<[string, RepodataRecord | undefined, Want]>([
    ['the planned package', plannedA, 'holds'],
    ['a depend from run_exports that the environment satisfies', { ...plannedA, depends: ['libzlib >=1.3.1,<2.0a0', 'zlib >=1.3.1,<2.0a0'] }, 'holds'],
    ['a planned depend made stricter, still satisfied', { ...plannedA, depends: ['zlib 1.3.1 h4ab*'] }, 'holds'],
    ['a constrain the environment satisfies, or on a package it lacks', { ...plannedA, constrains: ['zlib >=1.3', 'openssl >=3'] }, 'holds'],
    ['a depend on a package the environment lacks', { ...plannedA, depends: ['zlib >=1.3.1,<2.0a0', 'libgcc-ng >=13'] }, /^depends on libgcc-ng >=13$/],
    ['a depend the environment has in another version', { ...plannedA, depends: ['zlib >=1.3.1,<2.0a0', 'libzlib >=1.4'] }, /^depends on libzlib >=1\.4$/],
    ['a depend on another build', { ...plannedA, depends: ['zlib 1.3.1 h0_*'] }, /^depends on zlib 1\.3\.1 h0_\*$/],
    ['a constrain the environment contradicts', { ...plannedA, constrains: ['libzlib <1'] }, /^constrains libzlib <1$/],
    ['a planned depend dropped', { ...plannedA, depends: [] }, /^no longer depends on zlib >=1\.3\.1,<2\.0a0$/],
    ['not built', undefined, /liba-1\.2\.3-h1_0 is not in the output channel/],
    ['another build', { ...plannedA, build: 'h2_0' }, /the plan solved with liba-1\.2\.3-h1_0, but the build made liba-1\.2\.3-h2_0/],
    [
      'another version',
      { ...plannedA, version: '1.2.4', depends: ['libgcc-ng'] },
      /the plan solved with liba-1\.2\.3-h1_0, but the build made liba-1\.2\.4-h1_0/
    ]
  ])('%s', async (_what, built, want) => {
    const v = checkBuilt(plannedA, built, await specMatcher(env))
    if (typeof want === 'string') expect(v).toEqual({ kind: want })
    else if (v.kind === 'solve-again') expect(v.because.join('; ')).toMatch(want)
    else expect(v.kind === 'refused' ? v.reason : v.kind).toMatch(want)
  })

  test('the matcher: versions as the solver reads them, builds as globs, other forms never satisfied', async () => {
    const m = await specMatcher([{ name: 'python', version: '3.12.4', build: 'h2_0_cpython' }])
    expect(['python', 'python 3.12.*', 'python >=3.12,<3.13.0a0', 'python 3.12.4 *_cpython', 'Python ==3.12.4'].map(m)).toEqual(Array(5).fill('match'))
    expect(['python 3.11.*', 'python >=3.13', 'python 3.12.4 h3_*', 'python[version=">=3"]', 'python <<1'].map(m)).toEqual(Array(5).fill('mismatch'))
    expect(m('numpy >=2')).toBe('absent')
  })
})

describe('run_exports the plan reads without the network (known-run-exports.ts)', () => {
  const write = (file: string, v: unknown): void => {
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(file, JSON.stringify(v))
  }
  const sha256 = new Map([
    ['gcc', 'aa'],
    ['make', 'bb'],
    ['jpeg', 'cc']
  ])
  const at = (ch: string, name: string, version: string, build = 'h0_0', fn = `${name}-${version}-${build}.conda`): SolvedRecord => ({
    ...solved(name, version, build),
    record: { name, version, build, build_number: 0, depends: [], fn, subdir: 'linux-64', sha256: sha256.get(name) ?? 'dd' },
    channel: parseChannel(ch)
  })

  test('the package cache first, then the channel run_exports.json (per file), then channeldata.json (per version)', () => {
    const root = tmp('conda-known-')
    const [ch, cache] = [path.join(root, 'channel'), path.join(root, 'cache')]
    // gcc: extracted in the package cache (what the builder reads), also listed differently by the channel
    const extracted = (stem: string, sha256: string): void => write(path.join(cache, 'pkgs', stem, 'info', 'repodata_record.json'), { sha256 })
    extracted('gcc-12.2.0-h0_0', 'aa')
    write(path.join(cache, 'pkgs', 'gcc-12.2.0-h0_0', 'info', 'run_exports.json'), { strong: ['libgcc-ng >=12.2.0'] })
    // make: extracted, no run_exports.json: it exports nothing, whatever channeldata says
    extracted('make-4.3-h0_0', 'bb')
    // jpeg: an extraction of another package of that file name (another digest): not read
    extracted('jpeg-9e-h0_0', 'other')
    write(path.join(cache, 'pkgs', 'jpeg-9e-h0_0', 'info', 'run_exports.json'), { weak: ['not this one'] })
    write(path.join(ch, 'linux-64', 'run_exports.json'), {
      info: { subdir: 'linux-64', version: 0 },
      packages: { 'zlib-1.3.1-h0_0.tar.bz2': { run_exports: { weak: ['zlib >=1.3.1,<2.0a0'] } } },
      'packages.conda': { 'gcc-12.2.0-h0_0.conda': { run_exports: { strong: ['libgcc-ng >=1'] } }, 'jpeg-9e-h0_0.conda': { run_exports: {} } }
    })
    write(path.join(ch, 'channeldata.json'), {
      packages: {
        jpeg: { run_exports: { '9e': { weak: ['jpeg >=9e,<10a'] } } },
        make: { run_exports: { '4.3': { weak: ['make'] } } },
        python: { run_exports: { '3.13.0': { weak: ['python >=3.13,<3.14.0a0'] }, '3.12.0': { weak: ['python >=3.12,<3.13.0a0'] } } }
      }
    })
    const records = [
      at(ch, 'gcc', '12.2.0'),
      at(ch, 'make', '4.3'),
      at(ch, 'zlib', '1.3.1', 'h0_0', 'zlib-1.3.1-h0_0.tar.bz2'),
      at(ch, 'jpeg', '9e'),
      at(ch, 'python', '3.13.0'),
      at(ch, 'unknown', '1.0'),
      // the same file from a remote channel: only the package cache is read for it
      at('https://example.invalid/chan', 'python', '3.13.0'),
      { ...at(ch, 'liba', '1.0'), channel: { ...parseChannel('/planned-outputs'), display: 'planned-outputs' } }
    ]
    const got = withKnownRunExports(new Map([['k', records]]), cache).get('k') ?? []
    expect(got.map(r => [r.record.name, r.record.run_exports])).toEqual([
      ['gcc', { strong: ['libgcc-ng >=12.2.0'] }],
      ['make', undefined],
      ['zlib', { weak: ['zlib >=1.3.1,<2.0a0'] }],
      // listed in run_exports.json with none: channeldata is not read for it
      ['jpeg', undefined],
      ['python', { weak: ['python >=3.13,<3.14.0a0'] }],
      ['unknown', undefined],
      ['python', undefined],
      ['liba', undefined]
    ])
    // the records not enriched are the very same objects; nothing else of a record changes
    expect(got[1]).toBe(records[1])
    expect({ ...got[0].record, run_exports: undefined }).toEqual({ ...records[0].record, run_exports: undefined })
  })

  test('a channel file that is not JSON is as good as absent', () => {
    const root = tmp('conda-known-')
    const ch = path.join(root, 'channel')
    fs.mkdirSync(path.join(ch, 'linux-64'), { recursive: true })
    fs.writeFileSync(path.join(ch, 'linux-64', 'run_exports.json'), '{not json')
    fs.writeFileSync(path.join(ch, 'channeldata.json'), '[]')
    const r = at(ch, 'zlib', '1.3.1')
    expect(withKnownRunExports(new Map([['k', [r]]]), path.join(root, 'cache')).get('k')).toEqual([r])
  })
})
