/**
 * Gather the facts of a wheel's ELF files: architecture and libc, dependency trees, required
 * symbol versions, Python-extension entry points, PyFPE/UCS-2 use, black-listed symbols and the
 * external libraries each policy would need grafted. The decision itself is in decide.ts.
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { AuditError } from './errors.js'
import { ElfError } from '../elf/errors.js'
import type { ElfInfo } from '../elf/elf.js'
import { ElfCache, ldPathsFromArg, lddtree, LIBPYTHON_RE, type ElfTree, type LdPaths } from '../elf/lddtree.js'
import { baselineArch } from '../elf/platform.js'
import { policySet, type Libc, type PolicySet } from './policies.js'
import { wheelNameArch, wheelNameLibc, type WheelName } from './tags.js'
import type { ExternalRef } from './decide.js'

export interface ElfMember {
  /** Wheel-relative path. */
  name: string
  abs: string
  info: ElfInfo
  tree: ElfTree
  pythonExtension: 2 | 3 | null
}

export interface ScanOptions {
  arch?: string
  libc?: Libc
  ldPaths?: readonly string[]
  excludes?: readonly string[]
  muslPolicy?: string
  env?: NodeJS.ProcessEnv
}

export interface WheelScan {
  set: PolicySet
  arch: string
  members: ElfMember[]
  /** Members whose trees decide the tag (extensions, and libraries nothing in the wheel needs). */
  roots: ElfMember[]
  /** Per member: per policy name, what it would need grafted. */
  refsByMember: Map<string, Map<string, ExternalRef>>
  /** Library → versions required, and which members require each `lib\0version`. */
  versioned: Map<string, Set<string>>
  versionUsers: Map<string, Set<string>>
  pyfpeUsers: string[]
  ucs2Users: string[]
  notes: string[]
  /** The parsed ELF files of this scan (the wheel's and the libraries found). */
  cache: ElfCache
}

/** Entry points of a Python extension module named like the file: py2 `init<mod>`, py3 `PyInit_<mod>`, PyPy cffi. */
function pythonExtension(name: string, info: ElfInfo): 2 | 3 | null {
  const mod = path.posix.basename(name).split('.')[0]
  const wanted = new Map<string, 2 | 3>([
    [`init${mod}`, 2],
    [`PyInit_${mod}`, 3],
    [`_cffi_pypyinit_${mod}`, 2]
  ])
  for (const s of info.symbols) if (s.defined && s.type === 'FUNC' && wanted.has(s.name)) return wanted.get(s.name) as 2 | 3
  return null
}

const PYFPE = new Set(['PyFPE_jbuf', 'PyFPE_dummy', 'PyFPE_counter'])
/** glibc's loader names as auditwheel leaves them out (musl's loader is libc itself). */
export const isLoader = (lib: string): boolean => lib.includes('ld-linux') || lib === 'ld64.so.2' || lib === 'ld64.so.1'

/** Auto-detect musl on this host (its loader), else glibc: the fallback when a wheel does not say. */
export function hostLibc(): Libc {
  for (const dir of ['/lib', '/usr/lib']) {
    try {
      if (fs.readdirSync(dir).some(f => /^ld-musl-.*\.so\.1$/.test(f))) return 'musl'
    } catch {
      /* not there */
    }
  }
  return 'glibc'
}

function isInside(p: string | null, dir: string): boolean {
  return !!p && (p === dir || p.startsWith(`${dir}/`))
}

/** Per auditwheel's rules: what each policy would have to graft for one tree, and the black-listed symbols used. */
export function externalRefs(m: ElfMember, set: PolicySet, wheelDir: string): Map<string, ExternalRef> {
  const out = new Map<string, ExternalRef>()
  const undefinedStrong = new Set(m.info.symbols.filter(s => !s.defined && s.bind !== 'WEAK').map(s => s.name))
  for (const p of set.policies) {
    const ref: ExternalRef = { libs: new Map(), blacklist: new Map() }
    out.set(p.name, ref)
    if (p.priority === 0) continue
    for (const lib of m.tree.needed) {
      const bad = p.blacklist.get(lib)
      const used = bad ? [...bad].filter(s => undefinedStrong.has(s)).sort() : []
      if (used.length) ref.blacklist.set(lib, used)
    }
    const keep = (lib: string): boolean => !isLoader(lib) && !(set.libc === 'android' && LIBPYTHON_RE.test(lib)) && !p.whitelist.has(lib)
    const todo = m.tree.needed.filter(keep)
    const seen = new Set<string>()
    while (todo.length) {
      const lib = todo.pop() as string
      if (seen.has(lib)) continue
      seen.add(lib)
      for (const dep of m.tree.libraries.get(lib)?.needed ?? []) if (keep(dep) && !seen.has(dep)) todo.push(dep)
    }
    for (const lib of [...seen].sort()) {
      const real = m.tree.libraries.get(lib)?.realpath ?? null
      if (!isInside(real, wheelDir)) ref.libs.set(lib, real)
    }
  }
  return out
}

