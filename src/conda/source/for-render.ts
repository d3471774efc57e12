/**
 * Rendering a recipe whose templates read its source, as conda-build does: a recipe that names GIT_*,
 * HG_* or SVN_* variables, or calls load_setup_py_data, load_setuptools, load_file_regex or
 * load_file_data, is rendered once leniently to learn its `source`, the source is fetched (once per
 * distinct source section: a variant may change it, as `git_tag: {{ git_tag }}` does), and the recipe is
 * rendered again with the source's folder and its GIT_* / HG_* variables. The fetched folders are
 * scratch: the build fetches its source again into its own work folder.
 */
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { RecipeError } from '../recipe/location.js'
import { prepareRender, renderRecipe, sourceSection, type PreparedRender, type RenderOptions, type RenderResult, type RenderSource } from '../recipe/render.js'
import { overDistinct } from '../recipe/distinct.js'
import { projection } from '../recipe/variants.js'
import type { Variant } from '../recipe/platforms.js'
import { fetchSources } from './fetch.js'
import { sourceSpecs } from './spec.js'

export interface SourceRenderOptions extends RenderOptions {
  /** The download cache (src/conda/source/cache.ts); a folder in the scratch one when not given. */
  readonly sourceCacheDir?: string
  /** Where to fetch; a scratch folder under the temp folder (removed afterwards) when not given. */
  readonly scratchDir?: string
  readonly log?: (line: string) => void
}

const VCS_VARS = /\b(GIT|HG|SVN)_[^.\s'"]+/
const LOADERS = /\b(load_setup_py_data|load_setuptools|load_file_regex|load_file_data)\b/

/** What in the recipe text reads the source (conda-build's needs_source_for_render), or undefined. */
export function sourceReader(text: string, packageName = ''): string | undefined {
  const vcs = VCS_VARS.exec(text)
  if (vcs && vcs[1].toLowerCase() !== packageName) return vcs[0]
  return LOADERS.exec(text)?.[1]
}

async function fetchForRender(section: unknown, recipeDir: string, dest: string, o: SourceRenderOptions): Promise<RenderSource> {
  const specs = sourceSpecs(section as Parameters<typeof sourceSpecs>[0], recipeDir)
  const fetched = await fetchSources(specs, { workDir: dest, cacheDir: o.sourceCacheDir ?? path.join(path.dirname(dest), 'cache'), log: o.log })
  return { workDir: dest, vars: fetched.gitVars }
}

/**
 * The fetched source of each distinct variant (src/conda/recipe/distinct.ts), by its values of the keys they
 * were told apart by; one fetch per distinct source section; failures by section.
 */
async function fetchPerVariant(prepared: PreparedRender, opts: SourceRenderOptions, reader: string, scratch: string) {
  const sections = overDistinct(prepared, (v, seen) => sourceSection(prepared, v, opts, seen), opts.allVariants)
  const bySection = new Map<string, RenderSource | Error>()
  const byVariant = new Map<string, RenderSource>()
  for (const { variant, result: section } of sections.items) {
    const key = JSON.stringify(section ?? null)
    let got = bySection.get(key)
    if (!got) {
      opts.log?.(`the recipe reads its source while it renders (${reader}): fetching it first`)
      got = await fetchForRender(section, prepared.recipe.dir, path.join(scratch, `src-${bySection.size}`), opts).catch((e: unknown) => e as Error)
      bySection.set(key, got)
    }
    if (!(got instanceof Error)) byVariant.set(projection(variant, sections.keys), got)
  }
  const lookup = (v: Variant): RenderSource | undefined => byVariant.get(projection(v, sections.keys))
  return { lookup, failures: [...bySection.values()].filter((g): g is Error => g instanceof Error) }
}

/**
 * Render `opts.recipe`, fetching its source first when its templates read it (see the module's comment).
 * A source that cannot be fetched is logged and the recipe rendered without it, as conda-build goes on;
 * when that render fails too, the error says both.
 */
export async function renderRecipeWithSource(opts: SourceRenderOptions): Promise<RenderResult> {
  const prepared = prepareRender(opts)
  const reader = sourceReader(prepared.recipe.text)
  if (!reader || opts.workDir) return renderRecipe(opts)
  const scratch = opts.scratchDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'conda-render-src-'))
  try {
    const { lookup, failures } = await fetchPerVariant(prepared, opts, reader, scratch)
    const why = failures.map(e => e.message).join('; ')
    if (why) opts.log?.(`could not fetch the source to render ${prepared.recipe.file} (${why}); rendering without it`)
    try {
      return renderRecipe({ ...opts, source: lookup })
    } catch (e) {
      if (!why || !(e instanceof RecipeError)) throw e
      const err = new RecipeError(`${e.problem}\n${prepared.recipe.file} uses ${reader}, so its source is fetched to render it, and that failed: ${why}`, e.at)
      err.cause = e
      throw err
    }
  } finally {
    if (!opts.scratchDir) fs.rmSync(scratch, { recursive: true, force: true })
  }
}
