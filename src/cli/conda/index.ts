/**
 * `build-wheel conda ...`: the conda commands of the local command.
 *   render <recipe-dir> [--json] [--variant KEY=VALUE]... [--variant-config FILE]... [--target-platform SUBDIR]
 *   create --prefix DIR [--channel C]... [--subdir S] [--offline] [--json] SPEC...   (src/cli/conda/create.ts)
 *   remove --prefix DIR [--json] NAME...                                            (src/cli/conda/remove.ts)
 *   build RECIPE [--channel C]... [--output-dir DIR] ...                            (src/cli/conda/build.ts)
 *   index DIR                                                                       (src/cli/conda/build.ts)
 *   toolchain [--output-dir DIR] ...                                                (src/cli/conda/toolchain.ts)
 */
import { errorMessage } from '../../lib/errors.js'
import { error, inActions, warning } from '../../lib/log.js'
import { formatWarning, RecipeError } from '../../conda/recipe/location.js'
import { renderedJson, renderedYaml } from '../../conda/recipe/output.js'
import { recipePathProblem } from '../../conda/recipe/recipe-path.js'
import { gatherCondaFacts } from '../../conda/plan/facts.js'
import { planRendered, renderOnce } from '../../conda/plan/make.js'
import { HostRuntime } from '../../runtime/host.js'
import { parseVariantInput } from '../../conda/recipe/variants.js'
import { parseSubcommand } from './args.js'

const USAGE = `usage: build-wheel conda render <recipe-dir> [flags]
       build-wheel conda create --prefix DIR [--channel C]... SPEC...   (see build-wheel conda create --help)
       build-wheel conda remove --prefix DIR NAME...   (see build-wheel conda remove --help)
       build-wheel conda build RECIPE [--channel C]... [--output-dir DIR]   (see build-wheel conda build --help)
       build-wheel conda index DIR
       build-wheel conda toolchain [--output-dir DIR]   (a channel from this machine's gcc, make, python)

Render a conda recipe (meta.yaml) as conda-build does: Jinja2, line selectors, YAML, one result per variant.
Prints the final metadata of each variant as YAML documents.

flags:
  --json                    print one JSON array with one object per variant (name, version, build, subdir,
                            variant, hash_input, meta) instead of YAML
  --variant KEY=VALUE       set a variant key; repeat the flag for several values of a key
                            (--variant python=3.11 --variant python=3.12 gives two variants)
  --variant-config FILE     read variants from a conda_build_config.yaml-style file (repeatable; after the
                            recipe's own conda_build_config.yaml, later files win)
  --target-platform SUBDIR  the platform to render for (linux-64, linux-aarch64, osx-64, osx-arm64, win-64...);
                            default: this machine's
  -h, --help                show this help
`

const OPTIONS = {
  json: { type: 'boolean' },
  variant: { type: 'string', multiple: true },
  'variant-config': { type: 'string', multiple: true },
  'target-platform': { type: 'string' },
  help: { type: 'boolean', short: 'h' }
} as const

/**
 * Run `conda <args>`; writes results through `out`, problems to stderr (annotations on a runner). Returns the exit code.
 * `home` is the package's root (where `toolchain` finds its recipes); the current folder without it.
 */
export async function condaCommand(args: readonly string[], out: (s: string) => void, home?: string): Promise<number> {
  const [sub, ...rest] = args
  if (!sub || sub === '--help' || sub === '-h' || sub === 'help') {
    out(USAGE)
    return sub ? 0 : 2
  }
  if (sub === 'create') {
    const { createCommand } = await import('./create.js')
    return createCommand(rest, out)
  }
  if (sub === 'remove') {
    const { removeCommand } = await import('./remove.js')
    return removeCommand(rest, out)
  }
  if (sub === 'build' || sub === 'index') {
    const { buildCommand, indexCommand } = await import('./build.js')
    return sub === 'build' ? buildCommand(rest, out) : indexCommand(rest, out)
  }
  if (sub === 'toolchain') {
    const { toolchainCommand } = await import('./toolchain.js')
    return toolchainCommand(rest, out, home)
  }
  if (sub !== 'render') {
    process.stderr.write(`error: unknown conda command '${sub}'; accepted: render, create, remove, build, index, toolchain\n${USAGE}`)
    return 2
  }
  return renderCommand(rest, out)
}

/** `conda render`: the recipe rendered once into a render-only plan (not solved), whose recipes are printed. */
async function renderCommand(rest: readonly string[], out: (s: string) => void): Promise<number> {
  const parsed = parseSubcommand(rest, OPTIONS, USAGE, out)
  if (typeof parsed === 'number') return parsed
  const { values, positionals } = parsed
  if (positionals.length !== 1) {
    process.stderr.write(`error: give exactly one recipe directory (got ${positionals.length})\n${USAGE}`)
    return 2
  }
  const bad = (values.variant ?? []).filter(v => !/^[A-Za-z_][\w.-]*=/.test(v))
  if (bad.length) {
    process.stderr.write(`error: --variant takes KEY=VALUE, not ${bad.map(b => `'${b}'`).join(', ')}\n`)
    return 2
  }
  const recipeProblem = recipePathProblem(positionals[0])
  if (recipeProblem) {
    process.stderr.write(`error: ${recipeProblem}\n`)
    return 1
  }
  try {
    const rendered = await renderOnce({
      recipe: positionals[0],
      targetPlatform: values['target-platform'],
      variantConfigFiles: values['variant-config'] ?? [],
      variants: values.variant?.length ? parseVariantInput(values.variant.join('\n'), '--variant') : undefined,
      onWarning: w => (inActions() ? warning(formatWarning(w), w.at?.file, w.at?.line) : process.stderr.write(`warning: ${formatWarning(w)}\n`))
    })
    const facts = await gatherCondaFacts(new HostRuntime(), rendered.recipeDir)
    const settings = { outputDir: 'conda-bld', croot: 'conda-bld', channels: [], format: 'conda' as const, test: true, cacheDir: '', solve: false }
    const plan = await planRendered(rendered, settings, facts)
    if (plan.skipped) process.stderr.write(`${plan.skipped} variant(s) skipped by build/skip\n`)
    const recipes = plan.builds.map(b => b.rendered)
    out(values.json ? `${renderedJson(recipes)}\n` : renderedYaml(recipes))
    return 0
  } catch (e) {
    if (e instanceof RecipeError && inActions()) error(e.message, e.file, e.line)
    else process.stderr.write(`error: ${errorMessage(e)}\n`)
    return 1
  }
}
