/**
 * The conda build plan as a pure value: recipes rendered from small folders, facts and solver answers
 * written here (no solver, no channel), the plan compared field by field.
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { parseChannel } from '../../src/conda/env/channel.js'
import type { SolvedRecord } from '../../src/conda/env/solve.js'
import { environmentSpecs, planBuild, plannedPackages, type CondaPlan, type PlanInput } from '../../src/conda/plan/build-plan.js'
import type { CondaFacts } from '../../src/conda/plan/facts.js'
import { planRendered } from '../../src/conda/plan/make.js'
import { condaPlanJson } from '../../src/conda/plan/plan-json.js'
import { specsKey, type Solutions } from '../../src/conda/plan/solve-envs.js'
import { PlanError } from '../../src/conda/plan/subdirs.js'
import { renderRecipe } from '../../src/conda/recipe/render.js'
import { typedRecipe } from '../../src/conda/recipe/sections.js'
import { tempDir } from '../support/temp.js'

const FACTS: CondaFacts = {
  hostSubdir: 'linux-64',
  cpuCount: 3,
  env: { PATH: '/usr/bin:/bin', HOME: '/home/u', LANG: 'C.UTF-8', API_TOKEN: 's3cret' },
  sysPython: '/opt/node/bin/node',
  sysPrefix: '/opt/node',
  epoch: { value: '1700000000', source: 'environment' },
  runtime: { kind: 'host', description: 'host (linux x64)' }
}
const SETTINGS = { outputDir: '/out', croot: '/cr', channels: ['https://user:tok@example.com/ch'], format: 'conda' as const, test: true }

/** A recipe folder with these files. */
function recipe(files: Record<string, string>): string {
  const dir = tempDir('bw-conda-plan-')
  for (const [f, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true })
    fs.writeFileSync(path.join(dir, f), text)
  }
  return dir
}

function plan(dir: string, extra: Partial<PlanInput> = {}, render: Parameters<typeof renderRecipe>[0] = { recipe: dir }): CondaPlan {
  const rendered = renderRecipe({ targetPlatform: 'linux-64', ...render, recipe: dir })
  return planBuild({ rendered, warnings: [], facts: FACTS, settings: SETTINGS, ...extra })
}

const channel = parseChannel('https://user:tok@example.com/ch')
function solved(name: string, version: string, sha256 = 'a'.repeat(64)): SolvedRecord {
  const fn = `${name}-${version}-h0_0.conda`
  return {
    record: { name, version, build: 'h0_0', build_number: 0, depends: [], fn, sha256, subdir: 'linux-64' },
    channel,
    subdir: 'linux-64',
    source: `https://user:tok@example.com/ch/linux-64/${fn}`,
    url: `https://example.com/ch/linux-64/${fn}`,
    requestedSpec: name
  }
}

const META = (reqs: string, build = ''): string => `package:\n  name: demo\n  version: "1.0"\nbuild:\n  number: 2\n${build}requirements:\n${reqs}`

describe('environments', () => {
  test.each([
    ['build and host', '  build:\n    - make\n  host:\n    - zlib\n', { merged: false, build: ['make'], host: ['zlib'] }],
    ['build only: one prefix (merged)', '  build:\n    - make\n', { merged: true, build: [], host: ['make'] }],
    ['host only', '  host:\n    - zlib\n', { merged: false, build: [], host: ['zlib'] }],
    ['run only', '  run:\n    - zlib\n', { merged: true, build: [], host: [] }]
  ])('%s', (_what, reqs, want) => {
    const p = plan(recipe({ 'meta.yaml': META(reqs) }))
    const b = p.builds[0]
    expect(environmentSpecs(b.recipe)).toEqual(want)
    expect(b.merged).toBe(want.merged)
    expect(b.environments.host.specs).toEqual(want.host)
    expect(b.environments.host.prefix).toBe(b.dirs.hostPrefix)
    expect(b.environments.build?.prefix).toBe(want.merged ? undefined : b.dirs.buildPrefix)
    // without solutions nothing is solved
    expect(b.environments.host.solved).toBeUndefined()
  })
})

