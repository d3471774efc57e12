/**
 * A C tree's files: which are its sources (what the checkout holds before any build; they make
 * the key) and which are the outputs of a clean build (what a cache entry holds).
 *
 * In a git work tree the sources are the tracked files, by their committed or staged content
 * (git's blob ids, so a configure step that rewrites a tracked header does not move the key),
 * plus untracked files git does not ignore. Everything else a successful make leaves is an
 * output. Outside git, the first run records the files present before make as the sources.
 * `.build-wheel/c-tree.json` keeps that record and the state of the last build: a build that
 * never completed leaves "building", so the next run knows its outputs are partial.
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { run } from '../lib/exec.js'
import { writeAtomically } from '../lib/files.js'
import { nameText } from '../lib/names.js'
import { sha256File } from './key.js'
import { walkTree, whyUnsavable } from './walk.js'

function splitZ(bytes: Buffer): Buffer[] {
  const out: Buffer[] = []
  let start = 0
  for (let i = bytes.indexOf(0); i >= 0; start = i + 1, i = bytes.indexOf(0, start)) if (i > start) out.push(bytes.subarray(start, i))
  if (start < bytes.length) out.push(bytes.subarray(start))
  return out
}

/** The suite's own folder in a tree (git ignores it by itself). */
export const STATE_DIR = '.build-wheel'
const STATE_FILE = 'c-tree.json'
/** First line of the `.gitignore` the suite writes into folders it owns (state, wheel output). */
export const OWNED_MARK = '# written by montage/build-wheel'

const VCS_DIRS = new Set(['.git', '.hg', '.svn'])

export interface TreeState {
  /** The key of the tree the last build or restore produced. */
  readonly key: string
  /** "building" from the start of make until it succeeds; "complete" after a build or a restore. */
  readonly status: 'building' | 'complete'
  /** The key without the parts that only choose what an entry keeps: equal means the same build. */
  readonly build: string
  /** Outside git: the files present before the first make, with their content ids. */
  readonly sources?: Readonly<Record<string, string>>
  /** What the last complete build or restore produced. */
  readonly outputs: readonly string[]
  /** Tracked files a build rewrote: their sha256 after the build (to tell them from the user's edits). */
  readonly rewritten: Readonly<Record<string, string>>
}

export function readState(root: string): TreeState | undefined {
  try {
    const s = JSON.parse(fs.readFileSync(path.join(root, STATE_DIR, STATE_FILE), 'utf8')) as Partial<TreeState> & { version?: number }
    if (s.version !== 3 || typeof s.key !== 'string' || typeof s.build !== 'string') return undefined
    if (s.status !== 'building' && s.status !== 'complete') return undefined
    const strings = (x: unknown): string[] => (Array.isArray(x) ? x.filter((v): v is string => typeof v === 'string') : [])
    return {
      key: s.key,
      build: s.build,
      status: s.status,
      sources: s.sources === undefined ? undefined : stringRecord(s.sources),
      outputs: strings(s.outputs),
      rewritten: stringRecord(s.rewritten)
    }
  } catch {
    return undefined
  }
}

function stringRecord(x: unknown): Record<string, string> {
  const out: Record<string, string> = {}
  if (x && typeof x === 'object' && !Array.isArray(x)) for (const [k, v] of Object.entries(x)) if (typeof v === 'string') out[k] = v
  return out
}

/** Mark a folder as the suite's own: git ignores it, and the source walk skips it. */
export function claimFolder(dir: string): void {
  const marker = path.join(dir, '.gitignore')
  if (!fs.existsSync(marker)) writeAtomically(marker, `${OWNED_MARK}\n*\n`)
}

export function writeState(root: string, state: TreeState): void {
  claimFolder(path.join(root, STATE_DIR))
  const sorted = { ...state, outputs: [...state.outputs].sort() }
  writeAtomically(path.join(root, STATE_DIR, STATE_FILE), `${JSON.stringify({ version: 3, ...sorted }, null, 1)}\n`)
}

function isOwnedFolder(abs: string): boolean {
  try {
    return fs.readFileSync(path.join(abs, '.gitignore'), 'utf8').startsWith(OWNED_MARK)
  } catch {
    return false
  }
}

/**
 * Every file and symlink under root (relative `/` paths, sorted), skipping version-control
 * folders, the suite's own folders and `exclude` (relative paths of folders or files).
 */
export function walkFiles(root: string, exclude: ReadonlySet<string> = new Set()): string[] {
  return walkTree(root, skipper(root, exclude))
    .filter(e => e.utf8 && (e.kind === 'file' || e.kind === 'symlink'))
    .map(e => e.rel)
}

