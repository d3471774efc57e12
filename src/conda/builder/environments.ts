/**
 * The build and host prefixes of a planned build, installed from the plan's solved sets (solved once,
 * when the plan was made): requirements.build into the build prefix and requirements.host into the
 * padded host prefix; without a host section the build requirements go into the host prefix
 * (conda-build's merged layout). Then what the installed packages export (info/run_exports.json in the
 * package cache), for the run requirements.
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { createEnvironment, type InstalledPackage } from '../env/create.js'
import { packageStem } from '../env/package.js'
import type { VerifyMode } from '../env/repodata.js'
import type { EnvironmentPlan, VariantPlan } from '../plan/build-plan.js'
import { normalizeRunExports, type ExportingPackage } from './run-exports.js'

export interface InstallSettings {
  readonly channels: readonly string[]
  /** The machine's subdir (also for noarch packages). */
  readonly subdir: string
  readonly cacheDir: string
  /** Let the packages run their link scripts (conda's behaviour); false refuses packages that have one. */
  readonly allowPackageScripts?: boolean
  readonly verify?: VerifyMode
  readonly log?: (l: string) => void
  readonly warn?: (l: string) => void
}

export interface Environments {
  readonly build: readonly ExportingPackage[]
  readonly host: readonly ExportingPackage[]
}

export function exportsOf(pkgs: readonly InstalledPackage[], cacheDir: string): ExportingPackage[] {
  return pkgs.map(p => {
    const stem = packageStem(p.fn)
    const file = stem ? path.join(cacheDir, 'pkgs', stem, 'info', 'run_exports.json') : ''
    const exports = file && fs.existsSync(file) ? normalizeRunExports(JSON.parse(fs.readFileSync(file, 'utf8'))) : undefined
    return { name: p.name, version: p.version, build: p.build, exports }
  })
}

async function install(e: EnvironmentPlan, s: InstallSettings, what: string): Promise<readonly InstalledPackage[]> {
  fs.rmSync(e.prefix, { recursive: true, force: true })
  if (!e.specs.length) {
    fs.mkdirSync(e.prefix, { recursive: true })
    return []
  }
  s.log?.(`${what}: ${e.specs.join(', ')}`)
  const got = await createEnvironment({
    prefix: e.prefix,
    channels: s.channels,
    specs: e.specs,
    subdir: s.subdir,
    cacheDir: s.cacheDir,
    allowPackageScripts: s.allowPackageScripts,
    verify: s.verify,
    log: s.log,
    warn: s.warn,
    command: `build-wheel conda build (${what})`,
    ...(e.solved ? { solved: e.solved } : {})
  })
  return got.packages
}

/** Install the prefixes of a planned build (see the module's comment). */
export async function installEnvironments(b: Pick<VariantPlan, 'environments' | 'merged'>, s: InstallSettings): Promise<Environments> {
  const { build, host } = b.environments
  if (b.merged || !build) return { build: exportsOf(await install(host, s, 'build and host prefix'), s.cacheDir), host: [] }
  const built = await install(build, s, 'build prefix')
  const hosted = await install(host, s, 'host prefix')
  return { build: exportsOf(built, s.cacheDir), host: exportsOf(hosted, s.cacheDir) }
}
