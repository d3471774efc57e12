/**
 * Walking a tree as bytes: every file, symlink and special file (FIFO, socket, device) under a
 * root, with names that are not UTF-8 kept apart (escaped, see src/lib/names.ts) instead of
 * mangled. Nothing is opened: the kinds come from the folder entries (lstat's view), so a FIFO is
 * never read and a walk never blocks.
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { escapeBytes, utf8Name } from '../lib/names.js'

export type EntryKind = 'file' | 'symlink' | 'FIFO' | 'socket' | 'character device' | 'block device' | 'unknown'

export interface WalkEntry {
  /** Relative, `/`-separated; escaped when `utf8` is false. */
  readonly rel: string
  /** Whether every part of the path is UTF-8 (only then does `rel` name the file). */
  readonly utf8: boolean
  readonly kind: EntryKind
}

function kindOf(e: fs.Dirent<Buffer>): EntryKind | 'dir' {
  if (e.isDirectory()) return 'dir'
  if (e.isFile()) return 'file'
  if (e.isSymbolicLink()) return 'symlink'
  if (e.isFIFO()) return 'FIFO'
  if (e.isSocket()) return 'socket'
  if (e.isCharacterDevice()) return 'character device'
  if (e.isBlockDevice()) return 'block device'
  return 'unknown'
}

/**
 * Every entry under root but folders, sorted by `rel`. `skip(rel, isDir)` leaves an entry (and a
 * folder's contents) out; it sees UTF-8 paths only (a folder whose name is not UTF-8 is walked).
 */
export function walkTree(root: string, skip: (rel: string, isDir: boolean) => boolean): WalkEntry[] {
  const out: WalkEntry[] = []
  const visit = (dir: Buffer, rel: Buffer, utf8: boolean): void => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true, encoding: 'buffer' })) {
      const relBytes = rel.length ? Buffer.concat([rel, Buffer.from('/'), e.name]) : e.name
      const name = utf8 ? utf8Name(relBytes) : undefined
      const kind = kindOf(e)
      if (name !== undefined && skip(name, kind === 'dir')) continue
      if (kind === 'dir') visit(Buffer.concat([dir, Buffer.from(path.sep), e.name]), relBytes, name !== undefined)
      else out.push({ rel: name ?? escapeBytes(relBytes), utf8: name !== undefined, kind })
    }
  }
  visit(Buffer.from(root), Buffer.alloc(0), true)
  return out.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0))
}

/** Why an entry cannot go into a cache entry or a package, or undefined when it can. */
export function whyUnsavable(e: WalkEntry): string | undefined {
  if (!e.utf8) return `'${e.rel}' has a name that is not UTF-8 (shown with \\xNN escapes)`
  if (e.kind !== 'file' && e.kind !== 'symlink') return `'${e.rel}' is a ${e.kind}`
  return undefined
}
