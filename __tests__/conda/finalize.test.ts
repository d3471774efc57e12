/**
 * Finalized pins and requirements as conda-build finalizes them, with the values its tests assert (each
 * row names the conda-build test). The solved prefixes are given as data: the package records a solve
 * would install, with the run_exports the packages of conda-build's test recipes carry.
 */
import * as path from 'node:path'
import { packageDepends } from '../../src/conda/finalize/depends.js'
import { pinCompatible, pinFromBuild, pinSubpackage, PinError, type CompatibleOptions } from '../../src/conda/finalize/pins.js'
import { finalizeRequirements, hostAdditions, simplifyExact, type FinalizeInput, type SolvedPackage } from '../../src/conda/finalize/requirements.js'
import { exportsToApply, runExportsJson } from '../../src/conda/finalize/run-exports.js'
import { planRecipeOutputs } from '../../src/conda/plan/recipe-outputs.js'
import { defaultVariant } from '../../src/conda/recipe/platforms.js'
import { renderRecipe } from '../../src/conda/recipe/render.js'
import { applyPinExpressions } from '../../src/conda/recipe/version.js'
import { requireSharedData, sharedData } from '../support/requirements.js'
import { ENV } from './helpers.js'

const TEST = { name: 'test', version: '1.2.3' }

describe('pin_compatible against the solved prefix (test_jinja_context.py)', () => {
  test.each<[string, string, { name: string; version: string; build?: string }, CompatibleOptions, string]>([
    ['test_pin_default', 'test', TEST, {}, 'test >=1.2.3,<2.0a0'],
    ['test_pin_compatible_exact', 'test', { ...TEST, build: 'abc_0' }, { exact: true }, 'test 1.2.3 abc_0'],
    ['test_pin_jpeg_style_default', 'jpeg', { name: 'jpeg', version: '9d', build: '0' }, {}, 'jpeg >=9d,<10a'],
    ['test_pin_jpeg_style_minor', 'jpeg', { name: 'jpeg', version: '9d', build: '0' }, { maxPin: 'x.x' }, 'jpeg >=9d,<9e'],
    ['test_pin_openssl_style_bugfix', 'openssl', { name: 'openssl', version: '1.0.2j' }, { maxPin: 'x.x.x' }, 'openssl >=1.0.2j,<1.0.3a'],
    ['test_pin_openssl_style_bugfix', 'openssl', { name: 'openssl', version: '1.0.2j' }, { maxPin: 'x.x.x.x' }, 'openssl >=1.0.2j,<1.0.2k'],
    ['test_pin_major_minor', 'test', TEST, { maxPin: 'x.x' }, 'test >=1.2.3,<1.3.0a0'],
    ['test_pin_excessive_max_pin', 'test', TEST, { maxPin: 'x.x.x.x.x.x' }, 'test >=1.2.3,<1.2.4.0a0'],
    ['test_pin_upper_bound', 'test', TEST, { upperBound: '3.0' }, 'test >=1.2.3,<3.0'],
    ['test_pin_lower_bound', 'test', TEST, { lowerBound: '1.0' }, 'test >=1.0,<2.0a0'],
    ['test_pin_none_min', 'test', TEST, { minPin: null }, 'test <2.0a0'],
    ['test_pin_none_max', 'test', TEST, { maxPin: null }, 'test >=1.2.3']
  ])('%s: pin_compatible(%s) from %j %j -> %s', (_from, name, installed, opts, want) => {
    expect(pinCompatible(name, installed, opts)).toBe(want)
  })

  test('a package in neither prefix is an error that says where to add it', () => {
    expect(() => pinCompatible('numpy', undefined)).toThrow(PinError)
    expect(() => pinCompatible('numpy', undefined)).toThrow(/add it to requirements\/host/)
  })
})

