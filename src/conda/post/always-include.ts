/**
 * build/always_include_files as conda-build expands it (metadata.always_include_files -> utils.expand_globs)
 * over the host prefix's files: an entry naming a file or a symlink (a symlinked folder too) takes it; an entry
 * naming a real folder (`sysroot/` or `sysroot`) takes every file and symlink under it, a symlinked folder
 * inside it as the link itself (os.walk does not follow it); anything else is a glob. A trailing `/` on a
 * symlink follows it in conda-build, to paths the prefix's listing does not hold: nothing is taken.
 * Pure: `files` is the prefix's listing (post/files.ts listFiles: files and symlinks, folders walked).
 */
import { matchesAny } from './glob.js'

/** The prefix paths the always_include_files `entries` name, sorted. */
export function alwaysIncluded(files: readonly string[], entries: readonly string[]): string[] {
  const listed = new Set(files)
  const out = new Set<string>()
  for (const entry of entries) {
    const slash = entry.endsWith('/')
    const rel = entry.replace(/^\.\//, '').replace(/\/+$/, '')
    if (!rel) continue
    if (listed.has(rel)) {
      if (!slash) out.add(rel)
      continue
    }
    const under = files.filter(f => f.startsWith(`${rel}/`))
    const chosen = under.length ? under : files.filter(f => matchesAny(f, [rel]))
    for (const f of chosen) out.add(f)
  }
  return [...out].sort()
}
