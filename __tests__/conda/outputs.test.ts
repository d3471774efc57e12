/**
 * Multi-output recipes planned as conda-build plans them. The recipes are conda-build's own test recipes
 * (../shared/data/conda-build/tests/test-recipes), rendered by the suite's renderer, then planned; each row
 * names the conda-build test whose assertion it repeats. Hand-written recipes cover the rest.
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { RecipeError } from '../../src/conda/recipe/location.js'
import { renderRecipe, type RenderOptions } from '../../src/conda/recipe/render.js'
import { orderNames } from '../../src/conda/plan/output-order.js'
import type { OutputPlan, PlannedOutput } from '../../src/conda/plan/outputs.js'
import { hasOutputs, planRecipeOutputs } from '../../src/conda/plan/recipe-outputs.js'
import { buildRecipe } from '../../src/conda/builder/build.js'
import { requireSharedData, sharedData } from '../support/requirements.js'
import { ENV, recipe, recipeErrorOf, tmp } from './helpers.js'

const shared = requireSharedData()
const corpus = path.join(sharedData, 'conda-build', 'tests', 'test-recipes')

function plan(dir: string, opts: Partial<RenderOptions> = {}): OutputPlan {
  const subdir = opts.targetPlatform ?? 'linux-64'
  const rendered = renderRecipe({ recipe: dir, targetPlatform: subdir, buildPlatform: 'linux-64', env: ENV, ...opts })
  return planRecipeOutputs(rendered, subdir)
}
const split = (name: string, opts: Partial<RenderOptions> = {}): OutputPlan => plan(path.join(corpus, 'split-packages', name), opts)
const names = (p: OutputPlan): string[] => p.outputs.map(o => o.name)
const stems = (p: OutputPlan): string[] => p.outputs.map(o => `${o.name}-${o.version}-${o.buildString}`)
const byName = (p: OutputPlan, n: string): PlannedOutput[] => p.outputs.filter(o => o.name === n)

shared.describe('conda-build split-packages recipes plan with the outputs its tests assert', () => {
  test.each([
    // [conda-build test, recipe, outputs]
    ['test_subpackages.py::test_intradependencies', '_intradependencies', 11],
    ['test_subpackages.py::test_subpackage_variant_override', '_variant_override', 3],
    ['test_subpackages.py::test_intradep_with_templated_output_name', '_intradep_with_templated_output_name', 3],
    ['test_subpackages.py::test_output_specific_subdir', '_output_specific_subdir', 3],
    ['test_subpackages.py::test_about_metadata', '_about_metadata', 2],
    ['test_subpackages.py::test_subpackage_hash_inputs', '_hash_inputs', 2],
    ['test_subpackages.py::test_overlapping_files', '_overlapping_files', 3],
    ['test_subpackages.py::test_subpackage_order_natural', '_order', 2],
    ['test_subpackages.py::test_subpackage_order_bad', '_order_bad', 2],
    ['test_subpackages.py::test_build_string_does_not_incorrectly_add_hash', '_build_string_with_variant', 4],
    ['test_subpackages.py::test_multi_outputs_without_package_version', '_multi_outputs_without_package_version', 3]
  ] as const)('%s: %s makes %d packages', (_from, name, count) => {
    expect(split(name).outputs).toHaveLength(count)
  })

  test('test_subpackage_variant_override: the output without python is built once, the one with python once per python', () => {
    const p = split('_variant_override')
    expect(byName(p, 'test_subpkg_no_python')).toHaveLength(1)
    expect(byName(p, 'test_subpkg').map(o => o.variant.python)).toEqual(['3.8', '3.9'])
    expect(byName(p, 'test_subpkg_no_python')[0].variant).not.toHaveProperty('python')
  })

  test('test_intradependencies: exact pins name the build string planned for the other output', () => {
    const p = split('_intradependencies')
    const lib1 = byName(p, 'lib1')[0]
    for (const py1 of byName(p, 'py1')) expect(py1.requirements.run).toContain(`lib1 1.0 ${lib1.buildString}`)
    expect(byName(p, 'dep1').map(o => o.version)).toEqual(['2.7.16', '3.7.3'])
    // outputs come after those they need
    expect(names(p).indexOf('lib1')).toBeLessThan(names(p).indexOf('py1'))
    expect(names(p).indexOf('lib2')).toBeLessThan(names(p).indexOf('r2'))
  })

  test('test_intradep_with_templated_output_name: the names, the top level added because it pins an output', () => {
    const p = split('_intradep_with_templated_output_name')
    expect(new Set(names(p))).toEqual(new Set(['test_templated_subpackage_name', 'templated_subpackage_nameabc', 'depends_on_templated']))
    expect(p.outputs.find(o => o.name === 'test_templated_subpackage_name')?.implicit).toBe(true)
  })

  test('test_output_specific_subdir: `target:` sets the subdir of that output only', () => {
    const p = split('_output_specific_subdir')
    expect(Object.fromEntries(p.outputs.map(o => [o.name, o.subdir]))).toEqual({
      custom_subdir: 'linux-aarch64',
      default_subdir: 'linux-64',
      default_subdir_2: 'linux-64'
    })
  })

  test('test_about_metadata: each output has its own about section', () => {
    const p = split('_about_metadata')
    expect(byName(p, 'abc')[0].about).toEqual({ summary: 'weee' })
    expect(byName(p, 'def')[0].about).toEqual({ home: 'http://not.a.url' })
  })

  test('test_multi_outputs_without_package_version: a-1-0, b-2-0, c-3-0 in that order', () => {
    expect(stems(split('_multi_outputs_without_package_version'))).toEqual(['a-1-0', 'b-2-0', 'c-3-0'])
  })

  test('test_subpackage_order_natural / _bad: the pinned output first', () => {
    expect(names(split('_order'))).toEqual(['a', 'b'])
    expect(names(split('_order_bad'))).toEqual(['d', 'c'])
    expect(byName(split('_order_bad'), 'c')[0].requirements.host).toEqual(['d >=1,<2.0a0'])
  })

  test('test_build_string_does_not_incorrectly_add_hash: manual build strings stay as written', () => {
    const s = stems(split('_build_string_with_variant'))
    expect(s).toEqual(expect.arrayContaining(['clang_variant-1.0-cling', 'clang_variant-1.0-default']))
  })

  test('test_inherit_build_number: every output takes the top-level build number 1', () => {
    const p = split('_inherit_build_number')
    expect(p.outputs.length).toBeGreaterThan(0)
    for (const o of p.outputs) expect([o.name, o.buildNumber]).toEqual([o.name, 1])
  })

  test('test_output_same_name_as_top_level_does_correct_output_regex: ipp has no requirements', () => {
    const ipp = byName(split('_output_named_same_as_top_level'), 'ipp')
    expect(ipp).toHaveLength(1)
    expect(ipp[0].requirements).toMatchObject({ build: [], host: [], run: [] })
    expect(ipp[0].buildString).toBe('intel_3')
  })

  test('test_circular_deps_cross: a cross recipe whose outputs need each other only in build renders', () => {
    expect(names(split('_circular_deps_cross'))).toEqual(['gcc_impl_linux-32', 'gxx_impl_linux-32'])
  })

  test('test_python_line_up_with_compiled_lib (win-64): 2 libxyz, 3 py-xyz, 3 xyz; exact pins line up', () => {
    for (const recipeName of ['_line_up_python_compiled_libs', '_line_up_python_compiled_libs_top_level_same_name_output']) {
      const p = split(recipeName, { targetPlatform: 'win-64' })
      expect([byName(p, 'libxyz').length, byName(p, 'py-xyz').length, byName(p, 'xyz').length]).toEqual([2, 3, 3])
      for (const o of [...byName(p, 'py-xyz'), ...byName(p, 'xyz')]) {
        const lib = o.requirements.run.find(d => d.startsWith('libxyz '))
        expect(lib?.split(' ')).toHaveLength(3)
        // the libxyz built with the same compiler
        const same = byName(p, 'libxyz').find(l => lib === `libxyz 1.0 ${l.buildString}`)
        expect(same).toBeDefined()
        if (o.variant.c_compiler) expect(same?.variant.c_compiler).toBe(o.variant.c_compiler)
      }
      for (const o of byName(p, 'xyz')) expect(o.requirements.run.find(d => d.startsWith('py-xyz '))?.split(' ')).toHaveLength(3)
    }
  })

  test('test_pin_expression_works_with_prereleases (metadata/_pinning_prerelease): the range of a prerelease', () => {
    const p = plan(path.join(corpus, 'metadata', '_pinning_prerelease'))
    expect(names(p)).toEqual(['foo', 'bar'])
  })

  test('test_self_reference_run_exports_pin_subpackage_picks_up_version_correctly', () => {
    const p = plan(path.join(corpus, 'metadata', '_self_reference_run_exports'))
    expect(p.outputs).toHaveLength(1)
    expect(p.outputs[0].runExports).toEqual(['test >=1.0.0,<2.0a0'])
  })

  test('test_pin_compatible_in_outputs: numpy pinned to a range in run', () => {
    const run = split('_pin_compatible_in_output').outputs[0].requirements.run
    expect(run.some(r => /numpy\s*>=.*,<.*/.test(r))).toBe(true)
  })

  const variantsDir = path.join(corpus, 'variants')
  test('test_variants.py::test_variants_in_output_names: 11_variant_output_names makes 4 packages', () => {
    expect(plan(path.join(variantsDir, '11_variant_output_names')).outputs).toHaveLength(4)
  })

  test.each([
    ['linux-64', []],
    ['linux-64', ['config_with_zip.yaml']],
    ['win-64', ['config_with_zip.yaml']]
  ])('test_variants.py::test_inner_python_loop_with_output (%s %j): tbb once, tbb-devel once, tbb4py per python', (subdir, configs) => {
    const dir = path.join(variantsDir, 'test_python_as_subpackage_loop')
    const p = plan(dir, { targetPlatform: subdir, variantConfigFiles: configs.map(c => path.join(dir, c)) })
    expect(p.outputs).toHaveLength(5)
    expect([byName(p, 'tbb').length, byName(p, 'tbb-devel').length, byName(p, 'tbb4py').length]).toEqual([1, 1, 3])
  })

  test.each([
    ['linux-64', false],
    ['win-64', true]
  ])('test_variants.py::test_detect_variables_in_build_and_output_scripts (%s): each output uses the keys of its own text and script', (subdir, bat) => {
    const p = plan(path.join(variantsDir, '24_test_used_vars_in_scripts'), { targetPlatform: subdir })
    expect(p.outputs.length).toBeGreaterThan(1)
    for (const o of p.outputs) {
      const used = Object.keys(o.variant)
      if (o.name === 'test_find_used_variables_in_scripts') {
        expect(used).toEqual(expect.arrayContaining(['SELECTOR_VAR', 'BASH_VAR1', 'BASH_VAR2']))
        expect(used).not.toContain('OUTPUT_SELECTOR_VAR')
        expect(used).not.toContain('OUTPUT_VAR')
        expect(used.includes('BAT_VAR')).toBe(bat)
      } else {
        expect(used).toEqual(expect.arrayContaining(['OUTPUT_SELECTOR_VAR', 'OUTPUT_VAR']))
        for (const k of ['SELECTOR_VAR', 'BASH_VAR1', 'BASH_VAR2', 'BAT_VAR']) expect(used).not.toContain(k)
      }
    }
  })

  test('test_subpackage_recipes (jinja2_subpackage_name): an output named with PKG_NAME is known to pin_subpackage', () => {
    const p = split('jinja2_subpackage_name')
    expect(names(p)).toEqual(['split_packages_jinja2_subpackage_name_subpackage', 'split_packages_jinja2_subpackage_name'])
    expect(p.outputs[1].requirements.run).toEqual(['split_packages_jinja2_subpackage_name_subpackage >=1.0,<2.0a0'])
  })

  test('copying_files: `files:` as a list globs the prefix, include/exclude only new files; the implicit top level takes the build’s new files', () => {
    const p = split('copying_files')
    expect(byName(p, 'my_script_subpackage_files')[0].packaging).toEqual({
      files: { kind: 'globs', include: ['subpackage_file1', 'somedir', '*.ext', 'lib/libpng*'], exclude: [], newOnly: false }
    })
    expect(byName(p, 'my_script_subpackage_include_exclude')[0].packaging.files).toEqual({
      kind: 'globs',
      include: ['subpackage_include_exclude1', 'anotherdir', '*.wav', 'lib/libdav1d*'],
      exclude: ['*3.wav'],
      newOnly: true
    })
    expect(byName(p, 'split_packages_file_list')[0].packaging).toEqual({ files: { kind: 'top-level-new' } })
  })

  test('script_install_files: an output script runs with its interpreter and its package holds what it added', () => {
    const p = split('script_install_files')
    expect(byName(p, 'my_script_subpackage')[0].packaging).toEqual({ run: { file: 'subpackage1.py', interpreter: 'python' }, files: { kind: 'script-new' } })
  })

  test('_output_named_same_as_top_level: build/script lines of the top-level output run; the others are empty packages', () => {
    const p = split('_output_named_same_as_top_level')
    expect(byName(p, 'ipp')[0].packaging).toEqual({ run: { lines: ['echo "weee"'] }, files: { kind: 'top-level-new' } })
    expect(byName(p, 'ipp-include')[0].packaging).toEqual({ files: { kind: 'none' } })
  })

  test('test_subpackage_variant_override: the top-level build runs per python; the output without python comes from the first', () => {
    const p = split('_variant_override')
    expect(p.builds.map(b => b.variant.python)).toEqual(['3.8', '3.9'])
    expect(p.builds.map(b => b.outputs.map(i => `${p.outputs[i].name}-${p.outputs[i].buildString}`))).toEqual([
      ['test_subpkg-py38_0', 'test_subpkg_no_python-0'],
      ['test_subpkg-py39_0']
    ])
  })

  test('an output type this suite does not build is an error naming the output (split-packages/_alternate_type_wheel)', () => {
    const e = recipeErrorOf(() => split('_alternate_type_wheel'))
    expect(e.message).toMatch(/split_packages_alternate_type_wheel/)
    expect(e.message).toMatch(/type 'wheel' is not built/)
  })
})

