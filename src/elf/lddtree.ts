/**
 * Resolve an ELF file's dependency tree the way the dynamic loader would, reading files only (no
 * code runs): DT_RPATH of the object and its loaders (unless it has DT_RUNPATH), LD_LIBRARY_PATH
 * and AUDITWHEEL_LD_LIBRARY_PATH, DT_RUNPATH, then /etc/ld.so.conf (with its includes) and the
 * trusted directories; `$ORIGIN` expands to the object's directory. Like auditwheel, the top
 * object's DT_RUNPATH is also tried for indirect dependencies, and a library of another machine
 * is skipped in favour of the next candidate.
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { ElfError } from './errors.js'
import { readElf, type ElfInfo } from './elf.js'
import { glob, matchesAny } from './fnmatch.js'
import { elfPlatform, platformsCompatible, type ElfPlatform } from './platform.js'

/** The C library an object is built for, as its interpreter and DT_NEEDED entries say. */
export type Libc = 'glibc' | 'musl' | 'android'

/** libpython is never resolved: a wheel must not link it, and repair drops it. */
export const LIBPYTHON_RE = /^libpython\d+\.\d+m?.so(\.\d)*$/

export interface LdPaths {
  /** ld.so.conf and trusted directories (or the --ldpaths given). */
  conf: string[]
  /** AUDITWHEEL_LD_LIBRARY_PATH then LD_LIBRARY_PATH. */
  env: string[]
  /** The directory of the interpreter (PT_INTERP), filled in from the top object. */
  interp: string[]
}

export interface DynamicLibrary {
  soname: string
  /** The path it was found at, and that path with symlinks resolved; null when not found. */
  path: string | null
  realpath: string | null
  platform: ElfPlatform | null
  needed: string[]
}

export interface ElfTree {
  path: string
  interpreter: string | null
  libc: Libc | null
  platform: ElfPlatform
  needed: string[]
  rpath: string[]
  runpath: string[]
  /** Every library of the tree by soname (the first resolution wins, as in the loader). */
  libraries: Map<string, DynamicLibrary>
}

/** Reads each file once per analysis. */
export class ElfCache {
  private readonly map = new Map<string, ElfInfo | ElfError>()
  read(file: string, symbols = false): ElfInfo {
    const key = `${symbols ? 's' : 'd'}:${file}`
    let hit = this.map.get(`s:${file}`) ?? this.map.get(key)
    if (!hit) {
      try {
        hit = readElf(fs.readFileSync(file), { symbols })
      } catch (e) {
        if (!(e instanceof ElfError)) throw e
        hit = e
      }
      this.map.set(key, hit)
    }
    if (hit instanceof ElfError) throw hit
    return hit
  }
}

function normpath(p: string): string {
  return path.posix.normalize(p).replace(/\/+$/, '') || '/'
}

function isDir(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory()
  } catch {
    return false
  }
}

function dedupe(xs: string[]): string[] {
  return [...new Set(xs)]
}

/** A colon-separated search path: empty entries mean the working directory, `$ORIGIN` the object's directory. */
export function parseLdPaths(value: string | null | undefined, origin?: string): string[] {
  if (!value) return []
  const out: string[] = []
  for (const entry of value.split(':')) {
    let p: string
    if (entry === '') p = process.cwd()
    else if (/\$(ORIGIN|\{ORIGIN\})/.test(entry)) {
      if (!origin) continue
      p = entry.replace(/\$(ORIGIN|\{ORIGIN\})/g, path.dirname(path.resolve(origin)))
    } else p = entry
    out.push(normpath(p))
  }
  return dedupe(out).filter(isDir)
}

/**
 * The directories of an ld.so.conf, following `include` lines (globs), comments stripped. `root`:
 * the folder holding another system's files (a container's, copied out): absolute includes are
 * looked up under it, and the directories returned are that system's own paths.
 */
