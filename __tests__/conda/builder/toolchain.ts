/**
 * The toolchain channel for the conda tests: the real recipes of examples/conda-toolchain (the
 * machine's gcc, g++, their runtimes, make and a relocatable CPython) built by the suite with their
 * tests, once per machine: the channel is a heavy fixture (the python package is ~30 MB and takes
 * half a minute), cached under node_modules/.cache/build-wheel-tests/conda-toolchain/<key>, keyed by
 * the recipes' files and the tools they rendered to (cachedToolchain), so a changed recipe or tool
 * builds a new one. Packages at zstd level 3 (the toolchain command's default).
 */
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { TOOLCHAIN_LEVEL } from '../../../src/cli/conda/toolchain.js'
import { cachedToolchain, type CachedToolchain } from '../../../src/conda/toolchain.js'
import { all, requireTool, type Need } from '../../support/requirements.js'

export const REPO = process.cwd() // jest runs from the repository root
export const TOOLCHAIN_RECIPES_DIR = path.join(REPO, 'examples', 'conda-toolchain')
/** Where heavy fixtures stay between runs (beside jest's own cache). */
export const FIXTURE_CACHE = path.join(REPO, 'node_modules', '.cache', 'build-wheel-tests')

/** What building the toolchain needs of the machine (a CPython 3 is found by the recipes themselves). */
export const toolchainTools: Need = all(requireTool('gcc'), requireTool('g++'), requireTool('make'), requireTool('patchelf'), requireTool('python3'))

let building: Promise<CachedToolchain> | undefined

/** The cached toolchain channel (built on first use in this process, or found from an earlier run). */
export function toolchainChannel(): Promise<CachedToolchain> {
  building ??= (async () => {
    const croot = fs.mkdtempSync(path.join(os.tmpdir(), 'bw-tc-'))
    try {
      return await cachedToolchain(FIXTURE_CACHE, {
        recipesDir: TOOLCHAIN_RECIPES_DIR,
        level: TOOLCHAIN_LEVEL,
        test: true,
        croot,
        cacheDir: path.join(FIXTURE_CACHE, 'conda'),
        sourceDateEpoch: '1700000000'
      })
    } finally {
      fs.rmSync(croot, { recursive: true, force: true })
    }
  })()
  return building
}
