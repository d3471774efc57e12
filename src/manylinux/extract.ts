/**
 * Put a wheel's members on disk (in a private temporary directory) so their dependency trees can
 * be resolved with `$ORIGIN` as the loader would, and so patchelf can edit them. Members are
 * streamed from the archive (src/archive/zip-stream.ts), never held whole in memory, and the
 * directory is removed when extraction fails.
 */
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import type { ZipLimits } from '../archive/zip.js'
import { extractZipEntry, readZipEntryHead } from '../archive/zip-stream.js'
import { openWheel, type WheelArchive } from './wheel-file.js'

/** How this process's extraction directories are named under the temp dir (the pid tells whose a leftover was). */
export const EXTRACT_PREFIX = `bw-wheel-${process.pid}-`

export interface ExtractedWheel {
  /** The wheel's checked directory (its descriptor already closed). */
  archive: WheelArchive
  /** Real path of the directory the members were written under. */
  dir: string
  /** Wheel-relative names of the members that start with the ELF magic. */
  elfMembers: string[]
  /** Unix modes of the files by member name, as the archive records them (0 when it does not). */
  modes: Map<string, number>
  /** Remove the directory (again is harmless). */
  cleanup(): void
}

export interface ExtractOptions {
  /** Only ELF members are written (what an audit needs); others are sniffed and left. */
  elfOnly?: boolean
  tmpRoot?: string
  limits?: Partial<ZipLimits>
}

function isElfMagic(b: Uint8Array): boolean {
  return b.length >= 4 && b[0] === 0x7f && b[1] === 0x45 && b[2] === 0x4c && b[3] === 0x46
}

function fileHead(file: string, n: number): Buffer {
  const fd = fs.openSync(file, 'r')
  try {
    const b = Buffer.alloc(n)
    return b.subarray(0, fs.readSync(fd, b, 0, n, 0))
  } finally {
    fs.closeSync(fd)
  }
}

/** Open, check and extract: every file to disk, or with `elfOnly` the ELF ones (`.py` files are never ELF). */
export async function extractWheel(file: string, opts: ExtractOptions = {}): Promise<ExtractedWheel> {
  const archive = openWheel(file, opts.limits)
  const elfMembers: string[] = []
  const modes = new Map<string, number>()
  let dir: string | null = null
  try {
    dir = fs.realpathSync(fs.mkdtempSync(path.join(opts.tmpRoot ?? os.tmpdir(), EXTRACT_PREFIX)))
    for (const e of archive.entries) {
      // Names are checked (relative, no `..`, no file that is also a parent) and nothing here
      // makes links, so every target lies inside `dir` and none exists yet.
      const target = path.join(dir, e.name)
      if (e.isDirectory) {
        fs.mkdirSync(target, { recursive: true })
        continue
      }
      fs.mkdirSync(path.dirname(target), { recursive: true })
      modes.set(e.name, e.mode & 0o7777)
      const py = e.name.endsWith('.py')
      if (opts.elfOnly && (py || !isElfMagic(await readZipEntryHead(archive.zip, e, 4)))) continue
      await extractZipEntry(archive.zip, e, target, (e.mode & 0o777) | 0o600)
      if (!py && isElfMagic(fileHead(target, 4))) elfMembers.push(e.name)
    }
  } catch (err) {
    if (dir) fs.rmSync(dir, { recursive: true, force: true })
    throw err
  } finally {
    archive.zip.close()
  }
  const where = dir
  return { archive, dir: where, elfMembers, modes, cleanup: () => fs.rmSync(where, { recursive: true, force: true }) }
}
