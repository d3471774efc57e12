/**
 * Template functions that read files: load_file_regex, load_file_data, load_str_data, load_setup_py_data.
 * Files are looked up in the source (work) directory, or the recipe directory with from_recipe_dir.
 * load_setup_py_data does not run setup.py: it reads pyproject.toml's [project], setup.cfg's [metadata]
 * and [options], and literal keyword arguments of setup(...), in that order of preference.
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { parse as parseToml } from 'smol-toml'
import { parse as parseYaml } from 'yaml'
import { callArgs } from './context-functions.js'

export interface FileFacts {
  readonly recipeDir: string
  /** The extracted source, when it is there (render before fetching has none). */
  readonly workDir?: string
}

/** A missing file: None/{} on the first pass, an error on the final one (as conda-build does). */
export class MissingFileError extends Error {}

function findFile(facts: FileFacts, name: string, fromRecipeDir: boolean): string | undefined {
  const candidates = path.isAbsolute(name)
    ? [name]
    : fromRecipeDir
      ? [path.resolve(facts.recipeDir, name)]
      : facts.workDir
        ? [path.join(facts.workDir, name)]
        : []
  return candidates.find(p => fs.existsSync(p) && fs.statSync(p).isFile())
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

export function loadFileRegex(facts: FileFacts, args: unknown[], strict: boolean): MatchObject | null {
  const a = callArgs(args, ['load_file', 'regex_pattern', 'from_recipe_dir'], { from_recipe_dir: false })
  const file = findFile(facts, String(a.load_file), Boolean(a.from_recipe_dir))
  if (!file) {
    if (strict) throw missing(facts, String(a.load_file), Boolean(a.from_recipe_dir))
    return null
  }
  const m = pythonRegex(String(a.regex_pattern)).exec(fs.readFileSync(file, 'utf8'))
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
  return parseData(fs.readFileSync(file, 'utf8'), typeof a.fmt === 'string' ? a.fmt : path.extname(name).slice(1))
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

function fromSetupCfg(text: string): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  let section = ''
  let key = ''
  for (const line of text.split(/\r?\n/)) {
    const sec = /^\[([^\]]+)\]/.exec(line)
    if (sec) section = sec[1].trim()
    else if (/^\s+\S/.test(line) && key && section === 'options') (out[key] as string[]).push(line.trim())
    else {
      const kv = /^([\w-]+)\s*[=:]\s*(.*)$/.exec(line)
      if (!kv) continue
      key = kv[1].replace(/-/g, '_')
      if (section === 'metadata' && ['name', 'version', 'description', 'license', 'url'].includes(key)) out[key] = kv[2].trim()
      else if (section === 'options' && ['install_requires', 'python_requires'].includes(key))
        out[key] = key === 'python_requires' ? kv[2].trim() : kv[2].trim() ? [kv[2].trim()] : []
      else key = ''
    }
  }
  return out
}

function fromSetupPy(text: string): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const key of ['name', 'version', 'description', 'license', 'url', 'author', 'python_requires']) {
    const m = new RegExp(`\\b${key}\\s*=\\s*(['"])([^'"]*)\\1`).exec(text)
    if (m) out[key] = m[2]
  }
  const reqs = /\binstall_requires\s*=\s*\[([^\]]*)\]/.exec(text)
  if (reqs) out.install_requires = [...reqs[1].matchAll(/(['"])([^'"]+)\1/g)].map(m => m[2])
  return out
}

export function loadSetupPyData(facts: FileFacts, args: unknown[]): Record<string, unknown> {
  const a = callArgs(args, ['setup_file', 'from_recipe_dir', 'recipe_dir'], { setup_file: 'setup.py', from_recipe_dir: false })
  const setupFile = findFile(facts, String(a.setup_file), Boolean(a.from_recipe_dir))
  if (!setupFile) return {}
  const dir = path.dirname(setupFile)
  const read = (name: string): string | undefined => (fs.existsSync(path.join(dir, name)) ? fs.readFileSync(path.join(dir, name), 'utf8') : undefined)
  const py = fromSetupPy(fs.readFileSync(setupFile, 'utf8'))
  const cfg = read('setup.cfg')
  const toml = read('pyproject.toml')
  return { ...py, ...(cfg ? fromSetupCfg(cfg) : {}), ...(toml ? fromPyproject(toml) : {}) }
}
