/**
 * `build-wheel conda build RECIPE [--channel C]... [--output-dir DIR] ...` and
 * `build-wheel conda index DIR`: the local commands over buildRecipe and indexChannel.
 */
import * as os from 'node:os'
import * as path from 'node:path'
import { sourceDateEpoch } from '../../lib/epoch.js'
import { errorMessage } from '../../lib/errors.js'
import { defaultCacheDir } from '../env/command.js'
import { indexChannel } from '../index/index.js'
import { LEVELS, PACKAGE_FORMATS, type PackageFormat } from '../package/write.js'
import { parseVariantInput } from '../recipe/variants.js'
import { buildRecipe } from './build.js'
import { parseSubcommand } from '../args.js'

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
  --keep-work              keep the work folders after a success (a failure always keeps them)
  --croot DIR              where the work folders go (default: <tmp>/conda-bld-work)
  --cache-dir DIR          repodata, package and source caches (default: as conda create)
  -h, --help               show this help

SOURCE_DATE_EPOCH, when set, is the time stamped into the package; otherwise the recipe's last commit.
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
  'keep-work': { type: 'boolean' },
  croot: { type: 'string' },
  'cache-dir': { type: 'string' },
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
  if (problems.length) {
    process.stderr.write(`error: ${problems.join('; ')}\n${BUILD_USAGE}`)
    return 2
  }
  const recipe = path.resolve(positionals[0])
  const cacheDir = values['cache-dir'] ? path.resolve(values['cache-dir']) : defaultCacheDir()
  const say = (l: string): void => out(`${l}\n`)
  try {
    const epoch = await sourceDateEpoch(recipe)
    const r = await buildRecipe({
      recipe,
      outputDir: path.resolve(values['output-dir'] ?? 'conda-bld'),
      channels: values.channel ?? [],
      variants: values.variant?.length ? parseVariantInput(values.variant.join('\n'), '--variant') : undefined,
      variantConfigFiles: values['variant-config'] ?? [],
      targetPlatform: values['target-platform'],
      format,
      level,
      test: !values['no-test'],
      keepWork: Boolean(values['keep-work']),
      croot: path.resolve(values.croot ?? path.join(os.tmpdir(), 'conda-bld-work')),
      cacheDir,
      sourceCacheDir: path.join(cacheDir, 'src_cache'),
      sourceDateEpoch: epoch.value,
      log: say,
      warn: l => process.stderr.write(`warning: ${l}\n`)
    })
    for (const p of r.packages)
      say(`${p.path}  ${p.size} bytes  sha256 ${p.sha256}  ${p.tested.length ? `tested (${p.tested.join(', ')})` : 'not tested'}  ${p.seconds.toFixed(1)} s`)
    if (r.skipped) say(`${r.skipped} variant(s) skipped by build/skip`)
    return 0
  } catch (e) {
    process.stderr.write(`error: ${errorMessage(e)}\n`)
    return 1
  }
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
