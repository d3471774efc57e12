/** What the C tree phase will do: pure, from inputs and facts. */
import { composeKey } from '../cache/key.js'
import type { MontageInputs } from './inputs.js'

export interface MakePlan {
  readonly cwd: string
  readonly argv: readonly string[]
}

/** make, serial unless `jobs` says otherwise (real Montage's `make -j2` races). */
export function planMake(inputs: MontageInputs): MakePlan {
  return { cwd: inputs.path, argv: ['make', `-j${inputs.jobs}`, ...inputs['make-args']] }
}

/** Environment variables that change what make produces, and so belong in the key. */
export const KEY_ENV = [
  'CC', 'CXX', 'CPP', 'CFLAGS', 'CXXFLAGS', 'CPPFLAGS', 'LDFLAGS', 'LDLIBS', 'FC', 'FFLAGS', 'AR', 'ARFLAGS', 'RANLIB',
  'LD', 'AS', 'MAKEFLAGS', 'GNUMAKEFLAGS', 'MFLAGS', 'MAKEFILES', 'CPATH', 'C_INCLUDE_PATH', 'LIBRARY_PATH',
  'PKG_CONFIG_PATH', 'SOURCE_DATE_EPOCH'
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