describe('one build', () => {
  const dir = recipe({ 'meta.yaml': META('  build:\n    - make\n  host:\n    - python\n  run:\n    - python\n'), 'build.sh': 'make install\n' })

  test('names, folders, package file, script, environment', () => {
    const p = plan(dir)
    expect(p.builds).toHaveLength(1)
    const b = p.builds[0]
    // the default python (3.12) in host and run: the py tag, no hash (no other key is used)
    expect(b.stem).toBe('demo-1.0-py312_2')
    expect(b.package).toEqual({ dir: '/out/linux-64', fn: `${b.stem}.conda`, path: `/out/linux-64/${b.stem}.conda` })
    expect(b.dirs.root).toBe('/cr/demo_1700000000')
    expect(b.dirs.hostPrefix.length).toBe(255)
    expect(b.script).toEqual({ origin: 'build.sh', file: path.join(dir, 'build.sh') })
    expect(b.env).toMatchObject({
      PREFIX: b.dirs.hostPrefix,
      BUILD_PREFIX: b.dirs.buildPrefix,
      CPU_COUNT: '3',
      SOURCE_DATE_EPOCH: '1700000000',
      PKG_BUILDNUM: '2'
    })
    expect(b.env.API_TOKEN).toBeUndefined()
    expect(b.test).toEqual({ enabled: true, requires: [], commands: [], imports: [] })
    expect(p).toMatchObject({ buildSubdir: 'linux-64', sourceDateEpoch: '1700000000', skipped: 0, format: 'conda' })
  })

  test('python: from the solved host prefix, else from the variant', () => {
    const unsolved = plan(dir, {}, { recipe: dir, variants: { python: '3.10' } }).builds[0]
    expect(unsolved.python).toEqual({ version: '3.10', inPrefix: false })
    expect(unsolved.env.PYTHON).toBeUndefined()
    const host = unsolved.environments.host.specs
    const solutions: Solutions = new Map([
      [specsKey(host), [solved('python', '3.10.14')]],
      [specsKey(['make']), [solved('make', '4.3', 'b'.repeat(64))]]
    ])
    const b = plan(dir, { solutions }, { recipe: dir, variants: { python: '3.10' } }).builds[0]
    expect(b.python).toEqual({ version: '3.10', inPrefix: true })
    expect(b.env.PYTHON).toBe(path.join(b.dirs.hostPrefix, 'bin', 'python'))
    expect(b.environments.host.solved?.map(s => s.record.fn)).toEqual(['python-3.10.14-h0_0.conda'])
    expect(b.cacheKeys.packages).toMatch(/^build-wheel-conda-pkgs-v1-linux-64-[0-9a-f]{64}$/)
  })

  test('build/script lines instead of build.sh; no script at all', () => {
    const lines = plan(recipe({ 'meta.yaml': META('  run:\n    - zlib\n', '  script:\n    - echo one\n    - echo two\n') })).builds[0]
    expect(lines.script).toEqual({ origin: 'build/script', lines: ['echo one', 'echo two'] })
    expect(plan(recipe({ 'meta.yaml': META('  run:\n    - zlib\n') })).builds[0].script).toBeUndefined()
  })

  test('cache keys: one per hashed url source', () => {
    const sha = 'c'.repeat(64)
    const d = recipe({ 'meta.yaml': `${META('  run:\n    - zlib\n')}source:\n  - url: https://x/a.tar.gz\n    sha256: ${sha}\n  - url: https://x/b.tar.gz\n` })
    expect(plan(d).builds[0].cacheKeys).toEqual({ sources: [`build-wheel-conda-src-v1-sha256-${sha}`] })
  })
})

