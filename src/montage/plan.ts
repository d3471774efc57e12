/** What the C tree phase will do: pure, from inputs and facts. */
import * as path from 'node:path'
import { composeKey, sha256Hex } from '../cache/key.js'
import { sourcesDigestInput, type TreeFacts } from '../cache/tree.js'
import { toRuntime, type Mount, type RuntimePath } from '../runtime/paths.js'
import type { MontageInputs } from './inputs.js'

export interface MakePlan {
  readonly cwd: RuntimePath
  readonly argv: readonly string[]
}

/** make, serial unless `jobs` says otherwise (real Montage's `make -j2` races), run at the project's root. */
export function planMake(inputs: MontageInputs, mounts: readonly Mount[]): MakePlan {
  return { cwd: toRuntime(mounts, inputs.path), argv: ['make', `-j${inputs.jobs}`, ...inputs['make-args']] }
}

/** Folders of the suite's own inside the tree, relative to it: never sources, never outputs. */
export function ownPaths(root: string, folders: readonly string[]): Set<string> {
  const out = new Set<string>()
  for (const f of folders) {
    if (!f) continue
    const rel = path.relative(root, path.resolve(root, f)).split(path.sep).join('/')
    if (rel && !rel.startsWith('..') && !path.isAbsolute(rel)) out.add(rel)
  }
  return out
}

/** Environment variables that change what make produces, and so belong in the key. */
export const KEY_ENV = [
  'CC',
  'CXX',
  'CPP',
  'CFLAGS',
  'CXXFLAGS',
  'CPPFLAGS',
  'LDFLAGS',
  'LDLIBS',
  'FC',
  'FFLAGS',
  'AR',
  'ARFLAGS',
  'RANLIB',
  'LD',
  'AS',
  'MAKEFLAGS',
  'GNUMAKEFLAGS',
  'MFLAGS',
  'MAKEFILES',
  'CPATH',
  'C_INCLUDE_PATH',
  'LIBRARY_PATH',
  'PKG_CONFIG_PATH',
  'SOURCE_DATE_EPOCH'
] as const

const MAKE_FLAG_VARS = new Set(['MAKEFLAGS', 'GNUMAKEFLAGS', 'MFLAGS'])

/** MAKEFLAGS and friends without the parts that change only how fast make runs (-j, the jobserver). */
export function withoutParallelism(flags: string): string {
  return flags
    .split(/\s+/)
    .filter(w => w && !/^-j\d*$|^--jobs(=|$)|^--jobserver-(auth|fds)=|^-l\d*$/.test(w))
    .map(w => (/^[a-zA-Z]+$/.test(w) ? w.replace(/j/g, '') : w)) // the single-letter form "kj" -> "k"
    .filter(Boolean)
    .join(' ')
}

export interface KeyFacts {
  /** The tree's sources, as the text to hash (paths and content ids). */
  readonly sources: string
  /** `cc --version` and `make --version`, first lines. */
  readonly toolchain: string
  /** The runtime: host OS and arch, or the image digest. */
  readonly runtime: string
  readonly env: Readonly<Record<string, string>>
}

/** v2: entries are verified zstd tars with a manifest, holding a clean build's outputs. */
export const KEY_PREFIX = 'build-wheel-c-tree-v2'

export function cTreeKey(plan: MakePlan, facts: KeyFacts, cachePaths: readonly string[]): string {
  const env = KEY_ENV.map(k => {
    const v = facts.env[k] ?? ''
    return [k, MAKE_FLAG_VARS.has(k) ? withoutParallelism(v) : v]
  })
  return composeKey(KEY_PREFIX, {
    sources: facts.sources,
    toolchain: facts.toolchain,
    runtime: facts.runtime,
    // -jN does not change what is built
    argv: JSON.stringify(plan.argv.filter(a => !/^-j\d+$/.test(a))),
    env: JSON.stringify(env),
    'cache-paths': JSON.stringify([...cachePaths].sort())
  })
}

