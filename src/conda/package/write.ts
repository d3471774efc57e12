/**
 * Writing a package from a staged tree (info/ and the payload under one folder), reproducibly:
 * entries sorted, owners zeroed, one mtime (SOURCE_DATE_EPOCH), modes 0644/0755 (the archive module's
 * tar writer), and for `.conda` one zip date.
 *   .conda (CEP 35 v2): a stored zip of metadata.json, pkg-<stem>.tar.zst, info-<stem>.tar.zst, in that
 *     order (cph and rattler put info last); the inner names must equal the file's stem.
 *   .tar.bz2 (v1): one tar, info/ first, compressed by the system's bzip2 (argv, no shell).
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { packTar } from '../../archive/tar.js'
import { writeZip } from '../../archive/zip.js'
import { runOrThrow } from '../../lib/exec.js'
import type { PayloadFile } from '../post/process.js'

export const PACKAGE_FORMATS = ['conda', 'tar.bz2'] as const
export type PackageFormat = (typeof PACKAGE_FORMATS)[number]

/** Accepted levels and the default of each format (conda-build: zstd 19, bzip2 9). */
export const LEVELS: Readonly<Record<PackageFormat, { min: number; max: number; default: number }>> = {
  conda: { min: 1, max: 22, default: 19 },
  'tar.bz2': { min: 1, max: 9, default: 9 }
}

export interface WriteOptions {
  readonly format: PackageFormat
  readonly level: number
  /** Seconds since 1970 for every member. */
  readonly mtime: number
}

const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/** Hard-link (or copy) the payload into `stage`, symlinks recreated; returns the payload paths, sorted. */
export function stagePayload(stage: string, files: readonly PayloadFile[]): string[] {
  for (const f of files) {
    const to = path.join(stage, f.rel)
    fs.mkdirSync(path.dirname(to), { recursive: true })
    const st = fs.lstatSync(f.abs)
    if (st.isSymbolicLink()) fs.symlinkSync(fs.readlinkSync(f.abs), to)
    else
      try {
        fs.linkSync(f.abs, to)
      } catch {
        fs.copyFileSync(f.abs, to)
        fs.chmodSync(to, st.mode & 0o7777)
      }
  }
  return files.map(f => f.rel).sort(byName)
}

/** Write `<outDir>/<stem>.<format>`; the file appears whole (written beside, then renamed). */
export async function writePackage(
  stage: string,
  payload: readonly string[],
  info: readonly string[],
  stem: string,
  outDir: string,
  o: WriteOptions
): Promise<string> {
  const lv = LEVELS[o.format]
  if (!Number.isInteger(o.level) || o.level < lv.min || o.level > lv.max)
    throw new Error(`compression level ${o.level} is out of range for ${o.format}: ${lv.min}..${lv.max}`)
  fs.mkdirSync(outDir, { recursive: true })
  const out = path.join(outDir, `${stem}.${o.format}`)
  const tmp = path.join(outDir, `.${stem}.${o.format}.tmp-${process.pid}`)
  const parts: string[] = []
  try {
    const sortedInfo = [...info].sort(byName)
    const sortedPayload = [...payload].sort(byName)
    if (o.format === 'conda') {
      const pkgTar = `${tmp}.pkg`
      const infoTar = `${tmp}.info`
      parts.push(pkgTar, infoTar)
      await Promise.all([
        packTar(stage, sortedPayload, pkgTar, { mtime: o.mtime, zstdLevel: o.level }),
        packTar(stage, sortedInfo, infoTar, { mtime: o.mtime, zstdLevel: o.level })
      ])
      const zip = writeZip(
        [
          { name: 'metadata.json', data: Buffer.from(JSON.stringify({ conda_pkg_format_version: 2 })) },
          { name: `pkg-${stem}.tar.zst`, data: fs.readFileSync(pkgTar) },
          { name: `info-${stem}.tar.zst`, data: fs.readFileSync(infoTar) }
        ],
        new Date(o.mtime * 1000),
        0
      )
      fs.writeFileSync(tmp, zip)
    } else {
      const tar = `${tmp}.tar`
      parts.push(tar, `${tar}.bz2`)
      await packTar(stage, [...sortedInfo, ...sortedPayload], tar, { mtime: o.mtime, zstdLevel: 0 })
      await runOrThrow(['bzip2', '-z', '-f', `-${o.level}`, tar], { silent: true, hint: 'install bzip2 (apt-get install bzip2) or use the .conda format' })
      fs.renameSync(`${tar}.bz2`, tmp)
    }
    fs.renameSync(tmp, out)
    return out
  } finally {
    for (const p of [tmp, ...parts]) fs.rmSync(p, { force: true })
  }
}
