/** Inputs of the conda-recipe action (the names in actions/conda-recipe/action.yml), read in one pass. */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { deepFreeze, readBool, type InputProblems, type InputSource } from '../lib/inputs.js'
import { RecipeError } from './recipe/location.js'
import { SUBDIR } from './recipe/platforms.js'
import { parseVariantInput, type Spec } from './recipe/variants.js'

export const CONDA_INPUTS = ['recipe', 'variants', 'target-platform', 'render-only'] as const
export const CONDA_OUTPUTS = { rendered: 'rendered' } as const

export interface CondaInputs {
  /** The recipe folder (absolute). */
  readonly recipe: string
  readonly variants: Spec | undefined
  /** '' = this machine's platform. */
  readonly 'target-platform': string
  readonly 'render-only': boolean
}

export function readCondaInputs(src: InputSource, base: string, problems: InputProblems): CondaInputs {
  const recipe = path.resolve(base, src('recipe').trim() || 'conda/recipe')
  if (!fs.existsSync(recipe)) problems.add('recipe', `'${recipe}' does not exist; accepted: the folder holding meta.yaml`)
  let variants: Spec | undefined
  const rawVariants = src('variants').trim()
  if (rawVariants)
    try {
      variants = parseVariantInput(rawVariants, 'input variants')
    } catch (e) {
      problems.add('variants', `${e instanceof RecipeError ? e.problem : String(e)}; accepted: a YAML mapping (python: ["3.11", "3.12"]) or KEY=VALUE lines`)
    }
  const target = src('target-platform').trim()
  if (target && !SUBDIR.test(target)) problems.add('target-platform', `'${target}' is not a conda subdir; accepted: linux-64, linux-aarch64, osx-64, osx-arm64, win-64...`)
  return deepFreeze({ recipe, variants, 'target-platform': target, 'render-only': readBool(src, 'render-only', false, problems) })
}
