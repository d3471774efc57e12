/**
 * `show`: the most compatible tag a wheel qualifies for as it stands, the tag a repair would give
 * it, and why it gets nothing better (too-new symbol versions with the files that need them,
 * external libraries with the files that need them, black-listed symbols, PyFPE, UCS-2, ISA).
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { ArchiveError } from '../archive/errors.js'
import { AuditError } from './errors.js'
import { decide, machinePolicy, versionsWithGrafts, type Decision, type ExternalRef, type IsaItem } from './decide.js'
import { extractWheel } from './extract.js'
import { archCovers } from '../elf/platform.js'
import { disallowedVersions, type Libc, type Policy } from './policies.js'
import { isLoader, scanWheel, type ScanOptions, type WheelScan } from './scan.js'
import { parseWheelName, type WheelName } from './tags.js'

export type Reason =
  | { kind: 'symbol-version'; library: string; version: string; files: string[] }
  | { kind: 'external-library'; library: string; path: string | null; neededBy: string[] }
  | { kind: 'blacklisted-symbols'; library: string; symbols: string[]; files: string[] }
  | { kind: 'pyfpe'; files: string[] }
  | { kind: 'ucs2'; files: string[] }
  | { kind: 'isa'; file: string; isa: string }

export interface WheelAudit {
  /** The most compatible tag the wheel qualifies for as it is (external libraries count against it). */
  bestTag: string | null
  /** bestTag and its aliases, for naming: e.g. manylinux_2_17_x86_64, manylinux2014_x86_64. */
  tags: string[]
  version: 1
  wheel: string
  /** No ELF file at all: nothing to audit. */
  pure: boolean
  /** Set when the wheel cannot get a platform tag (pure, or no ELF of a usable architecture). */
  error: string | null
  libc: Libc | null
  arch: string | null
  /** The tag a repair (grafting external libraries) would give, and its aliases. */
  repairTag: string | null
  repairTags: string[]
  /** The tag the symbol versions alone allow. */
  symbolTag: string | null
  /** The platform tags the file name claims. */
  claimedTags: string[]
  /** The next more compatible tag, and what stands in its way. */
  blockedTag: string | null
  reasons: Reason[]
  /** Library → required versions (the wheel's own, loader entries left out). */
  versionedSymbols: Record<string, string[]>
  /** Libraries no policy whitelists and the wheel does not ship: what repair grafts. */
  externalLibs: Array<{ library: string; path: string | null; neededBy: string[] }>
  /** For every tag more compatible than bestTag: what would have to go. */
  upgrades: Record<string, Reason[]>
  elfFiles: string[]
  notes: string[]
}

/** arch, libc, ldPaths (instead of the system's search path), excludes (soname or path globs), muslPolicy, env. */
export type AnalyzeOptions = ScanOptions

export interface WheelAbi {
  scan: WheelScan
  wheel: WheelName
  fileName: string
  show: Decision
  repair: Decision
  refs: Map<string, ExternalRef>
  externalVersioned: Map<string, Map<string, Set<string>>>
  /** The wheel's files and the external libraries, with the ISA level each needs. */
  isa: IsaItem[]
}

/** Merge per-member refs over the members that decide the tag. */
function mergeRefs(scan: WheelScan): Map<string, ExternalRef> {
  const out = new Map<string, ExternalRef>(scan.set.policies.map(p => [p.name, { libs: new Map(), blacklist: new Map() }]))
  for (const m of scan.roots) {
    for (const [pname, r] of scan.refsByMember.get(m.name) ?? []) {
      const into = out.get(pname) as ExternalRef
      for (const [lib, p] of r.libs) into.libs.set(lib, p)
      for (const [lib, syms] of r.blacklist) into.blacklist.set(lib, [...new Set([...(into.blacklist.get(lib) ?? []), ...syms])].sort())
    }
  }
  return out
}

