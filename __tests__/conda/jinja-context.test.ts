/**
 * The Jinja context conda-build gives a recipe, without git: the render-time variables (PYTHON, PREFIX,
 * SRC_DIR, STDLIB_DIR, script_env...), `environ`, load_setup_py_data's static reader, relative source URLs,
 * duplicate keys in conda_build_config.yaml. Rows on conda-build's own test recipes
 * (../shared/data/conda-build/tests/test-recipes) name the conda-build test whose assertion they repeat.
 * The rows that clone git repositories are in jinja-context.itg.test.ts.
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { environFor, renderVariables, RENDER_ONLY_DIRS } from '../../src/conda/recipe/context-vars.js'
import { loadSetupPyData } from '../../src/conda/recipe/context-files.js'
import { readSetupPy } from '../../src/conda/recipe/context-setup-py.js'
import { renderRecipe, type RenderOptions } from '../../src/conda/recipe/render.js'
import { renderRecipeWithSource, sourceReader } from '../../src/conda/source/for-render.js'
import type { CondaFacts } from '../../src/conda/plan/facts.js'
import { planRendered, renderOnce } from '../../src/conda/plan/make.js'
import { gitVarsFrom, pep440FromDescribe } from '../../src/conda/source/git.js'
import { hgPlan, hgVarsFrom } from '../../src/conda/source/hg.js'
import { sourceSpecs, sourceUrl } from '../../src/conda/source/spec.js'
import { requireSharedData, sharedData } from '../support/requirements.js'
import { ENV, recipe, tmp } from './helpers.js'

const shared = requireSharedData()
const corpus = path.join(sharedData, 'conda-build', 'tests', 'test-recipes')
const opts = (dir: string, extra: Partial<RenderOptions> = {}): RenderOptions => ({
  recipe: dir,
  targetPlatform: 'linux-64',
  buildPlatform: 'linux-64',
  env: ENV,
  ...extra
})
const meta = (dir: string, extra: Partial<RenderOptions> = {}) => renderRecipe(opts(dir, extra)).variants[0]
const dict = (v: unknown): Record<string, unknown> => v as Record<string, unknown>

describe('render-time variables (conda-build environ.get_dict)', () => {
  const base = {
    subdir: 'linux-64',
    buildSubdir: 'linux-64',
    recipeDir: '/r',
    variant: { python: '3.11', numpy: '2.0' },
    env: { PATH: '/usr/bin', HOME: '/home/u', SECRET_TOKEN: 'x' },
    dirs: { croot: '/bld', stamp: '1700000000' },
    pkg: { name: 'pkg', version: '1.0', number: '2' },
    deps: ['python', 'numpy'],
    hasHost: true,
    scriptEnv: ['SECRET_TOKEN', 'FIXED=1', 'ABSENT']
  }
  const vars = renderVariables(base)

  test.each([
    ['PREFIX', vars.PREFIX.startsWith('/bld/pkg_1700000000/_h_env_placehold') && vars.PREFIX.length === 255],
    ['BUILD_PREFIX', vars.BUILD_PREFIX === '/bld/pkg_1700000000/_build_env'],
    ['SRC_DIR', vars.SRC_DIR === '/bld/pkg_1700000000/work'],
    ['PYTHON', vars.PYTHON === `${vars.PREFIX}/bin/python`],
    ['STDLIB_DIR', vars.STDLIB_DIR === `${vars.PREFIX}/lib/python3.11`],
    ['SP_DIR', vars.SP_DIR === `${vars.PREFIX}/lib/python3.11/site-packages`],
    ['PY_VER', vars.PY_VER === '3.11'],
    ['NPY_VER', vars.NPY_VER === '2.0' && vars.CONDA_NPY === '20'],
    ['CONDA_BUILD_STATE', vars.CONDA_BUILD_STATE === 'RENDER'],
    ['PKG_BUILD_STRING placeholder', vars.PKG_BUILD_STRING === 'placeholder' && vars.PKG_HASH === '1234567'],
    ['script_env passed through', vars.SECRET_TOKEN === 'x' && vars.FIXED === '1' && !('ABSENT' in vars)],
    ['no pip variables at render', !('PIP_NO_INDEX' in vars)],
    ['RECIPE_DIR', vars.RECIPE_DIR === '/r']
  ])('%s', (_name, ok) => expect(ok).toBe(true))

  test('PYTHON only when python is a requirement of the prefix that runs the build', () => {
    expect(renderVariables({ ...base, deps: ['zlib'] }).PYTHON).toBeUndefined()
    expect(renderVariables({ ...base, deps: [], pkg: { ...base.pkg, name: 'python' } }).PYTHON).toBeDefined()
  })

  test('without a host section build and host share the prefix; render-only uses the placeholder root', () => {
    const v = renderVariables({ ...base, hasHost: false, dirs: undefined })
    expect(v.BUILD_PREFIX).toBe(v.PREFIX)
    expect(v.PREFIX.startsWith(path.join(RENDER_ONLY_DIRS.croot, 'pkg_0', '_h_env'))).toBe(true)
  })

  test('environ: the process environment, the variables over it, variant keys not shadowing them', () => {
    const e = environFor(vars, { python: '3.11', PREFIX: 'no', my_key: 'v' }, base.env)
    expect([e.HOME, e.PREFIX, e.my_key, e.python]).toEqual(['/home/u', vars.PREFIX, 'v', undefined])
  })
})

describe('GIT_* variables from git describe (conda-build environ.get_git_info)', () => {
  test.each([
    ['1.20.2-0-g1234567', '1.20.2'],
    ['1.20.2-3-gabcdef0', '1.20.2.post3+abcdef0'],
    ['v1.20.2-0-g1234567', 'v1.20.2'],
    ['Av1.2-0-g1234567', 'v1.2'],
    ['release-1.2-0-gabcdef0', undefined]
  ])('PEP 440 of %s', (describe, want) => expect(pep440FromDescribe(describe)).toBe(want))

  test('the describe parts, the build string, and the short hash alone when no tag is reachable', () => {
    expect(gitVarsFrom('1.20.2-1-g82c6ba6', undefined, 'f'.repeat(40))).toEqual({
      GIT_DESCRIBE_TAG: '1.20.2',
      GIT_DESCRIBE_NUMBER: '1',
      GIT_DESCRIBE_HASH: 'g82c6ba6',
      GIT_DESCRIBE_TAG_PEP440: '1.20.2.post1+82c6ba6',
      GIT_FULL_HASH: 'f'.repeat(40),
      GIT_BUILD_STR: '1_g82c6ba6'
    })
    expect(gitVarsFrom(undefined, 'heads/main-0-g82c6ba6', 'a'.repeat(40))).toEqual({ GIT_DESCRIBE_HASH: 'g82c6ba6', GIT_FULL_HASH: 'a'.repeat(40) })
  })
})

describe('HG_* variables and hg sources (conda-build environ.get_hg_build_info, source.hg_source)', () => {
  test('from hg log: the tag, its distance, the branch (default when empty), the build string', () => {
    expect(hgVarsFrom('12|0123456789ab|v1.2|3|')).toEqual({
      HG_LATEST_TAG: 'v1.2',
      HG_BRANCH: 'default',
      HG_NUM_ID: '12',
      HG_LATEST_TAG_DISTANCE: '3',
      HG_SHORT_ID: '0123456789ab',
      HG_BUILD_STR: '12_0123456789ab'
    })
    expect(hgVarsFrom('0|abc|null|1|stable')).not.toHaveProperty('HG_LATEST_TAG')
  })
  test('hg_url with hg_tag: a clone updated to the tag (tip without one)', () => {
    const [spec] = sourceSpecs({ hg_url: 'https://hg.example/repo', hg_tag: 'test' }, '/r')
    expect(spec).toMatchObject({ kind: 'hg', url: 'https://hg.example/repo', rev: 'test' })
    expect(spec.kind === 'hg' && hgPlan(spec, '/w')).toEqual([
      ['hg', 'clone', '--quiet', '--noupdate', '--', 'https://hg.example/repo', '/w'],
      ['hg', '--cwd', '/w', 'update', '--quiet', '--clean', '--rev', 'test']
    ])
    expect(() => sourceSpecs({ svn_url: 'svn://x' }, '/r')).toThrow(/svn_url sources are not supported/)
  })
})

describe('which recipes read their source while rendering (conda-build MetaData.needs_source_for_render)', () => {
  test.each([
    ['version: {{ GIT_DESCRIBE_TAG }}', 'GIT_DESCRIBE_TAG'],
    ["version: {{ environ.get('HG_LATEST_TAG') }}", 'HG_LATEST_TAG'],
    ['{% set d = load_setup_py_data() %}', 'load_setup_py_data'],
    ['{% set d = load_file_regex(load_file="x", regex_pattern="y") %}', 'load_file_regex'],
    ['{% set d = load_file_data("x.toml") %}', 'load_file_data'],
    ['source:\n  git_url: https://x/y.git', undefined]
  ])('%s', (text, want) => expect(sourceReader(text)).toBe(want))
  test('a package named git may say GIT_ without reading its source', () => expect(sourceReader('GIT_VERSION', 'git')).toBeUndefined())
})

describe('load_setup_py_data without running setup.py', () => {
  test('literals, names assigned literals, functions returning one, ** of a dict; the rest left out', () => {
    const text = [
      'import versioneer',
      "VERSION = '1.' + 'test'",
      'REQS = [',
      "    'numpy >=1.20',  # a comment",
      '    "six",',
      ']',
      'EXTRA = dict(x=1)',
      "META = {'license': 'BSD'}",
      'def version_func():',
      '    return VERSION',
      "if __name__ == '__main__':",
      '    setuptools.setup(',
      "        name='pkg', version=version_func(), install_requires=REQS, zip_safe=False,",
      "        description='a ' 'b', long_description=open('README').read(), cmdclass=versioneer.get_cmdclass(),",
      "        classifiers=('A', 'B',), python_requires=r'>=3.8', n=-1, extras=EXTRA, **META)"
    ].join('\n')
    expect(readSetupPy(text)).toEqual({
      name: 'pkg',
      version: '1.test',
      install_requires: ['numpy >=1.20', 'six'],
      zip_safe: false,
      description: 'a b',
      classifiers: ['A', 'B'],
      python_requires: '>=3.8',
      n: -1,
      license: 'BSD'
    })
  })

  test('test_jinja_context.py::test_load_setup_py_data_from_setup_cfg: setup.cfg wins over setup.py', () => {
    const dir = recipe({
      'meta.yaml': '',
      'setup.py': 'from setuptools import setup\nsetup(name="name_from_setup_py")\n',
      'setup.cfg': '[metadata]\nname = name_from_setup_cfg\nversion = version_from_setup_cfg\n[options.extras_require]\nextra = extra_package\n'
    })
    const data = loadSetupPyData({ recipeDir: dir }, [path.join(dir, 'setup.py')])
    expect([data.name, data.version, data.extras_require]).toEqual(['name_from_setup_cfg', 'version_from_setup_cfg', { extra: ['extra_package'] }])
  })
})

describe('relative source URLs resolve against the recipe folder', () => {
  test('a URL without a scheme is a file: URL; others stay', () => {
    expect(sourceUrl('../archives/a.tar.bz2', '/r/recipe')).toBe('file:///r/archives/a.tar.bz2')
    expect(sourceUrl('https://x/a.tgz', '/r')).toBe('https://x/a.tgz')
    const [spec] = sourceSpecs({ url: 'ver470.zip' }, '/r/recipe')
    expect(spec.kind === 'url' && [spec.urls[0], spec.fn]).toEqual(['file:///r/recipe/ver470.zip', 'ver470.zip'])
  })

  test('a local archive is copied, unpacked and read while rendering', async () => {
    const dir = recipe({
      'meta.yaml': '{% set d = load_file_data("data.json") %}\npackage:\n  name: a\n  version: {{ d.v }}\nsource:\n  url: ../arch/data.json\n'
    })
    fs.mkdirSync(path.join(dir, '..', 'arch'), { recursive: true })
    fs.writeFileSync(path.join(dir, '..', 'arch', 'data.json'), '{"v": "4.5"}')
    const r = await renderRecipeWithSource({ ...opts(dir), sourceCacheDir: tmp() })
    expect(r.variants[0].version).toBe('4.5')
    fs.rmSync(path.join(dir, '..', 'arch'), { recursive: true })
  })
})

test('the paths the templates see are the folders the plan builds in', async () => {
  const dir = recipe({
    'meta.yaml': 'package:\n  name: p\n  version: "1"\nbuild:\n  script: {{ PYTHON }} -c pass > {{ SRC_DIR }}/x\nrequirements:\n  host:\n    - python\n'
  })
  const croot = tmp()
  const rendered = await renderOnce({ recipe: dir, targetPlatform: 'linux-64', dirs: { croot, stamp: '1700000000' } })
  const facts: CondaFacts = {
    hostSubdir: 'linux-64',
    cpuCount: 2,
    env: ENV,
    sysPython: '/usr/bin/node',
    sysPrefix: '/usr',
    epoch: { value: '1700000000', source: 'environment' },
    runtime: { kind: 'host', description: 'this machine' }
  }
  const settings = { outputDir: tmp(), croot, channels: [], format: 'conda' as const, test: false, cacheDir: '', solve: false }
  const plan = await planRendered(rendered, settings, facts)
  const { dirs } = plan.builds[0]
  expect(dict(plan.builds[0].rendered.meta.build).script).toBe(`${dirs.hostPrefix}/bin/python -c pass > ${dirs.work}/x`)
})

test('{% include %} and {% import %} name files relative to the recipe folder', () => {
  const dir = recipe({
    'meta.yaml': "{% import 'parts/vars.jinja' as v %}\npackage:\n  name: a\n  version: {{ v.version }}\n{% include 'parts/build.yaml' %}\n",
    'parts/vars.jinja': "{% set version = '2.1' %}",
    'parts/build.yaml': 'build:\n  number: 4  # [linux]\n  number: 5  # [not linux]\n'
  })
  const v = meta(dir)
  expect([v.version, v.buildNumber]).toEqual(['2.1', 4])
})

test('duplicate keys in conda_build_config.yaml: the last wins, as PyYAML has it', () => {
  const dir = recipe({
    'meta.yaml': 'package:\n  name: a\n  version: "1"\nrequirements:\n  host:\n    - zlib {{ zlib }}\n',
    'conda_build_config.yaml': 'zlib:\n  - 1.0\nzlib:\n  - 2.0\n'
  })
  expect(dict(meta(dir).meta.requirements).host).toEqual(['zlib 2.0'])
})

shared.describe("conda-build's recipes that use the render-time context", () => {
  const md = (name: string): string => path.join(corpus, 'metadata', name)

  test('test_api_build.py::test_recipe_builds[selectors_in_imported_templates]: {% import %} of a recipe file, with its selectors applied', () => {
    expect(meta(md('selectors_in_imported_templates')).buildNumber).toBe(2)
  })

  test('test_api_build.py::test_recipe_builds[jinja_vars]: script_env variables and `is defined` in the template', () => {
    const v = meta(md('jinja_vars'), { env: { ...ENV, CONDA_TEST_VAR: 'conda_test', CONDA_TEST_VAR_2: 'conda_test_2' } })
    expect(v.buildString).toBe('conda_test_123')
  })

  test('test_api_build.py::test_setup_py_data_in_env: load_setup_py_data of the path source, PYTHON in the script', async () => {
    const dirs = { croot: tmp(), stamp: '1' }
    const r = await renderRecipeWithSource({ ...opts(md('_setup_py_data_in_env')), dirs, sourceCacheDir: tmp() })
    const v = r.variants[0]
    expect(v.version).toBe('1.0')
    const prefix = path.join(dirs.croot, 'conda-build-test-source-setup-py-data-in-env_1', '_h_env')
    expect(String(dict(v.meta.build).script).startsWith(`${prefix}`)).toBe(true)
    expect(String(dict(v.meta.build).script)).toMatch(/_h_env_placehold[_a-z]*\/bin\/python setup\.py install --old-and-unmanageable$/)
  })

  test('test_api_build.py::test_recipe_builds[jinja_load_setuptools]: a version from a function of setup.py', async () => {
    const r = await renderRecipeWithSource({ ...opts(md('jinja_load_setuptools')), sourceCacheDir: tmp() })
    expect(r.variants[0].version).toBe('1.test')
  })

  test('test_variants.py::test_variants_in_versions_with_setup_py_data: a relative URL per variant, setup.py read from each', async () => {
    const r = await renderRecipeWithSource({ ...opts(path.join(corpus, 'variants', '12_variant_versions')), sourceCacheDir: tmp() })
    expect(r.variants.map(v => v.version).sort()).toEqual(['470.470', '480.480'])
  })

  test.each([
    ['test_api_build.py::test_recipe_builds[jinja_load_toml_from_source]', 'jinja_load_toml_from_source', 'example-1.test'],
    ['test_api_build.py::test_recipe_builds[jinja_load_toml]', 'jinja_load_toml', 'test-jinja-load-toml-1.test'],
    ['test_api_build.py::test_recipe_builds[jinja_load_yaml]', 'jinja_load_yaml', 'foo-1.2.3']
  ])('%s: name and version from a data file', async (_t, name, want) => {
    const r = await renderRecipeWithSource({ ...opts(md(name)), sourceCacheDir: tmp() })
    expect(`${r.variants[0].name}-${r.variants[0].version}`).toBe(want)
  })

  test('test_api_build.py::test_recipe_builds[entry_points_have_prefix]: {{ PYTHON }} is the host prefix python', () => {
    const v = meta(md('entry_points_have_prefix'))
    expect(String((dict(v.meta.build).script as string[])[0])).toMatch(/_h_env_placehold[_a-z]*\/bin\/python -m pip install \. -vvv$/)
  })
})
