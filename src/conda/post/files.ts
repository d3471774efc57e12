/**
 * Which files the build added: every file and symlink under the host prefix after the script minus
 * those before it, without conda's own folders (conda-meta, .condatrash, .git) or files that must
 * never ship (share/info/dir, easy-install.pth, *.pyo, macOS's .DS_Store). Paths are relative,
 * `/`-separated, sorted.
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { walkTree } from '../../cache/walk.js'

// info/ is listed like any folder: a build's files there are payload, as in conda-build (package/info-paths.ts)
const SKIP_TOP = new Set(['conda-meta', '.condatrash', '.git'])

/**
 * Every file and symlink under `root` (and whatever else is not a folder), relative and sorted
 * (folders are walked, not listed). Read as bytes: a name that is not UTF-8 cannot be named in a
 * package's paths.json, and is refused here with its bytes escaped, instead of failing later on a
 * mangled name.
 */
export function listFiles(root: string): string[] {
  if (!fs.existsSync(root)) return []
  const entries = walkTree(root, rel => !rel.includes('/') && SKIP_TOP.has(rel))
  const bad = entries.filter(e => !e.utf8).map(e => `'${e.rel}'`)
  if (bad.length)
    throw new Error(
      `${root} holds ${bad.length} file(s) whose names are not UTF-8 (shown with \\xNN escapes): ${bad.slice(0, 5).join(', ')}` +
        `${bad.length > 5 ? ` and ${bad.length - 5} more` : ''}; a conda package names its files in UTF-8: rename them in the build script`
    )
  return entries.map(e => e.rel)
}

/** Files that are never packaged (conda-build's post_process removals); the caller deletes them. */
export function isDropped(rel: string, preserveEggDir: boolean): boolean {
  if (rel === 'share/info/dir' || rel.endsWith('.pyo')) return true
  // Finder's folder settings: conda-build filters them out of every package
  if (path.posix.basename(rel) === '.DS_Store') return true
  if (!preserveEggDir && path.posix.basename(rel) === 'easy-install.pth') return true
  return false
}

/** The files the build added (see the module's comment). */
export function newFiles(before: ReadonlySet<string>, after: readonly string[]): string[] {
  return after.filter(f => !before.has(f))
}