/** The facts a C-tree plan is made from (gathered by src/phases/facts.ts). */
export interface CTreeFacts {
  readonly tree: TreeFacts
  readonly exclude: readonly string[]
  readonly toolchain: string
  readonly identity: string
  readonly env: Readonly<Record<string, string>>
  readonly mounts: readonly Mount[]
  /** SOURCE_DATE_EPOCH, for the executables tarball. */
  readonly epoch: string
}

export interface CTreePlan {
  /** The project root (host path). */
  readonly root: string
  readonly make: MakePlan
  readonly key: string
  /** The key without cache-paths: the same build whatever an entry keeps. */
  readonly build: string
  readonly cachePaths: readonly string[]
  /** The suite's own folders inside the tree (relative): never sources, never outputs. */
  readonly exclude: readonly string[]
  /** Where entries are kept; undefined when caching is off. */
  readonly cache?: { readonly dir: string; readonly serviceTimeout: number }
  readonly sources: number
  readonly git: boolean
  /**
   * When tracked files differ from their committed content and nothing explains it: the key of
   * the committed content, tried first. An entry under it is used only when it records exactly
   * these files, byte for byte, as make's rewrites (a configure step's, not the user's edits).
   */
  readonly committed?: { readonly key: string; readonly build: string; readonly rewritten: Readonly<Record<string, string>> }
  /** The built programs packed into a tarball after the tree is built or restored. */
  readonly executables?: ExecutablesStepPlan
}

export interface ExecutablesStepPlan {
  readonly patterns: readonly string[]
  readonly name: string
  readonly outDir: string
  /** The members' mtime (SOURCE_DATE_EPOCH). */
  readonly mtime: number
  readonly upload?: { readonly name: string; readonly serviceTimeout: number }
}

/** Everything the C tree phase will do, and the key it will do it under. Pure. */
export function planCTree(inputs: MontageInputs, f: CTreeFacts): CTreePlan {
  const make = planMake(inputs, f.mounts)
  const env: Record<string, string> = {}
  for (const k of KEY_ENV) if (f.env[k]) env[k] = f.env[k]
  const keyFacts: KeyFacts = { sources: sha256Hex(sourcesDigestInput(f.tree)), toolchain: f.toolchain, runtime: f.identity, env }
  return {
    ...planCommitted(inputs, f, make, keyFacts),
    root: inputs.path,
    make,
    key: cTreeKey(make, keyFacts, inputs['cache-paths']),
    build: cTreeKey(make, keyFacts, []),
    cachePaths: inputs['cache-paths'],
    exclude: f.exclude,
    ...(inputs.cache ? { cache: { dir: inputs['cache-dir'], serviceTimeout: inputs['service-timeout'] } } : {}),
    sources: f.tree.sources.size,
    git: f.tree.git,
    ...(inputs.executables.length ? { executables: planExecutablesStep(inputs, Number(f.epoch)) } : {})
  }
}

function planCommitted(inputs: MontageInputs, f: CTreeFacts, make: MakePlan, keyFacts: KeyFacts): Pick<CTreePlan, 'committed'> {
  const differing = f.tree.differing
  if (differing.size === 0) return {}
  const committed: KeyFacts = { ...keyFacts, sources: sha256Hex(sourcesDigestInput(f.tree, new Set(differing.keys()))) }
  const rewritten = Object.fromEntries([...differing].map(([rel, d]) => [rel, d.sha256]))
  return { committed: { key: cTreeKey(make, committed, inputs['cache-paths']), build: cTreeKey(make, committed, []), rewritten } }
}

function planExecutablesStep(inputs: MontageInputs, mtime: number): ExecutablesStepPlan {
  const name = inputs['executables-artifact']
  return {
    patterns: inputs.executables,
    name: inputs['executables-name'],
    outDir: inputs['executables-dir'],
    mtime,
    ...(name ? { upload: { name, serviceTimeout: inputs['service-timeout'] } } : {})
  }
}
