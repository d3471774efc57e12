/**
 * git sources: a clone (shallow with git_depth, at a tag or branch when it names one), a checkout of
 * git_rev, and the GIT_* build variables from `git describe`. git runs through the runtime (the host's
 * by default) with argv.
 */
import * as fs from 'node:fs'
import type { Runtime } from '../../runtime/runtime.js'
import { hostRuntime, inRuntime } from '../runtime-argv.js'
import type { GitSource } from './spec.js'

export interface GitVars {
  readonly GIT_DESCRIBE_TAG?: string
  readonly GIT_DESCRIBE_TAG_PEP440?: string
  readonly GIT_DESCRIBE_NUMBER?: string
  readonly GIT_DESCRIBE_HASH?: string
  readonly GIT_FULL_HASH?: string
  readonly GIT_BUILD_STR?: string
}

const HINT = 'install git, or use a url source with a tarball'

/** The argv lists that get `src` into `dest` (pure, for tests and for the plan). */
export function gitPlan(src: GitSource, dest: string): string[][] {
  const looksLikeCommit = /^[0-9a-f]{7,40}$/i.test(src.rev)
  const clone = ['git', 'clone', '--quiet', '--no-checkout']
  if (src.depth > 0 && !looksLikeCommit) clone.push('--depth', String(src.depth))
  if (src.rev && !looksLikeCommit) clone.push('--branch', src.rev)
  clone.push('--', src.url, dest)
  const checkout = ['git', '-C', dest, 'checkout', '--quiet', '--detach', src.rev && looksLikeCommit ? src.rev : 'HEAD']
  const submodules = ['git', '-C', dest, 'submodule', 'update', '--init', '--recursive', '--quiet']
  return [clone, checkout, submodules]
}

export async function fetchGitSource(src: GitSource, dest: string, log: (s: string) => void = () => {}, runtime: Runtime = hostRuntime()): Promise<GitVars> {
  fs.mkdirSync(dest, { recursive: true })
  if (fs.readdirSync(dest).length) throw new Error(`git source: ${dest} is not empty`)
  log(`git: cloning ${src.url}${src.rev ? ` at ${src.rev}` : ''}${src.depth > 0 ? ` (depth ${src.depth})` : ''}`)
  for (const argv of gitPlan(src, dest)) await runtime.runOrThrow(inRuntime(runtime, argv), { silent: true, hint: HINT, env: { GIT_TERMINAL_PROMPT: '0' } })
  return gitVars(dest, runtime)
}

/**
 * GIT_DESCRIBE_TAG_PEP440 from `git describe --long` output: the tag's version (after a leading run of
 * upper-case letters, `_`, `a`, `z` or `-`, as conda-build's pattern has it), with `.post<n>+<hash>` when
 * HEAD is n commits past it; undefined when the output has no such shape (conda-build then writes "None").
 */
export function pep440FromDescribe(describe: string): string | undefined {
  // the leading class is what conda-build's `[_-a-zA-Z]` is in Python: _ ` a - z and A-Z
  const m = /^[_`az\-A-Z]*([a-zA-Z0-9.]+)-(\d+)-g([0-9a-f]{7,})$/.exec(describe)
  if (!m) return undefined
  return m[2] === '0' ? m[1] : `${m[1]}.post${m[2]}+${m[3]}`
}

/** The GIT_* variables from `git describe --tags --long HEAD` and `git rev-parse HEAD` (conda-build's get_git_info). */
export function gitVarsFrom(describe: string | undefined, describeAll: string | undefined, fullHash: string | undefined): GitVars {
  const out: Record<string, string> = {}
  const parts = describe ? /^(.*)-(\d+)-(g[0-9a-f]+)$/.exec(describe) : null
  if (parts) {
    out.GIT_DESCRIBE_TAG = parts[1]
    out.GIT_DESCRIBE_NUMBER = parts[2]
    out.GIT_DESCRIBE_HASH = parts[3]
  }
  if (describe !== undefined) out.GIT_DESCRIBE_TAG_PEP440 = pep440FromDescribe(describe) ?? 'None'
  // no tag reachable: only the short hash, from describing every ref
  const all = !parts && describeAll ? /-(g[0-9a-f]+)$/.exec(describeAll) : null
  if (all) out.GIT_DESCRIBE_HASH = all[1]
  if (fullHash) out.GIT_FULL_HASH = fullHash
  if (out.GIT_DESCRIBE_NUMBER && out.GIT_DESCRIBE_HASH) out.GIT_BUILD_STR = `${out.GIT_DESCRIBE_NUMBER}_${out.GIT_DESCRIBE_HASH}`
  return out
}

async function firstLine(argv: string[], runtime: Runtime): Promise<string | undefined> {
  const r = await runtime.run(inRuntime(runtime, argv), { silent: true })
  return r.exitCode === 0 ? r.stdout.split('\n')[0].trim() || undefined : undefined
}

/** The GIT_* build variables of the repository at `repo` (see gitVarsFrom). */
export async function gitVars(repo: string, runtime: Runtime = hostRuntime()): Promise<GitVars> {
  const describe = await firstLine(['git', '-C', repo, 'describe', '--tags', '--long', 'HEAD'], runtime)
  const describeAll = describe ? undefined : await firstLine(['git', '-C', repo, 'describe', '--all', '--long', 'HEAD'], runtime)
  return gitVarsFrom(describe, describeAll, await firstLine(['git', '-C', repo, 'rev-parse', 'HEAD'], runtime))
}
