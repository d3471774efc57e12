/**
 * The output plan of a rendered recipe: reads what the pure planner needs from the recipe folder (the
 * template as written, the scripts the outputs name) and plans.
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import type { RenderResult } from '../recipe/render.js'
import { planOutputs, type OutputPlan } from './outputs.js'

function scriptFiles(dir: string): Record<string, string> {
  const out: Record<string, string> = {}
  const walk = (rel: string, depth: number): void => {
    for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const name = rel ? `${rel}/${e.name}` : e.name
      if (e.isFile() && /\.(sh|bat)$/.test(e.name)) out[name] = fs.readFileSync(path.join(dir, name), 'utf8')
      else if (e.isDirectory() && depth < 2) walk(name, depth + 1)
    }
  }
  walk('', 0)
  return out
}

export function planRecipeOutputs(rendered: RenderResult, subdir: string, buildSubdir?: string): OutputPlan {
  return planOutputs({
    variants: rendered.variants,
    rawText: fs.readFileSync(rendered.recipeFile, 'utf8'),
    scripts: scriptFiles(rendered.recipeDir),
    subdir,
    buildSubdir
  })
}

/**
 * Whether the recipe has outputs to build as outputs: a recipe whose `outputs:` only names the top level (and
 * nothing else) is its top-level package, built as a recipe without outputs.
 */
export const hasOutputs = (r: RenderResult): boolean =>
  r.variants.some(v => {
    const outs = v.meta.outputs
    if (!Array.isArray(outs)) return false
    const top = typeof v.meta.package === 'object' && v.meta.package && !Array.isArray(v.meta.package) ? v.meta.package.name : undefined
    return !outs.every(o => typeof o === 'object' && o !== null && !Array.isArray(o) && Object.keys(o).every(k => k === 'name') && o.name === top)
  })