export function analyzeScan(scan: WheelScan, fileName: string, requestedBase: string | null = 'auto'): WheelAbi {
  const refs = mergeRefs(scan)
  const external = new Map<string, string>()
  for (const [pname, r] of refs) {
    if ((scan.set.byName(pname)?.priority ?? 0) === 0) continue
    for (const [lib, p] of r.libs) if (p) external.set(lib, p)
  }
  const externalVersioned = new Map<string, Map<string, Set<string>>>()
  for (const [lib, p] of external) externalVersioned.set(lib, versionsOfLibrary(scan, p))
  const isa: IsaItem[] = []
  for (const m of scan.roots) {
    isa.push({ file: m.name, soname: null, isaLevel: m.tree.platform.isaLevel })
    for (const lib of m.tree.libraries.values()) {
      if (lib.realpath && external.has(lib.soname)) isa.push({ file: lib.realpath, soname: lib.soname, isaLevel: lib.platform?.isaLevel ?? null })
    }
  }
  const machine = machinePolicy(scan.set, scan.arch, isa).policy
  const base = {
    set: scan.set,
    versioned: scan.versioned,
    externalVersioned,
    refs,
    pyfpe: scan.pyfpeUsers.length > 0,
    ucs2: scan.ucs2Users.length > 0,
    machine
  }
  return {
    scan,
    wheel: parseWheelName(fileName),
    fileName,
    show: decide({ ...base, allowGraft: false }),
    repair: decide({ ...base, allowGraft: true, requestedBase }),
    refs,
    externalVersioned,
    isa
  }
}

function versionsOfLibrary(scan: WheelScan, realpath: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>()
  let needs: Array<{ file: string; versions: string[] }> = []
  try {
    needs = scan.cache.read(realpath).versionNeeds
  } catch {
    /* unreadable: judged on nothing */
  }
  for (const need of needs) if (!isLoader(need.file)) out.set(need.file, new Set(need.versions))
  return out
}

/** What keeps a wheel from policy `p`; `grafting` leaves external libraries out (repair grafts them). */
export function blockers(abi: WheelAbi, p: Policy, grafting: boolean): Reason[] {
  const { scan, refs } = abi
  const out: Reason[] = []
  const ref = refs.get(p.name)
  const versions = versionsWithGrafts(scan.versioned, abi.externalVersioned, ref?.libs.keys() ?? [])
  for (const [library, version] of disallowedVersions(p, versions)) {
    const files = new Set(scan.versionUsers.get(`${library}\0${version}`) ?? [])
    for (const [lib, vs] of abi.externalVersioned) if (ref?.libs.has(lib) && vs.get(library)?.has(version)) files.add(ref.libs.get(lib) ?? lib)
    out.push({ kind: 'symbol-version', library, version, files: [...files].sort() })
  }
  const users = (pick: (r: ExternalRef) => boolean): string[] =>
    scan.members
      .filter(m => {
        const r = scan.refsByMember.get(m.name)?.get(p.name)
        return !!r && pick(r)
      })
      .map(m => m.name)
  if (!grafting)
    for (const [library, where] of ref?.libs ?? []) out.push({ kind: 'external-library', library, path: where, neededBy: users(r => r.libs.has(library)) })
  for (const [library, symbols] of ref?.blacklist ?? [])
    out.push({ kind: 'blacklisted-symbols', library, symbols, files: users(r => r.blacklist.has(library)) })
  if (scan.pyfpeUsers.length) out.push({ kind: 'pyfpe', files: scan.pyfpeUsers })
  if (scan.ucs2Users.length) out.push({ kind: 'ucs2', files: scan.ucs2Users })
  for (const i of abi.isa)
    if (i.isaLevel && abi.show.machine.priority < p.priority && !archCovers(scan.arch, i.isaLevel)) out.push({ kind: 'isa', file: i.file, isa: i.isaLevel })
  return out
}

const withAliases = (p: Policy): string[] => [p.name, ...p.aliases]
const sortObj = (m: Map<string, Set<string>>): Record<string, string[]> =>
  Object.fromEntries([...m].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, [...v].sort()]))

