/**
 * Removing one package from a prefix, as conda unlinks it (the other half of create.ts):
 *   1. its conda-meta record read and every path it lists checked (remove-plan.ts): a record that would
 *      reach outside the prefix (`..`, an absolute path, a folder that is a link out of the prefix) refuses
 *      the removal before anything is run or deleted;
 *   2. its `bin/.<name>-pre-unlink.sh` run as conda runs link scripts (scripts.ts: from the prefix, with
 *      PREFIX, PKG_NAME, PKG_VERSION, PKG_BUILDNUM set, stdin /dev/null, bash without rc files). A script that
 *      fails stops the removal with nothing deleted, naming the package (conda itself only warns and goes
 *      on: `onScriptFailure: 'warn'` does the same). With package scripts refused, a package that has one
 *      is not removed;
 *   3. exactly the files its record lists deleted (links themselves, never what they point to; a folder on
 *      the way that resolves outside the prefix stops it), except those another package's record also lists;
 *      with each deleted `.py`, the bytecode beside it in `__pycache__/` (noarch python's `.pyc`, compiled at
 *      install, are listed in the record; this also takes what python wrote later, e.g. `.opt-1.pyc`);
 *   4. the folders left empty removed (never the prefix, never conda-meta/), then the record, and a `-` line
 *      appended to conda-meta/history.
 * A failure while deleting rewrites the record to list what is still there before the error is raised, so
 * the record always describes what is left (and a second removal finishes the job).
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { writeAtomically } from '../../lib/files.js'
import { historyText } from './prefix-record.js'
import { dist, planRemoval, readRecords, RemoveError, type InstalledRecord, type RemovalPlan } from './remove-plan.js'
import { linkScriptPath, runLinkScript, ScriptError } from './scripts.js'

export { RemoveError } from './remove-plan.js'

export interface RemoveOptions {
  readonly prefix: string
  /** The package's name, or its name-version-build. */
  readonly name: string
  /** false: a package with a pre-unlink script is not removed (the script never runs). Default true, as conda. */
  readonly allowPackageScripts?: boolean
  /** A failing pre-unlink script: an error with nothing removed (the default), or a warning and the removal goes on (conda's way). */
  readonly onScriptFailure?: 'error' | 'warn'
  /** For conda-meta/history. */
  readonly command?: string
  readonly log?: (l: string) => void
  readonly warn?: (l: string) => void
}

export interface RemoveResult {
  /** name-version-build. */
  readonly package: string
  /** The record removed. */
  readonly record: string
  /** The paths deleted (relative, sorted), stale bytecode included. */
  readonly removed: readonly string[]
  /** The package's paths left because another package owns them too. */
  readonly kept: readonly string[]
  /** Folders removed because they were left empty. */
  readonly folders: number
  readonly preUnlinkRan: boolean
}

/** The nearest existing folder of `abs` (itself or an ancestor), resolved. */
function realExisting(abs: string): string {
  for (let d = abs; ; d = path.dirname(d)) {
    const st = fs.lstatSync(d, { throwIfNoEntry: false })
    if (st) return fs.realpathSync(d)
    if (path.dirname(d) === d) return d
  }
}

/** `rel` under `root`, refused when the folder holding it resolves outside `root` (a link on the way out). */
function insidePath(root: string, rel: string): string {
  const abs = path.join(root, rel)
  const real = realExisting(path.dirname(abs))
  if (real !== root && !real.startsWith(`${root}${path.sep}`))
    throw new RemoveError(`'${rel}' is reached through a link out of the prefix (its folder resolves to ${real}); refusing to delete outside ${root}`)
  return abs
}

/** The bytecode python keeps beside each `.py` being deleted (`dir/__pycache__/<stem>.*.pyc`), unless another package lists it. */
function staleBytecode(root: string, plan: RemovalPlan): string[] {
  const out: string[] = []
  const planned = new Set(plan.remove)
  for (const rel of plan.remove.filter(r => r.endsWith('.py'))) {
    const cache = path.posix.join(path.posix.dirname(rel), '__pycache__')
    const abs = insidePath(root, cache)
    if (!fs.lstatSync(abs, { throwIfNoEntry: false })?.isDirectory()) continue
    const stem = `${path.posix.basename(rel, '.py')}.`
    for (const f of fs.readdirSync(abs)) {
      const pyc = `${cache}/${f}`
      if (f.startsWith(stem) && f.endsWith('.pyc') && !plan.owned.has(pyc) && !planned.has(pyc)) out.push(pyc)
    }
  }
  return out
}

/** Before anything runs: every path reached inside the prefix, and no listed file that is a folder on disk. */
function checkBeforehand(root: string, plan: RemovalPlan): void {
  for (const rel of plan.dirs) insidePath(root, rel)
  for (const rel of plan.remove)
    if (fs.lstatSync(insidePath(root, rel), { throwIfNoEntry: false })?.isDirectory())
      throw new RemoveError(`'${rel}' is a folder in the prefix, but the record of ${dist(plan.record)} lists it as a file; nothing was removed`)
}

