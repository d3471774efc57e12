/**
 * The YAML pass, read as conda-build reads meta.yaml: YAML 1.1 booleans and nulls, but every number
 * stays the string it was written as (`1.10` is "1.10", `0755` is "0755"), and dates stay strings.
 * Each value keeps its position so that schema errors can point at it.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml'

export type Value = null | boolean | string | Value[] | { [key: string]: Value }

export interface Parsed {
  readonly value: Value
  /** 0-based line and column of the value at a path ("build/number", "source/0/url"). */
  readonly positions: ReadonlyMap<string, { line0: number; col0: number; keyLine0: number; keyCol0: number }>
}

export class YamlError extends Error {
  constructor(
    message: string,
    readonly line0: number,
    readonly col0: number
  ) {
    super(message)
  }
}

export function parseRecipeYaml(text: string): Parsed {
  const lc = new LineCounter()
  const doc = parseDocument(text, { version: '1.1', lineCounter: lc, uniqueKeys: true, prettyErrors: false })
  if (doc.errors.length) {
    const e = doc.errors[0]
    const p = lc.linePos(e.pos[0])
    throw new YamlError(e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, ''), p.line - 1, p.col - 1)
  }
  const positions = new Map<string, { line0: number; col0: number; keyLine0: number; keyCol0: number }>()
  const pos = (offset: number | undefined): { line0: number; col0: number } => {
    const p = lc.linePos(offset ?? 0)
    return { line0: p.line - 1, col0: p.col - 1 }
  }
  const walk = (node: unknown, path: string, keyAt?: { line0: number; col0: number }): Value => {
    const n = node as YamlNode | null
    const at = n && 'range' in n && n.range ? pos(n.range[0]) : (keyAt ?? { line0: 0, col0: 0 })
    positions.set(path, { ...at, keyLine0: keyAt?.line0 ?? at.line0, keyCol0: keyAt?.col0 ?? at.col0 })
    if (n === null || n === undefined) return null
    if (isScalar(n)) {
      const v = n.value
      if (v === null || v === undefined) return null
      if (typeof v === 'boolean' || typeof v === 'string') return v
      // numbers, dates, infinities: the text as written
      return n.source ?? String(v)
    }
    if (isSeq(n)) return n.items.map((item, i) => walk(item, `${path}/${i}`))
    if (isMap(n)) {
      const out: { [key: string]: Value } = {}
      for (const pair of n.items) {
        const k = pair.key as YamlNode | null
        const key = isScalar(k) ? (typeof k.value === 'string' ? k.value : (k.source ?? String(k.value))) : String(k)
        const kAt = k && 'range' in k && k.range ? pos(k.range[0]) : at
        out[key] = walk(pair.value, path ? `${path}/${key}` : key, kAt)
      }
      return out
    }
    return String((n as { toString(): string }).toString())
  }
  return { value: walk(doc.contents, ''), positions }
}
