/** Inputs of build-wheel, validated in one pass. */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { parseArgs } from '../lib/args.js'
import {
  deepFreeze,
  InputProblems,
  isWithin,
  parseList,
  readArtifactName,
  readBool,
  readChoice,
  readOutputDir,
  readPath,
  readTimeoutMinutes,
  realPathOf,
  type InputSource
} from '../lib/inputs.js'
import { readServiceTimeout } from '../lib/timeout.js'
import { ACCEPTED_SELECTORS, parseSelector, type Selector } from '../python/identifiers.js'
import { COMMAND_PLACEHOLDERS, placeholdersIn } from './placeholders.js'
import type { BuildIsolation } from './interpreter-probe.js'
import { platProblem } from './plat.js'

export const REPAIR_MODES = ['auto', 'auditwheel', 'builtin', 'none'] as const
export type RepairMode = (typeof REPAIR_MODES)[number]

export const BUILD_ISOLATION_MODES = ['auto', 'true', 'false'] as const

export interface WheelInputs {
  /** The project root (absolute). */
  readonly path: string
  /** The Python package to build (absolute). */
  readonly 'package-dir': string
  readonly 'python-versions': readonly Selector[]
  /** The user's own shell text, run once with bash before the first wheel. Placeholders: {project} {package} {python}. */
  readonly 'before-build': string
  /**
   * The user's own shell text, run per wheel in a fresh venv from a temporary directory.
   * Placeholders: {project} {package} {python} {venv} {wheel}.
   */
  readonly 'test-command': string
  readonly 'test-requires': readonly string[]
  /** For pip wheel (the build). */
  readonly 'pip-args': readonly string[]
  /** For the test venv's pip installs (the wheel, test-requires). */
  readonly 'test-pip-args': readonly string[]
  readonly repair: RepairMode
  /** pip's build isolation: auto (off for a Python that already has build-system.requires), true, false. */
  readonly 'build-isolation': BuildIsolation
  /** Minutes each Python's test command may run before its process group is killed. */
  readonly 'test-timeout': number
  /** Target platform tag for the repair; '' = $AUDITWHEEL_PLAT where set, else the best the binaries allow. */
  readonly plat: string
  /** Where the finished wheels go (absolute). */
  readonly 'output-dir': string
  /** Artifact name to upload the wheels under; '' = no upload. */
  readonly 'upload-artifact': string
  /** Seconds the artifact upload may take before the step warns and goes on. */
  readonly 'service-timeout': number
  /** Only discover and select interpreters, and print the matrix. */
  readonly 'plan-only': boolean
}

function readPlat(src: InputSource, problems: InputProblems): string {
  const raw = src('plat').trim()
  const problem = platProblem(raw)
  if (problem) problems.add('plat', problem)
  return raw === 'auto' ? '' : raw
}

function checkPackageDir(root: string, raw: string, pkg: string, problems: InputProblems): void {
  const accepted = "accepted: the folder inside path holding the package's pyproject.toml or setup.py"
  if (!fs.existsSync(root)) return // reported under 'path'
  if (!isWithin(pkg, root)) problems.add('package-dir', `'${raw}' is outside path (${root}); ${accepted}`)
  else if (!isWithin(realPathOf(pkg), realPathOf(root)))
    problems.add('package-dir', `'${raw}' (${pkg}) resolves to ${realPathOf(pkg)}, outside path (${realPathOf(root)}), through a symbolic link; ${accepted}`)
  else if (!fs.existsSync(pkg)) problems.add('package-dir', `'${raw}' does not exist under ${root}; ${accepted}`)
  else if (!fs.statSync(pkg).isDirectory()) problems.add('package-dir', `'${pkg}' is not a directory; ${accepted}`)
  else if (!['pyproject.toml', 'setup.py'].some(f => fs.existsSync(path.join(pkg, f))))
    problems.add('package-dir', `'${pkg}' has neither pyproject.toml nor setup.py; ${accepted}`)
}

function readPythonVersions(src: InputSource, problems: InputProblems): Selector[] {
  const raw = src('python-versions')
  const text = raw.trim() || 'all'
  const tokens = parseList(text)
  if (tokens.length === 0) {
    const shown = raw.replace(/\n/g, '\\n')
    problems.add('python-versions', `'${shown}' selects no Python; accepted: ${ACCEPTED_SELECTORS}, separated by spaces, commas or newlines`)
  }
  const selectors: Selector[] = []
  for (const token of tokens) {
    const s = parseSelector(token)
    if (s) selectors.push(s)
    else problems.add('python-versions', `'${token}' is not a Python version; accepted: ${ACCEPTED_SELECTORS}`)
  }
  return selectors
}

/** A user command's placeholders must be ones it has. */
function readCommand(src: InputSource, name: keyof typeof COMMAND_PLACEHOLDERS, problems: InputProblems): string {
  const text = src(name).trim()
  const known: readonly string[] = COMMAND_PLACEHOLDERS[name]
  const accepted = known.map(k => `{${k}}`).join(' ')
  for (const p of placeholdersIn(text)) if (!known.includes(p)) problems.add(name, `{${p}} has no value here; accepted placeholders: ${accepted}`)
  return text
}

export function readWheelInputs(src: InputSource, base: string, problems: InputProblems): WheelInputs {
  const root = readPath(src, 'path', base, problems, '.')
  const pkgRaw = src('package-dir').trim() || '.'
  const pkg = path.resolve(root, pkgRaw)
  checkPackageDir(root, pkgRaw, pkg, problems)
  if (!fs.existsSync(root) && !problems.has('path')) problems.add('path', `'${root}' does not exist; accepted: the project's root directory`)

  const selectors = readPythonVersions(src, problems)
  const artifact = readArtifactName(src, 'upload-artifact', problems)
  const outputDir = readOutputDir(src, 'output-dir', 'wheelhouse', base, problems)

  return deepFreeze({
    path: root,
    'package-dir': pkg,
    'python-versions': selectors,
    'before-build': readCommand(src, 'before-build', problems),
    'test-command': readCommand(src, 'test-command', problems),
    'test-requires': parseArgs(src('test-requires')),
    'pip-args': parseArgs(src('pip-args')),
    'test-pip-args': parseArgs(src('test-pip-args')),
    repair: readChoice(src, 'repair', REPAIR_MODES, 'auto', problems),
    'build-isolation': readChoice(src, 'build-isolation', BUILD_ISOLATION_MODES, 'auto', problems),
    'test-timeout': readTimeoutMinutes(src, 'test-timeout', problems),
    plat: readPlat(src, problems),
    'output-dir': outputDir,
    'upload-artifact': artifact,
    'service-timeout': readServiceTimeout(src, problems),
    'plan-only': readBool(src, 'plan-only', false, problems)
  })
}
