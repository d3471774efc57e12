/**
 * Template functions that read files: load_file_regex, load_file_data, load_str_data, load_setup_py_data.
 * Files are looked up in the source (work) directory, or the recipe directory with from_recipe_dir.
 * load_setup_py_data does not run setup.py: it reads the literal keyword arguments of setup(...)
 * (./context-setup-py.ts), then setup.cfg ([metadata], [options], [options.extras_require],
 * [options.entry_points]) over them, as setuptools lets setup.cfg win, then pyproject.toml's [project].
 */
import * as path from 'node:path'
import * as vm from 'node:vm'
import { parse as parseToml } from 'smol-toml'
import { parse as parseYaml } from 'yaml'
import { confinedFile, readConfined, RecipeFileError } from './confine.js'
import { callArgs } from './context-functions.js'
import { readSetupPy } from './context-setup-py.js'
import { SecurityError, TemplateNotFound, type Loader } from './jinja.js'

export interface FileFacts {
  readonly recipeDir: string
  /** The extracted source, when it is there (render before fetching has none). */
  readonly workDir?: string
}

/** A missing file: None/{} on the first pass, an error on the final one (as conda-build does). */
export class MissingFileError extends Error {}

function findFile(facts: FileFacts, name: string, fromRecipeDir: boolean): string | undefined {
  const base = fromRecipeDir ? facts.recipeDir : facts.workDir
  if (!base && !path.isAbsolute(name)) return undefined
  return confinedFile([facts.recipeDir, facts.workDir], base ?? facts.recipeDir, name)
}

/**
 * The loader of `{% include %}` and `{% import %}`: names relative to the recipe folder, confined to it and
 * the source folder, each file valid UTF-8 and read with the target's selectors applied (as conda-build's
 * FilteredLoader does).
 */
export function templateLoader(facts: FileFacts, select: (text: string, file: string) => string): Loader {
  return (name: string) => {
    let file: string | undefined
    try {
      file = confinedFile([facts.recipeDir, facts.workDir], facts.recipeDir, name)
    } catch (e) {
      if (e instanceof RecipeFileError) throw new SecurityError(e.message)
      throw e
    }
    if (!file) throw new TemplateNotFound(`no template '${name}' in the recipe folder ${facts.recipeDir}`)
    return { name, text: select(readConfined(file), file) }
  }
}

function missing(facts: FileFacts, name: string, fromRecipeDir: boolean): MissingFileError {
  const where = fromRecipeDir
    ? `the recipe directory ${facts.recipeDir}`
    : facts.workDir
      ? `the source directory ${facts.workDir}`
      : 'the source directory (not fetched yet)'
  return new MissingFileError(`no such file '${name}' in ${where}`)
}