const meta = (text: string): string => recipe({ 'meta.yaml': text })

describe('outputs planned from hand-written recipes', () => {
  test('test_subpackage_independent_hash: the top level is added when its run requirements name an output', () => {
    const p = plan(meta('package:\n  name: top\n  version: 1.0\nrequirements:\n  run:\n    - a\noutputs:\n  - name: a\n    requirements: bzip2\n'))
    expect(names(p)).toEqual(['a', 'top'])
    expect(p.outputs.map(o => o.implicit)).toEqual([false, true])
    expect(byName(p, 'a')[0].requirements).toMatchObject({ host: ['bzip2'], run: ['bzip2'] })
  })

  test('test_output_pkg_path_shows_all_subpackages / test_subpackage_version_provided: outputs only; own version', () => {
    expect(names(plan(meta('package:\n  name: top\n  version: 1.0\noutputs:\n  - name: a\n  - name: b\n')))).toEqual(['a', 'b'])
    const p = plan(meta('package:\n  name: top\n  version: 1.0\nbuild:\n  number: 1\noutputs:\n  - name: a\n    version: 2.0\n'))
    expect(stems(p)).toEqual(['a-2.0-1'])
  })

  test('a recipe without outputs is its top-level package, packaging what its build added', () => {
    const p = plan(meta('package:\n  name: solo\n  version: 2.1\nrequirements:\n  host:\n    - zlib\n  run:\n    - zlib\n'))
    expect(stems(p)).toEqual(['solo-2.1-0'])
    expect(p.outputs[0]).toMatchObject({ topLevel: true, implicit: false, type: 'conda', packaging: { files: { kind: 'top-level-new' } } })
    expect(p.builds).toEqual([
      { variant: { target_platform: 'linux-64' }, requirements: { build: [], host: ['zlib'], hasHost: true }, script: undefined, outputs: [0] }
    ])
  })

  test('an output of the top-level name takes the top-level requirements and build keys it does not set', () => {
    const text = [
      'package:\n  name: top\n  version: 1.0',
      'build:\n  number: 3\n  script: echo top',
      'requirements:\n  host:\n    - zlib\n  run:\n    - zlib',
      'about:\n  license: MIT',
      'outputs:\n  - name: top\n    requirements:\n      run:\n        - bzip2\n  - name: other\n    script: other.sh\n    files:\n      - lib/*.so\n'
    ].join('\n')
    const p = plan(meta(text))
    const top = byName(p, 'top')[0]
    expect(top.requirements).toMatchObject({ host: ['zlib'], run: ['bzip2'] })
    expect(top.buildNumber).toBe(3)
    expect(top.script).toBe('echo top')
    const other = byName(p, 'other')[0]
    expect(other).toMatchObject({ script: 'other.sh', files: ['lib/*.so'], buildNumber: 3, about: { license: 'MIT' } })
    expect(other.requirements).toMatchObject({ host: [], run: [] })
  })

  test('per-output tests replace the top-level one; without one, the top-level test loses commands and imports', () => {
    const text = [
      'package:\n  name: top\n  version: 1.0',
      'test:\n  requires:\n    - pytest\n  commands:\n    - top-cmd',
      'outputs:\n  - name: a\n    test:\n      commands:\n        - a-cmd\n  - name: b\n'
    ].join('\n')
    const p = plan(meta(text))
    expect(byName(p, 'a')[0].test).toEqual({ commands: ['a-cmd'] })
    expect(byName(p, 'b')[0].test).toEqual({ requires: ['pytest'] })
  })

  test('noarch per output, not inherited from the top level', () => {
    const text = 'package:\n  name: top\n  version: 1.0\nbuild:\n  noarch: generic\noutputs:\n  - name: a\n  - name: b\n    noarch: python\n'
    const p = plan(meta(text))
    expect(byName(p, 'a')[0].subdir).toBe('linux-64')
    expect(byName(p, 'b')[0]).toMatchObject({ noarch: 'python', subdir: 'noarch' })
  })

  test('an output with build/skip true is not planned', () => {
    const p = plan(meta('package:\n  name: top\n  version: 1.0\noutputs:\n  - name: a\n    build:\n      skip: true\n  - name: b\n'))
    expect(names(p)).toEqual(['b'])
  })

  test('outputs that need each other are an error naming them', () => {
    const text = 'package:\n  name: top\n  version: 1.0\noutputs:\n  - name: a\n    requirements:\n      - b\n  - name: b\n    requirements:\n      - a\n'
    const e = recipeErrorOf(() => plan(meta(text)))
    expect(e.message).toMatch(/circular dependencies in the recipe's outputs: a <-> b \(each names the other in its build, host or run requirements\)/)
  })

  test('rpm outputs are refused by name', () => {
    const e = recipeErrorOf(() => plan(meta('package:\n  name: top\n  version: 1.0\noutputs:\n  - name: r\n    type: rpm\n')))
    expect(e).toBeInstanceOf(RecipeError)
    expect(e.message).toMatch(/outputs\/0 \(r\): output type 'rpm'/)
  })
})

describe('build order', () => {
  const item = (name: string, run: string[] = [], build: string[] = [], hasHost = false) => ({ name, requirements: { build, host: [], run, hasHost } })
  test.each([
    ['alphabetical among independent outputs', [item('c'), item('a'), item('b')], ['a', 'b', 'c'], false],
    ['a dependency first', [item('a', ['b 1.0']), item('b')], ['b', 'a'], false],
    ['a dependency on itself does not count', [item('a', ['a'])], ['a'], false],
    ['build requirements count without a host section', [item('a', [], ['b']), item('b')], ['b', 'a'], false],
    [
      'build requirements do not count for the order with a host section (cross: nor for the pairs, they come from the build platform)',
      [item('a', [], ['b'], true), item('b', ['a'])],
      ['a', 'b'],
      true
    ]
  ] as const)('%s', (_what, items, want, cross) => {
    expect(orderNames(items, cross)).toEqual(want)
  })

  test('two outputs that name each other in build, host or run are refused as conda-build refuses them, also when the order would allow it', () => {
    const mutual = [item('a', [], ['b'], true), item('b', ['a'])]
    expect(() => orderNames(mutual)).toThrow(/circular dependencies in the recipe's outputs: a <-> b/)
    // cross-compiling, build requirements are not the recipe's outputs: no pair
    expect(orderNames(mutual, true)).toEqual(['a', 'b'])
  })
})

describe('the builder takes outputs: recipes as outputs, and refuses the output types it does not build', () => {
  const options = (dir: string) => ({
    recipe: dir,
    outputDir: tmp('conda-out-'),
    channels: [],
    targetPlatform: 'linux-64',
    format: 'conda' as const,
    test: false,
    keepWork: false,
    croot: tmp('conda-croot-'),
    cacheDir: tmp('conda-cache-'),
    sourceCacheDir: tmp('conda-src-'),
    sourceDateEpoch: '0'
  })

  test('an output of type wheel fails before any work, naming the type', async () => {
    const dir = meta('package:\n  name: top\n  version: 1.0\noutputs:\n  - name: a\n  - name: w\n    type: wheel\n')
    const err = await buildRecipe(options(dir)).then(
      () => undefined,
      (e: unknown) => e
    )
    expect(err).toBeInstanceOf(RecipeError)
    expect((err as Error).message).toMatch(/outputs\/1 \(w\): output type 'wheel' is not built by this suite/)
    expect(fs.existsSync(path.join(options(dir).outputDir, 'linux-64'))).toBe(false)
  })

  test('outputs: that only names the top level is the top-level package', () => {
    const dir = meta('package:\n  name: top\n  version: 1.0\noutputs:\n  - name: top\n')
    const rendered = renderRecipe({ recipe: dir, targetPlatform: 'linux-64', buildPlatform: 'linux-64', env: ENV })
    expect(hasOutputs(rendered)).toBe(false)
    const withScript = meta('package:\n  name: top\n  version: 1.0\noutputs:\n  - name: top\n    script: install.sh\n')
    const r2 = renderRecipe({ recipe: withScript, targetPlatform: 'linux-64', buildPlatform: 'linux-64', env: ENV })
    expect(hasOutputs(r2)).toBe(true)
  })
})