export function scanWheel(dir: string, elfMembers: readonly string[], wheel: WheelName, opts: ScanOptions = {}): WheelScan {
  const env = opts.env ?? {}
  const notes: string[] = []
  const nameArch = wheelNameArch(wheel)
  let arch: string | null = opts.arch ? baselineArch(opts.arch) : nameArch.kind === 'arch' ? nameArch.arch : null
  let libc: Libc | null = opts.libc ?? wheelNameLibc(wheel)
  const cache = new ElfCache()
  const members: ElfMember[] = []
  const invalid: string[] = []
  const purelib: string[] = []
  const argPaths: LdPaths | undefined = opts.ldPaths ? ldPathsFromArg(opts.ldPaths, env) : libc === 'android' ? ldPathsFromArg([], env) : undefined
  for (const name of elfMembers) {
    const abs = path.join(dir, name)
    if (name.split('/').slice(0, -1).includes('purelib')) {
      purelib.push(name)
      continue
    }
    let info: ElfInfo
    let tree: ElfTree
    try {
      info = cache.read(abs, true)
      tree = lddtree(abs, { cache, excludes: opts.excludes ?? [], libc, env, ...(argPaths ? { ldPaths: argPaths } : {}) })
    } catch (e) {
      if (e instanceof ElfError) throw new AuditError('BAD_ELF', `${name}: ${e.message} (${e.code})`)
      throw e
    }
    const elfArch = tree.platform.arch
    if (!elfArch) {
      invalid.push(`${name} (${tree.platform.error ?? 'unknown architecture'})`)
      continue
    }
    if (arch === null) {
      arch = elfArch
      notes.push(`setting architecture to ${elfArch}`)
    } else if (elfArch !== arch) {
      invalid.push(`${name} with ${elfArch} architecture`)
      continue
    }
    if (tree.libc) {
      if (libc === null) libc = tree.libc
      else if (libc !== tree.libc && libc !== 'android') {
        notes.push(`ignoring ${name}: it links ${tree.libc}, the wheel ${libc}`)
        continue
      }
    }
    members.push({ name, abs, info, tree, pythonExtension: pythonExtension(name, info) })
  }
  if (purelib.length)
    throw new AuditError(
      'PURELIB_ELF',
      `Invalid binary wheel, found the following shared library/libraries in purelib folder:\n\t${purelib.join('\n\t')}\nThe wheel has to be platlib compliant in order to be repaired.`
    )
  if (members.length === 0) {
    const found = invalid.length ? ` The following ELF files were found:\n\t${invalid.join('\n\t')}` : ''
    throw new AuditError(
      'NOT_PLATFORM_WHEEL',
      invalid.length === 0 || arch === null
        ? `This does not look like a platform wheel, no ELF executable or shared library file (including compiled Python C extension) found in the wheel archive.${found}`
        : `Invalid binary wheel: no ELF executable or shared library file (including compiled Python C extension) with a '${arch}' architecture found.${found}`
    )
  }
  for (const i of invalid) notes.push(`ignoring ${i}`)
  if (libc === null) {
    libc = hostLibc()
    notes.push(`couldn't detect wheel libc, defaulting to ${libc}`)
  }
  const set = policySet(libc, arch as string, {
    ...(opts.muslPolicy ? { muslPolicy: opts.muslPolicy } : {}),
    ...(libc === 'android' ? { androidTag: wheel.platforms[0] } : {})
  })
  fixupTrees(members)

  const versioned = new Map<string, Set<string>>()
  const versionUsers = new Map<string, Set<string>>()
  for (const m of members) {
    for (const need of m.info.versionNeeds) {
      if (isLoader(need.file)) continue
      let s = versioned.get(need.file)
      if (!s) versioned.set(need.file, (s = new Set()))
      for (const v of need.versions) {
        s.add(v)
        const key = `${need.file}\0${v}`
        if (!versionUsers.has(key)) versionUsers.set(key, new Set())
        versionUsers.get(key)?.add(m.name)
      }
    }
  }
  const neededByOthers = new Set(members.flatMap(m => m.tree.needed))
  const roots = members.filter(m => m.pythonExtension !== null || !neededByOthers.has(path.posix.basename(m.name)))
  const refsByMember = new Map(members.map(m => [m.name, externalRefs(m, set, dir)] as const))
  const exts = members.filter(m => m.pythonExtension !== null)
  const pyfpeUsers = exts.filter(m => m.info.symbols.some(s => !s.defined && PYFPE.has(s.name) && (s.type === 'FUNC' || s.type === 'NOTYPE'))).map(m => m.name)
  const ucs2Users = exts
    .filter(m => m.pythonExtension === 2 && m.info.symbols.some(s => !s.defined && s.type === 'FUNC' && s.name.includes('PyUnicodeUCS2_')))
    .map(m => m.name)
  return { set, arch: opts.arch ?? (arch as string), members, roots, refsByMember, versioned, versionUsers, pyfpeUsers, ucs2Users, notes, cache }
}

/**
 * A library shipped in the wheel may only resolve its own dependencies through the tree of the
 * file that loads it (e.g. via that file's RPATH): borrow those resolutions.
 */
function fixupTrees(members: ElfMember[]): void {
  const resolved = members.filter(m => [...m.tree.libraries.values()].every(l => l.realpath !== null))
  for (const m of members) {
    if (m.pythonExtension !== null || [...m.tree.libraries.values()].every(l => l.realpath !== null)) continue
    const ref = resolved.find(r => r !== m && [...r.tree.libraries.values()].some(l => l.realpath === m.abs))
    if (!ref) continue
    for (const [soname, lib] of m.tree.libraries) {
      if (lib.realpath !== null) continue
      const pending = [soname]
      while (pending.length) {
        const s = pending.pop() as string
        const borrowed = ref.tree.libraries.get(s)
        if (!borrowed) continue
        if (m.tree.libraries.get(s)?.realpath == null) {
          m.tree.libraries.set(s, borrowed)
          pending.push(...borrowed.needed)
        }
      }
    }
  }
}
