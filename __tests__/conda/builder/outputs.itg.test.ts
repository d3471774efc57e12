/**
 * Multi-output recipes built end to end: conda-build's own split-packages test recipes
 * (../shared/data/conda-build/tests/test-recipes/split-packages) that need nothing beyond the machine's
 * toolchain channel (toolchain.ts), each built with its outputs' tests, asserting the packages (names,
 * versions, builds, count) that conda-build's test_subpackages.py asserts, and the failures it expects;
 * then a hand-written recipe (a library and a tool pinned to it with pin_subpackage) whose packages hold the
 * finalized recipe, the finalized depends, run_exports.json as conda-build writes them and info/requires; outputs
 * whose host needs another output, solved in the plan with its planned record and built with the real package
 * (that environment solved again at build time when the package depends on more than the plan knew, refused when
 * the package is not the one planned); and _merge_build_host over a channel of stand-in packages.
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { buildFacts, buildRecipe, BuildFailure, executePlan, planRecipe, type BuildOptions, type BuildResult } from '../../../src/conda/builder/build.js'
import { extractPackage } from '../../../src/conda/env/package.js'
import type { SolvedRecord } from '../../../src/conda/env/solve.js'
import { condaPlanJson } from '../../../src/conda/plan/plan-json.js'
import { isPlanned } from '../../../src/conda/plan/planned-records.js'
import { withEnv } from '../../support/in-process.js'
import { all, requireSharedData, requireTool, sharedData } from '../../support/requirements.js'
import { makeChannel } from '../env/make-package.js'
import { recipe, tmp } from '../helpers.js'
import { localBuild } from './options.js'
import { toolchainChannel, toolchainTools } from './toolchain.js'

const SPLIT = path.join(sharedData, 'conda-build', 'tests', 'test-recipes', 'split-packages')
const needs = all(toolchainTools, requireSharedData())

let channel = ''
/** X.Y of the toolchain's python: the variant the recipes that use python build for. */
let python = ''

function options(dir: string, over: Partial<BuildOptions> & Pick<BuildOptions, 'recipe'>): BuildOptions {
  return localBuild(dir, { channels: [channel], test: true, variants: { python: [python] }, ...over })
}

const stems = (r: BuildResult): string[] => r.packages.map(p => `${p.subdir}/${p.name}-${p.version}-${p.build}`)

async function unpack(file: string): Promise<string> {
  const dir = tmp('conda-out-pkg-')
  await extractPackage(file, dir)
  return dir
}

const json = (dir: string, rel: string): Record<string, unknown> => JSON.parse(fs.readFileSync(path.join(dir, rel), 'utf8')) as Record<string, unknown>

async function failureOf(p: Promise<unknown>): Promise<BuildFailure> {
  const e = await p.then(
    () => undefined,
    (x: unknown) => x
  )
  expect(e).toBeInstanceOf(BuildFailure)
  return e as BuildFailure
}