/** What a walk leaves out: version-control folders, the suite's own folders and `exclude`. */
function skipper(root: string, exclude: ReadonlySet<string>): (rel: string, isDir: boolean) => boolean {
  return (rel, isDir) => exclude.has(rel) || VCS_DIRS.has(path.posix.basename(rel)) || (isDir && (rel === STATE_DIR || isOwnedFolder(path.join(root, rel))))
}

/**
 * What a snapshot of the tree after make must refuse (with why): outputs that are FIFOs, sockets
 * or devices, or whose names are not UTF-8. Found without opening anything.
 */
export function refusedOutputs(root: string, facts: TreeFacts, exclude: ReadonlySet<string> = new Set()): Array<{ rel: string; why: string }> {
  const out: Array<{ rel: string; why: string }> = []
  for (const e of walkTree(root, skipper(root, exclude))) {
    const why = facts.sources.has(e.rel) ? undefined : whyUnsavable(e)
    if (why) out.push({ rel: e.rel, why })
  }
  return out
}

async function gitZ(root: string, args: readonly string[]): Promise<string[] | undefined> {
  const r = await run(['git', '-C', root, ...args], { silent: true }).catch(() => undefined)
  if (!r || r.exitCode !== 0) return undefined
  // names as bytes: one that is not UTF-8 comes back escaped, as the tree walk shows it
  const records = splitZ(r.stdoutBytes ?? Buffer.from(r.stdout))
  if (!args.includes('--stage')) return records.map(nameText)
  // "<mode> <blob> <stage>\t<path>": only the path is a name
  return records.map(rec => {
    const tab = rec.indexOf(9)
    return `${rec.subarray(0, tab + 1).toString()}${nameText(rec.subarray(tab + 1))}`
  })
}

/** A file's identity for the key: its content hash (or a symlink's target) and whether it is executable. */
async function fileToken(abs: string): Promise<string | undefined> {
  let st: fs.Stats
  try {
    st = fs.lstatSync(abs)
  } catch {
    return undefined
  }
  if (st.isSymbolicLink()) return `L ${fs.readlinkSync(abs)}`
  if (st.isFile()) return `F ${st.mode & 0o111 ? 'x' : '-'} ${await sha256File(abs)}`
  return undefined
}

export interface TreeFacts {
  readonly git: boolean
  /** Source path -> its identity (a git blob id, or a content hash). */
  readonly sources: ReadonlyMap<string, string>
  /** Files present before make that are not sources: outputs of an earlier build. */
  readonly leftovers: readonly string[]
  /** Tracked files (git only): a build's outputs may include rewritten ones. */
  readonly tracked: ReadonlySet<string>
  /**
   * Tracked files (git only) that differ from their committed content with no record of this suite
   * explaining it: the user's edits, or a configure step's rewrite after the state folder was
   * removed (`git clean -xdf`). Path -> the committed identity and the sha256 the file has now.
   */
  readonly differing: ReadonlyMap<string, { readonly committed: string; readonly sha256: string }>
  readonly state: TreeState | undefined
}

function isExcluded(rel: string, exclude: ReadonlySet<string>): boolean {
  if (rel === STATE_DIR || rel.startsWith(`${STATE_DIR}/`)) return true
  for (const e of exclude) if (rel === e || rel.startsWith(`${e}/`)) return true
  return false
}