describe('variants and subdirs', () => {
  const python = (run: string): string =>
    recipe({ 'meta.yaml': META(`  host:\n    - python {{ python }}\n${run}`), 'conda_build_config.yaml': 'python:\n  - "3.11"\n  - "3.12"\n' })

  test('two python variants with python in run: two package files', () => {
    const p = plan(python('  run:\n    - python\n'))
    expect(p.builds.map(b => b.variant.python)).toEqual(['3.11', '3.12'])
    expect(new Set(p.builds.map(b => b.package.path)).size).toBe(2)
  })

  test('two variants that would write one file are refused before any work, both named', () => {
    const d = python('')
    const rendered = renderRecipe({ recipe: d, targetPlatform: 'linux-64' })
    const strings = new Set(rendered.variants.map(v => v.buildString))
    // conda-build gives python in host alone no py tag and no hash: one build string for both
    expect(rendered.variants).toHaveLength(2)
    expect(strings.size).toBe(1)
    const err = (() => {
      try {
        plan(d)
      } catch (e) {
        return e as Error
      }
      throw new Error('planned')
    })()
    expect(err).toBeInstanceOf(PlanError)
    expect(err.message).toMatch(/demo-1\.0-2\.conda would be written by 2 variants: .*python=3\.11.*python=3\.12/)
    expect(err.message).toMatch(/Make the build string tell them apart/)
    // render-only plans show them all
    expect(plan(d, { check: false }).builds).toHaveLength(2)
  })

  test('target_platform from conda_build_config.yaml changes the subdir, and a foreign one is refused', () => {
    const d = recipe({ 'meta.yaml': META('  run:\n    - zlib\n'), 'conda_build_config.yaml': 'target_platform:\n  - osx-arm64\n' })
    const shown = plan(d, { check: false }).builds[0]
    expect(shown.subdir).toBe('osx-arm64')
    expect(shown.package.dir).toBe('/out/osx-arm64')
    expect(shown.env.target_platform).toBe('osx-arm64')
    expect(() => plan(d)).toThrow(PlanError)
    expect(() => plan(d)).toThrow(
      /this machine builds linux-64 \(and noarch\) packages, but the recipe renders for osx-arm64: demo-1\.0-.*Cross-building is not supported/
    )
  })

  test('a target_platform variant next to the native one: both subdirs, the foreign one refused', () => {
    const d = recipe({ 'meta.yaml': META('  run:\n    - zlib\n'), 'conda_build_config.yaml': 'target_platform:\n  - linux-64\n  - linux-aarch64\n' })
    expect(
      plan(d, { check: false })
        .builds.map(b => b.subdir)
        .sort()
    ).toEqual(['linux-64', 'linux-aarch64'])
    expect(() => plan(d)).toThrow(/renders for linux-aarch64/)
  })

  test('noarch builds on any machine', () => {
    const d = recipe({ 'meta.yaml': META('  run:\n    - python\n', '  noarch: python\n') })
    const b = plan(d).builds[0]
    expect([b.subdir, b.noarch, b.package.dir]).toEqual(['noarch', 'python', '/out/noarch'])
  })

  test('build/skip: left out and counted', () => {
    const d = recipe({ 'meta.yaml': META('  run:\n    - zlib\n', '  skip: true  # [linux]\n') })
    expect(plan(d)).toMatchObject({ skipped: 1, builds: [] })
  })
})

