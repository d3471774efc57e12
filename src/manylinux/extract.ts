/**
 * Put a wheel's ELF members on disk (in a private temporary directory) so their dependency trees
 * can be resolved with `$ORIGIN` as the loader would, and so patchelf can edit them.
 */
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { openWheel, peekMember, readMember, type WheelArchive } from './wheel-file.js'

export interface ExtractedWheel {
  archive: WheelArchive
  /** Real path of the directory the members were written under. */
  dir: string
  /** Wheel-relative names of the members that start with the ELF magic. */
  elfMembers: string[]
  /** Members not written to disk (kept in memory), by name. */
  others: Map<string, Buffer>
  /** Unix modes by member name. */
  modes: Map<string, number>
  cleanup(): void
}

function isElfMagic(b: Uint8Array): boolean {
  return b.length >= 4 && b[0] === 0x7f && b[1] === 0x45 && b[2] === 0x4c && b[3] === 0x46
}

/**
 * Open and extract: ELF members to disk, everything else in memory (`.py` files are never ELF).
 * With `elfOnly`, other members are only sniffed, not kept (what an audit needs).
 */
export function extractWheel(file: string, opts: { elfOnly?: boolean; tmpRoot?: string } = {}): ExtractedWheel {
  const tmpRoot = opts.tmpRoot ?? os.tmpdir()
  const archive = openWheel(file)
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(tmpRoot, 'audit-')))
  const elfMembers: string[] = []
  const others = new Map<string, Buffer>()
  const modes = new Map<string, number>()
  try {
    for (const e of archive.entries) {
      if (e.isDirectory) {
        fs.mkdirSync(path.join(dir, e.name), { recursive: true })
        continue
      }
      const target = path.join(dir, e.name)
      fs.mkdirSync(path.dirname(target), { recursive: true })
      modes.set(e.name, e.mode & 0o7777)
      if (opts.elfOnly && (e.name.endsWith('.py') || !isElfMagic(peekMember(archive, e, 4)))) continue
      const data = readMember(archive, e)
      if (!e.name.endsWith('.py') && isElfMagic(data)) {
        fs.writeFileSync(target, data, { mode: (e.mode & 0o777) | 0o600 })
        elfMembers.push(e.name)
      } else others.set(e.name, data)
    }
  } catch (err) {
    fs.rmSync(dir, { recursive: true, force: true })
    throw err
  }
  return { archive, dir, elfMembers, others, modes, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) }
}
