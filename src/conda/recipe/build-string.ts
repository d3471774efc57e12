/**
 * The build string as conda-build makes it: `py312h<hash>_<number>`. The hash is the first 7 hex digits of
 * the SHA-1 of the JSON (Python's json.dumps with sorted keys) of the used variant keys and their values,
 * leaving out python, r_base, perl, lua and ignore_version keys (already in the prefix), numpy when pinned
 * with x.x, and nothing when target_platform is the only key; run requirements on virtual packages (__glibc)
 * are added. The prefix names py/np/pl/lua/r/mro versions that are both build (or host) and run dependencies.
 */
import { createHash } from 'node:crypto'
import { isListValue, type Variant, type VariantValue } from './platforms.js'
import { depName, requirementsText, trimBuildOnlyDeps, type Requirements } from './used-vars.js'

export const HASH_LENGTH = 7

/** Python's json.dumps(value, sort_keys=True): ", " and ": " separators, non-ASCII escaped. */
export function pythonJson(v: unknown): string {
  if (v === null || v === undefined) return 'null'
  if (v === true) return 'true'
  if (v === false) return 'false'
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : String(v)
  if (typeof v === 'string') return JSON.stringify(v).replace(/[\u0080-\uffff]/g, c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
  if (Array.isArray(v)) return `[${v.map(pythonJson).join(', ')}]`
  const o = v as Record<string, unknown>
  return `{${Object.keys(o)
    .sort()
    .map(k => `${pythonJson(k)}: ${pythonJson(o[k])}`)
    .join(', ')}}`
}

/** A variant value that lists names (ignore_version, ignore_build_only_deps): one string or a list. */
export const listOf = (v: VariantValue | undefined): readonly string[] => (v === undefined ? [] : typeof v === 'string' ? [v] : isListValue(v) ? v : [])

export interface HashInput {
  readonly used: ReadonlySet<string>
  readonly variant: Variant
  readonly reqs: Requirements
  /** The raw recipe text (for numpy x.x and pin_compatible('numpy') detection). */
  readonly rawText: string
}

export function numpyXX(rawText: string): boolean {
  return /(numpy\s*x\.x)|pin_compatible\(['"]numpy.*max_pin=['"]x\.x['"]/.test(requirementsText(rawText))
}

/** The variant keys and values that make up the hash (info/hash_input.json). */
export function hashContents(input: HashInput): Record<string, unknown> {
  const { variant, reqs } = input
  const deps = [...trimBuildOnlyDeps(new Set(input.used), reqs, listOf(variant.ignore_build_only_deps))]
  const excludes = ['python', 'r_base', 'perl', 'lua', ...listOf(variant.ignore_version)]
  if (deps.includes('numpy')) {
    const text = requirementsText(input.rawText)
    const compatible = /pin_\w+\(['"]numpy['"]/.test(text)
    const xs = /pin_\w+\(['"]numpy['"].*max_pin=['"]([x.]*)['"]/.exec(text)
    const notXX = xs ? xs[1].split('').filter(c => c === 'x').length !== 2 : true
    if (numpyXX(input.rawText) || (compatible && !notXX)) excludes.push('numpy')
  }
  const kept = deps.filter(d => !excludes.some(e => d.startsWith(e)) || String(variant[d] ?? '').includes(' '))
  const out: Record<string, unknown> = {}
  if (!(kept.length === 1 && kept[0] === 'target_platform')) for (const k of kept.sort()) out[k] = variant[k]
  for (const r of reqs.run) if (r.startsWith('__')) out[r.split(' ')[0]] = r
  return out
}

/** "h" and 7 hex digits, or '' when nothing goes into the hash. */
export function variantHash(contents: Record<string, unknown>): string {
  if (Object.keys(contents).length === 0) return ''
  return `h${createHash('sha1').update(pythonJson(contents)).digest('hex')}`.slice(0, HASH_LENGTH + 1)
}

const PREFIXES: ReadonlyArray<readonly [string, readonly string[], number]> = [
  ['np', ['numpy'], 2],
  ['py', ['python'], 2],
  ['pl', ['perl'], 3],
  ['lua', ['lua'], 2],
  ['r', ['r', 'r-base'], 2],
  ['mro', ['mro-base'], 3],
  ['mro', ['mro-base_impl'], 3]
]

export interface BuildStringInput {
  readonly reqs: Requirements
  /** Whether the recipe has a host section (then host, not build, names the versions). */
  readonly hasHost: boolean
  readonly variant: Variant
  readonly number: string
  readonly features: readonly string[]
  readonly noarch?: string
  readonly noarchPython: boolean
  readonly rawText: string
}

function versionPin(deps: readonly string[], name: string): string {
  let version = ''
  for (const d of deps) {
    const parts = d.trim().split(/\s+/)
    if (parts[0] === name && parts.length > 1) version = parts[1]
  }
  return version
}

/** The build string without the hash (`py312_0`), as conda-build's build_string_from_metadata. */
export function baseBuildString(input: BuildStringInput): string {
  const deps = input.hasHost ? input.reqs.host : input.reqs.build
  const buildNames = deps.map(depName)
  const runNames = input.reqs.run.map(depName)
  const res: string[] = []
  for (const [s, names, places] of PREFIXES)
    for (const runName of runNames)
      for (const name of names) {
        if (runName !== name || !buildNames.includes(name)) continue
        if (name === 'numpy' && !numpyXX(input.rawText)) continue
        if (input.noarch === name || (input.noarchPython && name === 'python')) {
          res.push(s)
          continue
        }
        let version = ''
        for (const n of [...names, ...names.filter(x => x.includes('-')).map(x => x.replace(/-/g, '_'))]) {
          const fromVariant = input.variant[n.replace(/-/g, '_')]
          version = versionPin(deps, n) || (typeof fromVariant === 'string' ? fromVariant : (listOf(fromVariant)[0] ?? ''))
          if (version) break
        }
        const entry = s + version.split('.').slice(0, places).join('')
        if (!res.includes(entry)) res.push(entry)
      }
  if (res.length) res.push('_')
  if (input.features.length) res.push(input.features.join('_'), '_')
  res.push(String(parseInt(input.number || '0', 10) || 0))
  return res.join('')
}

/** Put the hash into a build string: `py312_0` -> `py312h1a2b3c4_0`, `0` -> `h1a2b3c4_0`; an existing h+7 is replaced. */
export function insertHash(build: string, hash: string): string {
  const existing = new RegExp(`h[0-9a-f]{${HASH_LENGTH}}`)
  if (existing.test(build)) return build.replace(new RegExp(existing.source, 'g'), hash)
  const parts = build.split('_')
  const last = parts.length > 1 ? parts.pop() : undefined
  const head = parts.join('_')
  const out = /^\d+$/.test(head) ? (hash ? `${hash}_${head}` : head) : head + hash
  return last === undefined ? out : `${out}_${last}`
}
