/**
 * Everything a plan depends on that is not an input, gathered once through the runtime before
 * anything is planned: the runtime's identity, environment and architecture, its interpreters and
 * toolchain, whether it has auditwheel, and, on the host side, the project's sources and its
 * SOURCE_DATE_EPOCH. Nothing here builds, writes into the project, or decides anything.
 */
import * as fs from 'node:fs'
import { inspectTree, type TreeFacts } from '../cache/tree.js'
import { sourceDateEpoch, type SourceDateEpoch } from '../lib/epoch.js'
import { info, phase } from '../lib/log.js'
import { ownPaths } from '../montage/plan.js'
import { discoverInterpreters } from '../python/discover.js'
import type { Interpreter } from '../python/identifiers.js'
import type { Mount } from '../runtime/paths.js'
import type { Runtime, RuntimeKind } from '../runtime/runtime.js'
import { prefixMapOption } from '../wheel/reproducible.js'
import type { ReproducibleFacts } from '../wheel/plan.js'

export interface RuntimeFacts {
  readonly kind: RuntimeKind
  readonly description: string
  /** What identifies the build machine in cache keys: the image id or digest, or the host's OS and arch. */
  readonly identity: string
  readonly mounts: readonly Mount[]
  /** The environment commands get in the runtime (a container's own, never the host's). */
  readonly env: Readonly<Record<string, string>>
  /** `uname -m` in the runtime. */
  readonly arch: string
}

export interface TreeSide {
  /** The project root (host path), and the suite's own folders inside it (relative), never sources. */
  readonly root: string
  readonly exclude: readonly string[]
  /** Sources, leftovers and state before make; undefined when the root is not there to read. */
  readonly tree: TreeFacts | undefined
  /** `cc --version` and `make --version`, first lines, in the runtime. */
  readonly toolchain: string
  readonly epoch: SourceDateEpoch
}

export interface WheelSide {
  readonly interpreters: readonly Interpreter[]
  readonly auditwheel: boolean
  readonly prefixMapOption: ReproducibleFacts['prefixMapOption']
  readonly epoch: SourceDateEpoch
}

export interface Facts {
  readonly runtime: RuntimeFacts
  readonly tree?: TreeSide
  readonly wheel?: WheelSide
}

export interface FactsWanted {
  /** The C tree at this root, with these folders of the suite's own inside it. */
  readonly tree?: { readonly root: string; readonly ownFolders: readonly string[] }
  /** The wheel side, for the project at this root. */
  readonly wheel?: { readonly root: string }
  /** The host environment: SOURCE_DATE_EPOCH set by the user wins. */
  readonly hostEnv: Readonly<Record<string, string | undefined>>
}

async function firstLine(runtime: Runtime, argv: string[]): Promise<string> {
  const r = await runtime.run(argv, { silent: true }).catch(() => undefined)
  if (!r || r.exitCode !== 0) return `${argv[0]}: not found`
  return r.stdout.split('\n')[0]?.trim() ?? ''
}

async function runtimeFacts(runtime: Runtime): Promise<RuntimeFacts> {
  const arch = await firstLine(runtime, ['uname', '-m'])
  return {
    kind: runtime.kind,
    description: runtime.description,
    identity: await runtime.identity(),
    mounts: runtime.mounts,
    env: await runtime.env(),
    arch
  }
}

/** SOURCE_DATE_EPOCH of a project root, asked of git once per root (the pipeline's two sides share one). */
type EpochOf = (root: string) => Promise<SourceDateEpoch>

function epochs(hostEnv: FactsWanted['hostEnv']): EpochOf {
  const known = new Map<string, Promise<SourceDateEpoch>>()
  return root => {
    let e = known.get(root)
    if (!e) known.set(root, (e = sourceDateEpoch(root, hostEnv)))
    return e
  }
}

async function treeSide(runtime: Runtime, env: Readonly<Record<string, string>>, want: FactsWanted, epochOf: EpochOf): Promise<TreeSide | undefined> {
  if (!want.tree) return undefined
  const { root, ownFolders } = want.tree
  const exclude = [...ownPaths(root, ownFolders)]
  const tree = fs.existsSync(root) ? await inspectTree(root, new Set(exclude)) : undefined
  const cc = env.CC || 'cc'
  const toolchain = `${await firstLine(runtime, [cc, '--version'])} | ${await firstLine(runtime, ['make', '--version'])}`
  return { root, exclude, tree, toolchain, epoch: await epochOf(root) }
}

async function hasAuditwheel(runtime: Runtime): Promise<boolean> {
  const r = await runtime.run(['auditwheel', '--version'], { silent: true }).catch(() => undefined)
  return r?.exitCode === 0
}

async function wheelSide(runtime: Runtime, env: Readonly<Record<string, string>>, root: string, epochOf: EpochOf): Promise<WheelSide> {
  const interpreters = await discoverInterpreters(runtime)
  for (const i of interpreters) info(`${i.identifier.padEnd(14)} ${i.version.padEnd(8)} ${i.source.padEnd(9)} ${i.path}`)
  return {
    interpreters,
    auditwheel: await hasAuditwheel(runtime),
    prefixMapOption: await prefixMapOption(runtime, env),
    epoch: await epochOf(root)
  }
}

/** Gather the facts the wanted phases need, in one group of the log. */
export async function gatherFacts(runtime: Runtime, want: FactsWanted): Promise<Facts> {
  return phase('facts: the runtime, its interpreters and toolchain, the sources', async () => {
    const rt = await runtimeFacts(runtime)
    info(`runtime: ${rt.description} (${rt.arch}, ${rt.identity})`)
    const epochOf = epochs(want.hostEnv)
    const tree = await treeSide(runtime, rt.env, want, epochOf)
    const wheel = want.wheel ? await wheelSide(runtime, rt.env, want.wheel.root, epochOf) : undefined
    return { runtime: rt, ...(tree ? { tree } : {}), ...(wheel ? { wheel } : {}) }
  })
}
