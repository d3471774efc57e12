/**
 * Rendering once per distinct variant: the variant matrix (often thousands of combinations from a
 * feedstock's pinning file) told apart only by the keys the recipe's texts may read (./read-keys.ts), and a
 * render done for the first variant of each distinct combination, in explode()'s order. Variants that differ
 * only in other keys render alike, so this gives what rendering every variant and keeping the first of each
 * result gives, without the product of the unused keys ever being built.
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import type { Variant } from './platforms.js'
import { keysTextsMayRead } from './read-keys.js'
import type { RecipeFiles } from './recipe-dir.js'
import { explode, explodeDistinct, projection, varyingKeys, type Combined } from './variants.js'

/** Folders below the recipe searched for scripts, as the outputs planner searches them. */
const SCRIPT_DEPTH = 2

/** The recipe's texts that read variant keys: the meta file and every *.sh / *.bat (build.sh, bld.bat, output scripts). */
export function recipeTexts(recipe: RecipeFiles): string[] {
  const out = [recipe.text]
  const walk = (rel: string, depth: number): void => {
    for (const e of fs.readdirSync(path.join(recipe.dir, rel), { withFileTypes: true })) {
      const name = path.join(rel, e.name)
      if (e.isFile() && /\.(sh|bat)$/.test(e.name)) out.push(fs.readFileSync(path.join(recipe.dir, name), 'utf8'))
      else if (e.isDirectory() && depth < SCRIPT_DEPTH) walk(name, depth + 1)
    }
  }
  walk('', 0)
  return out
}

export interface DistinctItem<T> {
  readonly variant: Variant
  readonly result: T
}

export interface Distinct<T> {
  /** The keys the variants were told apart by. */
  readonly keys: ReadonlySet<string>
  /** The first variant of each distinct combination of those keys, in explode()'s order, with what `each` gave for it. */
  readonly items: ReadonlyArray<DistinctItem<T>>
}

/**
 * `each` once per distinct variant (see the module's comment). `each` adds to `seen` what its render read or
 * wrote (the templates it loaded, the rendered text); when that names a varying key not counted yet, the
 * variants are told apart by it too and the new combinations rendered. Earlier results are kept: the first
 * variant of a combination is also the first of each finer one it splits into. `all`: every variant, as
 * explode() gives them (to compare against).
 */
export function overDistinct<T>(p: { recipe: RecipeFiles; combined: Combined }, each: (v: Variant, seen: string[]) => T, all = false): Distinct<T> {
  const candidates = varyingKeys(p.combined)
  if (all) return { keys: new Set(candidates), items: explode(p.combined).map(variant => ({ variant, result: each(variant, []) })) }
  let keys = keysTextsMayRead(candidates, recipeTexts(p.recipe))
  const done = new Map<string, DistinctItem<T>>()
  for (;;) {
    const seen: string[] = []
    const firsts = explodeDistinct(p.combined, keys)
    for (const variant of firsts) {
      const id = projection(variant, candidates)
      if (!done.has(id)) done.set(id, { variant, result: each(variant, seen) })
    }
    const more = keysTextsMayRead(
      candidates.filter(k => !keys.has(k)),
      seen
    )
    if (more.size === 0) return { keys, items: firsts.map(v => done.get(projection(v, candidates)) as DistinctItem<T>) }
    keys = new Set([...keys, ...more])
  }
}
