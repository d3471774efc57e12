/**
 * A target platform other than this machine's: rendered and planned for any subdir conda knows, with the
 * selectors evaluated for the target and an output's `target:` giving that output's subdir; refused for
 * building before anything is solved. The rows marked with a conda-build test repeat what that test asserts
 * of its recipe (../shared/data/conda-build/tests/test-recipes); the rest are hand-written recipes.
 */
import * as path from 'node:path'
import type { SolvedRecord } from '../../src/conda/env/solve.js'
import { parseChannel } from '../../src/conda/env/channel.js'
import { planBuild, type CondaPlan, type PlanInput } from '../../src/conda/plan/build-plan.js'
import type { CondaFacts } from '../../src/conda/plan/facts.js'
import { planRendered } from '../../src/conda/plan/make.js'
import { planRecipeOutputs } from '../../src/conda/plan/recipe-outputs.js'
import { specsKey } from '../../src/conda/plan/solve-envs.js'
import { PlanError } from '../../src/conda/plan/subdirs.js'
import { evalSelector } from '../../src/conda/recipe/expr.js'
import { selectorNamespace } from '../../src/conda/recipe/namespace.js'
import { hostSubdir, KNOWN_SUBDIRS, subdirProblem, targetSubdir } from '../../src/conda/recipe/platforms.js'
import { renderRecipe, type RenderOptions, type RenderResult } from '../../src/conda/recipe/render.js'
import { requireSharedData, sharedData } from '../support/requirements.js'
import { ENV, recipe, recipeErrorOf } from './helpers.js'

const shared = requireSharedData()
const corpus = path.join(sharedData, 'conda-build', 'tests', 'test-recipes')

const FACTS: CondaFacts = {
  hostSubdir: 'linux-64',
  cpuCount: 2,
  env: { PATH: '/usr/bin:/bin', HOME: '/home/u' },
  sysPython: '/opt/node/bin/node',
  sysPrefix: '/opt/node',
  epoch: { value: '1700000000', source: 'environment' },
  runtime: { kind: 'host', description: 'host (linux x64)' }
}
const SETTINGS = { outputDir: '/out', croot: '/cr', channels: [], format: 'conda' as const, test: true }

const render = (dir: string, opts: Partial<RenderOptions> = {}): RenderResult =>
  renderRecipe({ recipe: dir, targetPlatform: 'linux-64', buildPlatform: 'linux-64', env: ENV, ...opts })

function plan(rendered: RenderResult, extra: Partial<PlanInput> = {}): CondaPlan {
  return planBuild({ rendered, warnings: [], facts: FACTS, settings: SETTINGS, ...extra })
}

/** The error `fn` throws (none fails the test). */
function thrown(fn: () => unknown): Error {
  try {
    fn()
  } catch (e) {
    return e as Error
  }
  throw new Error('no error')
}

describe('which target platforms name a subdir', () => {
  test.each([
    ...KNOWN_SUBDIRS.map(s => [s, s] as const),
    ['noarch', 'noarch'],
    // conda-build's cross tests (09_cross, 26_reduced_hashing): a qualified subdir kept as it is
    ['linux-cos5-64', 'linux-cos5-64'],
    ['linux-cos7-aarch64', 'linux-cos7-aarch64'],
    // conda-build's SUBDIR_ALIASES
    ['linux-cos6-x86_64', 'linux-64'],
    ['win-x86', 'win-32'],
    ['osx-109-x86_64', 'osx-64']
  ] as const)('%s is the subdir %s', (value, subdir) => {
    expect(targetSubdir(value)).toBe(subdir)
    expect(subdirProblem(value, 'x')).toBe('')
  })

  test.each(['linux64', 'Linux-64', 'linux', 'macos-arm64', 'linux-x86_64', 'linux-cos5-foo', 'foo-cos5-64', 'linux-64 ', 'linux--64', ''])(
    "'%s' is refused, the accepted ones listed",
    value => {
      expect(targetSubdir(value)).toBeUndefined()
      const problem = subdirProblem(value, 'the variant key target_platform')
      expect(problem).toContain(`the variant key target_platform '${value}' is not a conda subdir; accepted: noarch, `)
      for (const s of ['linux-aarch64', 'osx-arm64', 'win-64', 'emscripten-wasm32', 'zos-z', 'linux-cos5-64']) expect(problem).toContain(s)
    }
  )
})

