/**
 * A conda package in the package cache: `<pkgs>/<fn>` extracted to `<pkgs>/<name-version-build>/`.
 * `.tar.bz2` is one tar; `.conda` is a stored zip holding `info-*.tar.zst` and `pkg-*.tar.zst`
 * (matched by the start of their base names, as rattler does, so a package re-zipped with its parts
 * under a folder still reads). Both go through the archive module's tar reader (no entry
 * may escape, no link may point out); the payload is then checked against `info/paths.json` (size
 * and sha256 of each file, symlinks being symlinks) before `info/repodata_record.json` marks the
 * folder complete. A complete folder is used again by later runs.
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { openZip } from '../../archive/zip.js'
import { extractZipEntry } from '../../archive/zip-stream.js'
import { extractTar, TarError, type TarMember } from '../../archive/tar.js'
import { writeAtomically } from '../../lib/files.js'
import { type PackageInfo, readPackageInfo } from './package-info.js'
import type { RepodataRecord } from './repodata.js'

export class PackageError extends Error {
  override name = 'PackageError'
}

/** The archive's name without its extension, or null for a name that is not a conda package's. */
export function packageStem(fn: string): string | null {
  const m = /^(.+)(\.conda|\.tar\.bz2)$/.exec(fn)
  return m && m[1] && !m[1].startsWith('.') && !m[1].includes('/') ? m[1] : null
}

async function extractConda(archive: string, dest: string): Promise<TarMember[]> {
  const zip = openZip(archive)
  try {
    // by the member's base name: a package re-zipped by hand keeps its parts under a folder
    const base = (name: string): string => name.slice(name.lastIndexOf('/') + 1)
    const info = zip.entries.filter(e => /^info-.+\.tar\.zst$/.test(base(e.name)))
    const pkg = zip.entries.filter(e => /^pkg-.+\.tar\.zst$/.test(base(e.name)))
    if (info.length !== 1) throw new PackageError(`${archive}: a .conda package holds one info-*.tar.zst, this one ${info.length}`)
    if (pkg.length > 1) throw new PackageError(`${archive}: a .conda package holds at most one pkg-*.tar.zst, this one ${pkg.length}`)
    const members: TarMember[] = []
    for (const [e, part] of [...pkg.map(e => [e, 'pkg'] as const), [info[0], 'info'] as const]) {
      if (!e) continue
      const tmp = path.join(path.dirname(dest), `.${path.basename(dest)}.${part}-${process.pid}.tar.zst`)
      try {
        await extractZipEntry(zip, e, tmp)
        const got = await extractTar(tmp, dest, { allowEmpty: true }).catch((err: unknown) => {
          // named by the package and its part, not by the temporary file the part was copied to
          if (err instanceof TarError) throw new PackageError(`${archive}: ${e.name}: ${err.message.slice(err.archive.length + 2)}`)
          throw err
        })
        // the info part holds info/ only; real pkg parts may hold info/licenses/ too
        const wrong = part === 'info' && got.find(m => m.path !== 'info' && !m.path.startsWith('info/'))
        if (wrong) throw new PackageError(`${archive}: ${e.name} holds '${wrong.path}', which is not under info/`)
        members.push(...got)
      } finally {
        fs.rmSync(tmp, { force: true })
      }
    }
    return members
  } finally {
    zip.close()
  }
}

/** Extract an archive into `dest` (which must not exist): members returned, files with their sha256. */
export async function extractPackage(archive: string, dest: string): Promise<readonly TarMember[]> {
  if (archive.endsWith('.conda')) return extractConda(archive, dest)
  if (archive.endsWith('.tar.bz2')) return extractTar(archive, dest, { allowEmpty: true })
  throw new PackageError(`${archive}: not a conda package (.conda or .tar.bz2)`)
}

/** Problems of an extracted payload against the paths it declares; empty when it matches. */
export function payloadProblems(info: PackageInfo, members: readonly TarMember[]): string[] {
  const byPath = new Map(members.map(m => [m.path, m]))
  const out: string[] = []
  for (const p of info.paths) {
    const m = byPath.get(p._path)
    if (p.path_type === 'directory') continue
    if (!m) out.push(`'${p._path}' is declared but not in the archive`)
    else if (p.path_type === 'softlink' && m.type !== 'symlink') out.push(`'${p._path}' is declared a softlink but is a ${m.type}`)
    else if (p.path_type === 'hardlink' && m.type !== 'file') out.push(`'${p._path}' is declared a file but is a ${m.type}`)
    else if (p.path_type === 'hardlink' && p.sha256 && m.sha256 !== p.sha256) out.push(`'${p._path}' has sha256 ${m.sha256}, paths.json says ${p.sha256}`)
    else if (p.path_type === 'hardlink' && typeof p.size_in_bytes === 'number' && m.size !== p.size_in_bytes)
      out.push(`'${p._path}' has ${m.size} bytes, paths.json says ${p.size_in_bytes}`)
  }
  return out
}

export interface Extracted {
  readonly dir: string
  readonly info: PackageInfo
  readonly cached: boolean
}

const MARKER = 'info/repodata_record.json'

/** `<pkgs>/<stem>/`, extracted from `archive` now or found complete from an earlier run. */
export async function ensureExtracted(archive: string, record: RepodataRecord & { fn: string }, pkgsDir: string): Promise<Extracted> {
  const stem = packageStem(record.fn)
  if (!stem) throw new PackageError(`'${record.fn}' is not a conda package's file name (<name>-<version>-<build>.conda or .tar.bz2)`)
  const dir = path.join(pkgsDir, stem)
  try {
    const marker = JSON.parse(fs.readFileSync(path.join(dir, MARKER), 'utf8')) as RepodataRecord
    if (marker.fn === record.fn && (marker.sha256 ?? marker.md5) === (record.sha256 ?? record.md5) && (record.sha256 || record.md5))
      return { dir, info: readPackageInfo(dir), cached: true }
  } catch {
    // not there, or not complete: extract again
  }
  const tmp = path.join(pkgsDir, `.${stem}.extract-${process.pid}`)
  fs.rmSync(tmp, { recursive: true, force: true })
  try {
    const members = await extractPackage(archive, tmp)
    let info: PackageInfo
    try {
      info = readPackageInfo(tmp)
    } catch (e) {
      throw new PackageError(`${record.fn}: ${(e as Error).message}`)
    }
    const problems = payloadProblems(info, members)
    if (problems.length) throw new PackageError(`${record.fn} does not match its own info/paths.json: ${problems.slice(0, 5).join('; ')}`)
    writeAtomically(path.join(tmp, MARKER), `${JSON.stringify(record, null, 2)}\n`)
    fs.rmSync(dir, { recursive: true, force: true })
    fs.renameSync(tmp, dir)
    return { dir, info: readPackageInfo(dir), cached: false }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true })
  }
}
