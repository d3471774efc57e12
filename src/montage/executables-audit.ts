/**
 * The audit of a generic Linux executables tarball: which manylinux or musllinux tag the built
 * command-line tools allow, judged like a wheel from what the files say (DT_NEEDED names, GNU
 * version needs, black-listed symbols, ISA level) against the policy table. Libraries are never
 * looked up on this machine (the build may have run in a container): a needed library is fine
 * when the policy whitelists it or the tarball ships it (by file name or DT_SONAME).
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { ElfError } from '../elf/errors.js'
import { readElf, type ElfInfo } from '../elf/elf.js'
import { detectLibc, isLoaderName } from '../elf/lddtree.js'
import { archCovers, elfPlatform, type ElfPlatform } from '../elf/platform.js'
import { higher, lower } from '../manylinux/decide.js'
import { disallowedVersions, policySet, versionedSymbolsPolicy } from '../manylinux/policies.js'
import type { Libc, Policy, PolicySet } from '../manylinux/policies.js'
import { UserError } from '../lib/errors.js'
import { compareVersions } from '../lib/versions.js'

export type ExecutableKind = 'elf' | 'symlink' | 'other'

/** What the audit found in one file. */
export interface ExecutableFile {
  /** Tree-relative path. */
  readonly file: string
  readonly kind: ExecutableKind
  /** Why a file was not audited (symlinks, scripts, data); empty for ELF files. */
  readonly note: string
  readonly arch: string | null
  readonly libc: Libc | null
  readonly needed: readonly string[]
  /** Library → the version names this file requires from it (the loader left out). */
  readonly versions: Readonly<Record<string, readonly string[]>>
  /** The newest GLIBC_x.y this file requires, e.g. `2.17`. */
  readonly glibcMax: string | null
  /** Needed libraries the tarball does not ship and no policy of this libc whitelists. */
  readonly external: readonly string[]
  /** The most compatible tag this file alone allows (null when not audited). */
  readonly tag: string | null
}

export interface ExecutablesAudit {
  /** The most compatible tag every file allows, e.g. `manylinux_2_17_x86_64`, or `linux_x86_64`. */
  readonly tag: string
  /** The tag and its legacy aliases, e.g. manylinux_2_17_x86_64, manylinux2014_x86_64. */
  readonly tags: readonly string[]
  /** The policy without architecture: `manylinux_2_17`, `musllinux_1_2` or `linux`. */
  readonly policy: string
  /** The tag the symbol versions alone allow. */
  readonly symbolTag: string
  readonly arch: string
  readonly libc: Libc
  /** The newest GLIBC_x.y any file requires. */
  readonly glibcMax: string | null
  /** Library → every version name the files require from it. */
  readonly required: Readonly<Record<string, readonly string[]>>
  readonly files: readonly ExecutableFile[]
  /** What lowers the tag, one sentence each, naming the file and what to do. */
  readonly problems: readonly string[]
  /** Facts worth a line in the log that do not change the tag. */
  readonly notes: readonly string[]
}

interface ElfFile {
  rel: string
  info: ElfInfo
  platform: ElfPlatform
  libc: Libc | null
}

const ELF_MAGIC = [0x7f, 0x45, 0x4c, 0x46]

/** The dynamic loader is always there: ld-linux*, ld64.so.*, ld-musl-*. */

function startsWithElfMagic(abs: string): boolean {
  const fd = fs.openSync(abs, 'r')
  try {
    const head = Buffer.alloc(4)
    return fs.readSync(fd, head, 0, 4, 0) === 4 && ELF_MAGIC.every((b, i) => head[i] === b)
  } finally {
    fs.closeSync(fd)
  }
}

/** The C library a file is built for, from its interpreter and DT_NEEDED; null for static files. */
export function elfLibc(info: Pick<ElfInfo, 'interpreter' | 'needed'>): Libc | null {
  return detectLibc(info.interpreter, info.needed)
}

function glibcMaxOf(versions: ReadonlyMap<string, ReadonlySet<string>>): string | null {
  let max: string | null = null
  for (const set of versions.values()) {
    for (const v of set) {
      const m = /^GLIBC_(\d+(?:\.\d+)*)$/.exec(v)
      if (m && (max === null || compareVersions(m[1], max) > 0)) max = m[1]
    }
  }
  return max
}

function versionsOf(info: ElfInfo): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>()
  for (const need of info.versionNeeds) {
    if (isLoaderName(need.file)) continue
    const set = out.get(need.file) ?? new Set<string>()
    for (const v of need.versions) set.add(v)
    out.set(need.file, set)
  }
  return out
}

const sortedRecord = (m: ReadonlyMap<string, ReadonlySet<string>>): Record<string, string[]> =>
  Object.fromEntries([...m].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, [...v].sort()]))