describe('selectors evaluated for the target subdir (conda-build get_selectors)', () => {
  const NAMES = [
    ...['linux', 'osx', 'win', 'unix', 'freebsd', 'zos', 'emscripten', 'wasi'],
    ...['linux32', 'linux64', 'win32', 'win64', 'arm', 'x86', 'x86_64'],
    ...['aarch64', 'arm64', 'armv6l', 'armv7l', 'ppc64', 'ppc64le', 'riscv64', 's390x', 'wasm32', 'z']
  ]
  test.each([
    ['linux-64', 'linux unix linux64 x86 x86_64'],
    ['linux-32', 'linux unix linux32 x86'],
    ['linux-aarch64', 'linux unix aarch64'],
    ['linux-armv6l', 'linux unix arm armv6l'],
    ['linux-armv7l', 'linux unix arm armv7l'],
    ['linux-ppc64', 'linux unix ppc64'],
    ['linux-ppc64le', 'linux unix ppc64le'],
    ['linux-riscv64', 'linux unix riscv64'],
    ['linux-s390x', 'linux unix s390x'],
    ['osx-64', 'osx unix x86 x86_64'],
    ['osx-arm64', 'osx unix arm64'],
    ['win-32', 'win win32 x86'],
    ['win-64', 'win win64 x86 x86_64'],
    ['win-arm64', 'win arm64'],
    // conda-build's unix is linux, osx and emscripten only
    ['freebsd-64', 'freebsd x86 x86_64'],
    ['zos-z', 'zos z'],
    ['emscripten-wasm32', 'emscripten unix wasm32'],
    ['wasi-wasm32', 'wasi wasm32'],
    // a qualified subdir: linux and x86_64 (it ends in -64), but not linux64 (that is linux-64 alone)
    ['linux-cos5-64', 'linux unix x86 x86_64'],
    ['noarch', '']
  ])('%s: true are [%s], the others false', (subdir, trueNames) => {
    const ns = selectorNamespace({ subdir, buildSubdir: 'linux-64', env: {} }, { python: '3.12', target_platform: subdir })
    const want = new Set(trueNames.split(' ').filter(Boolean))
    expect(NAMES.filter(n => evalSelector(n, ns))).toEqual(NAMES.filter(n => want.has(n)))
    expect(evalSelector('build_platform == "linux-64"', ns)).toBe(true)
    expect(evalSelector(`target_platform == "${subdir}"`, ns)).toBe(true)
  })
})

describe('a recipe rendered for another subdir', () => {
  const META = [
    'package:\n  name: sel\n  version: "1.0"\nrequirements:\n  build:',
    '    - on-linux      # [linux]',
    '    - on-osx        # [osx]',
    '    - on-win        # [win]',
    '    - on-arm        # [aarch64 or arm64]',
    '    - on-ppc        # [ppc64le]',
    '    - on-x64        # [x86_64]',
    '    - on-unix       # [unix]',
    '    - crossing      # [build_platform != target_platform]',
    '    - {{ compiler("c") }}',
    ''
  ].join('\n')
  const reqs = (r: RenderResult): unknown[] => r.variants.map(v => [v.subdir, (v.meta.requirements as { build: string[] }).build.join(' ')])

  test.each([
    ['linux-64', 'on-linux on-x64 on-unix gcc_linux-64'],
    ['linux-aarch64', 'on-linux on-arm on-unix crossing gcc_linux-aarch64'],
    ['linux-ppc64le', 'on-linux on-ppc on-unix crossing gcc_linux-ppc64le'],
    ['osx-arm64', 'on-osx on-arm on-unix crossing clang_osx-arm64'],
    ['osx-64', 'on-osx on-x64 on-unix crossing clang_osx-64'],
    ['win-64', 'on-win on-x64 crossing vs2017_win-64']
  ])('--target-platform %s: [%s]', (target, want) => {
    expect(reqs(render(recipe({ 'meta.yaml': META }), { targetPlatform: target }))).toEqual([[target, want]])
  })

  test('target_platform in conda_build_config.yaml: one variant per subdir, each with its own selectors and cross compiler', () => {
    const d = recipe({ 'meta.yaml': META, 'conda_build_config.yaml': 'target_platform:\n  - linux-64\n  - osx-arm64\n  - win-64\n' })
    // as conda-build: the compiler's name comes from the building platform (c_compiler unset: gcc on linux), its target from the variant
    expect(reqs(render(d))).toEqual([
      ['linux-64', 'on-linux on-x64 on-unix gcc_linux-64'],
      ['osx-arm64', 'on-osx on-arm on-unix crossing gcc_osx-arm64'],
      ['win-64', 'on-win on-x64 crossing gcc_win-64']
    ])
  })

  test('an unknown subdir in a variant is an error naming the key and listing the accepted ones', () => {
    const d = recipe({ 'meta.yaml': META, 'conda_build_config.yaml': 'target_platform:\n  - linux64\n' })
    const e = recipeErrorOf(() => render(d))
    expect(e.message).toMatch(
      /the variant key target_platform \(conda_build_config\.yaml, [^)]*\) 'linux64' is not a conda subdir; accepted: noarch, .*linux-aarch64/
    )
    expect(recipeErrorOf(() => render(recipe({ 'meta.yaml': META }), { targetPlatform: 'macos-arm64' })).message).toMatch(
      /target platform 'macos-arm64' is not a conda subdir; accepted: noarch, .*osx-arm64/
    )
  })
})

