/**
 * Four conda-build behaviours of issue 17, with the corpus folders that show them built over the toolchain
 * channel (toolchain.ts) with their tests, in one package cache as a real run has it:
 *   arbitrary_file_in_info_dir: a build file in $PREFIX/info/ is payload (paths.json), installed into the test prefix;
 *   _symlink_dirs_in_always_include_files: always_include_files: [sysroot/] takes the folder's files and the
 *     symlinked folder inside it as a link, so bar's package holds both and its test finds them;
 *   outputs_overwrite_base_file: outputs that rewrite a file of their host dependency package nothing, and the
 *     rewrite (through the hard link into the package cache) does not reach the tests: base's file is found;
 *   _empty_pkg_with_python_build_host, _compiler_python_build_section: the empty packages conda-build refuses (and an
 *     output of a recipe written here, beside an empty metapackage conda-build makes).
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { buildRecipe, BuildFailure, type BuildResult } from '../../../src/conda/builder/build.js'
import { extractPackage } from '../../../src/conda/env/package.js'
import { all, requireSharedData, sharedData } from '../../support/requirements.js'
import { recipe, tmp } from '../helpers.js'
import { localBuild } from './options.js'
import { toolchainChannel, toolchainTools } from './toolchain.js'

const METADATA = path.join(sharedData, 'conda-build', 'tests', 'test-recipes', 'metadata')
const needs = all(toolchainTools, requireSharedData())

let channel = ''
let python = ''
let cacheDir = ''

async function build(folder: string): Promise<{ result?: BuildResult; error?: Error; out: string }> {
  const dir = tmp('fidelity-')
  const o = localBuild(dir, { recipe: path.join(METADATA, folder), channels: [channel], test: true, cacheDir, variants: { python: [python] } })
  try {
    return { result: await buildRecipe(o), out: o.outputDir }
  } catch (e) {
    return { error: e as Error, out: o.outputDir }
  }
}

const made = (r: BuildResult | undefined): string[] => (r?.packages ?? []).map(p => `${p.name}-${p.version}-${p.build} (${p.tested.join(',')})`)

/** paths.json of a built package: path -> path_type. */
async function pathsOf(file: string): Promise<Record<string, string>> {
  const x = path.join(tmp('fidelity-x-'), 'p')
  await extractPackage(file, x)
  const j = JSON.parse(fs.readFileSync(path.join(x, 'info', 'paths.json'), 'utf8')) as { paths: Array<{ _path: string; path_type: string }> }
  return Object.fromEntries(j.paths.map(p => [p._path, p.path_type]))
}

