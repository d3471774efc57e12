/**
 * Whether a symbolic link may exist: the one decision every extractor, installer, restorer and
 * post-processor makes through here. A link is judged by resolving its whole chain, as the kernel
 * would, against a model of the tree as it will be once the writer is done (what is on disk already,
 * laid over with everything the archive or package adds, earlier and later members alike): a link to
 * a link is followed, `..` after a link leaves the folder the link resolved to, and the chain must
 * never climb above the top of the tree or name an absolute path. A chain of more than 40 links (a
 * cycle) is refused, as the kernel refuses it (ELOOP).
 *
 * New links are judged strictly: a chain that reaches a path the tree will not hold, and then climbs
 * back with `..`, is refused too, because a later package or build could put a link at that path
 * and make the chain escape without touching the link itself. Links found on disk are judged as
 * they stand (`existing`): only an actual escape is refused.
 *
 * Models are lookups from a relative path (`/`-separated, no `.` or `..`; `''` is the top) to what is
 * there; they never follow a link themselves.
 */
import * as fs from 'node:fs'
import * as path from 'node:path'

export type TreeNode = { readonly kind: 'dir' } | { readonly kind: 'file' } | { readonly kind: 'link'; readonly target: string }

/** What a tree holds at `rel`, undefined where it holds nothing. */
export type TreeLookup = (rel: string) => TreeNode | undefined

export const DIR: TreeNode = Object.freeze({ kind: 'dir' })
export const FILE: TreeNode = Object.freeze({ kind: 'file' })

/** The kernel's bound on the links of one path resolution (Linux: 40, then ELOOP). */
export const MAX_LINK_HOPS = 40

/**
 * Path components one resolution may pass (a path the kernel takes is at most 4096 bytes a link,
 * 40 links): bounds the work a hostile chain costs.
 */
export const MAX_CHAIN_STEPS = 16384

/** `new`: a link about to be made; `existing`: a link already on disk, judged as the tree stands. */
export type LinkMode = 'new' | 'existing'

export interface LinkProblem {
  /** Where the link is (relative to the top of the tree); for a write, the path written. */
  readonly link: string
  /** The link's target; null for a write refused because of the links on its way. */
  readonly target: string | null
  /** Every link followed, as `path -> target`, the judged one first. */
  readonly chain: readonly string[]
  /** Why it is refused. */
  readonly why: string
}

/** A link refused, with the archive or package (`what`) and the chain in its message. */
export class LinkChainError extends Error {
  override name = 'LinkChainError'
  constructor(
    readonly what: string,
    readonly problem: LinkProblem
  ) {
    super(`${what}: ${describeLinkProblem(problem)}`)
  }
}

/** One line for a refused link: the link, why, and the chain that was followed. */
export function describeLinkProblem(p: LinkProblem): string {
  const chain = p.chain.length > (p.target === null ? 0 : 1) ? `; the chain followed: ${p.chain.join(', then ')}` : ''
  if (p.target === null) return `writing to '${show(p.link)}' is refused: ${p.why}${chain}`
  return `the link '${show(p.link)}' -> '${show(p.target)}' is refused: ${p.why}${chain}`
}

