/** `cache-paths`: which of a tree's outputs an entry keeps. Pure. */
import * as path from 'node:path'

/** Why a glob cannot be used (undefined when it can). */
export function checkGlob(glob: string): string | undefined {
  if (glob === '') return 'is empty'
  if (glob.startsWith('/')) return 'is absolute'
  if (glob.split('/').includes('..')) return "leaves the tree ('..')"
  if (glob.includes('\0')) return 'holds a NUL byte'
  return undefined
}

/** Does rel match glob? A glob without wildcards also matches everything under that folder. */
export function matchesCachePath(rel: string, glob: string): boolean {
  const g = glob.replace(/^\.\//, '').replace(/\/+$/, '')
  if (g === '' || g === '.') return true
  if (rel === g || rel.startsWith(`${g}/`)) return true
  return path.posix.matchesGlob(rel, g) || path.posix.matchesGlob(rel, `${g}/**`)
}

/** The outputs an entry keeps: all of them without globs, else those matching any glob. */
export function selectCachePaths(outputs: readonly string[], globs: readonly string[]): string[] {
  if (globs.length === 0) return [...outputs]
  return outputs.filter(rel => globs.some(g => matchesCachePath(rel, g)))
}
