/**
 * Which files the build added: every file and symlink under the host prefix after the script minus
 * those before it, without conda's own folders (conda-meta, .condatrash, .git) or files that must
 * never ship (share/info/dir, easy-install.pth, *.pyo). Paths are relative, `/`-separated, sorted.
 */
import * as fs from 'node:fs'
import * as path from 'node:path'

const SKIP_TOP = new Set(['conda-meta', '.condatrash', '.git', 'info'])

/** Every file and symlink under `root`, relative and sorted (folders are walked, not listed). */
export function listFiles(root: string): string[] {
  const out: string[] = []
  const walk = (rel: string): void => {
    const dir = rel ? path.join(root, rel) : root
    for (const d of fs.readdirSync(dir, { withFileTypes: true })) {
      const r = rel ? `${rel}/${d.name}` : d.name
      if (!rel && SKIP_TOP.has(d.name)) continue
      if (d.isDirectory()) walk(r)
      else out.push(r)
    }
  }
  if (fs.existsSync(root)) walk('')
  return out.sort()
}

/** Files that are never packaged (conda-build's post_process removals); the caller deletes them. */
export function isDropped(rel: string, preserveEggDir: boolean): boolean {
  if (rel === 'share/info/dir' || rel.endsWith('.pyo')) return true
  if (!preserveEggDir && path.posix.basename(rel) === 'easy-install.pth') return true
  return false
}

/** The files the build added (see the module's comment). */
export function newFiles(before: ReadonlySet<string>, after: readonly string[]): string[] {
  return after.filter(f => !before.has(f))
}
