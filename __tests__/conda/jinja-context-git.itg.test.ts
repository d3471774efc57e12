/**
 * Recipes whose templates read their git source while rendering (GIT_DESCRIBE_TAG, GIT_FULL_HASH,
 * load_file_regex, load_setup_py_data...), rendered as conda-build renders them: the source fetched first
 * (a real git clone), then the templates. The recipes are conda-build's own
 * (../shared/data/conda-build/tests/test-recipes); each row names the conda-build test whose assertion it
 * repeats. Their source is a stand-in for conda/conda_build_test_recipe made in a temporary folder
 * (./test-recipe-repo.ts): CONDA_BUILD_TEST_RECIPE_PATH points at it, and git's insteadOf sends the
 * recipes' GitHub URL there (no network here).
 */
import { execFileSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { RecipeError } from '../../src/conda/recipe/location.js'
import type { RenderResult } from '../../src/conda/recipe/render.js'
import { renderRecipeWithSource } from '../../src/conda/source/for-render.js'
import { all, requireSharedData, requireTool, sharedData } from '../support/requirements.js'
import { tempDir } from '../support/temp.js'
import { makeTestRecipeRepo, redirectGithub, revHash } from './test-recipe-repo.js'

const can = all(requireSharedData(), requireTool('git'))
const corpus = path.join(sharedData, 'conda-build', 'tests', 'test-recipes')

can.describe("conda-build's git recipes render with the values its tests assert", () => {
  let repo = ''
  let cache = ''
  const saved: Record<string, string | undefined> = {}
  beforeAll(() => {
    repo = makeTestRecipeRepo(tempDir('cb-test-recipe-'))
    cache = tempDir('cb-src-cache-')
    for (const [k, v] of Object.entries(redirectGithub(repo))) {
      saved[k] = process.env[k]
      process.env[k] = v
    }
  })
  afterAll(() => {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k]
      else process.env[k] = v
    }
  })
  const render = (rel: string): Promise<RenderResult> =>
    renderRecipeWithSource({
      recipe: path.join(corpus, rel),
      targetPlatform: 'linux-64',
      buildPlatform: 'linux-64',
      env: { PATH: process.env.PATH ?? '/usr/bin', HOME: '/home/u', CONDA_BUILD_TEST_RECIPE_PATH: repo },
      variants: { python: ['3.12'] },
      sourceCacheDir: cache
    })
  const short = (rev: string): string => revHash(repo, rev).slice(0, 7)
  const stems = (r: RenderResult): string[] => r.variants.map(v => `${v.name}-${v.version}-${v.buildString}`)

  test('test_api_render.py::test_render_need_download and ::test_get_output_file_paths_jinja2: version and build string from the tag', async () => {
    const r = await render('metadata/source_git_jinja2')
    expect(r.variants[0].version).toBe('1.20.2')
    // `py{{ CONDA_PY }}h{{ PKG_HASH }}_...`: PKG_HASH is empty when no variant key but target_platform is used (as in
    // conda-build's get_hash_contents), so here the string has a bare `h`; conda-build's test environment pins more keys
    expect(r.variants[0].buildString).toMatch(new RegExp(`^py312h([0-9a-f]{7})?_0_g${short('1.20.2')}$`))
  })

  test('test_api_build.py::test_git_describe_info_on_branch: one commit past the tag on a branch', async () => {
    const r = await render('metadata/_git_describe_number_branch')
    expect(stems(r)).toEqual([`git_describe_number_branch-1.20.2.0-1_g${short('1.20.2+1')}`])
  })

  test('test_variants.py::test_git_variables_with_variants: GIT_* with a variant per python', async () => {
    const r = await render('variants/13_git_vars')
    expect(r.variants.map(v => [v.version, v.buildNumber])).toEqual([['1.20.2', 0]])
  })

  test('test_variants.py::test_different_git_vars: a source per variant, fetched for each', async () => {
    const r = await render('variants/29_different_git_vars')
    expect(r.variants.map(v => v.version).sort()).toEqual(['1.20.0', '1.21.11'])
  })

  test('test_subpackages.py::test_git_in_output_version: GIT_DESCRIBE_TAG of a path source in an output', async () => {
    const r = await render('split-packages/_git_in_output_version')
    const outputs = r.variants[0].meta.outputs as Array<Record<string, unknown>>
    expect(outputs.map(o => [o.name, o.version])).toEqual([['git_version', '1.22.0']])
  })

  test.each([
    ['test_api_build.py::test_relative_path_git_versioning', 'metadata/_source_git_jinja2_relative_path'],
    ['test_api_build.py::test_relative_git_url_git_versioning', 'metadata/_source_git_jinja2_relative_git_url']
  ])('%s: the tag is in the package', async (_t, rel) => {
    const r = await render(rel)
    expect(stems(r)).toEqual(['flex-1.22.0-0_JPMC'])
  })

  test.each([
    ['metadata/jinja2_build_str', () => `conda-build-test-source-git-jinja2-2-1.0-0_g${short('1.22.0')}`],
    ['published_code/building_jinja2_direct_env_vars', () => `mypkg-1.22.0-0_g${short('1.22.0')}`],
    ['published_code/building_jinja2_environ', () => `mypkg-1.22.0-0_g${short('1.22.0')}`],
    ['metadata/source_regex', () => 'conda-build-test-get-regex-data-1.20.0-0'],
    ['metadata/source_setup_py_data', () => 'conda-build-test-source-setup-py-data-1.22.0-0'],
    ['metadata/source_setup_py_data_subdir', () => 'conda-build-test-source-setup-py-data-1.21.0-0'],
    ['published_code/building_jinja2_setup_py_data', () => 'conda-build-test-source-setup-py-data-1.22.0-0']
  ])('test_api_build.py::test_recipe_builds[%s] renders', async (rel, want) => {
    const r = await render(rel)
    expect(stems(r)).toEqual([want()])
  })

  test('test_api_build.py::test_recipe_builds[building_jinja2_setup_py_data]: STDLIB_DIR and SP_DIR are set', async () => {
    const extra = (await render('published_code/building_jinja2_setup_py_data')).variants[0].meta.extra as Record<string, string>
    expect(extra.dummy).toMatch(/_h_env_placehold[_a-z]*\/lib\/python3\.12$/)
    expect(extra.dummy2).toBe(`${extra.dummy}/site-packages`)
  })

  test('test_api_build.py::test_jinja_typo: a misspelt GIT_ variable is an error naming it', async () => {
    const e = await render('fail/source_git_jinja2_oops').catch((err: unknown) => err)
    expect(e).toBeInstanceOf(RecipeError)
    expect((e as Error).message).toMatch(/GIT_DSECRIBE_TAG/)
  })

  test('a source that cannot be fetched is an error that says the recipe reads its source', async () => {
    const saved = process.env.GIT_CONFIG_VALUE_0
    process.env.GIT_CONFIG_VALUE_0 = 'https://nowhere.invalid/unused'
    try {
      const e = await render('variants/13_git_vars').catch((err: unknown) => err)
      expect((e as Error).message).toMatch(/'GIT_DESCRIBE_TAG' is undefined\n.*uses GIT_DESCRIBE_TAG, so its source is fetched to render it, and that failed/)
    } finally {
      process.env.GIT_CONFIG_VALUE_0 = saved
    }
  })
})