describe('the JSON', () => {
  test('URL passwords and passed-through script_env values hidden; set ones shown', () => {
    const d = recipe({ 'meta.yaml': META('  host:\n    - zlib\n', '  script_env:\n    - API_TOKEN\n    - MODE=fast\n') })
    const solutions: Solutions = new Map([[specsKey(['zlib']), [solved('zlib', '1.3')]]])
    const p = plan(d, { solutions })
    expect(p.builds[0].env.API_TOKEN).toBe('s3cret')
    const text = condaPlanJson(p)
    expect(text).not.toMatch(/s3cret|tok@/)
    const json = JSON.parse(text) as {
      channels: string[]
      builds: Array<{ env: Record<string, string>; environments: { host: { solved: unknown } }; stem: string }>
    }
    expect(json.channels).toEqual(['https://user:***@example.com/ch'])
    const b = json.builds[0]
    expect(b.env.API_TOKEN).toBe('***')
    expect(b.env.MODE).toBe('fast')
    expect(b.environments.host.solved).toEqual([
      {
        name: 'zlib',
        version: '1.3',
        build: 'h0_0',
        fn: 'zlib-1.3-h0_0.conda',
        subdir: 'linux-64',
        url: 'https://example.com/ch/linux-64/zlib-1.3-h0_0.conda',
        sha256: 'a'.repeat(64)
      }
    ])
    expect(b).toMatchObject({ name: 'demo', version: '1.0', subdir: 'linux-64', package: { fn: `${b.stem}.conda` } })
    expect(plannedPackages(p).map(s => s.record.name)).toEqual(['zlib'])
  })

  test('the typed recipe reads lists given as one string, and mappings of the wrong shape as empty', () => {
    const t = typedRecipe({
      package: { name: 'a', version: '1' },
      requirements: { run: 'zlib' },
      build: { number: '3', script: 'make', skip: 'true' },
      test: 'nope'
    })
    expect(t.requirements).toEqual({ build: [], host: [], run: ['zlib'], runConstrained: [], hasHost: false })
    expect([t.build.number, t.build.script, t.build.skip]).toEqual([3, ['make'], true])
    expect(t.test).toEqual({ requires: [], commands: [], imports: [], files: [], sourceFiles: [] })
  })
})

describe('outputs: (the place of the outputs planner)', () => {
  const d = recipe({
    'meta.yaml': 'package:\n  name: top\n  version: "1"\noutputs:\n  - name: liba\n  - name: libb\n    requirements:\n      run:\n        - liba\n'
  })
  const settings = { ...SETTINGS, cacheDir: '/c' }

  test('a render-only plan carries the outputs planner plan: every package, in build order', async () => {
    const rendered = renderRecipe({ recipe: d, targetPlatform: 'linux-64' })
    const p = await planRendered(rendered, { ...settings, solve: false }, FACTS)
    expect(p.outputs?.outputs.map(o => o.name)).toEqual(['liba', 'libb'])
    expect((JSON.parse(condaPlanJson(p)) as { outputs: Array<{ name: string }> }).outputs.map(o => o.name)).toEqual(['liba', 'libb'])
  })

  test('a build plan walks them: each variant lists its output packages in build order, with their files and pins', async () => {
    const rendered = renderRecipe({ recipe: d, targetPlatform: 'linux-64' })
    const p = await planRendered(rendered, { ...settings, solve: true }, FACTS)
    const steps = p.builds[0].outputs ?? []
    expect(steps.map(s => [s.stem, s.package.path, s.files.kind])).toEqual([
      ['liba-1-0', '/out/linux-64/liba-1-0.conda', 'none'],
      ['libb-1-0', '/out/linux-64/libb-1-0.conda', 'none']
    ])
    expect(steps[1].rendered.meta).toMatchObject({ package: { name: 'libb', version: '1' }, requirements: { run: ['liba'] }, extra: { final: true } })
    const json = JSON.parse(condaPlanJson(p)) as { builds: Array<{ outputs: Array<{ stem: string }> }> }
    expect(json.builds[0].outputs.map(o => o.stem)).toEqual(['liba-1-0', 'libb-1-0'])
  })

  test('a build plan refuses an output type this suite does not build, before anything is solved', async () => {
    const w = recipe({ 'meta.yaml': 'package:\n  name: top\n  version: "1"\noutputs:\n  - name: liba\n  - name: whl\n    type: wheel\n' })
    const rendered = renderRecipe({ recipe: w, targetPlatform: 'linux-64' })
    await expect(planRendered(rendered, { ...settings, solve: true }, FACTS)).rejects.toThrow(
      /outputs\/1 \(whl\): output type 'wheel' is not built by this suite/
    )
  })
})
