/**
 * A recipe directory on disk: the meta file (meta.yaml, meta.yml, conda.yaml or conda.yml), the build
 * scripts, and the variant layers (defaults, the recipe's conda_build_config.yaml, extra files, explicit).
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { RecipeError } from './location.js'
import { selectorNamespace, type PlatformFacts } from './namespace.js'
import { defaultVariant, type Variant } from './platforms.js'
import { parseVariantText, type Layer, type Spec } from './variants.js'
import { decodeRecipeText } from './yaml.js'
import { META_NAMES } from './recipe-path.js'

export { META_NAMES } from './recipe-path.js'

export interface RecipeFiles {
  readonly dir: string
  /** The meta file (absolute). */
  readonly file: string
  readonly text: string
  readonly buildSh?: string
  readonly bldBat?: string
}

export function readRecipeDir(dirOrFile: string): RecipeFiles {
  const abs = path.resolve(dirOrFile)
  if (!fs.existsSync(abs)) throw new RecipeError(`recipe '${dirOrFile}' does not exist; give the folder holding meta.yaml`)
  const isFile = fs.statSync(abs).isFile()
  const dir = isFile ? path.dirname(abs) : abs
  const file = isFile ? abs : META_NAMES.map(n => path.join(dir, n)).find(f => fs.existsSync(f))
  if (!file) throw new RecipeError(`no meta.yaml in ${dir}; accepted names: ${META_NAMES.join(', ')}`)
  const read = (name: string): string | undefined => {
    const p = path.join(dir, name)
    return fs.existsSync(p) ? fs.readFileSync(p, 'utf8') : undefined
  }
  return { dir, file, text: decodeRecipeText(fs.readFileSync(file), file), buildSh: read('build.sh'), bldBat: read('bld.bat') }
}

/** The layers in priority order (lowest first), each variant file read with the target's selectors. */
export function variantLayers(recipe: RecipeFiles, facts: PlatformFacts, configFiles: readonly string[], explicit: Spec | undefined): Layer[] {
  const defaults = defaultVariant(facts.subdir, typeof explicit?.python === 'string' ? explicit.python : undefined)
  const base: Variant = { ...defaults, ...(explicit ?? {}) }
  const ns = selectorNamespace(facts, base)
  const layers: Layer[] = [{ source: 'defaults', spec: defaults }]
  const files = [path.join(recipe.dir, 'conda_build_config.yaml'), ...configFiles.map(f => path.resolve(f))]
  files.forEach((f, i) => {
    if (!fs.existsSync(f)) {
      if (i > 0) throw new RecipeError(`variant config file '${f}' does not exist`)
      return
    }
    layers.push({ source: f, spec: parseVariantText(decodeRecipeText(fs.readFileSync(f), f), f, ns) })
  })
  if (explicit && Object.keys(explicit).length) layers.push({ source: 'explicit variants', spec: explicit })
  return layers
}