can.test('a source that cannot be fetched is logged, and a recipe with defaults for the GIT_* values renders without it', async () => {
  const lines: string[] = []
  const r = await renderRecipeWithSource({
    recipe: path.join(corpus, 'metadata', '_source_git_jinja2_relative_path'),
    targetPlatform: 'linux-64',
    env: { PATH: process.env.PATH ?? '/usr/bin', CONDA_BUILD_TEST_RECIPE_PATH: path.join(tempDir(), 'missing') },
    log: l => lines.push(l)
  })
  expect(`${r.variants[0].version}-${r.variants[0].buildString}`).toBe('0.0-0_JPMC')
  expect(lines.join('\n')).toMatch(/could not fetch the source to render .*source\/path .*missing does not exist\); rendering without it/)
})

const hg = requireTool('hg')

hg.describe('a Mercurial source read while rendering', () => {
  test('HG_LATEST_TAG and HG_LATEST_TAG_DISTANCE of an hg_url source (a local repository)', async () => {
    const dir = tempDir('cb-hg-')
    const repo = path.join(dir, 'repo')
    const run = (...args: string[]): void => {
      execFileSync('hg', args, { cwd: repo, env: { ...process.env, HGPLAIN: '1', HGUSER: 'test <t@example.org>' } })
    }
    fs.mkdirSync(repo)
    run('init')
    fs.writeFileSync(path.join(repo, 'a.txt'), 'a\n')
    run('commit', '-q', '-A', '-m', 'one')
    run('tag', 'test')
    fs.writeFileSync(
      path.join(dir, 'meta.yaml'),
      'package:\n  name: hgpkg\n  version: {{ HG_LATEST_TAG }}\nbuild:\n  number: {{ HG_LATEST_TAG_DISTANCE }}\nsource:\n  hg_url: repo\n'
    )
    const r = await renderRecipeWithSource({ recipe: dir, targetPlatform: 'linux-64', env: { PATH: process.env.PATH ?? '' }, sourceCacheDir: tempDir() })
    expect([r.variants[0].version, r.variants[0].buildNumber]).toEqual(['test', 1])
  })
})
