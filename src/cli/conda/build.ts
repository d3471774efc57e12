/**
 * `build-wheel conda build RECIPE [--channel C]... [--output-dir DIR] ...` and
 * `build-wheel conda index DIR`: the local commands over buildRecipe and indexChannel.
 */
import * as path from 'node:path'
import { describeEpoch, sourceDateEpoch } from '../../lib/epoch.js'
import { timingsText } from '../../lib/summary.js'
import { errorMessage } from '../../lib/errors.js'
import { defaultCacheDir } from './create.js'
import { indexChannel } from '../../conda/index/index.js'
import { LEVELS, PACKAGE_FORMATS, type PackageFormat } from '../../conda/package/formats.js'
import { parseVariantInput } from '../../conda/recipe/variants.js'
import { recipePathProblem } from '../../conda/recipe/recipe-path.js'
import { BuildFailure, buildFacts, executePlan, planRecipe, type BuildOptions } from '../../conda/builder/build.js'
import { condaPlanJson } from '../../conda/plan/plan-json.js'
import { claimCroot, crootProblem, userCrootBase, type ClaimedCroot } from '../../conda/builder/croot.js'
import { condaBuildText } from '../../conda/builder/report.js'
import { parseSubcommand } from './args.js'
import {
  PACKAGE_SCRIPT_OPTIONS,
  PACKAGE_SCRIPTS_USAGE,
  packageScriptsFlag,
  parseTimeoutMinutes,
  parseVerify,
  TIMEOUT_OPTIONS,
  TIMEOUT_USAGE,
  VERIFY_OPTIONS,
  VERIFY_USAGE
} from '../../conda/script-flags.js'

export const BUILD_USAGE = `usage: build-wheel conda build RECIPE [flags]

Build a conda package from a recipe folder (meta.yaml) as conda-build does: build and host prefixes,
sources, build.sh, post-processing, info/, a reproducible .conda or .tar.bz2 in OUTPUT/<subdir>/,
the channel index, and the recipe's tests in a fresh prefix.

flags:
  --channel C, -c C        a channel for the prefixes (name, URL or directory); repeatable
                           (default: conda-forge)
  --output-dir DIR         the channel written (default: conda-bld)
  --variant KEY=VALUE      a variant key (repeatable)
  --variant-config FILE    a conda_build_config.yaml-style file (repeatable)
  --target-platform SUBDIR the platform to build for (default: this machine's)
  --format F               conda or tar.bz2 (default: conda)
  --compression-level N    zstd 1-22 (default 19) or bzip2 1-9 (default 9)
  --no-test                build and index only
  --plan-only              print the plan as JSON (every build: rendered recipe, requirements, solved
                           prefixes, script and its environment, package file, cache keys) and stop
  --keep-work              keep the work folders after a success (a failure always keeps them)
  --croot DIR              where the work folders go (default: this run's own folder under
                           $XDG_CACHE_HOME/build-wheel/conda-bld or ~/.cache/build-wheel/conda-bld)
  --cache-dir DIR          repodata, package and source caches (default: as conda create)
${TIMEOUT_USAGE}
${PACKAGE_SCRIPTS_USAGE}
${VERIFY_USAGE}
  -h, --help               show this help

SOURCE_DATE_EPOCH, when set, is the time stamped into the package; otherwise the recipe's last commit,
or 1980-01-01 (the zip epoch) outside git; the log says which and why. The run ends with a table of the
packages (size, sha256, subdir, seconds), their tests, and the phases' timings.
`

export const INDEX_USAGE = `usage: build-wheel conda index DIR

Make DIR a conda channel: <subdir>/repodata.json for every subdir holding packages (and noarch/),
channeldata.json at the root; only new or changed archives are read.
`

const OPTIONS = {
  channel: { type: 'string', short: 'c', multiple: true },
  'output-dir': { type: 'string' },
  variant: { type: 'string', multiple: true },
  'variant-config': { type: 'string', multiple: true },
  'target-platform': { type: 'string' },
  format: { type: 'string' },
  'compression-level': { type: 'string' },
  'no-test': { type: 'boolean' },
  'plan-only': { type: 'boolean' },
  'keep-work': { type: 'boolean' },
  croot: { type: 'string' },
  'cache-dir': { type: 'string' },
  ...TIMEOUT_OPTIONS,
  ...PACKAGE_SCRIPT_OPTIONS,
  ...VERIFY_OPTIONS,
  help: { type: 'boolean', short: 'h' }
} as const

