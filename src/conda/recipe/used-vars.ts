/**
 * Which variant keys a recipe uses, by conda-build's text rules: a key is used when the template writes it
 * (`{{ key }}`, `{% if key %}`, `{% for x in key %}`, `{% set x = key %}`), lists it as a bare requirement,
 * tests it in a selector, calls compiler('c')/stdlib('c')/cdt(...) for `c_compiler`-style keys, or when the
 * build script reads `$key`/`${key}` (bld.bat: `%key%`). Keys only run requirements use do not count.
 */
import { SPECIAL_KEYS } from './platforms.js'

const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const WORD = '[A-Za-z0-9_]'

/** A line worth testing for `key`: it holds the key (`-` read as `_`), or for compiler/stdlib/cdt keys the call's own word. */
interface LineFilter {
  /** Looked for in the line with `-` read as `_`. */
  readonly folded?: string
  /** Looked for in the line as written. */
  readonly raw: readonly string[]
}

/** The lines to test for `key` and the test (built only when some line passes the filter). */
function patternsFor(key: string, selectorsOnly: boolean): { regex: () => RegExp; lineFilter: LineFilter } {
  const k = esc(key)
  if (selectorsOnly) return { regex: () => new RegExp(`^[^#[]*?#?\\s\\[[^\\]]*?(?<!${WORD})${k}[=\\s<>!\\]]`), lineFilter: { folded: key, raw: [] } }
  const alts: string[] = []
  let lineFilter: LineFilter = { folded: key, raw: [] }
  const target = /^(.*?)_(compiler|stdlib)(_version)?$/.exec(key)
  if (target) {
    alts.push(`\\{\\s*${target[2]}\\(['"]${esc(target[1])}['"][^{]*?\\}`)
    lineFilter = { raw: [key, target[1]] }
  } else if (key.startsWith('cdt_')) {
    alts.push('\\{\\s*cdt\\(')
    lineFilter = { raw: [key, 'cdt('] }
  }
  const req = key.split('_').map(esc).join('[-_]')
  alts.push(
    `\\{\\s*(?:pin_[a-z]+\\(\\s*?['"])?${k}(?:[^_0-9a-zA-Z].*?)?\\}\\}`,
    `^\\s+-\\s+${req}\\s*(?:\\s[[#]|$)`,
    `(?:^|[^{])\\{%\\s*(?:el)?if\\s*.*${k}\\s*(?:[^%]*?)?%\\}`,
    `(?:^|[^{])\\{%\\s*for\\s*.*\\s*in\\s*${k}(?!${WORD})(?:[^%]*?)?%\\}`,
    `(?:^|[^{])\\{%\\s*set\\s*.*\\s*=\\s*.*(?<!${WORD})${k}(?!${WORD})(?:[^%]*?)?%\\}`
  )
  return { regex: () => new RegExp(alts.join('|')), lineFilter }
}

/** A text split into lines, as written and with `-` read as `_`, each also whole. */
class Lines {
  readonly raw: readonly string[]
  readonly folded: readonly string[]
  readonly foldedText: string
  constructor(readonly text: string) {
    this.raw = text.split(/\r?\n/)
    this.folded = this.raw.map(l => l.replace(/-/g, '_'))
    this.foldedText = this.folded.join('\n')
  }

  /** The lines the filter lets through; none when the whole text lacks what it looks for (most keys, most texts). */
  candidates(f: LineFilter): string[] {
    const inFolded = f.folded !== undefined && this.foldedText.includes(f.folded)
    const inRaw = f.raw.filter(n => this.text.includes(n))
    if (!inFolded && !inRaw.length) return []
    return this.raw.filter((l, i) => (inFolded && this.folded[i].includes(f.folded)) || inRaw.some(n => l.includes(n)))
  }
}

const textCache = new Map<string, Set<string>>()

/** Keys of `keys` the recipe text uses (selectorsOnly: keys tested in selectors). */
export function usedInText(keys: readonly string[], text: string, selectorsOnly = false): Set<string> {
  const cacheKey = `${selectorsOnly ? 's' : 't'}\u0000${keys.join(',')}\u0000${text}`
  const hit = textCache.get(cacheKey)
  if (hit) return new Set(hit)
  const lines = new Lines(text)
  const used = new Set<string>()
  for (const key of keys) {
    const { regex, lineFilter } = patternsFor(key, selectorsOnly)
    const candidates = lines.candidates(lineFilter)
    if (!candidates.length) continue
    const test = regex()
    if (!candidates.some(l => test.test(l))) continue
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
  const start = /^requirements:/m.exec(text)
  if (!start) return ''
  // the first line start after it that begins a top-level key, or blank space before an output's `- name`/`- type`
  // (the regex /^requirements:[\s\S]*?(?=^\w|(?![\s\S])|^\s+-\s(?=name|type))/m, without its scan of every character)
  const ends = /[\n\r\u2028\u2029]/g
  ends.lastIndex = start.index + start[0].length
  for (let m = ends.exec(text); m; m = ends.exec(text)) if (endsRequirements(text, m.index + 1)) return text.slice(start.index, m.index + 1)
  return text.slice(start.index)
}

const SPACE = /\s/

/** Whether the line starting at `at` ends the requirements section (see requirementsText). */
function endsRequirements(text: string, at: number): boolean {
  if (at >= text.length || /\w/.test(text[at])) return true
  let i = at
  while (i < text.length && SPACE.test(text[i])) i++
  return i > at && text[i] === '-' && SPACE.test(text[i + 1] ?? '') && (text.startsWith('name', i + 2) || text.startsWith('type', i + 2))
}

export interface Requirements {
  readonly build: readonly string[]
  readonly host: readonly string[]
  readonly run: readonly string[]
}

/** The name a requirement line is about (`numpy >=1.2` -> numpy), as written. */
export const depName = (spec: string): string => spec.trim().split(/[\s<>=!~]/)[0]

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