/** Python's regular expression syntax where it differs from JavaScript's, for the common cases. */
export function pythonRegex(pattern: string): RegExp {
  let flags = ''
  let p = pattern.replace(/^\(\?([aiLmsux]+)\)/, (_, f: string) => {
    flags = [...f].filter(c => 'ims'.includes(c)).join('')
    return ''
  })
  p = p.replace(/\(\?P<(\w+)>/g, '(?<$1>').replace(/\(\?P=(\w+)\)/g, '\\k<$1>')
  return new RegExp(p, flags)
}

export interface MatchObject {
  group(...n: unknown[]): string | null | Array<string | null>
  groups(): Array<string | null>
  start(): number
  end(): number
  readonly string: string
}

function matchObject(m: RegExpExecArray): MatchObject {
  const one = (n: unknown): string | null => {
    const v = typeof n === 'string' && !/^\d+$/.test(n) ? m.groups?.[n] : m[Number(n ?? 0)]
    return v ?? null
  }
  return {
    group: (...n) => (n.length <= 1 ? one(n[0] ?? 0) : n.map(one)),
    groups: () => m.slice(1).map(v => v ?? null),
    start: () => m.index,
    end: () => m.index + m[0].length,
    string: m.input
  }
}

const REGEX_SECONDS = 2

/** re.exec(text), stopped after a few seconds: a pattern that backtracks without end is an error, not a hang. */
export function boundedExec(re: RegExp, text: string, name: string): RegExpExecArray | null {
  try {
    return vm.runInNewContext('re.exec(text)', { re, text }, { timeout: REGEX_SECONDS * 1000 }) as RegExpExecArray | null
  } catch (e) {
    if ((e as { code?: string }).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT')
      throw new Error(`the regular expression ${String(re)} ran more than ${REGEX_SECONDS} s on '${name}' (it backtracks without end); simplify it`, {
        cause: e
      })
    throw e
  }
}

export function loadFileRegex(facts: FileFacts, args: unknown[], strict: boolean): MatchObject | null {
  const a = callArgs(args, ['load_file', 'regex_pattern', 'from_recipe_dir'], { from_recipe_dir: false })
  const file = findFile(facts, String(a.load_file), Boolean(a.from_recipe_dir))
  if (!file) {
    if (strict) throw missing(facts, String(a.load_file), Boolean(a.from_recipe_dir))
    return null
  }
  const m = boundedExec(pythonRegex(String(a.regex_pattern)), readConfined(file), String(a.load_file))
  return m ? matchObject(m) : null
}

export function parseData(text: string, fmt: string): unknown {
  switch (fmt.toLowerCase()) {
    case 'json':
      return JSON.parse(text)
    case 'yaml':
    case 'yml':
      return parseYaml(text)
    case 'toml':
      return parseToml(text)
    default:
      throw new Error(`Unknown file format: ${fmt}. Allowed formats: json, yaml, yml, toml`)
  }
}

export function loadFileData(facts: FileFacts, args: unknown[], strict: boolean): unknown {
  const a = callArgs(args, ['filename', 'fmt', 'from_recipe_dir'], { from_recipe_dir: false })
  const name = String(a.filename)
  const file = findFile(facts, name, Boolean(a.from_recipe_dir))
  if (!file) {
    if (strict) throw missing(facts, name, Boolean(a.from_recipe_dir))
    return {}
  }
  return parseData(readConfined(file), typeof a.fmt === 'string' ? a.fmt : path.extname(name).slice(1))
}

export function loadStrData(args: unknown[]): unknown {
  const a = callArgs(args, ['string', 'fmt'])
  return parseData(String(a.string), String(a.fmt))
}

function fromPyproject(text: string): Record<string, unknown> {
  const project = (parseToml(text) as { project?: Record<string, unknown> }).project ?? {}
  const out: Record<string, unknown> = {}
  if (project.name) out.name = project.name
  if (project.version) out.version = project.version
  if (project.description) out.description = project.description
  if (project.dependencies) out.install_requires = project.dependencies
  if (project['requires-python']) out.python_requires = project['requires-python']
  const scripts = project.scripts as Record<string, string> | undefined
  if (scripts) out.entry_points = { console_scripts: Object.entries(scripts).map(([k, v]) => `${k} = ${v}`) }
  const license = project.license as { text?: string } | string | undefined
  if (license) out.license = typeof license === 'string' ? license : license.text
  return out
}

/** setup.cfg's sections: key -> value (continuation lines joined with newlines). */
function iniSections(text: string): Map<string, Map<string, string>> {
  const sections = new Map<string, Map<string, string>>()
  let cur: Map<string, string> | undefined
  let key = ''
  for (const line of text.split(/\r?\n/)) {
    if (/^\s*[#;]/.test(line) || !line.trim()) continue
    const sec = /^\[([^\]]+)\]/.exec(line)
    if (sec) {
      cur = new Map()
      sections.set(sec[1].trim(), cur)
      key = ''
    } else if (/^\s/.test(line) && cur && key) cur.set(key, `${cur.get(key)}\n${line.trim()}`)
    else {
      const kv = /^([^=:]+?)\s*[=:]\s*(.*)$/.exec(line)
      if (!kv || !cur) continue
      key = kv[1].trim()
      cur.set(key, kv[2].trim())
    }
  }
  return sections
}

const cfgList = (v: string): string[] =>
  v
    .split(/[\n;]/)
    .map(x => x.trim())
    .filter(Boolean)
/** Values setuptools computes (`attr:`, `file:`): a static reader cannot know them. */
const computed = (v: string): boolean => /^(attr|file):/.test(v)
const CFG_LISTS = new Set(['install_requires', 'setup_requires', 'tests_require', 'packages', 'py_modules', 'scripts', 'classifiers', 'platforms'])

/** setup.cfg as setuptools reads it: [metadata], [options], [options.extras_require], [options.entry_points]. */
function fromSetupCfg(text: string): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  const sections = iniSections(text)
  for (const name of ['metadata', 'options'])
    for (const [k, v] of sections.get(name) ?? []) {
      const key = k.replace(/-/g, '_')
      if (!computed(v)) out[key] = CFG_LISTS.has(key) ? cfgList(v) : v
    }
  for (const [name, key] of [
    ['options.extras_require', 'extras_require'],
    ['options.entry_points', 'entry_points'],
    ['options.package_data', 'package_data']
  ] as const) {
    const sec = sections.get(name)
    if (sec) out[key] = Object.fromEntries([...sec].map(([k, v]) => [k, cfgList(v)]))
  }
  return out
}

export function loadSetupPyData(facts: FileFacts, args: unknown[]): Record<string, unknown> {
  const a = callArgs(args, ['setup_file', 'from_recipe_dir', 'recipe_dir'], { setup_file: 'setup.py', from_recipe_dir: false })
  const setupFile = findFile(facts, String(a.setup_file), Boolean(a.from_recipe_dir))
  if (!setupFile) return {}
  const dir = path.dirname(setupFile)
  const read = (name: string): string | undefined => {
    const f = confinedFile([facts.recipeDir, facts.workDir], dir, name)
    return f ? readConfined(f) : undefined
  }
  const py = readSetupPy(readConfined(setupFile))
  const cfg = read('setup.cfg')
  const toml = read('pyproject.toml')
  return { ...py, ...(cfg ? fromSetupCfg(cfg) : {}), ...(toml ? fromPyproject(toml) : {}) }
}
