/**
 * Checking the parsed recipe against conda-build's fields: an unknown section or key is a warning
 * (with the closest known name), a value of the wrong shape is an error; all errors are reported at once.
 */
import { BAD_CHARS, FIELDS, LICENSE_FAMILIES, LIST_SECTIONS, NOARCH_TYPES, type Kind } from './fields.js'
import { RecipeError, type Position, type RecipeWarning } from './location.js'
import type { Value } from './yaml.js'
import { isDict } from './sections.js'
import { entryProblem, SPEC_FORMS, specProblem } from './spec-check.js'

export type Locate = (path: string, key?: boolean) => Position

interface Found {
  readonly message: string
  readonly at: Position
}

function closest(word: string, choices: readonly string[]): string | undefined {
  let best: string | undefined
  let bestD = Math.max(2, Math.floor(word.length / 3)) + 1
  for (const c of choices) {
    const d = distance(word, c)
    if (d < bestD) {
      bestD = d
      best = c
    }
  }
  return best
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]
    row[0] = i
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1))
      prev = cur
    }
  }
  return row[b.length]
}

const shape = (v: Value): string =>
  v === null ? 'nothing' : Array.isArray(v) ? 'a list' : isDict(v) ? 'a mapping' : typeof v === 'boolean' ? 'a boolean' : 'a string'

function fits(kind: Kind, v: Value): boolean {
  if (v === null || kind === 'any') return true
  switch (kind) {
    case 'str':
      return typeof v === 'string' || typeof v === 'boolean'
    case 'int':
      return typeof v === 'string' && /^\s*\d+\s*$/.test(v)
    case 'bool':
      return typeof v === 'boolean' || (typeof v === 'string' && /^(true|false|yes|no|on|off|0|1)$/i.test(v))
    case 'dict':
      return isDict(v)
    case 'list':
    case 'str|list':
      return typeof v === 'string' || (Array.isArray(v) && v.every(i => !Array.isArray(i)))
    case 'list|dict':
      return typeof v === 'string' || Array.isArray(v) || isDict(v)
  }
}

const EXPECTED: Readonly<Record<Kind, string>> = {
  str: 'a string',
  int: 'a whole number',
  bool: 'true or false',
  dict: 'a mapping',
  list: 'a list',
  'str|list': 'a string or a list',
  'list|dict': 'a list or a mapping',
  any: 'anything'
}

function checkSection(name: string, path: string, body: Value, locate: Locate, errors: Found[], warnings: RecipeWarning[]): void {
  if (body === null) return
  if (!isDict(body)) {
    errors.push({ message: `'${path}' must be a mapping, not ${shape(body)}`, at: locate(path) })
    return
  }
  const fields = FIELDS[name]
  if (name === 'extra') return
  for (const [key, v] of Object.entries(body)) {
    const kind = fields[key]
    if (!kind) {
      const hint = closest(key, Object.keys(fields))
      warnings.push({
        message: `unknown key '${name}/${key}'${hint ? ` (did you mean '${hint}'?)` : ''}; conda-build ignores it`,
        at: locate(`${path}/${key}`, true)
      })
      continue
    }
    if (!fits(kind, v))
      errors.push({
        message: `'${name}/${key}' must be ${EXPECTED[kind]}, not ${shape(v)}${typeof v === 'string' ? ` ('${v}')` : ''}`,
        at: locate(`${path}/${key}`)
      })
    if (kind === 'list' && Array.isArray(v) && ['requirements', 'test'].includes(name))
      v.forEach((item, i) => {
        const at = locate(`${path}/${key}/${i}`)
        if (typeof item !== 'string' && item !== null)
          errors.push({ message: entryProblem(`${name}/${key}`, item) ?? `each entry of '${name}/${key}' must be a string, not ${shape(item)}`, at })
        const bad = name === 'requirements' && typeof item === 'string' ? specProblem(item) : undefined
        if (bad) errors.push({ message: `${bad} in '${name}/${key}'; ${SPEC_FORMS}`, at })
      })
  }
}

const hasVersion = (v: Value | undefined): boolean => typeof v === 'string' && v.trim() !== ''

