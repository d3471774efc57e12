/**
 * `build-wheel conda toolchain --output-dir DIR`: the recipes of examples/conda-toolchain built into
 * one channel (src/conda/toolchain.ts), then the same table as `conda build`.
 */
import * as path from 'node:path'
import { describeEpoch, sourceDateEpoch } from '../../lib/epoch.js'
import { parseSubcommand } from './args.js'
import { buildFailed } from './build.js'
import { claimCroot, crootProblem, userCrootBase, type ClaimedCroot } from '../../conda/builder/croot.js'
import { condaBuildText } from '../../conda/builder/report.js'
import { defaultCacheDir } from './create.js'
import { LEVELS } from '../../conda/package/write.js'
import { parseVariantInput } from '../../conda/recipe/variants.js'
import { buildToolchain, recipesDirOf, renderToolchain, TOOLCHAIN_RECIPES } from '../../conda/toolchain.js'

/** zstd level of the toolchain's packages: a local channel, written fast (the python package is ~80 MB). */
export const TOOLCHAIN_LEVEL = 3

export const TOOLCHAIN_USAGE = `usage: build-wheel conda toolchain [--output-dir DIR] [flags]

Build a conda channel from this machine's tools, for recipes that need a compiler, make or python
without conda-forge: ${TOOLCHAIN_RECIPES.join(', ')} (the recipes of
examples/conda-toolchain, built in that order). Then build with -c DIR:
  build-wheel conda toolchain --output-dir toolchain
  build-wheel conda build examples/montage-mini/conda/recipe -c toolchain

flags:
  --output-dir DIR         the channel written (default: conda-toolchain)
  --recipes DIR            the toolchain recipes (default: examples/conda-toolchain of this package)
  --variant KEY=VALUE      a variant key (repeatable); python=3.12 repackages CPython 3.12 instead
                           of the newest CPython 3 of the machine
  --compression-level N    zstd level of the packages, 1-22 (default ${TOOLCHAIN_LEVEL}: a local channel, written fast)
  --no-test                build and index only (the recipes' tests are skipped)
  --croot DIR              where the work folders go (default: as conda build)
  --cache-dir DIR          repodata, package and source caches (default: as conda create)
  -h, --help               show this help

A tool the machine lacks (gcc, g++, make, a CPython 3) stops the command before anything is built,
naming the tool and what to install.
`

const OPTIONS = {
  'output-dir': { type: 'string' },
  recipes: { type: 'string' },
  variant: { type: 'string', multiple: true },
  'compression-level': { type: 'string' },
  'no-test': { type: 'boolean' },
  croot: { type: 'string' },
  'cache-dir': { type: 'string' },
  help: { type: 'boolean', short: 'h' }
} as const

/** `home`: the package's root (its examples/conda-toolchain is the default recipes folder); the current folder without it. */
export async function toolchainCommand(args: readonly string[], out: (s: string) => void, home = process.cwd()): Promise<number> {
  const parsed = parseSubcommand(args, OPTIONS, TOOLCHAIN_USAGE, out)
  if (typeof parsed === 'number') return parsed
  const { values, positionals } = parsed
  const problems: string[] = []
  if (positionals.length) problems.push(`unexpected argument(s) ${positionals.map(p => `'${p}'`).join(', ')}: the command takes flags only`)
  const level = Number(values['compression-level'] ?? TOOLCHAIN_LEVEL)
  if (!Number.isInteger(level) || level < LEVELS.conda.min || level > LEVELS.conda.max)
    problems.push(`--compression-level must be ${LEVELS.conda.min}..${LEVELS.conda.max}, not '${values['compression-level']}'`)
  const bad = (values.variant ?? []).filter(v => !/^[A-Za-z_][\w.-]*=/.test(v))
  if (bad.length) problems.push(`--variant takes KEY=VALUE, not ${bad.map(b => `'${b}'`).join(', ')}`)
  if (problems.length) {
    process.stderr.write(`error: ${problems.join('; ')}\n${TOOLCHAIN_USAGE}`)
    return 2
  }
  const crootDir = values.croot ? path.resolve(values.croot) : undefined
  const crootBad = crootDir ? crootProblem(crootDir) : ''
  if (crootBad) {
    process.stderr.write(`error: ${crootBad}\n`)
    return 1
  }
  const cacheDir = values['cache-dir'] ? path.resolve(values['cache-dir']) : defaultCacheDir()
  const say = (l: string): void => out(`${l}\n`)
  let claimed: ClaimedCroot | undefined
  try {
    const recipesDir = values.recipes ? path.resolve(values.recipes) : recipesDirOf(home)
    const variants = values.variant?.length ? parseVariantInput(values.variant.join('\n'), '--variant') : undefined
    // every recipe rendered first: a missing tool stops the command before anything is built
    const rendered = renderToolchain({ recipesDir, variants })
    const epoch = await sourceDateEpoch(recipesDir)
    claimed = crootDir ? undefined : claimCroot(userCrootBase())
    const croot = crootDir ?? (claimed as ClaimedCroot).dir
    say(describeEpoch(epoch))
    const outputDir = path.resolve(values['output-dir'] ?? 'conda-toolchain')
    const packages = await buildToolchain(
      {
        recipesDir,
        outputDir,
        variants,
        format: 'conda',
        level,
        test: !values['no-test'],
        croot,
        cacheDir,
        sourceDateEpoch: epoch.value,
        log: say,
        warn: l => process.stderr.write(`warning: ${l}\n`)
      },
      rendered
    )
    out(condaBuildText(packages))
    say(`the toolchain channel: ${outputDir} (use it with -c ${outputDir})`)
    return 0
  } catch (e) {
    return buildFailed(e, out)
  } finally {
    claimed?.release()
  }
}
