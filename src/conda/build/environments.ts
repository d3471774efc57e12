/**
 * The build and host prefixes of a build: requirements.build into the build prefix and
 * requirements.host into the padded host prefix, each solved by part 2's createEnvironment; without
 * a host section the build requirements go into the host prefix (conda-build's merged layout). Then
 * what the installed packages export (info/run_exports.json in the package cache) and which Python
 * the build sees.
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { createEnvironment, type InstalledPackage } from '../env/create.js'
import { packageStem } from '../env/package.js'
import type { BuildDirs } from './prefixes.js'
import { normalizeRunExports, type ExportingPackage } from './run-exports.js'

export interface EnvRequest {
  readonly build: readonly string[]
  readonly host: readonly string[]
  readonly merged: boolean
  readonly channels: readonly string[]
  /** The machine's subdir (also for noarch packages). */
  readonly subdir: string
  readonly cacheDir: string
  readonly log?: (l: string) => void
  readonly warn?: (l: string) => void
}

export interface Environments {
  readonly build: readonly ExportingPackage[]
  readonly host: readonly ExportingPackage[]
  /** X.Y of a python in the host prefix (else the build prefix), when there is one. */
  readonly python?: string
  /** Whether python is a build or host dependency. */
  readonly hasPython: boolean
}

function exportsOf(pkgs: readonly InstalledPackage[], cacheDir: string): ExportingPackage[] {
  return pkgs.map(p => {
    const stem = packageStem(p.fn)
    const file = stem ? path.join(cacheDir, 'pkgs', stem, 'info', 'run_exports.json') : ''
    const exports = file && fs.existsSync(file) ? normalizeRunExports(JSON.parse(fs.readFileSync(file, 'utf8'))) : undefined
    return { name: p.name, exports }
  })
}

async function one(prefix: string, specs: readonly string[], r: EnvRequest, what: string): Promise<readonly InstalledPackage[]> {
  fs.rmSync(prefix, { recursive: true, force: true })
  if (!specs.length) {
    fs.mkdirSync(prefix, { recursive: true })
    return []
  }
  r.log?.(`${what}: ${specs.join(', ')}`)
  const got = await createEnvironment({
    prefix,
    channels: r.channels,
    specs,
    subdir: r.subdir,
    cacheDir: r.cacheDir,
    log: r.log,
    warn: r.warn,
    command: `build-wheel conda build (${what})`
  })
  return got.packages
}

/** Create the prefixes of `dirs` (see the module's comment). */
export async function createBuildEnvironments(dirs: BuildDirs, r: EnvRequest): Promise<Environments> {
  if (r.merged) {
    const pkgs = await one(dirs.hostPrefix, r.build, r, 'build and host prefix')
    const py = pkgs.find(p => p.name === 'python')
    return { build: exportsOf(pkgs, r.cacheDir), host: [], python: py && /^\d+\.\d+/.exec(py.version)?.[0], hasPython: Boolean(py) }
  }
  const build = await one(dirs.buildPrefix, r.build, r, 'build prefix')
  const host = await one(dirs.hostPrefix, r.host, r, 'host prefix')
  const py = host.find(p => p.name === 'python') ?? build.find(p => p.name === 'python')
  return { build: exportsOf(build, r.cacheDir), host: exportsOf(host, r.cacheDir), python: py && /^\d+\.\d+/.exec(py.version)?.[0], hasPython: Boolean(py) }
}