describe('pin expressions (utils.apply_pin_expressions)', () => {
  test.each([
    ['1.2.3', 'x.x', 'x', '>=1.2,<2.0a0'],
    ['1.2.3', 'x.x.x', 'x.x', '>=1.2.3,<1.3.0a0'],
    ['1.2', 'x.x.x.x.x.x', 'x.x.x', '>=1.2,<1.3.0a0'],
    ['9d', 'x', 'x', '>=9d,<10a'],
    ['1.0.2j', 'x.x.x.x', 'x.x.x.x', '>=1.0.2j,<1.0.2k'],
    ['2.0.0', null, 'x', '<3.0a0'],
    ['2.0.0', 'x.x.x', null, '>=2.0.0'],
    // a prerelease is its own lower bound (test_api_render.py::test_pin_expression_works_with_prereleases)
    ['3.10.0.rc1', 'x.x', 'x.x', '>=3.10.0.rc1,<3.11.0a0'],
    ['3.10.0rc1', 'x.x', 'x.x', '>=3.10.0rc1,<3.11.0a0'],
    ['1.0.0a1', 'x.x.x', 'x', '>=1.0.0a1,<2.0a0'],
    ['1!2.0.1', 'x.x', 'x', '>=2.0,<3.0a0']
  ])('apply_pin_expressions(%s, %s, %s) -> %s', (version, minPin, maxPin, want) => {
    expect(applyPinExpressions(version, minPin, maxPin)).toBe(want)
  })
})

describe('pin_subpackage (test_jinja_context.py)', () => {
  const out = { name: 'pkg', version: '1.0', buildString: 'h1234567_0' }
  test('test_pin_subpackage_exact: name, version and build string', () => {
    expect(pinSubpackage(out, { exact: true }).split(' ')).toEqual(['pkg', '1.0', 'h1234567_0'])
  })
  test('test_pin_subpackage_expression: name and a range', () => {
    expect(pinSubpackage(out)).toBe('pkg >=1.0,<2.0a0')
    expect(pinSubpackage(out, { maxPin: 'x.x' })).toBe('pkg >=1.0,<1.1.0a0')
    expect(pinSubpackage(out, { minPin: 'x.x.x.x.x.x.x.x', maxPin: 'x.x.x.x.x.x.x.x' })).toBe('pkg >=1.0,<1.1.0a0')
  })
})

describe('run requirements pinned to the build (render.py get_pin_from_build)', () => {
  const variant = defaultVariant('linux-64', '3.11')
  const versions = new Map([
    ['python', '3.11.5'],
    ['numpy', '1.26.4'],
    ['r-base', '4.3.1']
  ])
  test.each([
    ['python', {}, 'python >=3.11,<3.12.0a0'],
    ['r-base', {}, 'r-base >=4.3,<4.4.0a0'],
    ['numpy x.x', {}, 'numpy >=1.26,<1.27.0a0'],
    ['numpy', {}, 'numpy'],
    ['zlib', {}, 'zlib'],
    // noarch: python does not pin python
    ['python', { pythonIndependent: true }, 'python'],
    ['python * *_cpython', {}, 'python >=3.11,<3.12.0a0 *_cpython']
  ])('%s %j -> %s', (dep, extra, want) => {
    expect(pinFromBuild(dep, { versions, variant, ...extra })).toBe(want)
  })

  test('a pin_run_as_build name not in the prefix is not pinned; numpy x.x without numpy is an error', () => {
    expect(pinFromBuild('python', { versions: new Map(), variant })).toBe('python')
    expect(() => pinFromBuild('numpy x.x', { versions: new Map(), variant })).toThrow(/numpy is not in the build/)
  })

  test('pin_run_as_build given as one expression applies it to both bounds', () => {
    const v = { ...variant, pin_run_as_build: { libfoo: 'x.x' } }
    expect(pinFromBuild('libfoo', { versions: new Map([['libfoo', '2.5.1']]), variant: v })).toBe('libfoo >=2.5,<2.6.0a0')
  })
})

// the packages of conda-build's test-recipes/metadata/_run_exports*, as a solve would install them
const pkg = (name: string, version: string, runExports?: unknown, build = '0'): SolvedPackage => ({ name, version, build, runExports })
const HAS_RUN_EXPORTS = pkg('test_has_run_exports', '1.0', { strong: ['strong_pinned_package 1.0'], weak: ['weak_pinned_package 1.0'] })
const IMPLICIT_WEAK = pkg('test_has_run_exports_implicit_weak', '1.0', ['weak_pinned_package 2.0'])
const GCC = pkg('gcc_linux-64', '13.2.0', { strong: ['libgcc >=13'] })
const CONSTRAINS = pkg('run_exports_constrains', '1.0', {
  strong: ['strong_run_export'],
  weak: ['weak_run_export'],
  strong_constrains: ['strong_constrains_export'],
  weak_constrains: ['weak_constrains_export']
})
const ONLY_WEAK = pkg('run_exports_constrains_only_weak', '1.0', { weak: ['weak_run_export'], weak_constrains: ['weak_constrains_export'] })
const base = (r: Partial<FinalizeInput>): FinalizeInput => ({ requirements: {}, variant: defaultVariant('linux-64', '3.11'), build: [], ...r })