/** The JSON-serialisable report of an analysis. */
export function toAudit(abi: WheelAbi): WheelAudit {
  const { scan, show, repair } = abi
  const above = scan.set.policies.filter(p => p.priority > show.overall.priority)
  const next = above[0] ?? null
  const upgrades: Record<string, Reason[]> = {}
  for (const p of above) {
    const b = blockers(abi, p, false)
    if (b.length) upgrades[p.name] = b
  }
  const lowest = scan.set.lowest
  const externalLibs = [...(abi.refs.get(lowest.name)?.libs ?? [])].map(([library, where]) => ({
    library,
    path: where,
    neededBy: scan.members.filter(m => scan.refsByMember.get(m.name)?.get(lowest.name)?.libs.has(library)).map(m => m.name)
  }))
  return {
    bestTag: show.overall.name,
    tags: withAliases(show.overall),
    version: 1,
    wheel: abi.fileName,
    pure: false,
    error: null,
    libc: scan.set.libc,
    arch: scan.arch,
    repairTag: repair.overall.name,
    repairTags: withAliases(repair.overall),
    symbolTag: show.symbol.name,
    claimedTags: abi.wheel.platforms,
    blockedTag: next?.name ?? null,
    reasons: next ? blockers(abi, next, false) : [],
    versionedSymbols: sortObj(scan.versioned),
    externalLibs,
    upgrades,
    elfFiles: scan.members.map(m => m.name),
    notes: scan.notes
  }
}

/** An audit of a wheel that has no platform tag to give (pure, or no usable ELF file). */
export function nonPlatformAudit(fileName: string, error: string, pure: boolean): WheelAudit {
  const w = (() => {
    try {
      return parseWheelName(fileName).platforms
    } catch {
      return []
    }
  })()
  return {
    bestTag: null,
    tags: [],
    version: 1,
    wheel: fileName,
    pure,
    error,
    libc: null,
    arch: null,
    repairTag: null,
    repairTags: [],
    symbolTag: null,
    claimedTags: w,
    blockedTag: null,
    reasons: [],
    versionedSymbols: {},
    externalLibs: [],
    upgrades: {},
    elfFiles: [],
    notes: []
  }
}

/**
 * Extract, scan and decide, keeping every intermediate fact (per-policy external references,
 * per-member trees). Throws AuditError('NOT_PLATFORM_WHEEL') when there is nothing to audit,
 * ArchiveError when the file is missing or its archive is refused.
 */
export async function inspectWheel(wheelPath: string, opts: AnalyzeOptions = {}, requestedBase: string | null = null): Promise<WheelAbi> {
  const fileName = path.basename(wheelPath)
  if (!fs.existsSync(wheelPath)) throw new ArchiveError('NOT_FOUND', `not found: ${wheelPath}`)
  const wheel = parseWheelName(fileName)
  const x = await extractWheel(wheelPath, { elfOnly: true })
  try {
    if (x.elfMembers.length === 0) throw new AuditError('NOT_PLATFORM_WHEEL', NO_ELF)
    return analyzeScan(scanWheel(x.dir, x.elfMembers, wheel, opts), fileName, requestedBase)
  } finally {
    x.cleanup()
  }
}

/**
 * Audit a wheel. Pure wheels (no ELF file) come back with `pure: true`; a wheel whose ELF files
 * are all of another or an unknown architecture throws AuditError('NOT_PLATFORM_WHEEL').
 */
export async function analyzeWheel(wheelPath: string, opts: AnalyzeOptions = {}): Promise<WheelAudit> {
  try {
    return toAudit(await inspectWheel(wheelPath, opts))
  } catch (e) {
    if (e instanceof AuditError && e.message === NO_ELF) return nonPlatformAudit(path.basename(wheelPath), NO_ELF, true)
    throw e
  }
}

export const NO_ELF =
  'This does not look like a platform wheel, no ELF executable or shared library file (including compiled Python C extension) found in the wheel archive'