needs.describe('conda-build behaviours of the builder (issue 17)', () => {
  beforeAll(async () => {
    channel = (await toolchainChannel()).channel
    const repodata = JSON.parse(fs.readFileSync(path.join(channel, 'linux-64', 'repodata.json'), 'utf8')) as Record<
      string,
      Record<string, { name: string; version: string }>
    >
    const py = Object.values({ ...repodata.packages, ...repodata['packages.conda'] }).find(p => p.name === 'python')
    python = /^\d+\.\d+/.exec(py?.version ?? '')?.[0] ?? ''
    expect(python).toMatch(/^3\.\d+$/)
    cacheDir = tmp('fidelity-cache-')
  }, 900_000)

  test('arbitrary_file_in_info_dir: $PREFIX/info/testfile is payload, and the test finds it in the test prefix', async () => {
    const { result, error } = await build('arbitrary_file_in_info_dir')
    expect(error).toBeUndefined()
    expect(made(result)).toEqual(['test_arbitrary_file_in_info_dir-1.0-0 (run_test.sh)'])
    expect(await pathsOf(result!.packages[0].path)).toEqual({ 'info/testfile': 'hardlink' })
  }, 300_000)

  test('_symlink_dirs_in_always_include_files: bar holds sysroot/lib (a link) and sysroot/lib64/empty; both tests pass', async () => {
    const { result, error } = await build('_symlink_dirs_in_always_include_files')
    expect(error).toBeUndefined()
    expect(made(result)).toEqual([
      'symlink_dirs_in_always_include_files_foo-0.0.1-0 (run_test.sh)',
      'symlink_dirs_in_always_include_files_bar-0.0.1-0 (run_test.sh)'
    ])
    const want = { 'sysroot/lib': 'softlink', 'sysroot/lib64/empty': 'hardlink' }
    for (const p of result!.packages) expect(await pathsOf(p.path)).toEqual(want)
  }, 300_000)

  test("outputs_overwrite_base_file: first and second package nothing, their tests find base's file, the cache keeps base whole", async () => {
    const { result, error } = await build('outputs_overwrite_base_file')
    expect(error).toBeUndefined()
    expect(made(result)).toEqual([
      'base-outputs_overwrite_base_file-1.0-0 ()',
      'first-outputs_overwrite_base_file-1.0-0 (run_test.sh)',
      'second-outputs_overwrite_base_file-1.0-0 (run_test.sh)'
    ])
    const [base, first, second] = result!.packages
    expect(await pathsOf(base.path)).toEqual({ file: 'hardlink' })
    expect(await pathsOf(first.path)).toEqual({})
    expect(await pathsOf(second.path)).toEqual({})
    // the outputs' scripts wrote through their host prefixes' link into the cache: base was extracted again for the tests
    const cached = path.join(cacheDir, 'pkgs', 'base-outputs_overwrite_base_file-1.0-0', 'file')
    expect(fs.readFileSync(cached, 'utf8')).toBe('base')
  }, 300_000)

  test('an output: an empty metapackage without python is made, an empty output with python in build and host refused', async () => {
    const dir = tmp('fidelity-')
    const r = recipe({
      'meta.yaml': [
        'package:',
        '  name: empties',
        '  version: "1"',
        'outputs:',
        '  - name: meta-ok',
        '  - name: empty-py',
        '    requirements:',
        '      build:',
        '        - python',
        '      host:',
        '        - python',
        ''
      ].join('\n')
    })
    const e = await buildRecipe(localBuild(dir, { recipe: r, channels: [channel], cacheDir, variants: { python: [python] } })).then(
      () => undefined,
      (x: unknown) => x
    )
    expect(e).toBeInstanceOf(BuildFailure)
    expect((e as BuildFailure).message).toMatch(/^empties-1-0: output empty-py-1-\w+: the package would be empty .* with python in both its build and host/)
    // the same recipe without the python output: its empty metapackage is made
    const ok = recipe({ 'meta.yaml': 'package:\n  name: empties\n  version: "1"\noutputs:\n  - name: meta-ok\n' })
    const built = await buildRecipe(localBuild(tmp('fidelity-'), { recipe: ok, channels: [channel], cacheDir, variants: { python: [python] } }))
    expect(made(built)).toEqual(['meta-ok-1-0 ()'])
    expect(await pathsOf(built.packages[0].path)).toEqual({})
  }, 300_000)

  const refused: Array<[string, RegExp]> = [
    [
      '_empty_pkg_with_python_build_host',
      /^empty_pkg_with_python_build_host-1\.0-0: the package would be empty .* with python in both its build and host requirements: .*run \$PYTHON/
    ],
    [
      '_compiler_python_build_section',
      /^empty_pkg_with_python_build_host-1\.0-h[0-9a-f]{7}_0: the package would be empty .* but not in host: move python to requirements\/host/
    ]
  ]
  test.each(refused)(
    '%s: refused as conda-build refuses it, before packaging',
    async (folder, message) => {
      const { error, out } = await build(folder)
      expect(error).toBeInstanceOf(BuildFailure)
      expect(error?.message).toMatch(message)
      expect(fs.existsSync(path.join(out, 'linux-64'))).toBe(false)
    },
    300_000
  )
})