describe('run_exports applied (test_api_build.py)', () => {
  test('test_run_exports 1: only a build section (merged): weak and strong exports', () => {
    const f = finalizeRequirements(base({ requirements: { build: ['test_has_run_exports'] }, build: [HAS_RUN_EXPORTS] }))
    expect(f.run).toEqual(expect.arrayContaining(['strong_pinned_package 1.0.*', 'weak_pinned_package 1.0.*']))
    expect(f.host).toBeUndefined()
  })

  test('test_run_exports 2: host present: weak exports of build packages are left out', () => {
    const f = finalizeRequirements(
      base({
        requirements: { build: ['test_has_run_exports_implicit_weak', 'gcc_linux-64'], host: ['python'] },
        build: [IMPLICIT_WEAK, GCC],
        host: [pkg('python', '3.11.5')]
      })
    )
    expect(f.run).not.toContain('weak_pinned_package 2.0.*')
    expect(f.run).toContain('libgcc >=13')
  })

  test('test_run_exports 3: host present: strong build exports go to host and run, weak host exports to run', () => {
    const requirements = { build: ['test_has_run_exports', 'gcc_linux-64'], host: ['test_has_run_exports_implicit_weak'] }
    expect(hostAdditions([HAS_RUN_EXPORTS, GCC], requirements)).toEqual(['libgcc >=13', 'strong_pinned_package 1.0'])
    const host = [IMPLICIT_WEAK, pkg('strong_pinned_package', '1.0'), pkg('libgcc', '13.2.0')]
    const f = finalizeRequirements(base({ requirements, build: [HAS_RUN_EXPORTS, GCC], host }))
    expect(f.host).toContain('strong_pinned_package 1.0 0')
    expect(f.run).toContain('strong_pinned_package 1.0.*')
    expect(f.run).not.toContain('weak_pinned_package 1.0.*')
    expect(f.run).toContain('weak_pinned_package 2.0.*')
  })

  test.each([
    ['in_build', ['run_exports_constrains'], [], [CONSTRAINS], [], ['strong_run_export'], ['strong_constrains_export']],
    [
      'in_host',
      [],
      ['run_exports_constrains'],
      [],
      [CONSTRAINS],
      ['strong_run_export', 'weak_run_export'],
      ['strong_constrains_export', 'weak_constrains_export']
    ],
    ['only_weak_in_build', ['run_exports_constrains_only_weak'], [], [ONLY_WEAK], [], [], []],
    ['only_weak_in_host', [], ['run_exports_constrains_only_weak'], [], [ONLY_WEAK], ['weak_run_export'], ['weak_constrains_export']]
  ])('test_run_exports_constrains %s', (_case, build, host, buildPkgs, hostPkgs, run, constrained) => {
    const f = finalizeRequirements(base({ requirements: { build, host }, build: buildPkgs, host: hostPkgs }))
    expect(f.run).toEqual(run)
    expect(f.run_constrained).toEqual(constrained)
  })

  test('test_run_exports_in_subpackage: a bare run_exports list is weak; a bare version gets .*', () => {
    const f = finalizeRequirements(base({ requirements: { host: ['has_run_exports'] }, host: [pkg('has_run_exports', '1.0', 'bzip2 1.0')] }))
    expect(f.run).toEqual(['bzip2 1.0.*'])
  })

  test('test_ignore_run_exports / test_ignore_run_exports_from', () => {
    const r = { requirements: { host: ['test_has_run_exports'] }, host: [HAS_RUN_EXPORTS] }
    expect(finalizeRequirements(base({ ...r, ignoreRunExports: ['weak_pinned_package'] })).run).toEqual(['strong_pinned_package 1.0.*'])
    expect(finalizeRequirements(base({ ...r, ignoreRunExportsFrom: ['test_has_run_exports'] })).run).toEqual([])
    expect(finalizeRequirements(base({ ...r, ignoreRunExports: ['*'] })).run).toEqual([])
  })

  test('test_run_exports_noarch_python: noarch takes only the noarch exports; host keeps the exact record', () => {
    const python = pkg('python', '3.6', { noarch: ['python'], weak: ['python 3.6 run_exports'] }, 'with_run_exports')
    const f = finalizeRequirements(base({ requirements: { host: ['python'], run: ['python'] }, host: [python], noarch: 'python' }))
    expect(f.host).toContain('python 3.6 with_run_exports')
    expect(f.run).toEqual(['python'])
  })

  test('exports only from packages the section names; a spec the recipe gives and an export of the same name: the versioned one', () => {
    const zlib = pkg('zlib', '1.3.1', ['zlib >=1.3.1,<2.0a0'])
    const dep = pkg('libpng', '1.6.43', ['libpng >=1.6.43,<1.7.0a0'])
    const f = finalizeRequirements(base({ requirements: { host: ['zlib'], run: ['zlib'] }, host: [zlib, dep] }))
    expect(f.run).toEqual(['zlib >=1.3.1,<2.0a0'])
  })

  test('no host section with compilers in build (not merged): only strong exports', () => {
    const e = exportsToApply({
      build: [{ name: 'x', runExports: { strong: ['s'], weak: ['w'] } }],
      host: [],
      merged: false,
      hasHost: false,
      noarch: false,
      ignore: [],
      ignoreFrom: []
    })
    expect(e.run).toEqual(['s'])
  })
})

