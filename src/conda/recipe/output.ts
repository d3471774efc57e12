/** The rendered variants as `conda render` shows them: YAML documents, or one JSON array. */
import { stringify } from 'yaml'
import type { RenderedVariant } from './render.js'

export interface RenderedJson {
  readonly name: string
  readonly version: string
  readonly build: string
  readonly build_number: number
  readonly subdir: string
  readonly variant: Readonly<Record<string, unknown>>
  readonly hash_input: Readonly<Record<string, unknown>>
  readonly meta: unknown
}

export function toJson(v: RenderedVariant): RenderedJson {
  return {
    name: v.name,
    version: v.version,
    build: v.buildString,
    build_number: v.buildNumber,
    subdir: v.subdir,
    variant: v.variant,
    hash_input: v.hashInput,
    meta: v.meta
  }
}

export function renderedJson(variants: readonly RenderedVariant[]): string {
  return JSON.stringify(variants.map(toJson), null, 2)
}

export function renderedYaml(variants: readonly RenderedVariant[]): string {
  return variants
    .map(v => {
      const keys = Object.entries(v.variant).map(([k, x]) => `${k}=${Array.isArray(x) ? x.join(',') : String(x)}`)
      const head = `# ${v.name}-${v.version}-${v.buildString} (${v.subdir})${keys.length ? `\n# variant: ${keys.join(' ')}` : ''}`
      return `${head}\n${stringify(v.meta, { lineWidth: 0 })}`
    })
    .join('---\n')
}
