/**
 * The example's recipe end to end, offline: the toolchain channel of examples/conda-toolchain (the
 * machine's gcc, make and a relocatable python, built by the suite and cached: ./toolchain.ts), then
 * examples/montage-mini/conda/recipe is built against it, indexed, installed into a fresh prefix by
 * part 2 and tested; then the bad inputs of issue 10.
 */
import { execFileSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { BuildFailure, buildRecipe, type BuildOptions } from '../../../src/conda/builder/build.js'
import { condaCommand } from '../../../src/cli/conda/index.js'
import { createEnvironment } from '../../../src/conda/env/create.js'
import { all, requireTool } from '../../support/requirements.js'
import { recipe, tmp } from '../helpers.js'
import { toolchainChannel, toolchainTools } from './toolchain.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..')
const exampleRecipe = path.join(root, 'examples', 'montage-mini', 'conda', 'recipe')
const tools = all(toolchainTools, requireTool('git'))

tools.describe('the example recipe, offline', () => {
  let dir: string
  let toolchain: string
  const base = (over: Partial<BuildOptions> = {}): BuildOptions => ({
    recipe: exampleRecipe,
    outputDir: path.join(dir, 'out'),
    channels: [toolchain],
    format: 'conda',
    test: true,
    keepWork: false,
    croot: path.join(dir, 'w'),
    cacheDir: path.join(dir, 'cache'),
    sourceCacheDir: path.join(dir, 'src'),
    sourceDateEpoch: '1700000000',
    ...over
  })
  beforeAll(async () => {
    dir = tmp('conda-example-')
    toolchain = (await toolchainChannel()).channel
  }, 300_000)

  test('builds, indexes, installs and passes its tests', async () => {
    const r = await buildRecipe(base())
    expect(r.packages).toHaveLength(1)
    const p = r.packages[0]
    expect(p).toMatchObject({ name: 'minimontage', version: '1.0.0', subdir: 'linux-64', tested: ['run_test.py', 'run_test.sh'] })
    expect(p.fn).toMatch(/^minimontage-1\.0\.0-h[0-9a-f]{7}_0\.conda$/)
    expect(fs.existsSync(path.join(dir, 'w', 'minimontage_1700000000'))).toBe(false) // removed after a success
    // installed from the channel into a fresh prefix, the tool runs with the recipe's patch applied
    const prefix = path.join(tmp('conda-mm-'), 'env')
    await createEnvironment({ prefix, channels: [path.join(dir, 'out'), toolchain], specs: ['minimontage'], cacheDir: path.join(dir, 'cache') })
    expect(execFileSync(path.join(prefix, 'bin', 'mVersion'), { encoding: 'utf8' })).toMatch(/stat="OK".*version="1\.0\.0".*\(minimontage conda package\)/)
    const info = JSON.parse(fs.readFileSync(path.join(dir, 'out', 'linux-64', 'repodata.json'), 'utf8'))['packages.conda'][p.fn]
    expect(info).toMatchObject({ name: 'minimontage', sha256: p.sha256, size: p.size, license: 'BSD-3-Clause' })
  }, 120_000)

  test('the local command: conda build and conda index', async () => {
    const out: string[] = []
    const rc = await condaCommand(
      [
        'build',
        exampleRecipe,
        '-c',
        toolchain,
        '--output-dir',
        path.join(dir, 'cli-out'),
        '--format',
        'tar.bz2',
        '--compression-level',
        '5',
        '--no-test',
        '--croot',
        path.join(dir, 'w'),
        '--cache-dir',
        path.join(dir, 'cache')
      ],
      s => out.push(s)
    )
    expect(rc).toBe(0)
    // the table the wheel command prints (src/lib/summary.ts), then the package's tests
    expect(out.join('')).toMatch(/^minimontage-1\.0\.0-h[0-9a-f]{7}_0\.tar\.bz2 +\d+\.\d KiB +[0-9a-f]{16} +linux-64 +\d+\.\d$/m)
    expect(out.join('')).toMatch(/^minimontage-1\.0\.0-h[0-9a-f]{7}_0\.tar\.bz2: not tested$/m)
    fs.rmSync(path.join(dir, 'cli-out', 'channeldata.json'))
    expect(await condaCommand(['index', path.join(dir, 'cli-out')], s => out.push(s))).toBe(0)
    expect(fs.existsSync(path.join(dir, 'cli-out', 'channeldata.json'))).toBe(true)
    expect(await condaCommand(['build', exampleRecipe, '--format', 'zip'], () => {})).toBe(2)
  }, 120_000)

  test('a failing build script: its last lines, nothing in the channel, the work folders kept', async () => {
    const out = path.join(dir, 'fail-out')
    const bad = recipe({
      'meta.yaml': 'package:\n  name: failing\n  version: "1"\n',
      'build.sh': 'echo "compiling the thing"\necho "error: the thing is broken" >&2\nexit 3\n'
    })
    const e = (await buildRecipe(base({ recipe: bad, outputDir: out })).catch(x => x)) as BuildFailure
    expect(e).toBeInstanceOf(BuildFailure)
    expect(e.message).toMatch(/build\.sh failed with exit code 3; its last lines:\n[\s\S]*error: the thing is broken/)
    expect(fs.existsSync(e.workDir!)).toBe(true)
    expect(fs.readdirSync(out)).toEqual([])
  })

  test('a failing test: the package moves to broken/ and leaves the channel', async () => {
    const out = path.join(dir, 'broken-out')
    const bad = recipe({
      'meta.yaml':
        'package:\n  name: untested\n  version: "1"\nbuild:\n  script: mkdir -p "$PREFIX/share" && touch "$PREFIX/share/x"\ntest:\n  commands:\n    - echo "checking the thing"\n    - test -f "$PREFIX/share/missing"\n'
    })
    const e = (await buildRecipe(base({ recipe: bad, outputDir: out })).catch(x => x)) as Error
    expect(e.message).toMatch(
      /the test run_test\.sh of untested-1-0 failed with exit code 1[\s\S]*checking the thing[\s\S]*moved to .*broken\/untested-1-0\.conda/
    )
    expect(fs.readdirSync(path.join(out, 'broken'))).toEqual(['untested-1-0.conda'])
    expect(JSON.parse(fs.readFileSync(path.join(out, 'linux-64', 'repodata.json'), 'utf8'))['packages.conda']).toEqual({})
  })

  test("unsatisfiable requirements fail with the solver's explanation before the sources or the script", async () => {
    const bad = recipe({
      'meta.yaml':
        'package:\n  name: unsolvable\n  version: "1"\nsource:\n  url: http://127.0.0.1:9/never.tar.gz\nrequirements:\n  build:\n    - make\n  host:\n    - no-such-package >=9\n',
      'build.sh': 'exit 0\n'
    })
    const e = (await buildRecipe(base({ recipe: bad, outputDir: path.join(dir, 'unsolvable') })).catch(x => x)) as Error
    expect(e.message).toMatch(/no-such-package/)
    expect(e.message).not.toMatch(/never\.tar\.gz/)
  })

  test('an output-dir that is not writable is refused before any work', async () => {
    const ro = path.join(dir, 'ro')
    fs.mkdirSync(ro)
    fs.writeFileSync(path.join(ro, 'file'), '')
    await expect(buildRecipe(base({ outputDir: path.join(ro, 'file', 'sub') }))).rejects.toThrow(/output folder .* is not writable/)
  })

  test('a build root too long for the placeholder', async () => {
    const deep = path.join(dir, 'd'.repeat(120), 'e'.repeat(120))
    await expect(buildRecipe(base({ croot: deep, test: false, outputDir: path.join(dir, 'deep-out') }))).rejects.toThrow(
      /longer than the 255 a placeholder may have/
    )
  })
})