describe('finalized run requirements', () => {
  const python = pkg('python', '3.11.5', { weak: ['python_abi 3.11.* *_cp311'] }, 'h955ad1f_0')
  test('python in run becomes the range of the python built against (pin_run_as_build)', () => {
    const f = finalizeRequirements(base({ requirements: { host: ['python'], run: ['python'] }, host: [python] }))
    expect(f.run).toEqual(['python >=3.11,<3.12.0a0', 'python_abi 3.11.* *_cp311'])
    expect(f.host).toEqual(['python 3.11.5 h955ad1f_0'])
  })

  test('test_pin_depends (strict): run is the solved run set; record keeps run and lists it for info/requires', () => {
    const runSolved = [pkg('python', '3.11.5', undefined, 'h955ad1f_0'), pkg('libzlib', '1.3.1', undefined, 'hb9d3cd8_2')]
    const r = { requirements: { host: ['python'], run: ['python'] }, host: [python], runSolved }
    const strict = finalizeRequirements(base({ ...r, pinDepends: 'strict' }))
    expect(strict.run.some(d => /python\s+[23]\./.test(d))).toBe(true)
    expect(strict.run).toEqual(['libzlib 1.3.1 hb9d3cd8_2', 'python 3.11.5 h955ad1f_0'])
    const record = finalizeRequirements(base({ ...r, pinDepends: 'record' }))
    expect(record.run.some(d => /python\s+[23]\./.test(d))).toBe(false)
    expect(record.requires).toContain('python 3.11.5 h955ad1f_0')
    expect(() => finalizeRequirements(base({ ...r, pinDepends: 'always' }))).toThrow(/'record' or 'strict'/)
  })

  test('test requirements are pinned the same way', () => {
    const f = finalizeRequirements(base({ requirements: { host: ['python'] }, host: [python], testRequires: ['python', 'pytest'] }))
    expect(f.testRequires).toEqual(['python >=3.11,<3.12.0a0', 'pytest'])
  })

  test('the recipe’s own outputs in the prefix are not pinned as built', () => {
    const variant = { ...defaultVariant('linux-64'), pin_run_as_build: { foo: { min_pin: 'x.x', max_pin: 'x.x' } } }
    const r = base({ requirements: { host: ['foo'], run: ['foo'] }, host: [pkg('foo', '1.2.3')], variant })
    expect(finalizeRequirements(r).run).toEqual(['foo >=1.2,<1.3.0a0'])
    expect(finalizeRequirements({ ...r, outputNames: ['foo'] }).run).toEqual(['foo'])
  })
})