shared.describe('conda-build corpus recipes for other subdirs', () => {
  test('test_subpackages.py::test_output_specific_subdir: 3 packages, custom_subdir in linux-aarch64, the others in the host subdir', () => {
    const rendered = renderRecipe({ recipe: path.join(corpus, 'split-packages', '_output_specific_subdir'), env: ENV })
    const subdirs = Object.fromEntries(planRecipeOutputs(rendered, hostSubdir()).outputs.map(o => [o.name, o.subdir]))
    expect(subdirs).toEqual({ default_subdir: hostSubdir(), custom_subdir: 'linux-aarch64', default_subdir_2: hostSubdir() })
  })

  test('test_variants.py::test_cross_compilers: 09_cross renders 3 variants, one per target_platform, each with its cross compiler', () => {
    const r = render(path.join(corpus, 'variants', '09_cross'))
    expect(r.variants.map(v => [v.subdir, (v.meta.requirements as { build: string[] }).build])).toEqual([
      ['linux-64', ['gcc_linux-64']],
      ['linux-cos5-64', ['gcc_linux-cos5-64']],
      ['linux-aarch64', ['gcc_linux-aarch64']]
    ])
    expect(new Set(r.variants.map(v => v.buildString)).size).toBe(3)
  })

  test('test_variants.py::test_reduced_hashing_behavior: hash_yes_compiler hashes c_compiler, the build string has the hash', () => {
    const r = render(path.join(corpus, 'variants', '26_reduced_hashing', 'hash_yes_compiler'))
    expect(r.variants).toHaveLength(3)
    for (const v of r.variants) {
      expect(v.hashInput).toHaveProperty('c_compiler', 'gcc')
      expect(v.buildString).toMatch(/^h[0-9a-f]{7}_0$/)
    }
  })

  test('_output_specific_subdir: a printed plan holds the linux-aarch64 package, a build is refused naming it', async () => {
    const rendered = render(path.join(corpus, 'split-packages', '_output_specific_subdir'))
    const o = { ...SETTINGS, cacheDir: '/nonexistent', solve: true }
    const printed = await planRendered(rendered, { ...o, planOnly: true }, FACTS)
    expect(printed.builds[0].outputs?.map(p => [p.name, p.subdir, p.package.dir])).toEqual(
      expect.arrayContaining([
        ['custom_subdir', 'linux-aarch64', '/out/linux-aarch64'],
        ['default_subdir', 'linux-64', '/out/linux-64']
      ])
    )
    // the (empty) solver answers stand for the linux-64 packages only
    const solved = Object.fromEntries((printed.builds[0].outputs ?? []).map(p => [p.name, p.environments.solved !== undefined]))
    expect(solved).toEqual({ default_subdir: true, custom_subdir: false, default_subdir_2: true })
    expect(printed.warnings).toEqual([expect.stringMatching(/^planned for linux-aarch64 without solving .*custom_subdir-1\.0-0 \(linux-aarch64\)/)])
    const refused = await planRendered(rendered, o, FACTS).catch((e: unknown) => e as Error)
    expect(refused).toBeInstanceOf(PlanError)
    expect((refused as Error).message).toMatch(
      /this machine builds linux-64 \(and noarch\) packages, but the recipe renders for linux-aarch64: custom_subdir-1\.0-0/
    )
  })
})