export async function buildCommand(args: readonly string[], out: (s: string) => void): Promise<number> {
  const parsed = parseSubcommand(args, OPTIONS, BUILD_USAGE, out)
  if (typeof parsed === 'number') return parsed
  const { values, positionals } = parsed
  const problems: string[] = []
  if (positionals.length !== 1) problems.push(`give exactly one recipe folder (got ${positionals.length})`)
  const format = (values.format ?? 'conda') as PackageFormat
  if (!PACKAGE_FORMATS.includes(format)) problems.push(`--format must be one of ${PACKAGE_FORMATS.join(', ')}, not '${values.format}'`)
  let level: number | undefined
  if (values['compression-level'] !== undefined) {
    level = Number(values['compression-level'])
    const lv = LEVELS[format] ?? LEVELS.conda
    if (!Number.isInteger(level) || level < lv.min || level > lv.max)
      problems.push(`--compression-level for ${format} must be ${lv.min}..${lv.max}, not '${values['compression-level']}'`)
  }
  const allowScripts = packageScriptsFlag(values)
  if (typeof allowScripts === 'string') problems.push(allowScripts)
  const timeout = parseTimeoutMinutes(values.timeout ?? '')
  if (typeof timeout === 'string') problems.push(`--timeout: ${timeout}`)
  const verify = parseVerify(values.verify ?? '')
  if (verify.problem) problems.push(`--verify: ${verify.problem}`)
  if (problems.length) {
    process.stderr.write(`error: ${problems.join('; ')}\n${BUILD_USAGE}`)
    return 2
  }
  const recipe = path.resolve(positionals[0])
  const crootDir = values.croot ? path.resolve(values.croot) : undefined
  const before = [recipePathProblem(positionals[0], recipe), crootDir ? crootProblem(crootDir) : ''].filter(Boolean)
  if (before.length) {
    process.stderr.write(`error: ${before.join('; ')}\n`)
    return 1
  }
  const cacheDir = values['cache-dir'] ? path.resolve(values['cache-dir']) : defaultCacheDir()
  // with --plan-only the JSON alone goes to stdout, the log to stderr
  const say = values['plan-only'] ? (l: string): void => void process.stderr.write(`${l}\n`) : (l: string): void => out(`${l}\n`)
  return buildAndReport(
    {
      recipe,
      outputDir: path.resolve(values['output-dir'] ?? 'conda-bld'),
      channels: values.channel ?? [],
      variants: values.variant?.length ? parseVariantInput(values.variant.join('\n'), '--variant') : undefined,
      variantConfigFiles: values['variant-config'] ?? [],
      targetPlatform: values['target-platform'],
      planOnly: Boolean(values['plan-only']),
      format,
      level,
      test: !values['no-test'],
      keepWork: Boolean(values['keep-work']),
      cacheDir,
      sourceCacheDir: path.join(cacheDir, 'src_cache'),
      timeoutMinutes: timeout as number,
      allowPackageScripts: allowScripts !== false,
      verify: verify.mode,
      log: say,
      warn: l => process.stderr.write(`warning: ${l}\n`)
    },
    crootDir,
    out,
    Boolean(values['plan-only'])
  )
}

/**
 * Build in this run's own build root (or the one given), then print the table and the phases' timings;
 * with planOnly, print the plan and stop. Returns the exit code.
 */
async function buildAndReport(
  o: Omit<BuildOptions, 'croot' | 'sourceDateEpoch'>,
  crootDir: string | undefined,
  out: (s: string) => void,
  planOnly: boolean
): Promise<number> {
  let claimed: ClaimedCroot | undefined
  try {
    claimed = crootDir || planOnly ? undefined : claimCroot(userCrootBase())
    const croot = crootDir ?? claimed?.dir ?? path.join(userCrootBase(), '<this run>')
    const epoch = await sourceDateEpoch(o.recipe)
    o.log?.(describeEpoch(epoch))
    const options: BuildOptions = { ...o, croot, sourceDateEpoch: epoch.value }
    const plan = await planRecipe(options, await buildFacts(options))
    if (planOnly) {
      out(`${condaPlanJson(plan)}\n`)
      return 0
    }
    o.log?.(`work folders under ${croot}${claimed ? " (this run's own; --croot DIR to choose)" : ''}`)
    const r = await executePlan(plan, options)
    out(condaBuildText(r.packages, { skipped: r.skipped }))
    return 0
  } catch (e) {
    return buildFailed(e, out)
  } finally {
    claimed?.release()
  }
}

/** After a failed build: the table of what was built and the failure (or the timings), the error; returns the exit code. */
export function buildFailed(e: unknown, out: (s: string) => void): number {
  out(e instanceof BuildFailure ? condaBuildText(e.built, { failed: e.failed }) : timingsText())
  process.stderr.write(`error: ${errorMessage(e)}\n`)
  return 1
}

export async function indexCommand(args: readonly string[], out: (s: string) => void): Promise<number> {
  if (args.includes('-h') || args.includes('--help')) {
    out(INDEX_USAGE)
    return 0
  }
  if (args.length !== 1 || args[0].startsWith('-')) {
    process.stderr.write(`error: give exactly one channel folder\n${INDEX_USAGE}`)
    return 2
  }
  try {
    await indexChannel(path.resolve(args[0]), { log: l => out(`${l}\n`) })
    return 0
  } catch (e) {
    process.stderr.write(`error: ${errorMessage(e)}\n`)
    return 1
  }
}