/** Read one file: a symlink, a non-ELF file (not audited) or a parsed ELF file. */
function readOne(root: string, rel: string): ElfFile | ExecutableFile {
  const abs = path.join(root, rel)
  let st: fs.Stats
  try {
    st = fs.lstatSync(abs)
  } catch {
    throw new UserError(`${rel} is not in ${root}; list files that exist in the built tree`)
  }
  const skipped = (kind: ExecutableKind, note: string): ExecutableFile => ({
    file: rel,
    kind,
    note,
    arch: null,
    libc: null,
    needed: [],
    versions: {},
    glibcMax: null,
    external: [],
    tag: null
  })
  if (st.isSymbolicLink()) {
    return skipped('symlink', `symlink to ${fs.readlinkSync(abs)}: not audited (its target is, when packed)`)
  }
  if (!st.isFile()) throw new UserError(`${rel} is not a regular file; narrow the patterns to the built programs`)
  if (!startsWithElfMagic(abs)) return skipped('other', 'not an ELF file (a script or data): not audited')
  try {
    const info = readElf(fs.readFileSync(abs))
    return { rel, info, platform: elfPlatform(info), libc: elfLibc(info) }
  } catch (e) {
    if (!(e instanceof ElfError)) throw e
    throw new UserError(`${rel} starts like an ELF file but cannot be read (${e.message}); rebuild it, or leave it out with a '!${rel}' pattern`)
  }
}

/** One architecture for all ELF files, or an error naming the files of each. */
function commonArch(elves: readonly ElfFile[]): string {
  const unknown = elves.filter(e => !e.platform.arch)
  if (unknown.length) {
    const list = unknown.map(e => `${e.rel} (${e.platform.error ?? 'unknown architecture'})`).join(', ')
    throw new UserError(`no platform tag names the architecture of ${list}; leave these files out of the patterns`)
  }
  const byArch = groupBy(elves, e => e.platform.arch as string)
  if (byArch.size > 1) {
    const list = [...byArch].map(([arch, es]) => `${arch} (${es.map(e => e.rel).join(', ')})`).join('; ')
    throw new UserError(`the files are built for more than one architecture: ${list}. A tarball holds one architecture: narrow the patterns`)
  }
  return [...byArch.keys()][0]
}

/** One libc for all ELF files that say; glibc when none does (static programs). */
function commonLibc(elves: readonly ElfFile[], notes: string[]): Libc {
  const byLibc = groupBy(
    elves.filter(e => e.libc),
    e => e.libc as Libc
  )
  if (byLibc.size > 1) {
    const list = [...byLibc].map(([libc, es]) => `${libc} (${es.map(e => e.rel).join(', ')})`).join('; ')
    throw new UserError(`the files link different C libraries: ${list}. Build them all in one image and pack them apart`)
  }
  const libc = [...byLibc.keys()][0]
  if (libc) return libc
  notes.push('no file names its C library (static programs): judged as glibc')
  return 'glibc'
}