function checkValues(meta: { [k: string]: Value }, locate: Locate, errors: Found[], warnings: RecipeWarning[]): void {
  const pkg = isDict(meta.package) ? meta.package : undefined
  const name = pkg?.name
  if (!pkg || name === undefined || name === null || name === '') errors.push({ message: "'package/name' is required", at: locate(pkg ? 'package' : '', true) })
  else if (typeof name === 'string') {
    const bad = [...name].find(c => BAD_CHARS.has(c))
    if (bad) errors.push({ message: `bad character '${bad}' in package/name '${name}'`, at: locate('package/name') })
    else if (name !== name.toLowerCase()) warnings.push({ message: `package/name '${name}' should be lower case`, at: locate('package/name') })
  }
  if (pkg && !hasVersion(pkg.version) && !(Array.isArray(meta.outputs) && meta.outputs.length))
    errors.push({
      message:
        "package/version missing: a recipe without outputs must give its version under 'package:' (e.g. version: 1.0); " +
        "an empty 'outputs:' counts as none. Accepted: a version string, or a list of outputs each with its own name and version",
      at: locate('package', true)
    })
  for (const field of ['package/version', 'build/string']) {
    const [s, k] = field.split('/')
    const v = isDict(meta[s]) ? meta[s][k] : undefined
    if (typeof v !== 'string') continue
    const bad = [...v].find(c => BAD_CHARS.has(c) || c === '-')
    if (bad) errors.push({ message: `bad character '${bad}' in ${field} '${v}'`, at: locate(field) })
  }
  const build = isDict(meta.build) ? meta.build : {}
  if (typeof build.noarch === 'string' && !(NOARCH_TYPES as readonly string[]).includes(build.noarch))
    errors.push({ message: `build/noarch must be one of ${NOARCH_TYPES.join(', ')}, not '${build.noarch}'`, at: locate('build/noarch') })
  const family = isDict(meta.about) ? meta.about.license_family : undefined
  if (typeof family === 'string') {
    const norm = (s: string): string => s.toUpperCase().replace(/[^A-Z0-9]/g, '')
    if (!LICENSE_FAMILIES.some(f => norm(f) === norm(family)))
      errors.push({ message: `about/license_family '${family}' is not one of ${LICENSE_FAMILIES.join(', ')}`, at: locate('about/license_family') })
  }
  const sources = Array.isArray(meta.source) ? meta.source : isDict(meta.source) ? [meta.source] : []
  sources.forEach((src, i) => {
    if (!isDict(src)) return
    const base = Array.isArray(meta.source) ? `source/${i}` : 'source'
    const revs = ['git_rev', 'git_tag', 'git_branch'].filter(k => k in src)
    if (revs.length > 1) errors.push({ message: `several git revisions in one source: ${revs.join(', ')}; give one`, at: locate(`${base}/${revs[1]}`, true) })
    const kinds = ['url', 'git_url', 'path', 'hg_url', 'svn_url'].filter(k => src[k] !== undefined && src[k] !== null)
    if (kinds.length > 1)
      errors.push({
        message: `one source entry has ${kinds.join(' and ')}; give one per entry (a list of sources for several)`,
        at: locate(`${base}/${kinds[1]}`, true)
      })
  })
}

/** Validate; returns warnings, throws one RecipeError listing every error. */
export function checkSchema(meta: Value, locate: Locate): RecipeWarning[] {
  const errors: Found[] = []
  const warnings: RecipeWarning[] = []
  if (!isDict(meta)) throw new RecipeError(`the recipe must be a mapping of sections, not ${shape(meta)}`, locate(''))
  for (const [section, body] of Object.entries(meta)) {
    if (!FIELDS[section]) {
      const hint = closest(section, Object.keys(FIELDS))
      warnings.push({ message: `unknown section '${section}'${hint ? ` (did you mean '${hint}'?)` : ''}; conda-build ignores it`, at: locate(section, true) })
      continue
    }
    if ((LIST_SECTIONS as readonly string[]).includes(section) && Array.isArray(body)) {
      body.forEach((entry, i) => checkSection(section, `${section}/${i}`, entry, locate, errors, warnings))
      continue
    }
    if (section === 'outputs') {
      // `outputs:` with nothing under it is no outputs, as conda-build reads it (checkValues then asks for package/version)
      if (body !== null) errors.push({ message: `'outputs' must be a list of mappings, not ${shape(body)}`, at: locate(section) })
      continue
    }
    checkSection(section, section, body, locate, errors, warnings)
  }
  checkValues(meta, locate, errors, warnings)
  if (errors.length) {
    const lines = errors.map(e => `${e.at.file}:${e.at.line}:${e.at.column}: ${e.message}`)
    const head = errors.length === 1 ? errors[0].message : `${errors.length} problems in the recipe:\n${lines.map(l => `  - ${l}`).join('\n')}`
    throw new RecipeError(head, errors[0].at)
  }
  return warnings
}
