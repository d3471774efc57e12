/** A tree's files: which are sources (for the key) and which a build produced (for the cache). */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { run } from '../lib/exec.js'

const SKIP_DIRS = new Set(['.git', '.hg', '.svn', 'node_modules'])

/** Every file and symlink under root (relative paths), skipping version-control folders. */
export function walkFiles(root: string): string[] {
  const out: string[] = []
  const visit = (rel: string): void => {
    for (const e of fs.readdirSync(path.join(root, rel), { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name)) visit(r)
      } else if (e.isFile() || e.isSymbolicLink()) out.push(r)
    }
  }
  visit('')
  return out.sort()
}

/**
 * The source files of a tree: in a git work tree, the tracked and the untracked-but-not-ignored
 * files (so build products listed in .gitignore never change the key); elsewhere every file.
 */
export async function sourceFiles(root: string): Promise<string[]> {
  const r = await run(['git', '-C', root, 'ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    silent: true
  }).catch(() => undefined)
  if (r && r.exitCode === 0) {
    const files = r.stdout.split('\0').filter(Boolean)
    return [...new Set(files)].filter(f => fs.existsSync(path.join(root, f))).sort()
  }
  return walkFiles(root)
}

export type Snapshot = ReadonlyMap<string, string>

/** Size, mtime and inode of every file: enough to see what a build wrote. */
export function snapshot(root: string): Snapshot {
  const m = new Map<string, string>()
  for (const rel of walkFiles(root)) {
    const st = fs.lstatSync(path.join(root, rel))
    m.set(rel, `${st.size}:${st.mtimeMs}:${st.ino}`)
  }
  return m
}

/** Files that are new or changed in `after` compared with `before`. */
export function changedFiles(before: Snapshot, after: Snapshot): string[] {
  return [...after.entries()].filter(([rel, sig]) => before.get(rel) !== sig).map(([rel]) => rel)
}
