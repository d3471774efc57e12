/** Inputs of build-wheel, validated in one pass. */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { parseArgs } from '../lib/args.js'
import { deepFreeze, InputProblems, parseList, readBool, readChoice, type InputSource } from '../lib/inputs.js'
import { ACCEPTED_SELECTORS, parseSelector, type Selector } from '../python/identifiers.js'

export const REPAIR_MODES = ['auto', 'auditwheel', 'builtin', 'none'] as const
export type RepairMode = (typeof REPAIR_MODES)[number]

export interface WheelInputs {
  /** The project root (absolute). */
  readonly path: string
  /** The Python package to build (absolute). */
  readonly 'package-dir': string
  readonly 'python-versions': readonly Selector[]
  /** The user's own shell text, run once with bash before the first wheel. */
  readonly 'before-build': string
  /** The user's own shell text, run per wheel in a fresh venv from a temporary directory. */
  readonly 'test-command': string
  readonly 'test-requires': readonly string[]
  readonly 'pip-args': readonly string[]
  readonly repair: RepairMode
  /** Target platform tag for the repair; '' = $AUDITWHEEL_PLAT where set, else the best the binaries allow. */
  readonly plat: string
  /** Where the finished wheels go (absolute). */
  readonly 'output-dir': string
  /** Artifact name to upload the wheels under; '' = no upload. */
  readonly 'upload-artifact': string
  /** Only discover and select interpreters, and print the matrix. */
  readonly 'plan-only': boolean
}

const ARTIFACT_NAME = /^[^"\\:<>|*?\r\n/]+$/

const PLAT = /^(auto|(many|musl)linux(1|2010|2014|_\d+_\d+)(_[a-z0-9_]+)?)$/

function readPlat(src: InputSource, problems: InputProblems): string {
  const raw = src('plat').trim()
  if (raw && !PLAT.test(raw))
    problems.add('plat', `'${raw}' is not a platform tag; accepted: auto, manylinux2014, manylinux_2_28_x86_64, musllinux_1_2_aarch64...`)
  return raw === 'auto' ? '' : raw
}

export function readWheelInputs(src: InputSource, base: string, problems: InputProblems): WheelInputs {
  const root = path.resolve(base, src('path').trim() || '.')
  const pkgRaw = src('package-dir').trim() || '.'
  const pkg = path.resolve(root, pkgRaw)
  if (fs.existsSync(root) && !fs.existsSync(pkg))
    problems.add('package-dir', `'${pkgRaw}' does not exist under ${root}; accepted: the folder (relative to path) holding the package's pyproject.toml or setup.py`)
  else if (fs.existsSync(pkg) && !['pyproject.toml', 'setup.py'].some(f => fs.existsSync(path.join(pkg, f))))
    problems.add('package-dir', `'${pkg}' has neither pyproject.toml nor setup.py; accepted: the folder (relative to path) holding the package's pyproject.toml or setup.py`)
  if (!fs.existsSync(root) && !problems.has('path')) problems.add('path', `'${root}' does not exist; accepted: the project's root directory`)

  const rawVersions = src('python-versions').trim() || 'all'
  const selectors: Selector[] = []
  for (const token of parseList(rawVersions)) {
    const s = parseSelector(token)
    if (s) selectors.push(s)
    else problems.add('python-versions', `'${token}' is not a Python version; accepted: ${ACCEPTED_SELECTORS}`)
  }
  const artifact = src('upload-artifact').trim()
  if (artifact && !ARTIFACT_NAME.test(artifact))
    problems.add('upload-artifact', `'${artifact}' is not a valid artifact name; accepted: a name without " : < > | * ? / \\ or newlines`)

  return deepFreeze({
    path: root,
    'package-dir': pkg,
    'python-versions': selectors,
    'before-build': src('before-build').trim(),
    'test-command': src('test-command').trim(),
    'test-requires': parseArgs(src('test-requires')),
    'pip-args': parseArgs(src('pip-args')),
    repair: readChoice(src, 'repair', REPAIR_MODES, 'auto', problems),
    plat: readPlat(src, problems),
    'output-dir': path.resolve(base, src('output-dir').trim() || 'wheelhouse'),
    'upload-artifact': artifact,
    'plan-only': readBool(src, 'plan-only', false, problems)
  })
}