needs.describe('conda-build split-packages recipes build, with their outputs tested', () => {
  beforeAll(async () => {
    channel = (await toolchainChannel()).channel
    const repodata = json(channel, 'linux-64/repodata.json') as Record<string, Record<string, { name: string; version: string }> | undefined>
    const py = [...Object.values(repodata.packages ?? {}), ...Object.values(repodata['packages.conda'] ?? {})].find(p => p.name === 'python')
    python = /^\d+\.\d+/.exec(py?.version ?? '')?.[0] ?? ''
    expect(python).toMatch(/^3\.\d+$/)
  }, 900_000)

  // [recipe, the packages in build order, the tests that ran (by package name)]
  const rows: [string, string[], Record<string, string[]>][] = [
    ['_about_metadata', ['linux-64/abc-1.0-0', 'linux-64/def-1.0-0'], {}],
    ['_extra_metadata', ['linux-64/abc-1.0-0', 'linux-64/def-1.0-0'], {}],
    ['_multi_outputs_without_package_version', ['linux-64/a-1-0', 'linux-64/b-2-0', 'linux-64/c-3-0'], {}],
    ['_order', ['linux-64/a-1-0', 'linux-64/b-1-0'], {}],
    ['_order_bad', ['linux-64/d-1-0', 'linux-64/c-1-0'], {}],
    // the top level (conda-build's is_output is false for it) runs the recipe's run_test.py; the output only its test/script
    [
      '_hash_inputs',
      ['linux-64/test_subpackage-1.0-0', 'linux-64/test_hash_input_contents-1.0-0'],
      { test_subpackage: ['run_test.sh'], test_hash_input_contents: ['run_test.py'] }
    ],
    [
      '_output_named_same_as_top_level',
      ['linux-64/ipp-2018.0.1-intel_3', 'linux-64/ipp-include-2018.0.1-intel_3', 'linux-64/ipp-devel-2018.0.1-intel_3', 'linux-64/ipp-static-2018.0.1-intel_3'],
      {}
    ],
    [
      'outputs_using_vars_defined_in_meta',
      ['linux-64/mkl-2018.0.1-intel_5', 'linux-64/mkl-include-2018.0.1-intel_5', 'linux-64/mkl-devel-2018.0.1-intel_5', 'linux-64/mkl-static-2018.0.1-intel_5'],
      {}
    ],
    [
      '_per_output_tests',
      ['linux-64/output_1-1.0-0', 'linux-64/test_per_output_tests-1.0-0'],
      { output_1: ['run_test.sh'], test_per_output_tests: ['run_test.sh'] }
    ],
    ['_script_and_files', ['linux-64/my_script_and_files_subpackage-1.0-0'], { my_script_and_files_subpackage: ['run_test.sh'] }],
    ['_build_script_missing_var', ['linux-64/test_1-1.0-0'], {}],
    ['jinja2_subpackage_name', ['linux-64/split_packages_jinja2_subpackage_name_subpackage-1.0-0', 'linux-64/split_packages_jinja2_subpackage_name-1.0-0'], {}],
    [
      'noarch_subpackage',
      ['noarch/pkg_subpackage-1.0-0', 'noarch/pkg_subpackage_python_noarch-1.0-0', 'linux-64/split_packages_jinja2_subpackage_name-1.0-0'],
      {}
    ],
    ['test_files_copying', ['linux-64/test-1.0-0', 'linux-64/test2-1.0-0'], { test2: ['run_test.sh'] }],
    ['test_files_in_parent', ['linux-64/abc-1.0-0', 'linux-64/test_files_in_parent_recipe-1.0-0'], { abc: ['run_test.sh'] }],
    [
      '_overlapping_files',
      ['linux-64/my_script_subpackage-1.0-0', 'linux-64/my_script_subpackage_2-1.0-0', 'linux-64/split_packages_script_overlapping_files-1.0-0'],
      {}
    ],
    [
      'script_autodetect_interpreter',
      ['linux-64/my_script_subpackage-1.0-0', 'linux-64/my_script_subpackage_shell-1.0-0', 'linux-64/split_packages_autodetect_interpreter-1.0-0'],
      {}
    ],
    [
      'script_bash_windows',
      ['linux-64/my_script_subpackage_shell_1-1.0-0', 'linux-64/my_script_subpackage_shell_2-1.0-0', 'linux-64/split_packages_bash_windows-1.0-0'],
      {}
    ],
    // with the toolchain's one python: the output that does not use python is built once, the other for that python
    ['_variant_override', ['linux-64/test_subpkg-1.0-pyXY_0', 'linux-64/test_subpkg_no_python-1.0-0'], {}],
    [
      'script_install_files',
      ['linux-64/my_script_subpackage-1.0-0', 'linux-64/split_packages_script_install_files-1.0-0'],
      { my_script_subpackage: ['run_test.py'] }
    ]
  ]

  test.each(rows)(
    '%s: the packages conda-build makes, each output tested',
    async (name, want, tested) => {
      const r = await buildRecipe(options(tmp('conda-split-'), { recipe: path.join(SPLIT, name) }))
      expect(stems(r)).toEqual(want.map(w => w.replace('pyXY_', `py${python.replace('.', '')}_`)))
      for (const p of r.packages) expect([p.name, p.tested]).toEqual([p.name, tested[p.name] ?? []])
      for (const p of r.packages) expect(fs.existsSync(p.path)).toBe(true)
    },
    300_000
  )

  test('_entry_points: python outputs built for the toolchain python, their test scripts and the top level test passing', async () => {
    const r = await buildRecipe(options(tmp('conda-split-'), { recipe: path.join(SPLIT, '_entry_points') }))
    const py = `py${python.replace('.', '')}_0`
    expect(stems(r)).toEqual([
      `linux-64/split_package_entry_points1-1.0-${py}`,
      `linux-64/split_package_entry_points2-1.0-${py}`,
      'linux-64/test_split_package_entry_points-1.0-0'
    ])
    expect(r.packages.map(p => p.tested)).toEqual([['run_test.py'], ['run_test.py'], ['run_test.sh']])
    // test_toplevel_entry_points_do_not_apply_to_subpackages
    const pkg1 = await unpack(r.packages[0].path)
    expect(fs.existsSync(path.join(pkg1, 'bin', 'pkg1'))).toBe(true)
    expect(fs.existsSync(path.join(pkg1, 'bin', 'top1'))).toBe(false)
  }, 300_000)

  test('the plan solves every output environment, one that asks for another output with its planned record', async () => {
    const solvedNames = async (name: string): Promise<Array<[string, string[], string[] | undefined]>> => {
      const o = options(tmp('conda-split-'), { recipe: path.join(SPLIT, name) })
      const plan = await planRecipe(o, await buildFacts(o))
      const shown = (r: SolvedRecord): string => (isPlanned(r) ? `planned:${r.record.name}` : r.record.name)
      return (plan.builds[0].outputs ?? []).map(s => [s.name, [...s.environments.needsOutputs], s.environments.solved?.host.map(shown)])
    }
    expect(await solvedNames('_entry_points')).toEqual([
      ['split_package_entry_points1', [], expect.arrayContaining(['python']) as string[]],
      ['split_package_entry_points2', [], expect.arrayContaining(['python']) as string[]],
      ['test_split_package_entry_points', [], undefined]
    ])
    const activation = await solvedNames('_output_activation')
    expect(activation.find(([n]) => n === 'build_script_activates')?.slice(1)).toEqual([['activation_package'], ['planned:activation_package']])
    const compiler = activation.find(([n]) => n === 'using_compiler_jinja_activates')?.[2] ?? []
    expect(compiler).toEqual(expect.arrayContaining(['planned:activation_package', 'gcc_linux-64']))
  }, 300_000)

  test('_output_activation and _test-file-hash: outputs with compiler("c") and pin_subpackage in build requirements', async () => {
    const act = await buildRecipe(options(tmp('conda-split-'), { recipe: path.join(SPLIT, '_output_activation') }))
    expect(act.packages.map(p => p.name)).toEqual(['activation_package', 'build_script_activates', 'no_activate_explicit', 'using_compiler_jinja_activates'])
    const hash = await buildRecipe(options(tmp('conda-split-'), { recipe: path.join(SPLIT, '_test-file-hash') }))
    expect(hash.packages.map(p => `${p.name}-${p.version}`)).toEqual(['_file_hash-0.0.1', 'py-file-hash-0.0.1'])
    expect(hash.packages[1].build).toMatch(new RegExp(`^py${python.replace('.', '')}h[0-9a-f]{7}_0$`))
  }, 300_000)

  test('_build_script: the output script gets its script_env (TEST_FN) and its own test passes', async () => {
    const r = await withEnv({ TEST_FN: 'test' }, () => buildRecipe(options(tmp('conda-split-'), { recipe: path.join(SPLIT, '_build_script') })))
    expect(stems(r)).toEqual(['linux-64/test_1-1.0-0', 'linux-64/test_build_script_in_output-1.0-0'])
    expect(r.packages[0].tested).toEqual(['run_test.sh'])
    const top = await unpack(r.packages[1].path)
    expect(fs.readFileSync(path.join(top, 'info', 'files'), 'utf8')).toBe('top_level.txt\n')
  }, 300_000)

  test('_hash_inputs: outputs keep the recipe files, the template only with the top level (test_subpackage_hash_inputs)', async () => {
    const r = await buildRecipe(options(tmp('conda-split-'), { recipe: path.join(SPLIT, '_hash_inputs') }))
    const [sub, top] = await Promise.all(r.packages.map(p => unpack(p.path)))
    for (const d of [sub, top]) expect(fs.existsSync(path.join(d, 'info', 'recipe', 'install-script.sh'))).toBe(true)
    expect(fs.existsSync(path.join(sub, 'info', 'recipe', 'meta.yaml.template'))).toBe(false)
    expect(fs.existsSync(path.join(sub, 'info', 'recipe', 'parent', 'build.sh'))).toBe(true)
    expect(fs.existsSync(path.join(top, 'info', 'recipe', 'parent'))).toBe(false)
    expect(fs.existsSync(path.join(top, 'info', 'recipe', 'meta.yaml.template'))).toBe(true)
    expect(json(top, 'info/index.json').depends).toEqual(['test_subpackage 1.0 0'])
  }, 300_000)

  test('_about_metadata: each output has its own about (test_about_metadata)', async () => {
    const r = await buildRecipe(options(tmp('conda-split-'), { recipe: path.join(SPLIT, '_about_metadata') }))
    const [abc, def] = await Promise.all(r.packages.map(p => unpack(p.path)))
    expect(json(abc, 'info/about.json')).toMatchObject({ summary: 'weee' })
    expect(json(abc, 'info/about.json')).not.toHaveProperty('home')
    expect(json(def, 'info/about.json')).toMatchObject({ home: 'http://not.a.url' })
    expect(json(def, 'info/about.json')).not.toHaveProperty('summary')
  }, 300_000)

  test('_inherit_build_number: every output takes the top-level build number 1', async () => {
    const r = await buildRecipe(options(tmp('conda-split-'), { recipe: path.join(SPLIT, '_inherit_build_number') }))
    expect(r.packages).toHaveLength(4)
    for (const p of r.packages) expect([p.name, p.build.endsWith('_1') || p.build === '1']).toEqual([p.name, true])
  }, 300_000)

  test('failures conda-build expects: an output script reading a missing script_env variable, a failing output test, a script of unknown type', async () => {
    const missing = await failureOf(buildRecipe(options(tmp('conda-split-'), { recipe: path.join(SPLIT, '_build_script_relying_on_missing_var') })))
    expect(missing.message).toMatch(/KeyError: 'TEST_FN_DOESNT_EXIST'/)
    const failing = await failureOf(buildRecipe(options(tmp('conda-split-'), { recipe: path.join(SPLIT, '_output_test_script') })))
    expect(failing.message).toMatch(/the test run_test\.py of output_2-1\.0-0 failed/)
    expect(failing.failed?.broken).toMatch(/broken\/output_2-1\.0-0\.conda$/)
    const unknown = await failureOf(buildRecipe(options(tmp('conda-split-'), { recipe: path.join(SPLIT, '_invalid_script_extension') })))
    expect(unknown.message).toMatch(/subpackage3\.unrecognized has an extension this suite cannot run/)
  }, 300_000)

  test('refused before any work: an output for another platform (_output_specific_subdir), a recipe whose outputs: is empty', async () => {
    const dir = tmp('conda-split-')
    const cross = buildRecipe(options(dir, { recipe: path.join(SPLIT, '_output_specific_subdir') }))
    await expect(cross).rejects.toThrow(/renders for linux-aarch64: custom_subdir-1\.0-0 \(linux-aarch64\)/)
    expect(fs.existsSync(path.join(dir, 'out', 'linux-64'))).toBe(false)
    const empty = buildRecipe(options(dir, { recipe: path.join(SPLIT, '_empty_outputs_requires_package_version') }))
    await expect(empty).rejects.toThrow(/package\/version missing: a recipe without outputs must give its version/)
  }, 300_000)
})

