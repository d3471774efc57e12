/** setup-docker-manylinux's inputs, outputs and state: declared once, read in one pass. */
import * as os from 'node:os'
import * as path from 'node:path'
import { parseArgs } from '../../lib/args.js'
import { deepFreeze, InputProblems, parseList, readBool, readInt, type InputSource } from '../../lib/inputs.js'
import { ACCEPTED_SELECTORS, parseSelector, type Selector } from '../../python/identifiers.js'
import { isRequirement } from '../../python/packages.js'
import { isEnvName, type Mount } from '../../runtime/docker-args.js'
import { manylinuxArch, POLICY_IMAGES, resolveImage } from '../../runtime/images.js'

export const INPUT = {
  image: 'image',
  digest: 'digest',
  arch: 'arch',
  engine: 'engine',
  pythonVersions: 'python-versions',
  pythonPackages: 'python-packages',
  pipArgs: 'pip-args',
  env: 'env',
  volumes: 'volumes',
  mountBuild: 'mount-build',
  network: 'network',
  workspace: 'workspace',
  pullAttempts: 'pull-attempts',
  pullBackoff: 'pull-backoff',
  keepContainer: 'keep-container'
} as const

export const OUTPUT = {
  container: 'container',
  engine: 'engine',
  image: 'image',
  digest: 'digest',
  platform: 'platform',
  pythons: 'pythons'
} as const

export const STATE = {
  container: 'container',
  engine: 'engine',
  chown: 'chown',
  temp: 'temp',
  mounts: 'mounts',
  keep: 'keep-container'
} as const

export const SETUP_ENGINES = ['auto', 'docker', 'podman', 'host', 'none'] as const

export interface SetupInputs {
  /** 'host' (also for none), or the engine asked for. */
  readonly engine: 'auto' | 'docker' | 'podman' | 'host'
  readonly reference: string
  readonly arch: string
  readonly 'python-versions': readonly Selector[]
  readonly 'python-packages': readonly string[]
  readonly 'pip-args': readonly string[]
  /** Names taken from the host's environment. */
  readonly envNames: readonly string[]
  /** NAME=VALUE given outright. */
  readonly envValues: Readonly<Record<string, string>>
  readonly volumes: readonly Mount[]
  readonly 'mount-build': boolean
  readonly network: string
  readonly workspace: string
  readonly 'pull-attempts': number
  readonly 'pull-backoff': number
  readonly 'keep-container': boolean
}

function readEnv(src: InputSource, problems: InputProblems): { names: string[]; values: Record<string, string> } {
  const names: string[] = []
  const values: Record<string, string> = {}
  for (const line of src(INPUT.env)
    .split('\n')
    .map(l => l.trim())
    .filter(Boolean)) {
    const eq = line.indexOf('=')
    const name = eq < 0 ? line : line.slice(0, eq)
    if (!isEnvName(name)) {
      problems.add(INPUT.env, `'${name}' is not a variable name; accepted: one NAME (taken from the runner's environment) or NAME=VALUE per line`)
      continue
    }
    if (eq < 0) names.push(name)
    else values[name] = line.slice(eq + 1)
  }
  return { names, values }
}

function readVolumes(src: InputSource, base: string, problems: InputProblems): Mount[] {
  const out: Mount[] = []
  for (const line of src(INPUT.volumes)
    .split('\n')
    .map(l => l.trim())
    .filter(Boolean)) {
    const parts = line.split(':')
    const mode = parts.length === 3 ? parts[2] : ''
    if (parts.length < 2 || parts.length > 3 || (mode && mode !== 'ro' && mode !== 'rw') || !parts[1].startsWith('/') || line.includes(',')) {
      problems.add(INPUT.volumes, `'${line}' is not accepted; accepted: HOST:CONTAINER or HOST:CONTAINER:ro, absolute container paths, one per line, no commas`)
      continue
    }
    out.push({ host: path.resolve(base, parts[0]), container: parts[1], readOnly: mode === 'ro' })
  }
  return out
}

export function readSetupInputs(src: InputSource, base: string, problems: InputProblems): SetupInputs {
  const rawEngine = src(INPUT.engine).trim() || 'auto'
  let engine: SetupInputs['engine'] = 'auto'
  if ((SETUP_ENGINES as readonly string[]).includes(rawEngine)) engine = rawEngine === 'none' ? 'host' : (rawEngine as SetupInputs['engine'])
  else problems.add(INPUT.engine, `'${rawEngine}' is not accepted; accepted: ${SETUP_ENGINES.join(', ')}`)

  const arch = manylinuxArch(src(INPUT.arch).trim() || os.machine())
  let reference = ''
  if (engine !== 'host') {
    const r = resolveImage(src(INPUT.image).trim() || 'manylinux2014', arch, src(INPUT.digest).trim())
    if ('problem' in r) problems.add(INPUT.image, r.problem)
    else reference = r.reference
  }
  const selectors: Selector[] = []
  for (const t of parseList(src(INPUT.pythonVersions).trim() || 'all')) {
    const s = parseSelector(t)
    if (s) selectors.push(s)
    else problems.add(INPUT.pythonVersions, `'${t}' is not a Python version; accepted: ${ACCEPTED_SELECTORS}`)
  }
  const packages = parseList(src(INPUT.pythonPackages))
  for (const p of packages)
    if (!isRequirement(p))
      problems.add(INPUT.pythonPackages, `'${p}' is not a requirement pip accepts here; accepted: names with optional versions, e.g. cython jinja2 "numpy>=2"`)
  const env = readEnv(src, problems)
  const network = src(INPUT.network).trim()
  if (network && !/^[\w.:-]+$/.test(network))
    problems.add(INPUT.network, `'${network}' is not a network name; accepted: none, host, bridge or a network's name`)
  return deepFreeze({
    engine,
    reference,
    arch,
    'python-versions': selectors,
    'python-packages': packages,
    'pip-args': parseArgs(src(INPUT.pipArgs)),
    envNames: env.names,
    envValues: env.values,
    volumes: readVolumes(src, base, problems),
    'mount-build': readBool(src, INPUT.mountBuild, false, problems),
    network,
    workspace: path.resolve(base, src(INPUT.workspace).trim() || process.env.GITHUB_WORKSPACE || '.'),
    'pull-attempts': readInt(src, INPUT.pullAttempts, 4, 1, 20, problems),
    'pull-backoff': readInt(src, INPUT.pullBackoff, 5, 0, 600, problems),
    'keep-container': readBool(src, INPUT.keepContainer, false, problems)
  })
}

/** The known shorthands, for the docs. */
export const KNOWN_POLICIES = Object.keys(POLICY_IMAGES)