/** What the tree holds before make: its sources (for the key) and any leftovers of an earlier build. */
export async function inspectTree(root: string, exclude: ReadonlySet<string> = new Set()): Promise<TreeFacts> {
  const state = readState(root)
  const staged = await gitZ(root, ['ls-files', '-z', '--stage'])
  if (staged) {
    const sources = new Map<string, string>()
    const tracked = new Set<string>()
    const leftovers: string[] = []
    for (const line of staged) {
      const m = /^(\d+) ([0-9a-f]+) \d\t(.*)$/s.exec(line)
      if (!m) continue
      const [, mode, blob, rel] = m as unknown as [string, string, string, string]
      if (isExcluded(rel, exclude)) continue
      tracked.add(rel)
      sources.set(rel, `G ${mode} ${blob}`)
    }
    // tracked files that differ from the index: the user's edits count as they are; a build's
    // rewrite (same content as the last build left) counts as the committed file
    const differing = new Map<string, { committed: string; sha256: string }>()
    for (const rel of (await gitZ(root, ['ls-files', '-z', '--modified'])) ?? []) {
      if (!tracked.has(rel)) continue
      const token = await fileToken(path.join(root, rel))
      const sha = token?.split(' ')[2]
      if (token === undefined) sources.set(rel, 'deleted')
      else if (sha !== undefined && state?.rewritten[rel] === sha) leftovers.push(rel)
      else {
        if (sha !== undefined && token.startsWith('F ')) differing.set(rel, { committed: sources.get(rel) as string, sha256: sha })
        sources.set(rel, token)
      }
    }
    const earlier = new Set(state?.outputs ?? [])
    for (const rel of (await gitZ(root, ['ls-files', '-z', '--others', '--exclude-standard'])) ?? []) {
      if (isExcluded(rel, exclude) || isOwnedPath(root, rel)) continue
      if (earlier.has(rel)) leftovers.push(rel)
      else {
        const token = await fileToken(path.join(root, rel))
        if (token !== undefined) sources.set(rel, token)
      }
    }
    for (const rel of (await gitZ(root, ['ls-files', '-z', '--others', '--ignored', '--exclude-standard'])) ?? [])
      if (!isExcluded(rel, exclude) && !isOwnedPath(root, rel)) leftovers.push(rel)
    return { git: true, sources, leftovers: leftovers.sort(), tracked, differing, state }
  }
  const earlier = new Set(state?.outputs ?? [])
  const recorded = state?.sources
  const sources = new Map<string, string>()
  const leftovers: string[] = []
  for (const rel of walkFiles(root, exclude)) {
    const token = await fileToken(path.join(root, rel))
    if (token === undefined) continue
    const before = recorded?.[rel]
    if (before !== undefined) {
      // a recorded source: as it was, rewritten by the last build (counts as it was), or edited
      if (token !== before && state?.rewritten[rel] === token.split(' ')[2]) {
        sources.set(rel, before)
        leftovers.push(rel)
      } else sources.set(rel, token)
    } else if (earlier.has(rel) || (recorded && state?.status !== 'complete')) {
      // an output of the last build; or, after a build that never completed, presumed a partial one
      leftovers.push(rel)
    } else sources.set(rel, token) // a first run, or the user's new file
  }
  return { git: false, sources, leftovers, tracked: new Set(), differing: new Map(), state }
}

/** Is rel inside a folder the suite owns (its marker .gitignore)? */
function isOwnedPath(root: string, rel: string): boolean {
  const parts = rel.split('/')
  for (let i = 1; i < parts.length; i++) if (isOwnedFolder(path.join(root, ...parts.slice(0, i)))) return true
  return false
}

/**
 * A short, ordered text of the sources for hashing into the key; `asCommitted` names differing
 * tracked files to count by their committed content.
 */
export function sourcesDigestInput(facts: TreeFacts, asCommitted: ReadonlySet<string> = new Set()): string {
  return [...facts.sources.entries()]
    .map(([rel, token]): [string, string] => [rel, asCommitted.has(rel) ? (facts.differing.get(rel)?.committed ?? token) : token])
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([rel, token]) => `${rel}\0${token}\n`)
    .join('')
}

/**
 * Why an entry saved after this make would not be the complete result of a clean build, or
 * undefined when it would be. A tree that held leftovers may still be saved when the last build
 * completed for this same key (make only finishes what it made).
 */
export function whyNotCacheable(facts: TreeFacts, build: string): string | undefined {
  if (facts.leftovers.length === 0) return undefined
  const s = facts.state
  if (s && s.status === 'complete' && s.build === build) return undefined
  const sample = facts.leftovers.slice(0, 3).join(', ')
  const more = facts.leftovers.length > 3 ? ` and ${facts.leftovers.length - 3} more` : ''
  const cause = !s
    ? 'outputs of a build this suite did not record'
    : s.status === 'building'
      ? 'outputs of a build that was interrupted or failed'
      : 'outputs of a build of other sources'
  return (
    `the tree held ${cause} before make (${sample}${more}), so this build is not a clean one; ` +
    `it is not saved to the cache. Start from a clean tree (git clean -xdf, or make clean) to save one.`
  )
}

/** The files a successful make left that are not sources, and the sources it rewrote: the tree's outputs. */
export async function outputsAfterMake(root: string, facts: TreeFacts, exclude: ReadonlySet<string> = new Set()): Promise<string[]> {
  const all = walkFiles(root, exclude)
  const modified = facts.git ? new Set((await gitZ(root, ['ls-files', '-z', '--modified'])) ?? []) : undefined
  const out: string[] = []
  for (const rel of all) {
    const before = facts.sources.get(rel)
    if (before === undefined) out.push(rel)
    else if (modified) {
      // a tracked file that was pristine before make and differs now
      if (modified.has(rel) && before.startsWith('G ')) out.push(rel)
    } else if ((await fileToken(path.join(root, rel))) !== before) out.push(rel)
  }
  return out
}