export function parseLdSoConf(file: string, seen: Set<string> = new Set(), root = '/'): string[] {
  if (seen.has(file) || seen.size > 256) return []
  seen.add(file)
  let text: string
  try {
    text = fs.readFileSync(file, 'utf8')
  } catch {
    return []
  }
  const out: string[] = []
  for (const raw of text.split('\n')) {
    const line = (raw.split('#', 1)[0] ?? '').trim()
    if (!line) continue
    if (/^include\s/.test(line)) {
      for (let pat of line.slice(8).trim().split(/\s+/)) {
        pat = pat.startsWith('/') ? path.join(root, pat) : path.join(path.dirname(file), pat)
        for (const f of glob(pat)) out.push(...parseLdSoConf(f, seen, root))
      }
    } else if (line.startsWith('hwcap ')) continue
    else out.push(normpath(line))
  }
  return out
}

function envPaths(env: Readonly<Record<string, string | undefined>>, withLdLibraryPath: boolean): string[] {
  const value = [env.AUDITWHEEL_LD_LIBRARY_PATH, withLdLibraryPath ? env.LD_LIBRARY_PATH : undefined].filter(Boolean).join(':')
  return parseLdPaths(value)
}

/** The system's search path for a libc: ld.so.conf + trusted dirs (glibc), /etc/ld-musl-*.path (musl). */
export function systemLdPaths(libc: Libc | null, env: Readonly<Record<string, string | undefined>> = {}, root = '/'): LdPaths {
  let conf: string[]
  if (libc === 'android') conf = []
  else if (libc === 'musl') {
    const files = glob(path.join(root, 'etc/ld-musl-*.path'))
    conf = files[0]
      ? fs
          .readFileSync(files[0], 'utf8')
          .split(/[:\n]/)
          .map(s => s.trim())
          .filter(Boolean)
      : ['/lib', '/usr/local/lib', '/usr/lib']
  } else {
    conf = [...parseLdSoConf(path.join(root, 'etc/ld.so.conf'), new Set(), root), '/lib', '/lib64', '/usr/lib', '/usr/lib64']
  }
  return { conf: dedupe(conf).filter(d => isDir(path.join(root, d))), env: envPaths(env, libc !== 'android'), interp: [] }
}

/** Search paths given explicitly (like auditwheel's --ldpaths): they replace the system's; AUDITWHEEL_LD_LIBRARY_PATH still comes first. */
export function ldPathsFromArg(dirs: readonly string[], env: Readonly<Record<string, string | undefined>> = {}): LdPaths {
  return { conf: parseLdPaths(dirs.join(':')), env: envPaths(env, false), interp: [] }
}

/** Follow symlinks of the last component only, keeping the directory the library was found in. */
function resolveLink(p: string): string {
  let cur = p
  for (let i = 0; i < 40; i++) {
    let target: string
    try {
      if (!fs.lstatSync(cur).isSymbolicLink()) break
      target = fs.readlinkSync(cur)
    } catch {
      break
    }
    cur = path.resolve(path.dirname(cur), target)
  }
  return normpath(cur)
}

/** The dynamic loader's own name (`ld-linux-x86-64.so.2`, `ld64.so.2`, `ld-musl-x86_64.so.1`): never a library to resolve or ship. */
export function isLoaderName(lib: string): boolean {
  return lib.startsWith('ld-linux') || lib.startsWith('ld64.so.') || lib.startsWith('ld-musl-')
}

/** The C library a file is built for: its interpreter, then DT_NEEDED, then (for an extension) its file name; null when nothing says. */
export function detectLibc(interp: string | null, needed: readonly string[], file = ''): Libc | null {
  let libc: Libc | null = interp ? (path.basename(interp).startsWith('ld-musl-') ? 'musl' : 'glibc') : null
  for (const n of needed) {
    if (n.startsWith('libc.musl-') || n.startsWith('ld-musl-')) libc ??= 'musl'
    else if (n === 'libc.so.6' || n.startsWith('ld-linux-') || n.startsWith('ld64.so.')) libc ??= 'glibc'
  }
  if (libc) return libc
  // Last resort, the extension's file name (before CPython 3.11, musl builds were named -linux-gnu too).
  const name = path.basename(file)
  if (/(-arm-linux-musleabihf|-linux-musl)\.so$/.test(name)) return 'musl'
  const m = /\.cpython-(\d+)[^.]*-(arm-linux-gnueabihf|[^.]*-linux-gnu)\.so$/.exec(name)
  if (m && Number((m[1] ?? '').slice(1)) >= 11 && (m[1] ?? '').startsWith('3')) return 'glibc'
  return null
}