const TWO_OUTPUTS = `package:
  name: foo-split
  version: 1.2.3
build:
  number: 2
outputs:
  - name: libfoo
    build:
      run_exports:
        - {{ pin_subpackage('libfoo', max_pin='x.x') }}
    script: install-lib.sh
  - name: foo-tools
    build:
      pin_depends: record
    requirements:
      run:
        - {{ pin_subpackage('libfoo', exact=True) }}
    script: install-tools.sh
    test:
      commands:
        - test -f "$PREFIX/lib/libfoo.txt"
        - foo-tool | grep -q 'libfoo 1.2.3'
about:
  license: MIT
`

needs.describe('a hand-written recipe with two outputs, one pinned to the other', () => {
  let r: BuildResult
  let lib: string
  let tools: string
  beforeAll(async () => {
    channel = (await toolchainChannel()).channel
    const dir = recipe({
      'meta.yaml': TWO_OUTPUTS,
      'install-lib.sh': 'mkdir -p "$PREFIX/lib"\necho "libfoo $PKG_VERSION" > "$PREFIX/lib/libfoo.txt"\n',
      'install-tools.sh':
        'mkdir -p "$PREFIX/bin"\nprintf \'#!/bin/sh\\ncat "$(dirname "$0")/../lib/libfoo.txt"\\n\' > "$PREFIX/bin/foo-tool"\nchmod +x "$PREFIX/bin/foo-tool"\n'
    })
    r = await buildRecipe(localBuild(tmp('conda-two-'), { recipe: dir, channels: [channel], test: true }))
    ;[lib, tools] = await Promise.all(r.packages.map(p => unpack(p.path)))
  }, 900_000)

  test('both outputs are packaged, in dependency order, and the pinned one is tested', () => {
    expect(stems(r)).toEqual(['linux-64/libfoo-1.2.3-2', 'linux-64/foo-tools-1.2.3-2'])
    expect(r.packages.map(p => p.tested)).toEqual([[], ['run_test.sh']])
    expect(fs.readFileSync(path.join(lib, 'info', 'files'), 'utf8')).toBe('lib/libfoo.txt\n')
    expect(fs.readFileSync(path.join(tools, 'info', 'files'), 'utf8')).toBe('bin/foo-tool\n')
  })

  test('index.json holds the finalized depends: pin_subpackage(exact) resolved to the planned build string', () => {
    expect(json(tools, 'info/index.json')).toMatchObject({ name: 'foo-tools', version: '1.2.3', build: '2', build_number: 2, depends: ['libfoo 1.2.3 2'] })
    expect(json(lib, 'info/index.json').depends).toEqual([])
  })

  test('pin_depends: record writes the solved run set as info/requires', () => {
    expect(fs.readFileSync(path.join(tools, 'info', 'requires'), 'utf8')).toBe('libfoo 1.2.3 2\n')
    expect(fs.existsSync(path.join(lib, 'info', 'requires'))).toBe(false)
  })

  test('run_exports.json as conda-build writes it, and the finalized recipe in info/recipe/meta.yaml', () => {
    expect(json(lib, 'info/run_exports.json')).toEqual({ weak: ['libfoo >=1.2.3,<1.3.0a0'] })
    const meta = fs.readFileSync(path.join(tools, 'info', 'recipe', 'meta.yaml'), 'utf8')
    expect(meta).toMatch(/^ {2}name: foo-tools$/m)
    expect(meta).toMatch(/^extra:\n {2}final: true$/m)
    expect(meta).toMatch(/^ {2}run:\n {4}- libfoo 1\.2\.3 2$/m)
  })
})