function groupBy<T, K extends string>(items: readonly T[], key: (t: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>()
  for (const item of items) out.set(key(item), [...(out.get(key(item)) ?? []), item])
  return out
}

/** The most compatible policy whose whitelist has `lib`, or `linux`. */
function whitelisting(set: PolicySet, lib: string): Policy {
  return set.policies.filter(p => p.priority > 0 && p.whitelist.has(lib)).reduce(higher, set.linux)
}

interface Judged {
  tag: Policy
  external: string[]
  problems: string[]
}

/**
 * The most compatible policy one ELF file allows, with a sentence for each constraint that puts
 * it below `target` (the tag the symbol versions of all files allow).
 */
function judge(set: PolicySet, e: ElfFile, shipped: ReadonlySet<string>, target: Policy): Judged {
  const problems: string[] = []
  const versions = versionsOf(e.info)
  let tag = versionedSymbolsPolicy(set, versions)
  if (tag.priority === 0 && set.policies.length > 1) {
    const tooNew = disallowedVersions(set.lowest, versions).map(([lib, v]) => `${v} from ${lib}`)
    const family = set.lowest.base.replace(/_.*/, '')
    problems.push(`${e.rel} needs ${tooNew.join(', ')}, newer than any ${family} policy allows; build it in an older image`)
  }
  const external: string[] = []
  for (const lib of e.info.needed) {
    if (isLoaderName(lib) || shipped.has(lib)) continue
    const allowedBy = whitelisting(set, lib)
    if (allowedBy.priority === 0) external.push(lib)
    if (allowedBy.priority >= target.priority) continue
    tag = lower(tag, allowedBy)
    const next =
      allowedBy.priority > 0 ? `${allowedBy.base} and newer allow it` : 'add the library to the patterns (with an $ORIGIN rpath) or link it statically'
    problems.push(`${e.rel} needs ${lib}, which ${target.base} does not allow and the tarball does not ship; ${next}`)
  }
  const strong = new Set(e.info.symbols.filter(s => !s.defined && s.bind !== 'WEAK').map(s => s.name))
  for (const lib of e.info.needed) {
    const used = (p: Policy): string[] => [...(p.blacklist.get(lib) ?? [])].filter(s => strong.has(s)).sort()
    const clean = set.policies.filter(p => p.priority === 0 || used(p).length === 0).reduce(higher, set.linux)
    if (clean.priority >= target.priority) continue
    tag = lower(tag, clean)
    problems.push(`${e.rel} uses ${used(target).join(', ')} from ${lib}, which ${target.base} black-lists; avoid these symbols`)
  }
  const isa = e.platform.isaLevel
  if (isa && !archCovers(set.arch, isa)) {
    tag = set.linux
    const baseline = set.arch === 'x86_64' ? ' (e.g. -march=x86-64)' : ''
    problems.push(`${e.rel} needs ${isa} instructions, which no ${set.arch} policy allows; build it for the baseline${baseline}`)
  }
  return { tag, external, problems }
}

/** Is each library a shipped one reached by an executable's RPATH/RUNPATH ($ORIGIN)? A note when not. */
function reachNotes(e: ElfFile, byName: ReadonlyMap<string, string>): string[] {
  if (!e.info.interpreter) return []
  const dir = path.posix.dirname(e.rel)
  const search = [e.info.runpath ?? e.info.rpath ?? '']
    .flatMap(s => s.split(':'))
    .filter(s => /^\$(ORIGIN|\{ORIGIN\})(\/|$)/.test(s))
    .map(s => path.posix.normalize(path.posix.join(dir, s.replace(/^\$(ORIGIN|\{ORIGIN\})/, ''))))
  const notes: string[] = []
  for (const lib of e.info.needed) {
    const at = byName.get(lib)
    if (at === undefined || search.includes(path.posix.dirname(at))) continue
    const rel = path.posix.relative(dir, path.posix.dirname(at)) || '.'
    notes.push(
      `${e.rel} needs ${lib}, shipped as ${at}, but no $ORIGIN rpath leads there: ` + `link with -Wl,-rpath,'$ORIGIN/${rel}' or users must set LD_LIBRARY_PATH`
    )
  }
  return notes
}

/** Shipped libraries by the names a DT_NEEDED entry may use: file names and sonames. */
function shippedNames(files: readonly string[], elves: readonly ElfFile[]): Map<string, string> {
  const out = new Map<string, string>()
  for (const rel of files) out.set(path.posix.basename(rel), rel)
  for (const e of elves) if (e.info.soname && !out.has(e.info.soname)) out.set(e.info.soname, e.rel)
  return out
}

/**
 * Audit the files (tree-relative) under root. Throws UserError when no file is an ELF file, when
 * the files mix architectures or C libraries, or when an ELF file cannot be read.
 */
export function auditExecutables(root: string, files: readonly string[]): ExecutablesAudit {
  const read = [...new Set(files)].sort().map(rel => readOne(root, rel))
  const elves = read.filter((r): r is ElfFile => 'info' in r)
  if (elves.length === 0) {
    const what = `none of the ${read.length} files is an ELF program or library`
    throw new UserError(`${what}; point the patterns at what make built (e.g. bin/*)`)
  }
  const notes: string[] = []
  const arch = commonArch(elves)
  const libc = commonLibc(elves, notes)
  const set = policySet(libc, arch)
  const required = new Map<string, Set<string>>()
  for (const e of elves) {
    for (const [lib, vs] of versionsOf(e.info)) required.set(lib, new Set([...(required.get(lib) ?? []), ...vs]))
  }
  const symbol = versionedSymbolsPolicy(set, required)
  const target = symbol.priority > 0 ? symbol : set.lowest
  const byName = shippedNames(files, elves)
  const shipped = new Set(byName.keys())
  let overall = set.highest
  const problems: string[] = []
  const details = new Map<string, ExecutableFile>()
  for (const e of elves) {
    const j = judge(set, e, shipped, target)
    overall = lower(overall, j.tag)
    problems.push(...j.problems)
    notes.push(...reachNotes(e, byName))
    const versions = versionsOf(e.info)
    details.set(e.rel, {
      file: e.rel,
      kind: 'elf',
      note: '',
      arch,
      libc: e.libc,
      needed: [...e.info.needed],
      versions: sortedRecord(versions),
      glibcMax: glibcMaxOf(versions),
      external: j.external,
      tag: j.tag.name
    })
  }
  overall = lower(overall, symbol)
  const out = read.map(r => ('info' in r ? (details.get(r.rel) as ExecutableFile) : r))
  for (const f of out) if (f.kind !== 'elf') notes.push(`${f.file}: ${f.note}`)
  return {
    tag: overall.name,
    tags: [overall.name, ...overall.aliases],
    policy: overall.base,
    symbolTag: symbol.name,
    arch,
    libc,
    glibcMax: libc === 'glibc' ? glibcMaxOf(required) : null,
    required: sortedRecord(required),
    files: out,
    problems,
    notes
  }
}
