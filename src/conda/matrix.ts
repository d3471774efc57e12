/**
 * The conda build fanned out over jobs, one per variant: the conda-recipe action's `matrix` output
 * (`{"include": [...]}`, read by .github/workflows/conda.yml as `fromJSON(...)`). Each entry gives
 * the job its `variants` input: the keys the variant used, as a JSON mapping (YAML reads it), which
 * renders that variant again and no other. Variants that render several packages (outputs) are one
 * job, named after the first.
 */
import type { RenderedVariant } from './recipe/render.js'

export interface CondaMatrixEntry {
  /** `<name>-<version>-<build>` (`-variant<n>` added when variants share it): the job's name and its artifact's, unique. */
  readonly package: string
  readonly subdir: string
  /** The `variants` input that builds this variant alone. */
  readonly variants: string
}

export function condaMatrix(variants: readonly RenderedVariant[]): { include: CondaMatrixEntry[] } {
  const byKeys = new Map<string, CondaMatrixEntry>()
  const named = new Map<string, number>()
  for (const v of variants) {
    if (v.skip) continue
    const keys = JSON.stringify(Object.fromEntries(Object.entries(v.variant).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))))
    if (byKeys.has(keys)) continue
    // two variants with one file name (a recipe whose build string ignores a key) still get jobs and artifacts of their own
    const stem = `${v.name}-${v.version}-${v.buildString}`
    const n = (named.get(stem) ?? 0) + 1
    named.set(stem, n)
    byKeys.set(keys, { package: n === 1 ? stem : `${stem}-variant${n}`, subdir: v.subdir, variants: keys })
  }
  return { include: [...byKeys.values()] }
}
