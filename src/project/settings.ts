/**
 * A project's own build settings: a `[tool.build-wheel]` table in `<path>/pyproject.toml`, like
 * cibuildwheel's `[tool.cibuildwheel]`. Inputs given to an action or on the command line win.
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { parse as parseToml, TomlError } from 'smol-toml'
import { UserError } from '../lib/errors.js'
import type { InputSource } from '../lib/inputs.js'

/** Keys a project may set; the same names as the actions' inputs. */
export const SETTING_KEYS = [
  'package-dir',
  'before-build',
  'test-command',
  'test-requires',
  'python-versions',
  'make-args',
  'jobs',
  'repair',
  'plat',
  'pip-args',
  'test-pip-args',
  'build-isolation',
  'test-timeout'
] as const
export type SettingKey = (typeof SETTING_KEYS)[number]

export interface ProjectSettings {
  /** The file the settings came from, when there was one. */
  readonly file?: string
  readonly values: Readonly<Partial<Record<SettingKey, string>>>
}

const TABLE = 'build-wheel'

function lineOf(text: string, pattern: RegExp): number | undefined {
  const i = text.split('\n').findIndex(l => pattern.test(l))
  return i >= 0 ? i + 1 : undefined
}

/** Read `[tool.build-wheel]` from `<projectRoot>/pyproject.toml`; empty settings when there is none. */
export function readProjectSettings(projectRoot: string): ProjectSettings {
  const file = path.join(projectRoot, 'pyproject.toml')
  if (!fs.existsSync(file)) return { values: {} }
  const text = fs.readFileSync(file, 'utf8')
  let doc: Record<string, unknown>
  try {
    doc = parseToml(text)
  } catch (e) {
    const line = e instanceof TomlError ? e.line : undefined
    throw new UserError(`${file}: not valid TOML: ${(e as Error).message.split('\n')[0]}`, file, line)
  }
  const tool = doc.tool as Record<string, unknown> | undefined
  const table = tool?.[TABLE]
  if (table === undefined) return { values: {} }
  if (typeof table !== 'object' || table === null || Array.isArray(table))
    throw new UserError(`${file}: [tool.${TABLE}] must be a table`, file, lineOf(text, /^\s*\[tool\.build-wheel\]/))
  const values: Partial<Record<SettingKey, string>> = {}
  const problems: string[] = []
  let firstLine: number | undefined
  for (const [key, value] of Object.entries(table)) {
    const where = lineOf(text, new RegExp(`^\\s*"?${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"?\\s*=`))
    if (!(SETTING_KEYS as readonly string[]).includes(key)) {
      problems.push(`unknown key '${key}'; accepted: ${SETTING_KEYS.join(', ')}`)
      firstLine ??= where
      continue
    }
    if (typeof value === 'string') values[key as SettingKey] = value
    else if (typeof value === 'number' || typeof value === 'boolean') values[key as SettingKey] = String(value)
    else if (Array.isArray(value) && value.every(v => typeof v === 'string'))
      values[key as SettingKey] = value.join('\n') // one item per line: items keep their spaces
    else {
      problems.push(`'${key}' must be a string or a list of strings`)
      firstLine ??= where
    }
  }
  if (problems.length) throw new UserError(`${file} [tool.${TABLE}]:\n${problems.map(p => `  - ${p}`).join('\n')}`, file, firstLine)
  return { file, values }
}

/** Inputs first, then the project's settings: an input given (non-empty) overrides the file. */
export function withProjectSettings(inputs: InputSource, settings: ProjectSettings): InputSource {
  return name => {
    const given = inputs(name)
    if (given.trim() !== '') return given
    return settings.values[name as SettingKey] ?? ''
  }
}