const SIBLINGS = `package:
  name: siblings
  version: 1.2.3
outputs:
  - name: liba
    build:
      run_exports:
        - {{ pin_subpackage('liba', max_pin='x.x') }}
    script: install-a.sh
  - name: b
    requirements:
      host:
        - {{ pin_subpackage('liba', exact=True) }}
    script: install-b.sh
    test:
      commands:
        - test -f "$PREFIX/lib/b.txt"
`

const NEEDS_RUNTIME = `package:
  name: runtime
  version: 1.0
outputs:
  - name: libc-user
    requirements:
      build:
        - {{ compiler('c') }}
  - name: d
    requirements:
      host:
        - libc-user
`

needs.describe('outputs whose host needs another output: solved in the plan, the built package checked against it', () => {
  beforeAll(async () => {
    channel = (await toolchainChannel()).channel
  }, 900_000)

  test('--plan-only shows the solved set with the planned record; the build installs the built liba in its place', async () => {
    const dir = recipe({
      'meta.yaml': SIBLINGS,
      'install-a.sh': 'mkdir -p "$PREFIX/lib"\necho a > "$PREFIX/lib/a.txt"\n',
      'install-b.sh': 'test -f "$PREFIX/lib/a.txt"\nmkdir -p "$PREFIX/lib"\necho b > "$PREFIX/lib/b.txt"\n'
    })
    const o = localBuild(tmp('conda-sib-'), { recipe: dir, channels: [channel], test: true })
    const plan = await planRecipe(o, await buildFacts(o))
    const [a, b] = plan.builds[0].outputs ?? []
    expect(a.plannedDepends).toEqual([])
    expect(b.environments.solved?.host.map(r => [r.record.name, r.record.build, isPlanned(r)])).toEqual([['liba', a.buildString, true]])
    // b takes liba's run_exports from the planned record, as it will from the built package
    expect(b.plannedDepends).toEqual(['liba >=1.2.3,<1.3.0a0'])
    const shown = JSON.parse(condaPlanJson(plan)) as { builds: Array<{ outputs: Array<{ environments: { solved?: { host: unknown[] } } }> }> }
    expect(shown.builds[0].outputs[1].environments.solved?.host).toEqual([
      { name: 'liba', version: '1.2.3', build: a.buildString, fn: a.package.fn, subdir: 'linux-64', planned: true, depends: [] }
    ])
    const r = await buildRecipe(o)
    expect(stems(r)).toEqual(['linux-64/liba-1.2.3-0', 'linux-64/b-1.2.3-0'])
    expect(r.packages[1].tested).toEqual(['run_test.sh'])
    const bDir = await unpack(r.packages[1].path)
    expect(json(bDir, 'info/index.json').depends).toEqual(['liba >=1.2.3,<1.3.0a0'])
  }, 600_000)

  test("the plan reads a local channel's channeldata.json: the compiler's run_exports in the planned record, the solved set holds", async () => {
    const dir = recipe({ 'meta.yaml': NEEDS_RUNTIME })
    const lines: string[] = []
    const o = localBuild(tmp('conda-sib-'), { recipe: dir, channels: [channel], test: false, log: l => lines.push(l) })
    const plan = await planRecipe(o, await buildFacts(o))
    const [user, d] = plan.builds[0].outputs ?? []
    expect(user.plannedDepends).toEqual([expect.stringMatching(/^libgcc-ng >=\d/)])
    expect(d.environments.solved?.host.map(r => [r.record.name, isPlanned(r)])).toEqual([
      ['libgcc-ng', false],
      ['libc-user', true]
    ])
    const r = await executePlan(plan, o)
    expect(r.packages.map(p => p.name)).toEqual(['libc-user', 'd'])
    expect(json(await unpack(r.packages[0].path), 'info/index.json').depends).toEqual(user.plannedDepends)
    expect(lines.filter(l => l.includes('solved again'))).toEqual([])
    expect(r.packages[1].solvedAgain).toBeUndefined()
  }, 600_000)

  test("a built package that depends on what the plan could not know (a channel package's run_exports): that environment solved again at build time", async () => {
    const dir = recipe({ 'meta.yaml': NEEDS_RUNTIME })
    const work = tmp('conda-sib-')
    // the toolchain channel without channeldata.json (and without python, not needed): the plan reads no run_exports
    const bare = path.join(work, 'channel')
    fs.cpSync(channel, bare, { recursive: true, filter: f => !/^(channeldata\.json|python-.*)$/.test(path.basename(f)) })
    const lines: string[] = []
    const o = localBuild(work, { recipe: dir, channels: [bare], test: false, log: l => lines.push(l) })
    const plan = await planRecipe(o, await buildFacts(o))
    const [user, d] = plan.builds[0].outputs ?? []
    expect(user.plannedDepends).toEqual([])
    expect(d.environments.solved?.host.map(r => [r.record.name, isPlanned(r)])).toEqual([['libc-user', true]])
    const r = await executePlan(plan, o)
    expect(r.packages.map(p => p.name)).toEqual(['libc-user', 'd'])
    const runtime = (json(await unpack(r.packages[0].path), 'info/index.json').depends as string[]).filter(x => x.startsWith('libgcc-ng '))
    expect(runtime).toHaveLength(1)
    const id = `libc-user-1.0-${r.packages[0].build}`
    const because = `${id} depends on ${runtime[0]}, beyond the plan's solution (run_exports the plan could not read: it reads them from the package cache and from local channels' run_exports.json or channeldata.json)`
    expect(lines.filter(l => l.includes('solved again'))).toEqual([
      `host requirements of d: solved again at build time, with the built package(s) from the output channel: ${because}`
    ])
    // the re-solved set, installed and reported: the built libc-user and the libgcc-ng it asks for
    expect(r.packages[1].solvedAgain).toEqual([
      { environment: 'host requirements of d', because, packages: expect.arrayContaining([id, expect.stringMatching(/^libgcc-ng-/)]) as string[] }
    ])
  }, 600_000)

  test('a built sibling that is not the package planned (another version than the plan solved with) is still refused', async () => {
    const dir = recipe({ 'meta.yaml': SIBLINGS, 'install-a.sh': 'true\n', 'install-b.sh': 'true\n' })
    const o = localBuild(tmp('conda-sib-'), { recipe: dir, channels: [channel], test: false })
    const plan = await planRecipe(o, await buildFacts(o))
    // a wrong plan, made by hand: b's environment solved with a liba 1.2.4 that the build does not make
    const wrong = (r: SolvedRecord): SolvedRecord => (isPlanned(r) ? { ...r, record: { ...r.record, version: '1.2.4' } } : r)
    const [a, b] = plan.builds[0].outputs ?? []
    const host = b.environments.solved?.host.map(wrong) ?? []
    const edited = { ...b, environments: { ...b.environments, solved: { build: b.environments.solved?.build ?? [], host } } }
    const failure = await failureOf(executePlan({ ...plan, builds: [{ ...plan.builds[0], outputs: [a, edited] }] }, o))
    expect(failure.message).toMatch(
      /host requirements of b: the plan solved with liba-1\.2\.4-0, but the build made liba-1\.2\.3-0; the plan's solution does not hold/
    )
    expect(failure.built.map(p => p.name)).toEqual(['liba'])
  }, 600_000)
})