function show(s: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what this escapes
  return s.replace(/[\0-\x1f\x7f]/g, c => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`)
}

function badTarget(target: string): string | null {
  if (target === '') return 'its target is empty'
  if (target.includes('\0')) return 'its target holds a NUL byte'
  if (target.startsWith('/')) return `the target '${show(target)}' is absolute: links must be relative and stay inside the tree`
  return null
}

/**
 * The paths of one model, interned: each (folder, name) pair is made into a path, and looked up in
 * the model, once; a walk then costs a short key a step, however deep the tree (a hostile chain
 * over a deep tree would otherwise hash its whole path at every step).
 */
class Paths {
  private readonly ids = new Map<string, number>()
  private readonly full: string[] = ['']
  /** undefined: not looked up yet; null: the model holds nothing there. */
  private readonly nodes: Array<TreeNode | null | undefined> = [DIR]
  constructor(private readonly look: TreeLookup) {}
  child(parent: number, name: string): number {
    const key = `${parent}/${name}`
    let id = this.ids.get(key)
    if (id === undefined) {
      id = this.full.length
      const at = this.full[parent]
      this.full.push(at ? `${at}/${name}` : name)
      this.ids.set(key, id)
    }
    return id
  }
  path(id: number): string {
    return this.full[id]
  }
  node(id: number): TreeNode | undefined {
    let n = this.nodes[id]
    if (n === undefined) this.nodes[id] = n = this.look(this.path(id)) ?? null
    return n ?? undefined
  }
  /** A folder the walk made where the model held nothing. */
  made(id: number): void {
    this.nodes[id] = DIR
  }
}

/** A resolution under way: the folder reached (its path ids from the top), links followed so far. */
interface Walk {
  readonly paths: Paths
  readonly stack: number[]
  readonly chain: string[]
  readonly strict: boolean
  hops: number
  steps: number
  /** The first path of the chain the model does not hold as a folder, and its depth. */
  missing: number | null
  missingDepth: number
}

function newWalk(paths: Paths, first: string | null, strict: boolean): Walk {
  return { paths, stack: [], chain: first === null ? [] : [first], strict, hops: 0, steps: 0, missing: null, missingDepth: 0 }
}

const here = (w: Walk): number => w.stack[w.stack.length - 1] ?? 0

/** `..` from where `w` stands: the reason it is refused, or null. */
function climb(w: Walk): string | null {
  if (w.missing !== null && w.strict)
    return `its chain climbs with '..' back out of '${show(w.paths.path(w.missing))}', which the tree does not hold as a folder (a link put there later would move the chain)`
  if (w.stack.length === 0) return `its chain climbs with '..' above the top of the tree`
  w.stack.pop()
  if (w.missing !== null && w.stack.length < w.missingDepth) w.missing = null
  return null
}

/**
 * Resolve `parts` from where `w` stands, following links; the reason the chain is refused, or null.
 * `create`, when given, is told of each missing folder, which is then taken as a folder.
 */
function follow(w: Walk, parts: readonly string[], create?: (rel: string) => void): string | null {
  const queue = [...parts].reverse() // the parts still to resolve, the next one last
  for (let part = queue.pop(); part !== undefined; part = queue.pop()) {
    if (++w.steps > MAX_CHAIN_STEPS) return `its chain passes more than ${MAX_CHAIN_STEPS} path components`
    if (part === '' || part === '.') continue
    const up = part === '..' ? climb(w) : undefined
    if (up !== undefined) {
      if (up !== null) return up
      continue
    }
    const id = w.paths.child(here(w), part)
    w.stack.push(id)
    if (w.missing !== null) continue
    const node = w.paths.node(id)
    if (node === undefined && create) {
      create(w.paths.path(id))
      w.paths.made(id)
    } else if (node === undefined || (node.kind === 'file' && queue.some(p => p !== '' && p !== '.'))) [w.missing, w.missingDepth] = [id, w.stack.length]
    if (node?.kind !== 'link') continue
    if (++w.hops > MAX_LINK_HOPS) return `its chain passes more than ${MAX_LINK_HOPS} links (a cycle)`
    const at = show(w.paths.path(id))
    w.chain.push(`${at} -> ${show(node.target)}`)
    const bad = badTarget(node.target)
    if (bad) return `its chain reaches '${at}', where ${bad}`
    w.stack.pop()
    for (const p of node.target.split('/').reverse()) queue.push(p)
  }
  return null
}

function judge(paths: Paths, rel: string, target: string, mode: LinkMode): LinkProblem | null {
  const w = newWalk(paths, `${show(rel)} -> ${show(target)}`, mode === 'new')
  const why = badTarget(target) ?? follow(w, rel.split('/').slice(0, -1)) ?? follow(w, target.split('/'))
  return why === null ? null : { link: rel, target, chain: w.chain, why }
}

/** Why a link at `rel` pointing at `target` may not exist in the tree `look` describes, or null when it may. */
export function linkProblem(look: TreeLookup, rel: string, target: string, mode: LinkMode = 'new'): LinkProblem | null {
  return judge(new Paths(look), rel, target, mode)
}

/** The first of `links` (path, target) that may not exist, or null. */
export function firstLinkProblem(look: TreeLookup, links: Iterable<readonly [string, string]>, mode: LinkMode = 'new'): LinkProblem | null {
  const paths = new Paths(look)
  for (const [rel, target] of links) {
    const p = judge(paths, rel, target, mode)
    if (p) return p
  }
  return null
}

/** Throw LinkChainError (naming `what`) for the first of `links` that may not exist. */
export function refuseBadLinks(what: string, look: TreeLookup, links: Iterable<readonly [string, string]>, mode: LinkMode = 'new'): void {
  const p = firstLinkProblem(look, links, mode)
  if (p) throw new LinkChainError(what, p)
}

function nodeOnDisk(abs: string): TreeNode | undefined {
  const st = fs.lstatSync(abs, { throwIfNoEntry: false })
  if (!st) return undefined
  if (st.isSymbolicLink()) return { kind: 'link', target: fs.readlinkSync(abs) }
  return st.isDirectory() ? DIR : FILE
}

/**
 * The tree on disk under `root`, read as it is asked (and remembered: one snapshot for one
 * decision). Nothing under a link or a file is looked at: the model follows no link on its own.
 */
export function diskTree(root: string): TreeLookup {
  const seen = new Map<string, TreeNode | null>()
  const look = (rel: string): TreeNode | undefined => {
    if (rel === '') return DIR
    let node = seen.get(rel)
    if (node === undefined) {
      const i = rel.lastIndexOf('/')
      node = (i < 0 ? DIR : look(rel.slice(0, i)))?.kind === 'dir' ? (nodeOnDisk(path.join(root, rel)) ?? null) : null
      seen.set(rel, node)
    }
    return node ?? undefined
  }
  return look
}

/**
 * `base` with `entries` laid over it in order, each where a writer puts it: its folders are
 * followed through the links the tree holds by then (as the kernel follows them when the file is
 * written), and made where missing. A folder laid over a folder changes nothing.
 */
export function overlayTree(base: TreeLookup, entries: Iterable<readonly [string, TreeNode]>): TreeLookup {
  const over = new Map<string, TreeNode>()
  const look = (rel: string): TreeNode | undefined => over.get(rel) ?? base(rel)
  for (const [rel, node] of entries) {
    const parts = rel.split('/')
    const name = parts.pop() as string
    // a fresh walk for each entry: the model changes as entries are laid over it
    const w = newWalk(new Paths(look), null, false)
    // a folder that leads out: the writer's own check refuses it; the model keeps the name as given
    const out = follow(w, parts, at => over.set(at, DIR))
    const folder = w.paths.path(here(w))
    const where = out !== null ? rel : folder ? `${folder}/${name}` : name
    if (!(node.kind === 'dir' && look(where)?.kind === 'dir')) over.set(where, node)
  }
  return look
}

/** `top`'s entries named in `names` replace the same entries of `base` whole (a folder moved into place). */
export function replacedTopLevel(base: TreeLookup, top: TreeLookup, names: ReadonlySet<string>): TreeLookup {
  return rel => (rel === '' ? DIR : names.has(rel.split('/', 1)[0]) ? top(rel) : base(rel))
}

/** Every link under `root` on disk (never followed), as (path relative to root, target); `skip` leaves folders out. */
export function linksOnDisk(root: string, skip: (rel: string) => boolean = () => false): Array<[string, string]> {
  const out: Array<[string, string]> = []
  const dirs = ['']
  for (let dir = dirs.pop(); dir !== undefined; dir = dirs.pop()) {
    let entries: fs.Dirent[]
    try {
      entries = fs.readdirSync(path.join(root, dir), { withFileTypes: true })
    } catch {
      continue
    }
    for (const e of entries) {
      const rel = dir ? `${dir}/${e.name}` : e.name
      if (e.isSymbolicLink()) out.push([rel, fs.readlinkSync(path.join(root, rel))])
      else if (e.isDirectory() && !skip(rel)) dirs.push(rel)
    }
  }
  return out.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
}

/**
 * Before writing at `root/rel`: refuse when a folder on the way there, or a link inside what is
 * there now, leads out of `root` (chains followed). `what` names the writer in the error.
 */
export function refuseWritesOut(root: string, rel: string, what: string): void {
  const look = diskTree(root)
  const parts = rel.split('/').filter(p => p !== '' && p !== '.')
  const w = newWalk(new Paths(look), null, false)
  const why = follow(w, parts)
  if (why !== null) throw new LinkChainError(what, { link: rel, target: null, chain: w.chain, why: `a link on the way leads out: ${why}` })
  const at = w.paths.path(here(w))
  if (look(at)?.kind !== 'dir') return
  const inside = linksOnDisk(path.join(root, at)).map(([r, t]): [string, string] => [at ? `${at}/${r}` : r, t])
  refuseBadLinks(what, look, inside, 'existing')
}

/**
 * refuseWritesOut for an absolute `folder` a tool will write into: judged within `root` when the
 * folder lies under it, else within the folder's parent.
 */
export function refuseWritesOutOf(root: string, folder: string, what: string): void {
  const rel = path.relative(root, folder)
  const inside = rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel)
  if (inside) refuseWritesOut(root, rel.split(path.sep).join('/'), what)
  else refuseWritesOut(path.dirname(folder), path.basename(folder), what)
}
