/**
 * Which variant keys a recipe uses, by conda-build's text rules: a key is used when the template writes it
 * (`{{ key }}`, `{% if key %}`, `{% for x in key %}`, `{% set x = key %}`), lists it as a bare requirement,
 * tests it in a selector, calls compiler('c')/stdlib('c')/cdt(...) for `c_compiler`-style keys, or when the
 * build script reads `$key`/`${key}` (bld.bat: `%key%`). Keys only run requirements use do not count.
 */
import { SPECIAL_KEYS } from './platforms.js'

const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const WORD = '[A-Za-z0-9_]'

function patternsFor(key: string, selectorsOnly: boolean): { regex: RegExp; lineFilter: (l: string) => boolean } {
  const k = esc(key)
  if (selectorsOnly) return { regex: new RegExp(`^[^#[]*?#?\\s\\[[^\\]]*?(?<!${WORD})${k}[=\\s<>!\\]]`), lineFilter: l => l.replace(/-/g, '_').includes(key) }
  const alts: string[] = []
  let lineFilter = (l: string): boolean => l.replace(/-/g, '_').includes(key)
  const target = /^(.*?)_(compiler|stdlib)(_version)?$/.exec(key)
  if (target) {
    alts.push(`\\{\\s*${target[2]}\\(['"]${esc(target[1])}['"][^{]*?\\}`)
    lineFilter = l => l.includes(key) || l.includes(target[1])
  } else if (key.startsWith('cdt_')) {
    alts.push('\\{\\s*cdt\\(')
    lineFilter = l => l.includes(key) || l.includes('cdt(')
  }
  const req = key.split('_').map(esc).join('[-_]')
  alts.push(
    `\\{\\s*(?:pin_[a-z]+\\(\\s*?['"])?${k}(?:[^_0-9a-zA-Z].*?)?\\}\\}`,
    `^\\s+-\\s+${req}\\s*(?:\\s[[#]|$)`,
    `(?:^|[^{])\\{%\\s*(?:el)?if\\s*.*${k}\\s*(?:[^%]*?)?%\\}`,
    `(?:^|[^{])\\{%\\s*for\\s*.*\\s*in\\s*${k}(?!${WORD})(?:[^%]*?)?%\\}`,
    `(?:^|[^{])\\{%\\s*set\\s*.*\\s*=\\s*.*(?<!${WORD})${k}(?!${WORD})(?:[^%]*?)?%\\}`
  )
  return { regex: new RegExp(alts.join('|')), lineFilter }
}

const textCache = new Map<string, Set<string>>()

/** Keys of `keys` the recipe text uses (selectorsOnly: keys tested in selectors). */
export function usedInText(keys: readonly string[], text: string, selectorsOnly = false): Set<string> {
  const cacheKey = `${selectorsOnly ? 's' : 't'}\u0000${keys.join(',')}\u0000${text}`
  const hit = textCache.get(cacheKey)
  if (hit) return new Set(hit)
  const lines = text.split(/\r?\n/)
  const used = new Set<string>()
  for (const key of keys) {
    const { regex, lineFilter } = patternsFor(key, selectorsOnly)
    const candidates = lines.filter(lineFilter)
    if (!candidates.some(l => regex.test(l))) continue
    used.add(key)
    if (['c_stdlib', 'c_compiler', 'cxx_compiler'].includes(key) && keys.includes('CONDA_BUILD_SYSROOT')) used.add('CONDA_BUILD_SYSROOT')
  }
  if (textCache.size > 512) textCache.clear()
  textCache.set(cacheKey, used)
  return new Set(used)
}

export function usedInShellScript(keys: readonly string[], script: string): Set<string> {
  return new Set(keys.filter(k => script.includes(k) && new RegExp(`\\$\\{?\\s*${esc(k)}\\s*[\\s|}]`).test(script)))
}

export function usedInBatchScript(keys: readonly string[], script: string): Set<string> {
  return new Set(keys.filter(k => script.includes(`%${k}%`)))
}

/** The requirements section of raw recipe text (up to the next top-level key or output). */
export function requirementsText(text: string): string {
  const m = /^requirements:[\s\S]*?(?=^\w|(?![\s\S])|^\s+-\s(?=name|type))/m.exec(text)
  return m ? m[0] : ''
}

export interface Requirements {
  readonly build: readonly string[]
  readonly host: readonly string[]
  readonly run: readonly string[]
}

const depName = (spec: string): string => spec.trim().split(/[\s<>=!~]/)[0]

/** Drop keys only run requirements use, and build-only ones the variant says to ignore (python, numpy). */
export function trimBuildOnlyDeps(used: Set<string>, reqs: Requirements, ignoreBuildOnly: readonly string[]): Set<string> {
  const build = new Set(reqs.build.filter(Boolean).map(r => depName(r).replace(/-/g, '_')))
  const host = new Set(reqs.host.filter(Boolean).map(r => depName(r).replace(/-/g, '_')))
  const out = new Set(used)
  for (const dep of used) {
    if (reqs.run.includes(dep)) {
      if (!build.has(dep) && !host.has(dep)) out.delete(dep)
    } else if (build.has(dep) && !host.has(dep) && ignoreBuildOnly.includes(dep)) out.delete(dep)
  }
  return out
}

export interface UsedVarsInput {
  readonly variantKeys: readonly string[]
  /** The template before Jinja, without selectors applied. */
  readonly rawText: string
  /** The same with this variant's selectors applied. */
  readonly selectedText: string
  readonly reqs: Requirements
  readonly ignoreBuildOnly: readonly string[]
  readonly buildSh?: string
  /** bld.bat, read only when the target is Windows. */
  readonly bldBat?: string
  readonly noarch: boolean
  readonly forceUse: readonly string[]
  readonly forceIgnore: readonly string[]
}

export function usedVariables(input: UsedVarsInput): Set<string> {
  const keys = input.variantKeys.filter(k => !(SPECIAL_KEYS as readonly string[]).includes(k))
  const selectors = usedInText(keys, input.rawText, true)
  const all = new Set([...usedInText(keys, input.selectedText), ...selectors])
  const inReqs = usedInText(keys, requirementsText(input.selectedText))
  const outside = [...all].filter(k => !inReqs.has(k))
  const used = new Set([...outside, ...trimBuildOnlyDeps(inReqs, input.reqs, input.ignoreBuildOnly)])
  if (input.buildSh !== undefined) for (const k of usedInShellScript(keys, input.buildSh)) used.add(k)
  if (input.bldBat !== undefined) for (const k of usedInBatchScript(keys, input.bldBat)) used.add(k)
  if (input.variantKeys.includes('target_platform') && !input.noarch) used.add('target_platform')
  if (input.variantKeys.includes('channel_targets')) used.add('channel_targets')
  for (const k of input.forceIgnore) used.delete(k)
  for (const k of input.forceUse) used.add(k)
  return used
}
