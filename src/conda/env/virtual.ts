/**
 * Virtual packages, as conda offers them to its solver: facts of the machine a prefix is made on
 * (`__unix`, `__linux` with the kernel's version, `__glibc` with the C library's, `__archspec` with
 * the CPU's architecture; `__win` on Windows, `__osx` on macOS through its override only), never
 * downloaded nor installed.
 * conda-forge's compiled packages depend on `__glibc >=2.17` (the run_exports of its sysroot), so a
 * solver without them cannot install those packages. They are given only for the machine's own
 * subdir (a prefix for another one is never made here). conda's CONDA_OVERRIDE_<NAME> variables
 * set a version (an empty value takes the package away), for a build meant for older machines.
 */
import * as os from 'node:os'
import { hostSubdir } from '../recipe/platforms.js'
import type { Channel } from './channel.js'
import type { LoadedRepodata, RepodataRecord } from './repodata.js'

export const VIRTUAL_CHANNEL = 'virtual-packages'

const CHANNEL: Channel = { kind: 'local', base: `/${VIRTUAL_CHANNEL}/`, display: VIRTUAL_CHANNEL, headers: {}, secrets: [] }

/** Whether a package name is a virtual package's (`__glibc`). */
export const isVirtualName = (name: string): boolean => name.startsWith('__')

/** What the machine says: kernel release, glibc version, architecture (process.arch), platform, its own subdir. */
export interface MachineFacts {
  readonly platform: NodeJS.Platform
  readonly release: string
  readonly glibc?: string
  readonly arch: string
  readonly subdir: string
}

export function machineFacts(): MachineFacts {
  const header = (process.report.getReport() as { header?: { glibcVersionRuntime?: string } }).header
  return { platform: process.platform, release: os.release(), glibc: header?.glibcVersionRuntime, arch: process.arch, subdir: hostSubdir() }
}

/** conda's archspec names of Node's architectures (the generic family, without the microarchitecture). */
const ARCH: Readonly<Record<string, string>> = {
  x64: 'x86_64',
  arm64: 'aarch64',
  ppc64: 'ppc64le',
  s390x: 's390x',
  ia32: 'x86',
  arm: 'armv7l',
  riscv64: 'riscv64'
}

/** The leading dotted number of a version text (`6.1.0-18-amd64` -> `6.1.0`), or undefined. */
export const leadingVersion = (text: string | undefined): string | undefined => /^\d+(?:\.\d+)*/.exec(text ?? '')?.[0]

/**
 * The virtual packages of `subdir` on this machine, as `[name, version, build]`: empty for another
 * platform's subdir; for another architecture of this platform (a plan for linux-aarch64 on x86-64),
 * the platform's packages without `__archspec`. `env`'s CONDA_OVERRIDE_GLIBC, _LINUX, _OSX, _WIN, _ARCHSPEC, _CUDA set a version
 * (an empty one removes the package; CUDA is only ever there through its override).
 */
export function virtualPackages(subdir: string, facts: MachineFacts, env: NodeJS.ProcessEnv): Array<readonly [string, string, string]> {
  const ownPlatform = { linux: 'linux', darwin: 'osx', win32: 'win' }[facts.platform as string]
  if (!ownPlatform || !subdir.startsWith(`${ownPlatform}-`)) return []
  const out: Array<readonly [string, string, string]> = []
  const add = (name: string, detected: string | undefined, build = '0'): void => {
    const override = env[`CONDA_OVERRIDE_${name.toUpperCase()}`]
    const version = override !== undefined ? override.trim() : detected
    if (version) out.push([`__${name}`, version, build])
  }
  if (ownPlatform !== 'win') out.push(['__unix', '0', '0'])
  if (ownPlatform === 'linux') {
    add('linux', leadingVersion(facts.release))
    add('glibc', leadingVersion(facts.glibc))
  }
  // Darwin's kernel release is not the macOS version conda gives (`platform.mac_ver()`): only its override
  if (ownPlatform === 'osx') add('osx', undefined)
  if (ownPlatform === 'win') add('win', leadingVersion(facts.release))
  const archspec = env.CONDA_OVERRIDE_ARCHSPEC?.trim() || (subdir === facts.subdir ? ARCH[facts.arch] : undefined)
  if (archspec) out.push(['__archspec', '1', archspec])
  add('cuda', undefined)
  return out
}

/** The virtual packages of `subdir` as an in-memory channel the solver reads beside the others (with an empty noarch: it asks every channel for both). */
export function virtualRepodata(subdir: string, facts: MachineFacts = machineFacts(), env: NodeJS.ProcessEnv = process.env): LoadedRepodata[] {
  const records: Record<string, RepodataRecord> = {}
  for (const [name, version, build] of virtualPackages(subdir, facts, env))
    records[`${name}-${version}-${build}.conda`] = { name, version, build, build_number: 0, depends: [], subdir }
  if (Object.keys(records).length === 0) return []
  const of = (sd: string, conda: Record<string, RepodataRecord>): LoadedRepodata => {
    const data = { info: { subdir: sd }, packages: {}, 'packages.conda': conda }
    return { channel: CHANNEL, subdir: sd, text: JSON.stringify(data), data, source: 'local', variant: 'repodata.json' }
  }
  return subdir === 'noarch' ? [of(subdir, records)] : [of(subdir, records), of('noarch', {})]
}
