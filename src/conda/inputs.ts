/** Inputs of the conda-recipe action (the names in actions/conda-recipe/action.yml), read in one pass. */
import {
  deepFreeze,
  parseList,
  readBool,
  readArtifactName,
  readChoice,
  readOutputDir,
  readPath,
  readTimeoutMinutes,
  type InputProblems,
  type InputSource
} from '../lib/inputs.js'
import { readServiceTimeout } from '../lib/timeout.js'
import { crootProblem } from './builder/croot.js'
import { ChannelError, parseChannel } from './env/channel.js'
import { LEVELS, PACKAGE_FORMATS, type PackageFormat } from './package/formats.js'
import { RecipeError } from './recipe/location.js'
import { recipePathProblem } from './recipe/recipe-path.js'
import { subdirProblem } from './recipe/platforms.js'
import { VERIFY_MODES, type VerifyMode } from './env/verify-mode.js'
import type { Spec } from './recipe/variants.js'

export const CONDA_INPUTS = [
  'recipe',
  'variants',
  'target-platform',
  'render-only',
  'output-dir',
  'channels',
  'format',
  'compression-level',
  'test',
  'keep-work',
  'cache',
  'cache-dir',
  'service-timeout',
  'timeout',
  'allow-package-scripts',
  'verify',
  'croot',
  'upload-artifact'
] as const
/** Declared with the other actions' outputs (src/actions/outputs.ts). */
export { CONDA_OUTPUTS } from '../actions/outputs.js'

export interface CondaInputs {
  /** The recipe folder (absolute). */
  readonly recipe: string
  readonly variants: Spec | undefined
  /** '' = this machine's platform. */
  readonly 'target-platform': string
  readonly 'render-only': boolean
  /** The channel written (absolute). */
  readonly 'output-dir': string
  readonly channels: readonly string[]
  readonly format: PackageFormat
  /** Undefined: the format's default. */
  readonly 'compression-level': number | undefined
  readonly test: boolean
  readonly 'keep-work': boolean
  /** Persist the source and package caches across runs. */
  readonly cache: boolean
  /** A local folder for the persisted caches; '' = the Actions cache in a workflow, ~/.cache/build-wheel elsewhere. */
  readonly 'cache-dir': string
  /** Seconds each cache call may take before the build goes on without it. */
  readonly 'service-timeout': number
  /** Minutes the build script and each test may run. */
  readonly timeout: number
  /** Let channel packages run their pre-link/post-link scripts (conda's behaviour). */
  readonly 'allow-package-scripts': boolean
  /** Packages whose repodata has neither sha256 nor md5: warned about, or refused ('strict'). */
  readonly verify: VerifyMode
  /** The build root (absolute, writable); '' = this run's own folder under RUNNER_TEMP (src/conda/builder/croot.ts). */
  readonly croot: string
  /** The artifact name for the packages ('' = no upload); `<name>-broken` holds broken/ after a failed test. */
  readonly 'upload-artifact': string
}

/**
 * Every input read and checked. Async only for the variants input: its parser (YAML, selectors) is
 * loaded when one is given, so a run without it loads none of the recipe code before its inputs
 * are checked (issue 18 part 4).
 */
export async function readCondaInputs(src: InputSource, base: string, problems: InputProblems): Promise<CondaInputs> {
  const recipe = readPath(src, 'recipe', base, problems, 'conda/recipe')
  const recipeProblem = recipePathProblem(src('recipe').trim() || 'conda/recipe', recipe)
  if (recipeProblem) problems.add('recipe', recipeProblem)
  const croot = readPath(src, 'croot', base, problems)
  const crootIssue = croot ? crootProblem(croot) : ''
  if (crootIssue) problems.add('croot', crootIssue)
  let variants: Spec | undefined
  const rawVariants = src('variants').trim()
  if (rawVariants)
    try {
      const { parseVariantInput } = await import('./recipe/variants.js')
      variants = parseVariantInput(rawVariants, 'input variants')
    } catch (e) {
      problems.add('variants', `${e instanceof RecipeError ? e.problem : String(e)}; accepted: a YAML mapping (python: ["3.11", "3.12"]) or KEY=VALUE lines`)
    }
  const target = src('target-platform').trim()
  const targetIssue = target ? subdirProblem(target, 'the value') : ''
  if (targetIssue) problems.add('target-platform', targetIssue)
  const channels = parseList(src('channels'))
  for (const c of channels)
    try {
      parseChannel(c, { cwd: base })
    } catch (e) {
      problems.add('channels', `${e instanceof ChannelError ? e.message : String(e)}; accepted: names (conda-forge), https:// or file:// URLs, folders`)
    }
  const format = readChoice(src, 'format', PACKAGE_FORMATS, 'conda', problems)
  const rawLevel = src('compression-level').trim()
  let level: number | undefined
  if (rawLevel) {
    const lv = LEVELS[format]
    if (!/^\d+$/.test(rawLevel) || Number(rawLevel) < lv.min || Number(rawLevel) > lv.max)
      problems.add(
        'compression-level',
        `'${rawLevel}' is not accepted for format ${format}; accepted: a whole number from ${lv.min} to ${lv.max} (default ${lv.default})`
      )
    else level = Number(rawLevel)
  }
  return deepFreeze({
    recipe,
    variants,
    'target-platform': target,
    'render-only': readBool(src, 'render-only', false, problems),
    'output-dir': readOutputDir(src, 'output-dir', 'conda-bld', base, problems),
    channels,
    format,
    'compression-level': level,
    test: readBool(src, 'test', true, problems),
    'keep-work': readBool(src, 'keep-work', false, problems),
    cache: readBool(src, 'cache', true, problems),
    'cache-dir': readPath(src, 'cache-dir', base, problems),
    'service-timeout': readServiceTimeout(src, problems),
    timeout: readTimeoutMinutes(src, 'timeout', problems),
    'allow-package-scripts': readBool(src, 'allow-package-scripts', true, problems),
    verify: readChoice(src, 'verify', VERIFY_MODES, 'warn', problems),
    croot,
    'upload-artifact': readArtifactName(src, 'upload-artifact', problems)
  })
}