/** The record rewritten to list only the paths still in the prefix (after a failure half-way). */
function rewriteRecord(root: string, rec: InstalledRecord): void {
  const present = (p: unknown): boolean => typeof p !== 'string' || !!fs.lstatSync(path.join(root, p), { throwIfNoEntry: false })
  const data = { ...rec.data }
  if (Array.isArray(data.files)) data.files = data.files.filter(present)
  const pd = data.paths_data as { paths?: unknown } | undefined
  if (pd && Array.isArray(pd.paths))
    data.paths_data = {
      ...pd,
      paths: pd.paths.filter(e => (e as { path_type?: unknown })?.path_type === 'directory' || present((e as { _path?: unknown })?._path))
    }
  writeAtomically(rec.file, `${JSON.stringify(data, null, 2)}\n`)
}

/** Delete `rels` (links as links); on a failure the record is rewritten first. */
function deletePaths(root: string, rels: readonly string[], rec: InstalledRecord): string[] {
  const removed: string[] = []
  try {
    for (const rel of rels) {
      const abs = insidePath(root, rel)
      const st = fs.lstatSync(abs, { throwIfNoEntry: false })
      if (!st) continue
      if (st.isDirectory()) throw new RemoveError(`'${rel}' became a folder while the package was being removed; nothing under it was deleted`)
      fs.unlinkSync(abs)
      removed.push(rel)
    }
  } catch (e) {
    rewriteRecord(root, rec)
    const msg = e instanceof Error ? e.message : String(e)
    throw new RemoveError(`removing ${dist(rec)} stopped after ${removed.length} file(s): ${msg}\nits record now lists what is left: ${rec.file}`)
  }
  return removed
}

/** Remove the folders of `rels` (and their parents) that are left empty, deepest first; returns how many. */
function removeEmptyFolders(root: string, rels: readonly string[]): number {
  const dirs = new Set<string>()
  for (const rel of rels) for (let d = rel; d !== '.' && d !== ''; d = path.posix.dirname(d)) if (d !== 'conda-meta') dirs.add(d)
  let n = 0
  for (const d of [...dirs].sort((a, b) => b.split('/').length - a.split('/').length)) {
    const abs = insidePath(root, d)
    if (!fs.lstatSync(abs, { throwIfNoEntry: false })?.isDirectory()) continue
    try {
      fs.rmdirSync(abs)
      n++
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code
      if (code !== 'ENOTEMPTY' && code !== 'EEXIST' && code !== 'ENOENT') throw e
    }
  }
  return n
}

/** Run the package's pre-unlink script when it has one (see the module's comment); true when it ran. */
async function preUnlink(prefix: string, rec: InstalledRecord, opts: RemoveOptions): Promise<boolean> {
  const script = linkScriptPath(rec.name, 'pre-unlink')
  if (!fs.existsSync(path.join(prefix, script))) return false
  if (opts.allowPackageScripts === false)
    throw new RemoveError(`allow-package-scripts is false, and ${dist(rec)} has a pre-unlink script (${script}) that conda would run; nothing was removed`)
  const index = { name: rec.name, version: rec.version, build: rec.build, build_number: rec.buildNumber }
  try {
    const r = await runLinkScript('pre-unlink', prefix, index, { log: opts.log })
    if (r.messages) opts.log?.(`${rec.name}: ${r.messages}`)
  } catch (e) {
    if (!(e instanceof ScriptError)) throw e
    if (opts.onScriptFailure === 'warn') {
      opts.warn?.(`${e.message}\nremoving ${dist(rec)} all the same, as conda does`)
      return true
    }
    throw new RemoveError(`${e.message}\nnothing of ${dist(rec)} was removed (conda would warn and remove it all the same)`)
  }
  return true
}

/** Remove the package `opts.name` from `opts.prefix` (see the module's comment). */
export async function removePackage(opts: RemoveOptions): Promise<RemoveResult> {
  const prefix = path.resolve(opts.prefix)
  if (!fs.existsSync(prefix)) throw new RemoveError(`the prefix ${prefix} does not exist`)
  const root = fs.realpathSync(prefix)
  const records = readRecords(root)
  const plan = planRemoval(records, opts.name, prefix)
  const rec = plan.record
  checkBeforehand(root, plan)
  if (plan.dependents.length) opts.warn?.(`${dist(rec)} is a dependency of ${plan.dependents.join(', ')}, which stay installed`)
  const preUnlinkRan = await preUnlink(prefix, rec, opts)
  const bytecode = staleBytecode(root, plan)
  const removed = deletePaths(root, [...plan.remove, ...bytecode], rec)
  const folders = removeEmptyFolders(root, [...plan.remove, ...bytecode, ...plan.dirs])
  fs.rmSync(rec.file)
  const history = historyText(
    new Date(),
    opts.command ?? `build-wheel conda remove --prefix ${prefix} ${opts.name}`,
    [{ channel: rec.channel, record: rec }],
    '-'
  )
  fs.appendFileSync(path.join(root, 'conda-meta', 'history'), history)
  if (plan.kept.length) opts.log?.(`kept ${plan.kept.length} file(s) of ${dist(rec)} that other packages own too: ${plan.kept.slice(0, 5).join(', ')}`)
  opts.log?.(`removed ${dist(rec)} from ${prefix}: ${removed.length} file(s), ${folders} empty folder(s)`)
  return { package: dist(rec), record: rec.file, removed: [...removed].sort(), kept: plan.kept, folders, preUnlinkRan }
}
