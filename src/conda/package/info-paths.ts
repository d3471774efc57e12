/**
 * Files a build writes under $PREFIX/info/ are payload, as in conda-build (its prefix_files walk takes info/
 * like any folder): listed in info/files and paths.json, stored in the archive's info part (conda-package-handling
 * puts every `info/` path there) and linked into the prefix on install. The names that are a package's own
 * metadata (conda-build's filter_info_files, plus the package cache's info/repodata_record.json) cannot be
 * build files: conda-build would write its metadata over them and still list them as payload, so they are
 * refused here, before packaging.
 */

const RESERVED_FILES = new Set([
  'index.json',
  'files',
  'paths.json',
  'about.json',
  'has_prefix',
  'hash_input_files',
  'hash_input.json',
  'run_exports.yaml',
  'run_exports.json',
  'git',
  'recipe_log.json',
  'recipe.tar',
  'LICENSE.txt',
  'requires',
  'meta',
  'platform',
  'no_link',
  'link.json',
  'icon.png',
  'repodata_record.json'
])
const RESERVED_FOLDERS = ['recipe', 'test', 'licenses', 'prelink_messages']

/** Whether a package path is under info/ (stored in the archive's info part). */
export const isInfoPath = (rel: string): boolean => rel.startsWith('info/')

/** Whether a package path is one of the names a package's own metadata uses. */
export function isReservedInfoPath(rel: string): boolean {
  if (!isInfoPath(rel)) return false
  const inner = rel.slice('info/'.length)
  return RESERVED_FILES.has(inner) || RESERVED_FOLDERS.some(d => inner === d || inner.startsWith(`${d}/`))
}

/** Refuse build files at metadata names of info/, all of them in one error that says what to do (the caller names the package). */
export function refuseReservedInfoPaths(files: readonly string[]): void {
  const bad = files.filter(isReservedInfoPath)
  if (!bad.length) return
  throw new Error(
    `the build wrote ${bad.map(f => `$PREFIX/${f}`).join(', ')}, where the package's own metadata goes ` +
      `(info/${[...RESERVED_FILES].slice(0, 4).join(', info/')}, info/recipe/, info/test/, ...): a package cannot hold both; ` +
      'write the file under another name in $PREFIX/info/, or elsewhere in $PREFIX (share/<name>/ for example)'
  )
}
