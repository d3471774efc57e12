/**
 * The YAML pass, read as conda-build reads meta.yaml: YAML 1.1 booleans and nulls, but every number
 * stays the string it was written as (`1.10` is "1.10", `0755` is "0755"), and dates stay strings.
 * Each value keeps its position so that schema errors can point at it. Anchors, aliases and `<<` merge keys
 * resolve as PyYAML resolves them, with a bound on the values aliases expand to (against billion-laughs files).
 */
import { RecipeError } from './location.js'
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml'

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

/** Values an alias may expand to, in all, in one document. */
export const MAX_ALIAS_EXPANSION = 20_000

/** A recipe file's bytes as text: invalid UTF-8 is an error naming the byte offset (never silently replaced). */
export function decodeRecipeText(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    const offset = invalidUtf8Offset(bytes)
    const before = bytes.subarray(0, offset)
    const line = before.filter(b => b === 0x0a).length + 1
    const column = offset - before.lastIndexOf(0x0a)
    throw new RecipeError(`invalid UTF-8 at byte offset ${offset}; a recipe file must be UTF-8 text`, { file, line, column })
  }
}

/** The offset of the first byte that does not start or continue a valid UTF-8 sequence. */
export function invalidUtf8Offset(b: Uint8Array): number {
  for (let i = 0; i < b.length;) {
    const c = b[i]
    const n = c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1
    if (n < 0) return i
    const lo = c === 0xe0 ? 0xa0 : c === 0xf0 ? 0x90 : 0x80
    const hi = c === 0xed ? 0x9f : c === 0xf4 ? 0x8f : 0xbf
    for (let k = 1; k <= n; k++) {
      const x = b[i + k]
      if (x === undefined || x < (k === 1 ? lo : 0x80) || x > (k === 1 ? hi : 0xbf)) return i
    }
    i += n + 1
  }
  return b.length
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
  let expanded = 0
  const anchors = new Map<unknown, unknown>()
  const walk = (node: unknown, path: string, keyAt?: { line0: number; col0: number }, viaAlias = 0): Value => {
    if (viaAlias && ++expanded > MAX_ALIAS_EXPANSION) {
      const p = pos((node as YamlNode).range?.[0])
      throw new YamlError(`aliases expand to more than ${MAX_ALIAS_EXPANSION} values (a billion-laughs file?)`, p.line0, p.col0)
    }
    if (isAlias(node)) {
      // resolved once per alias: resolve() searches the document
      const target = anchors.has(node) ? anchors.get(node) : node.resolve(doc)
      anchors.set(node, target)
      if (!target) throw new YamlError(`unknown alias *${node.source}`, pos(node.range?.[0]).line0, pos(node.range?.[0]).col0)
      if (viaAlias > 100) throw new YamlError('aliases nested more than 100 levels deep', pos(node.range?.[0]).line0, pos(node.range?.[0]).col0)
      return walk(target, path, keyAt, viaAlias + 1)
    }
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
    if (isSeq(n)) return n.items.map((item, i) => walk(item, `${path}/${i}`, undefined, viaAlias))
    if (isMap(n)) {
      const out: { [key: string]: Value } = {}
      const merged: { [key: string]: Value } = {}
      for (const pair of n.items) {
        const k = pair.key as YamlNode | null
        const key = isScalar(k) ? (typeof k.value === 'string' ? k.value : (k.source ?? String(k.value))) : String(k)
        const kAt = k && 'range' in k && k.range ? pos(k.range[0]) : at
        const v = walk(pair.value, path ? `${path}/${key}` : key, kAt, viaAlias)
        if (key === '<<' && isScalar(k) && k.source === '<<') mergeInto(merged, v, kAt)
        else Object.defineProperty(out, key, { value: v, enumerable: true, writable: true, configurable: true })
      }
      for (const key of Object.keys(merged))
        if (!Object.hasOwn(out, key)) Object.defineProperty(out, key, { value: merged[key], enumerable: true, writable: true, configurable: true })
      return out
    }
    return String((n as { toString(): string }).toString())
  }
  return { value: walk(doc.contents, ''), positions }
}

/** `<<: *a` or `<<: [*a, *b]`: keys not already merged (earlier sources win, as in PyYAML). */
function mergeInto(merged: { [key: string]: Value }, v: Value, at: { line0: number; col0: number }): void {
  const sources = Array.isArray(v) ? v : [v]
  for (const src of sources) {
    if (src === null || typeof src !== 'object' || Array.isArray(src))
      throw new YamlError('a merge key (<<) needs a mapping or a list of mappings', at.line0, at.col0)
    for (const key of Object.keys(src))
      if (!Object.hasOwn(merged, key)) Object.defineProperty(merged, key, { value: src[key], enumerable: true, writable: true, configurable: true })
  }
}
