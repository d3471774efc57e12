/** The source entries of a rendered recipe as typed plans: url (with mirrors and hashes), git, hg, or path. */
import * as path from 'node:path'
import { pathToFileURL } from 'node:url'
import { RecipeError } from '../recipe/location.js'
import type { Value } from '../recipe/yaml.js'
import { isDict } from '../recipe/sections.js'

export const HASH_ALGORITHMS = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512'] as const
export type HashAlgorithm = (typeof HASH_ALGORITHMS)[number]

/** Hex digits of each digest: a recipe hash of another shape is a typo (and never a cache path or key). */
export const HASH_HEX_LENGTH: Readonly<Record<HashAlgorithm, number>> = { md5: 32, sha1: 40, sha224: 56, sha256: 64, sha384: 96, sha512: 128 }

interface Common {
  /** Subfolder of the work directory ('' = the work directory itself). */
  readonly folder: string
  /** Patch files (absolute). */
  readonly patches: readonly string[]
}

export interface UrlSource extends Common {
  readonly kind: 'url'
  /** Mirrors, tried in order. */
  readonly urls: readonly string[]
  /** File name in the cache (fn, else the last part of the first URL). */
  readonly fn: string
  readonly hashes: Partial<Record<HashAlgorithm, string>>
  readonly noHoist: boolean
}

export interface GitSource extends Common {
  readonly kind: 'git'
  readonly url: string
  /** Tag, branch or commit ('' = the default branch). */
  readonly rev: string
  /** Shallow clone depth (-1 = full). */
  readonly depth: number
}

export interface HgSource extends Common {
  readonly kind: 'hg'
  readonly url: string
  /** hg_tag ('' = tip). */
  readonly rev: string
}

export interface PathSource extends Common {
  readonly kind: 'path'
  readonly path: string
}

export type SourceSpec = UrlSource | GitSource | HgSource | PathSource

const str = (v: Value | undefined): string => (typeof v === 'string' ? v.trim() : '')

const SCHEME = /^[a-z][a-z0-9+.-]*:/i

/**
 * A source URL as conda-build reads it: one without a scheme (`../archives/a.tar.bz2`, `ver470.zip`) names
 * a file relative to the recipe folder, and becomes a file: URL.
 */
export function sourceUrl(url: string, recipeDir: string): string {
  if (SCHEME.test(url) && !/^[a-z]:[\\/]/i.test(url)) return url
  return pathToFileURL(path.resolve(recipeDir, url)).href
}

/** Plans for a recipe's `source` (one mapping or a list); paths relative to the recipe directory. */
export function sourceSpecs(source: Value | undefined, recipeDir: string): SourceSpec[] {
  if (source === undefined || source === null) return []
  const entries = Array.isArray(source) ? source : [source]
  return entries.filter(isDict).map(e => {
    const folder = str(e.folder)
    if (folder && (path.isAbsolute(folder) || folder.split(/[\\/]/).includes('..')))
      throw new RecipeError(`source/folder '${folder}' must stay inside the work directory`)
    const patches = (Array.isArray(e.patches) ? e.patches : typeof e.patches === 'string' ? [e.patches] : [])
      .filter((p): p is string => typeof p === 'string')
      .map(p => path.resolve(recipeDir, p))
    const common = { folder, patches }
    if (e.url !== undefined && e.url !== null) {
      const urls = (Array.isArray(e.url) ? e.url : [e.url])
        .filter((u): u is string => typeof u === 'string' && u.trim() !== '')
        .map(u => sourceUrl(u.trim(), recipeDir))
      if (!urls.length) throw new RecipeError('source/url is empty')
      const hashes: Partial<Record<HashAlgorithm, string>> = {}
      for (const a of HASH_ALGORITHMS) {
        const h = str(e[a]).toLowerCase()
        if (!h) continue
        if (!new RegExp(`^[0-9a-f]{${HASH_HEX_LENGTH[a]}}$`).test(h))
          throw new RecipeError(`source/${a} '${h}' is not ${HASH_HEX_LENGTH[a]} hex digits; copy the ${a} of the tarball again`)
        hashes[a] = h
      }
      const fn = str(e.fn) || decodeURIComponent(new URL(urls[0]).pathname.split('/').pop() || 'source')
      if (fn.includes('/') || fn.includes('\\') || fn === '..' || fn === '.') throw new RecipeError(`source/fn '${fn}' must be a plain file name`)
      return { kind: 'url', urls, fn, hashes, noHoist: e.no_hoist === true, ...common }
    }
    if (str(e.git_url)) {
      const depth = str(e.git_depth) ? parseInt(str(e.git_depth), 10) : -1
      const rev = str(e.git_rev) || str(e.git_tag) || str(e.git_branch)
      const url = str(e.git_url)
      const local = !/^[a-z][a-z0-9+.-]*:\/\//i.test(url) && !/^[\w.-]+@[\w.-]+:/.test(url)
      return { kind: 'git', url: local ? path.resolve(recipeDir, url) : url, rev, depth, ...common }
    }
    if (str(e.path)) return { kind: 'path', path: path.resolve(recipeDir, str(e.path)), ...common }
    if (str(e.hg_url)) {
      const url = str(e.hg_url)
      return { kind: 'hg', url: SCHEME.test(url) ? url : path.resolve(recipeDir, url), rev: str(e.hg_tag), ...common }
    }
    if (e.svn_url) throw new RecipeError('svn_url sources are not supported; use url, git_url, hg_url or path')
    throw new RecipeError('a source entry needs url, git_url or path')
  })
}