const mergeNeeds = all(requireTool('tar'), requireSharedData())

mergeNeeds.describe('_merge_build_host built end to end (test_subpackages.py::test_merge_build_host_applies_in_outputs)', () => {
  test('one prefix for build and host; the output pinned from it: run and run_exports with versions, the top level with no run', async () => {
    const dir = tmp('conda-merge-')
    // stand-ins for zlib and jpeg: the files the recipe's scripts test for
    const ch = await makeChannel(dir, [
      { name: 'zlib', files: { 'lib/libz.so': 'not really zlib\n' } },
      { name: 'jpeg', files: { 'lib/libjpeg.so': 'not really jpeg\n' } }
    ])
    const r = await buildRecipe(localBuild(dir, { recipe: path.join(SPLIT, '_merge_build_host'), channels: [ch] }))
    expect(r.packages.map(p => p.name).sort()).toEqual(['test_build_host_merge', 'test_merge_uses_run_exports'])
    const byName = new Map(r.packages.map(p => [p.name, p]))
    const top = await unpack(byName.get('test_build_host_merge')?.path ?? '')
    expect(json(top, 'info/index.json').depends).toEqual([])
    const out = await unpack(byName.get('test_merge_uses_run_exports')?.path ?? '')
    expect(json(out, 'info/index.json').depends).toEqual(['jpeg >=1.0,<2.0a0', 'zlib >=1.0,<2.0a0'])
    expect(json(out, 'info/run_exports.json')).toEqual({ weak: ['jpeg >=1.0,<2.0a0', 'zlib >=1.0,<2.0a0'] })
  }, 300_000)
})
