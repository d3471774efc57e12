/**
 * Naming and placing grafted libraries: `<dist>.libs/lib<name>-<8 hex of sha256>.so.X`, and the
 * `$ORIGIN`-relative search path an ELF file needs to find them. Pure except for copyLibrary.
 */
import { createHash } from 'node:crypto'
import * as fs from 'node:fs'
import * as path from 'node:path'

/** `libfoo.so.1.2` with hash `abcd1234` → `libfoo-abcd1234.so.1.2` (unchanged if already hashed). */
export function graftedName(fileName: string, hash8: string): string {
  const dot = fileName.indexOf('.')
  const base = dot < 0 ? fileName : fileName.slice(0, dot)
  const ext = dot < 0 ? '' : fileName.slice(dot + 1)
  if (base.endsWith(`-${hash8}`)) return fileName
  return ext ? `${base}-${hash8}.${ext}` : `${base}-${hash8}`
}

export function shortHash(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex').slice(0, 8)
}

/**
 * The search path for a wheel member that now loads grafted libraries: the existing entries that
 * point inside the wheel (after expanding `$ORIGIN`), then `$ORIGIN/<relative path to libsDir>`.
 * Paths are wheel-relative, `/`-separated.
 */
export function rpathWithLibs(member: string, libsDir: string, oldRpath: string | null): string {
  const dir = path.posix.dirname(member)
  const keep: string[] = []
  for (const entry of (oldRpath ?? '').split(':')) {
    if (!entry) continue
    const m = /^\$(?:ORIGIN|\{ORIGIN\})(\/.*)?$/.exec(entry)
    if (!m) continue // absolute or other tokens point outside the wheel once installed
    const resolved = path.posix.normalize(path.posix.join(dir, m[1] ?? '.'))
    if (resolved === '..' || resolved.startsWith('../')) continue
    if (!keep.includes(entry)) keep.push(entry)
  }
  const rel = path.posix.relative(dir === '.' ? '' : dir, libsDir) || '.'
  const own = `$ORIGIN/${rel}`
  return [...keep.filter(e => e !== own), own].join(':')
}

/** Copy a library into the wheel tree under its hashed name (writable); returns the new name. */
export function copyLibrary(src: string, wheelDir: string, libsDir: string): { name: string; dest: string; fresh: boolean } {
  const data = fs.readFileSync(src)
  const name = graftedName(path.basename(src), shortHash(data))
  const destDir = path.join(wheelDir, libsDir)
  const dest = path.join(destDir, name)
  if (fs.existsSync(dest)) return { name, dest, fresh: false }
  fs.mkdirSync(destDir, { recursive: true })
  fs.writeFileSync(dest, data)
  fs.chmodSync(dest, (fs.statSync(src).mode & 0o777) | 0o200)
  return { name, dest, fresh: true }
}