export interface LddOptions {
  ldPaths?: LdPaths
  excludes?: readonly string[]
  cache?: ElfCache
  /** The libc to take search paths from when the file does not say (default: from the file). */
  libc?: Libc | null
  /** Environment for LD_LIBRARY_PATH and AUDITWHEEL_LD_LIBRARY_PATH (of the machine the wheel was built on; default none). */
  env?: Readonly<Record<string, string | undefined>>
}

/** The dependency tree of one ELF file. Throws ElfError when the file itself cannot be read. */
export function lddtree(file: string, opts: LddOptions = {}): ElfTree {
  const cache = opts.cache ?? new ElfCache()
  const excludes = opts.excludes ?? []
  const top = cache.read(file)
  const platform = elfPlatform(top)
  const libraries = new Map<string, DynamicLibrary>()
  const libc = detectLibc(top.interpreter, top.needed, file)
  const base = opts.ldPaths ?? systemLdPaths(libc ?? opts.libc ?? null, opts.env)
  const interpDirs = top.interpreter ? dedupe([path.dirname(top.interpreter), normpath(`/usr${path.dirname(top.interpreter)}`)]).filter(isDir) : base.interp
  if (top.interpreter) {
    const soname = path.basename(top.interpreter)
    libraries.set(soname, { soname, path: top.interpreter, realpath: resolveLink(top.interpreter), platform, needed: [] })
  }
  const topRunpath = parseLdPaths(top.runpath, file)
  const topRpath = topRunpath.length ? [] : parseLdPaths(top.rpath, file)

  // `chain` holds the RPATHs of the loaders above the object being resolved, nearest first.
  const visit = (obj: string, info: ElfInfo, chain: string[][]): string[] => {
    const runpath = obj === file ? topRunpath : parseLdPaths(info.runpath, obj)
    const rpath = obj === file ? topRpath : runpath.length ? [] : parseLdPaths(info.rpath, obj)
    const rpaths = runpath.length ? [] : [rpath, ...chain].flat()
    const search = dedupe([...rpaths, ...runpath, ...base.env, ...topRunpath, ...base.conf, ...interpDirs])
    const kept: string[] = []
    for (const soname of info.needed) {
      if (matchesAny(soname, excludes)) continue
      kept.push(soname)
      if (libraries.has(soname)) continue
      if (LIBPYTHON_RE.test(soname)) {
        libraries.set(soname, { soname, path: null, realpath: null, platform: null, needed: [] })
        continue
      }
      const found = findLib(soname, search, platform, cache)
      if (found && matchesAny(found.realpath, excludes)) {
        kept.pop()
        continue
      }
      const entry: DynamicLibrary = {
        soname,
        path: found?.path ?? null,
        realpath: found?.realpath ?? null,
        platform: found ? elfPlatform(found.info) : null,
        needed: []
      }
      libraries.set(soname, entry)
      if (found) entry.needed = visit(found.realpath, found.info, [rpath, ...chain])
    }
    return kept
  }
  const needed = visit(file, top, [])
  return { path: file, interpreter: top.interpreter, libc, platform, needed, rpath: topRpath, runpath: topRunpath, libraries }
}

function findLib(soname: string, dirs: readonly string[], want: ElfPlatform, cache: ElfCache): { path: string; realpath: string; info: ElfInfo } | null {
  for (const dir of dirs) {
    const p = path.join(dir, soname)
    const real = resolveLink(p)
    let info: ElfInfo
    try {
      if (!fs.statSync(real).isFile()) continue
      info = cache.read(real)
    } catch {
      continue
    }
    if (platformsCompatible(want, elfPlatform(info))) return { path: p, realpath: real, info }
  }
  return null
}
