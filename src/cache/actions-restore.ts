/**
 * Restoring from the GitHub Actions cache without @actions/cache's `restoreCache`, which unpacks
 * the downloaded archive with `tar -P` into the workspace before anything could check it. Here the
 * entry is looked up as the toolkit looks it up (actions-lookup.ts), downloaded into a private
 * folder (actions-download.ts), and the toolkit's archive (a tar, zstd or gzip, of the staged
 * folder, its members named relative to the workspace) is read with the suite's own tar reader
 * into that folder, refusing escapes, links out, devices and bombs. Only the staged entry file is
 * taken from it; the caller then reads that file with the verifying entry reader.
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { extractTar, TarError, type TarMember } from '../archive/tar.js'
import { info, mask } from '../lib/log.js'
import { downloadArchive } from './actions-download.js'
import { cacheReadable, cacheService, cacheVersion, compressionMethod, lookUp } from './actions-lookup.js'

export interface ActionsRestoreRequest {
  readonly key: string
  /** The path pattern saveCache was given (the staged folder, relative to the workspace): part of the version. */
  readonly stagedPath: string
  /** The entry file inside the staged folder, relative to it. */
  readonly entryName: string
  /** A private folder (created by the caller, removed by it) for the download and its members. */
  readonly dir: string
  readonly signal: AbortSignal
  readonly maxBytes?: number
}

export type ActionsRestore =
  | { readonly outcome: 'miss'; readonly note?: string }
  | { readonly outcome: 'refused'; readonly why: string }
  | { readonly outcome: 'hit'; readonly entry: string; readonly archiveBytes: number }

/** Members the toolkit writes for a staged folder: the folder, its parents, and the entry file. */
function unexpectedMember(members: readonly TarMember[], stagedPath: string, entryPath: string): TarMember | undefined {
  const parents = new Set<string>()
  for (let p = stagedPath; p !== '.' && p !== ''; p = path.posix.dirname(p)) parents.add(p)
  return members.find(m => !(m.type === 'dir' && parents.has(m.path)) && !(m.type === 'file' && m.path === entryPath))
}

/** Read the toolkit's archive into `into`; the staged entry file, or why the archive is refused. */
export async function takeStagedEntry(archive: string, into: string, stagedPath: string, entryName: string): Promise<{ entry: string } | { refused: string }> {
  const entryPath = path.posix.join(stagedPath, entryName)
  // the entry inside is compressed already, so the archive barely shrinks it: a much larger
  // content is a bomb, refused before it fills the disk
  const most = 2 * fs.statSync(archive).size + 1024 * 1024
  let members: readonly TarMember[]
  try {
    members = await extractTar(archive, into, { limits: { maxMembers: 64, maxFileBytes: most, maxTotalBytes: most } })
  } catch (e) {
    if (e instanceof TarError) return { refused: e.message }
    throw e
  }
  const odd = unexpectedMember(members, stagedPath, entryPath)
  if (odd) return { refused: `the archive holds ${odd.type} '${odd.path}', which the suite never stages (only ${entryPath})` }
  const entry = path.join(into, ...entryPath.split('/'))
  const st = fs.lstatSync(entry, { throwIfNoEntry: false })
  if (!st?.isFile()) return { refused: `the archive has no ${entryPath}` }
  return { entry }
}

/** Look `key` up, download its archive and take the entry file out of it; see the module's comment. */
export async function restoreFromActions(req: ActionsRestoreRequest): Promise<ActionsRestore> {
  const svc = cacheService()
  if (!svc) return { outcome: 'miss', note: 'the runner offers no cache service' }
  if (!cacheReadable()) return { outcome: 'miss', note: `the cache mode '${process.env.ACTIONS_CACHE_MODE}' does not permit reads` }
  const compression = await compressionMethod()
  const version = cacheVersion([req.stagedPath], compression)
  const found = await lookUp(svc, { key: req.key, restoreKeys: [], version, signal: req.signal })
  if (!found) return { outcome: 'miss' }
  mask(found.url)
  if (found.matchedKey !== req.key) return { outcome: 'miss', note: `the service offered '${found.matchedKey}' (a prefix match), not ${req.key}` }
  const archive = path.join(req.dir, compression === 'gzip' ? 'cache.tgz' : 'cache.tzst')
  const archiveBytes = await downloadArchive(found.url, archive, { signal: req.signal, maxBytes: req.maxBytes })
  info(`downloaded the entry for ${req.key}: ${archiveBytes} bytes`)
  const taken = await takeStagedEntry(archive, path.join(req.dir, 'members'), req.stagedPath, req.entryName)
  fs.rmSync(archive, { force: true })
  return 'refused' in taken ? { outcome: 'refused', why: taken.refused } : { outcome: 'hit', entry: taken.entry, archiveBytes }
}
