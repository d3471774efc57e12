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
export const KEY_ENV = ['CC', 'CXX', 'CFLAGS', 'CXXFLAGS', 'CPPFLAGS', 'LDFLAGS', 'FC', 'FFLAGS'] as const

export interface KeyFacts {
  /** Hash of the tree's source files. */
  readonly sources: string
  /** `cc --version` and `make --version`, first lines. */
  readonly toolchain: string
  /** The runtime: host OS and arch, or the image digest. */
  readonly runtime: string
  readonly env: Readonly<Record<string, string>>
}

export const KEY_PREFIX = 'build-wheel-c-tree-v1'

export function cTreeKey(plan: MakePlan, facts: KeyFacts): string {
  return composeKey(KEY_PREFIX, {
    sources: facts.sources,
    toolchain: facts.toolchain,
    runtime: facts.runtime,
    // -jN does not change what is built
    argv: JSON.stringify(plan.argv.filter(a => !/^-j\d+$/.test(a))),
    env: JSON.stringify(KEY_ENV.map(k => [k, facts.env[k] ?? '']))
  })
}
