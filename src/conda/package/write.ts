/**
 * Writing a package from the post-processed payload (read where it lies in $PREFIX) and its info/
 * (written under a staging folder), reproducibly: entries sorted, owners zeroed, one mtime
 * (SOURCE_DATE_EPOCH), modes 0644/0755 (the archive module's tar writer), and for `.conda` one zip
 * date; zstd's multi-threaded output does not depend on the number of CPUs.
 *   .conda (CEP 35 v2): a stored zip of metadata.json, pkg-<stem>.tar.zst, info-<stem>.tar.zst, in that
 *     order (cph and rattler put info last); the inner names must equal the file's stem.
 *   .tar.bz2 (v1): one tar, info/ first, compressed by the system's bzip2 (argv, no shell).
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { tarInMemory } from '../../archive/tar-write.js'
import { writeZip } from '../../archive/zip.js'
import { zstdCompressOffThread } from '../../archive/zstd.js'
import { runOrThrow } from '../../lib/exec.js'
import { LEVELS, type PackageFormat } from './formats.js'
import { writeInfo, type InfoInput } from './info.js'
import { isInfoPath } from './info-paths.js'
import { payloadBytes, readPayload, streamPayload, type PayloadDigest } from './payload.js'
import type { PayloadFile } from '../post/process.js'

export { LEVELS, PACKAGE_FORMATS, type PackageFormat } from './formats.js'

export interface WriteOptions {
  readonly format: PackageFormat
  readonly level: number
  /** Seconds since 1970 for every member. */
  readonly mtime: number
  /** Largest payload packed in memory (default IN_MEMORY_BYTES); tests lower it to take the streamed path. */
  readonly inMemoryBytes?: number
}

const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/** The package file a build ends with. */
export interface WrittenPackage {
  readonly path: string
  readonly files: number
}

function checkLevel(o: WriteOptions): void {
  const lv = LEVELS[o.format]
  if (!Number.isInteger(o.level) || o.level < lv.min || o.level > lv.max)
    throw new Error(`compression level ${o.level} is out of range for ${o.format}: ${lv.min}..${lv.max}`)
}

/**
 * info/ written under `stage` (emptied first) from the payload's digests, as a tar in memory, with the build's own
 * files under info/ (`infoFiles`, payload listed in paths.json: info-paths.ts) read into it where they lie.
 */
function infoTar(j: Job, digests: ReadonlyMap<string, PayloadDigest>, end: boolean): Buffer {
  const { stage } = j
  fs.rmSync(stage, { recursive: true, force: true })
  fs.mkdirSync(stage, { recursive: true })
  const own = j.infoFiles.length ? readPayload(j.infoFiles, { mtime: j.o.mtime }).digests : new Map<string, PayloadDigest>()
  const names = writeInfo(stage, j.info, new Map([...digests, ...own]))
  const members = [...names.map(name => ({ name, abs: path.join(stage, name) })), ...j.infoFiles.map(f => ({ name: f.rel, abs: f.abs }))]
  return tarInMemory(
    members.sort((a, b) => byName(a.name, b.name)),
    { mtime: j.o.mtime, end }
  ).tar
}

/** Payloads up to this size are laid out in memory and compressed by zstd on every CPU; larger ones are streamed on one thread. */
export const IN_MEMORY_BYTES = 2 * 1024 ** 3

interface Job {
  readonly stage: string
  readonly info: InfoInput
  /** The payload outside info/ (the archive's pkg part). */
  readonly files: readonly PayloadFile[]
  /** The build's files under info/ (the archive's info part). */
  readonly infoFiles: readonly PayloadFile[]
  readonly stem: string
  readonly tmp: string
  readonly o: WriteOptions
}

async function writeConda(j: Job): Promise<void> {
  const { o } = j
  let pkgZst: Buffer
  let infoZst: Buffer
  if (payloadBytes(j.files) <= (o.inMemoryBytes ?? IN_MEMORY_BYTES)) {
    const payload = readPayload(j.files, { mtime: o.mtime })
    const pkg = zstdCompressOffThread(payload.tar, { level: o.level })
    const meta = zstdCompressOffThread(infoTar(j, payload.digests, true), { level: o.level })
    ;[pkgZst, infoZst] = await Promise.all([pkg, meta])
  } else {
    const digests = await streamPayload(j.files, `${j.tmp}.pkg`, { mtime: o.mtime, zstdLevel: o.level })
    infoZst = await zstdCompressOffThread(infoTar(j, digests, true), { level: o.level })
    pkgZst = fs.readFileSync(`${j.tmp}.pkg`)
  }
  const zip = writeZip(
    [
      { name: 'metadata.json', data: Buffer.from(JSON.stringify({ conda_pkg_format_version: 2 })) },
      { name: `pkg-${j.stem}.tar.zst`, data: pkgZst },
      { name: `info-${j.stem}.tar.zst`, data: infoZst }
    ],
    new Date(o.mtime * 1000),
    0
  )
  fs.writeFileSync(j.tmp, zip)
}

/** One tar, info/ first: the payload is streamed (and hashed) to a file before info/ can be written. */
async function writeTarBz2(j: Job): Promise<void> {
  payloadBytes(j.files)
  const digests = await streamPayload(j.files, `${j.tmp}.pkg`, { mtime: j.o.mtime, zstdLevel: 0, end: false })
  const tar = `${j.tmp}.tar`
  const fd = fs.openSync(tar, 'w')
  try {
    fs.writeSync(fd, infoTar(j, digests, false))
    const from = fs.openSync(`${j.tmp}.pkg`, 'r')
    try {
      const piece = Buffer.allocUnsafe(16 << 20)
      for (let n; (n = fs.readSync(from, piece, 0, piece.length, null)) > 0;) fs.writeSync(fd, piece, 0, n)
    } finally {
      fs.closeSync(from)
    }
    fs.writeSync(fd, Buffer.alloc(1024))
  } finally {
    fs.closeSync(fd)
  }
  await runOrThrow(['bzip2', '-z', '-f', `-${j.o.level}`, tar], { silent: true, hint: 'install bzip2 (apt-get install bzip2) or use the .conda format' })
  fs.renameSync(`${tar}.bz2`, j.tmp)
}

/**
 * Write `<outDir>/<stem>.<format>` from the post-processed payload and the info it is described by.
 * The payload is read once (lstat first: FIFOs, sockets and devices are refused with their paths),
 * hashed for paths.json on the way; for `.conda` its zstd runs on every CPU in a worker thread while
 * info/ is written and compressed. The file appears whole (written beside, then renamed).
 */
export async function writePackage(stage: string, info: InfoInput, stem: string, outDir: string, o: WriteOptions): Promise<WrittenPackage> {
  checkLevel(o)
  const all = [...info.files].sort((a, b) => byName(a.rel, b.rel))
  const files = all.filter(f => !isInfoPath(f.rel))
  const infoFiles = all.filter(f => isInfoPath(f.rel))
  payloadBytes(infoFiles)
  fs.mkdirSync(outDir, { recursive: true })
  const out = path.join(outDir, `${stem}.${o.format}`)
  const tmp = path.join(outDir, `.${stem}.${o.format}.tmp-${process.pid}`)
  try {
    await (o.format === 'conda' ? writeConda : writeTarBz2)({ stage, info, files, infoFiles, stem, tmp, o })
    fs.renameSync(tmp, out)
    return { path: out, files: all.length }
  } finally {
    for (const p of [tmp, `${tmp}.pkg`, `${tmp}.tar`, `${tmp}.tar.bz2`]) fs.rmSync(p, { force: true })
  }
}