describe('building for another subdir', () => {
  const channel = parseChannel('https://example.com/ch')
  const zlib: SolvedRecord = {
    record: {
      name: 'zlib',
      version: '1.3',
      build: 'h0_0',
      build_number: 0,
      depends: [],
      fn: 'zlib-1.3-h0_0.conda',
      sha256: 'a'.repeat(64),
      subdir: 'linux-64'
    },
    channel,
    subdir: 'linux-64',
    source: 'https://example.com/ch/linux-64/zlib-1.3-h0_0.conda',
    url: 'https://example.com/ch/linux-64/zlib-1.3-h0_0.conda',
    requestedSpec: 'zlib'
  }
  const crossRecipe = (): RenderResult =>
    render(
      recipe({
        'meta.yaml': 'package:\n  name: far\n  version: "1"\nrequirements:\n  host:\n    - zlib\n  run:\n    - zlib\n',
        'conda_build_config.yaml': 'target_platform:\n  - linux-64\n  - linux-aarch64\n'
      })
    )

  test('is refused before any work: which variant, which subdir, what this machine builds, and what works instead', () => {
    const e = thrown(() => plan(crossRecipe()))
    expect(e).toBeInstanceOf(PlanError)
    expect(e.message).toMatch(/this machine builds linux-64 \(and noarch\) packages, but the recipe renders for linux-aarch64: far-1-0 \(linux-aarch64\)\./)
    expect(e.message).toMatch(/nothing was solved, downloaded or built/)
    expect(e.message).toMatch(/`conda build --plan-only` and `conda render` .* show what the recipe makes for any subdir/)
    // the native variant alone is not named
    expect(e.message).not.toMatch(/\(linux-64\)/)
  })

  test('a printed plan holds both; the solver answer (for linux-64) is given to the linux-64 build only', () => {
    const solutions = new Map([[specsKey(['zlib']), [zlib]]])
    const p = plan(crossRecipe(), { planOnly: true, solutions })
    expect(p.builds.map(b => [b.subdir, b.package.dir, b.environments.host.solved?.map(s => s.record.fn)])).toEqual([
      ['linux-64', '/out/linux-64', ['zlib-1.3-h0_0.conda']],
      ['linux-aarch64', '/out/linux-aarch64', undefined]
    ])
    expect(p.builds[1].cacheKeys.packages).toBeUndefined()
    expect(p.builds[1].env.target_platform).toBe('linux-aarch64')
    expect(p.builds[1].env.build_platform).toBe('linux-64')
    expect(p.warnings).toEqual([
      expect.stringMatching(/^planned for linux-aarch64 without solving their prefixes .*far-1-0 \(linux-aarch64\).*refuses them\.$/)
    ])
  })

  test('a noarch output inside a cross variant builds; a native output beside it is refused', () => {
    const outputs = (second: string) =>
      recipe({
        'meta.yaml': `package:\n  name: top\n  version: "1"\noutputs:\n  - name: docs\n    build:\n      noarch: generic\n${second}`,
        'conda_build_config.yaml': 'target_platform:\n  - linux-aarch64\n'
      })
    const onlyNoarch = render(outputs(''))
    const p = plan(onlyNoarch, { outputs: planRecipeOutputs(onlyNoarch, 'linux-64') })
    expect(p.builds[0].outputs?.map(o => [o.name, o.subdir])).toEqual([['docs', 'noarch']])
    const mixed = render(outputs('  - name: lib\n    requirements:\n      host:\n        - zlib\n'))
    const e = thrown(() => plan(mixed, { outputs: planRecipeOutputs(mixed, 'linux-64') }))
    expect(e.message).toMatch(/renders for linux-aarch64: lib-1-[^ ]+ \(linux-aarch64\)\./)
    expect(e.message).not.toMatch(/docs-/)
  })

  test("an output's target that is no conda subdir is named as such when it is refused", () => {
    const r = render(recipe({ 'meta.yaml': 'package:\n  name: top\n  version: "1"\noutputs:\n  - name: odd\n    target: linux-sparc\n' }))
    const e = thrown(() => plan(r, { outputs: planRecipeOutputs(r, 'linux-64') }))
    expect(e.message).toMatch(/renders for linux-sparc: odd-1-0 \(linux-sparc\)\. 'linux-sparc' is not a conda subdir; accepted: noarch, .*linux-aarch64/)
  })
})
