/**
 * Getting every source of a rendered recipe into the work directory: downloads through the cache,
 * git and Mercurial clones, local paths copied; each into its folder; then its patches. Returns the
 * GIT_* (or HG_*) variables of the first source when it is a git (or Mercurial) repository.
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { fetchUrlSource } from './cache.js'
import type { DownloadOptions } from './download.js'
import { unpackSource } from './extract.js'
import { fetchGitSource, gitVars } from './git.js'
import { fetchHgSource, hgVars } from './hg.js'
import { applyPatch } from './patch.js'
import type { SourceSpec } from './spec.js'
import { RecipeError } from '../recipe/location.js'
import type { Runtime } from '../../runtime/runtime.js'

export interface FetchOptions {
  readonly workDir: string
  readonly cacheDir: string
  readonly log?: (line: string) => void
  readonly download?: DownloadOptions
  /** Where git and patch run (the host's runtime by default). */
  readonly runtime?: Runtime
}

export interface FetchResult {
  readonly workDir: string
  /** GIT_* (or HG_*) of the first source. */
  readonly gitVars: Readonly<Record<string, string>>
  /** Sources taken from the cache without the network. */
  readonly cacheHits: number
}

function inside(workDir: string, folder: string): string {
  const dest = path.resolve(workDir, folder)
  const rel = path.relative(workDir, dest)
  if (rel.startsWith('..') || path.isAbsolute(rel)) throw new RecipeError(`source/folder '${folder}' leaves the work directory`)
  return dest
}

export async function fetchSources(specs: readonly SourceSpec[], opts: FetchOptions): Promise<FetchResult> {
  const log = opts.log ?? (() => {})
  fs.mkdirSync(opts.workDir, { recursive: true })
  let vars: Readonly<Record<string, string>> = {}
  let cacheHits = 0
  for (const [i, src] of specs.entries()) {
    const dest = inside(opts.workDir, src.folder)
    if (src.kind === 'url') {
      const got = await fetchUrlSource(src, opts.cacheDir, { log, ...opts.download })
      if (got.cached) cacheHits++
      await unpackSource(got.file, src.fn, dest, src.noHoist)
    } else if (src.kind === 'git') {
      const v = await fetchGitSource(src, dest, log, opts.runtime)
      if (i === 0) vars = v as Record<string, string>
    } else if (src.kind === 'hg') {
      const v = await fetchHgSource(src, dest, log, opts.runtime)
      if (i === 0) vars = v
    } else {
      if (!fs.existsSync(src.path)) throw new RecipeError(`source/path ${src.path} does not exist`)
      log(`path: copying ${src.path}`)
      const work = path.resolve(opts.workDir)
      fs.cpSync(src.path, dest, {
        recursive: true,
        verbatimSymlinks: true,
        // a path source that holds the work directory (a recipe inside its project) must not copy it into itself
        filter: from => !path.resolve(from).startsWith(work + path.sep) && path.resolve(from) !== work
      })
      if (i === 0 && fs.existsSync(path.join(dest, '.git'))) vars = (await gitVars(dest, opts.runtime)) as Record<string, string>
      else if (i === 0 && fs.existsSync(path.join(dest, '.hg'))) vars = await hgVars(dest, opts.runtime)
    }
    for (const p of src.patches) await applyPatch(p, dest, log, opts.runtime)
  }
  return { workDir: opts.workDir, gitVars: vars, cacheHits }
}