describe('one spec per name (render.py _simplify_to_exact_constraints)', () => {
  test.each([
    [['zlib', 'zlib >=1.2,<2'], ['zlib >=1.2,<2']],
    [['zlib >=1.2', 'zlib 1.3.1 h0_0'], ['zlib 1.3.1 h0_0']],
    [['zlib'], ['zlib']],
    [
      ['a 1.0', 'b'],
      ['a 1.0.*', 'b']
    ]
  ])('%j -> %j', (deps, want) => {
    expect(simplifyExact(deps, 'run')).toEqual(want)
  })
  test('two different exact pins are an error naming them', () => {
    expect(() => simplifyExact(['zlib 1.3.1 h0_0', 'zlib 1.3.0 h0_0'], 'run')).toThrow(/conflicting exact pins of zlib/)
  })
})

describe('run_exports.json (build.py write_run_exports)', () => {
  test.each([
    [['bzip2 1.0'], { weak: ['bzip2 1.0'] }],
    ['libfoo >=1.2,<2.0a0', { weak: ['libfoo >=1.2,<2.0a0'] }],
    [
      { strong: 'libfoo 1.2.*', weak_constrains: ['x <2'] },
      { strong: ['libfoo 1.2.*'], weak_constrains: ['x <2'] }
    ],
    [[], undefined],
    [null, undefined]
  ])('%j -> %j', (value, want) => {
    expect(runExportsJson(value)).toEqual(want)
  })
})

const shared = requireSharedData()
const metadataDir = path.join(sharedData, 'conda-build', 'tests', 'test-recipes', 'metadata')

shared.describe('conda-build recipes rendered, planned and finalized', () => {
  const planned = (name: string) => {
    const rendered = renderRecipe({ recipe: path.join(metadataDir, name), targetPlatform: 'linux-64', buildPlatform: 'linux-64', env: ENV })
    return { rendered, plan: planRecipeOutputs(rendered, 'linux-64') }
  }

  test.each([
    ['test_api_render.py::test_pin_expression_works_with_prereleases', '_pinning_prerelease', 'foo', '3.10.0.rc1', 'foo >=3.10.0.rc1,<3.11.0a0'],
    [
      'test_api_render.py::test_pin_expression_works_with_python_prereleases',
      '_pinning_prerelease_python',
      'python',
      '3.10.0rc1',
      'python >=3.10.0rc1,<3.11.0a0'
    ]
  ])('%s', (_from, recipeName, dep, version, want) => {
    const { rendered, plan } = planned(recipeName)
    expect(plan.outputs).toHaveLength(2)
    const bar = plan.outputs.find(o => o.name === 'bar')
    expect(bar).toBeDefined()
    const variant = rendered.variants[0].input ?? {}
    const f = finalizeRequirements({ requirements: bar?.requirements ?? {}, variant, build: [], host: [pkg(dep, version)] })
    expect(f.run).toContain(want)
  })

  test('test_api_render.py::test_pin_compatible_semver: zlib >=1.2.11,<2.0a0 from the host zlib', () => {
    expect(pinCompatible('zlib', { name: 'zlib', version: '1.2.11' })).toBe('zlib >=1.2.11,<2.0a0')
  })
})

describe("the builder's depends (finalize/depends.ts)", () => {
  test('a rendered recipe and the installed prefixes give index.json depends and constrains', () => {
    const meta = {
      requirements: { build: ['gcc_linux-64'], host: ['python', 'zlib'], run: ['python'] },
      build: { ignore_run_exports: ['libgcc'] }
    }
    const got = packageDepends({
      meta,
      variant: defaultVariant('linux-64', '3.12'),
      build: [{ name: 'gcc_linux-64', version: '13.2.0', build: '0', exports: { strong: ['libgcc >=13'] } }],
      host: [
        { name: 'python', version: '3.12.4', build: 'h1_0', exports: { weak: ['python_abi 3.12.* *_cp312'] } },
        { name: 'zlib', version: '1.3.1', build: 'h2_0', exports: { weak: ['libzlib >=1.3.1,<2.0a0'], weak_constrains: ['zlib-ng <3'] } },
        { name: 'libzlib', version: '1.3.1', build: 'h3_0', exports: { weak: ['not-named-in-host'] } }
      ],
      merged: false
    })
    expect(got).toMatchObject({ depends: ['libzlib >=1.3.1,<2.0a0', 'python >=3.12,<3.13.0a0', 'python_abi 3.12.* *_cp312'], constrains: ['zlib-ng <3'] })
  })
})
