/**
 * git sources: a clone (shallow with git_depth, at a tag or branch when it names one), a checkout of
 * git_rev, and the GIT_* build variables from `git describe`. git runs through src/lib/exec with argv.
 */
import * as fs from 'node:fs'
import { run, runOrThrow } from '../../lib/exec.js'
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

export async function fetchGitSource(src: GitSource, dest: string, log: (s: string) => void = () => {}): Promise<GitVars> {
  fs.mkdirSync(dest, { recursive: true })
  if (fs.readdirSync(dest).length) throw new Error(`git source: ${dest} is not empty`)
  log(`git: cloning ${src.url}${src.rev ? ` at ${src.rev}` : ''}${src.depth > 0 ? ` (depth ${src.depth})` : ''}`)
  for (const argv of gitPlan(src, dest)) await runOrThrow(argv, { silent: true, hint: HINT, env: { GIT_TERMINAL_PROMPT: '0' } })
  return gitVars(dest)
}

/** GIT_DESCRIBE_* from `git describe --tags --long`, GIT_FULL_HASH, GIT_BUILD_STR (number_hash). */
export async function gitVars(repo: string): Promise<GitVars> {
  const full = await run(['git', '-C', repo, 'rev-parse', 'HEAD'], { silent: true })
  const out: Record<string, string> = {}
  if (full.exitCode === 0) out.GIT_FULL_HASH = full.stdout.trim()
  const d = await run(['git', '-C', repo, 'describe', '--tags', '--long', 'HEAD'], { silent: true })
  const m = d.exitCode === 0 ? /^(.*)-(\d+)-(g[0-9a-f]+)$/.exec(d.stdout.trim()) : null
  if (m) {
    out.GIT_DESCRIBE_TAG = m[1]
    out.GIT_DESCRIBE_TAG_PEP440 = m[1].replace(/^v/, '')
    out.GIT_DESCRIBE_NUMBER = m[2]
    out.GIT_DESCRIBE_HASH = m[3]
    out.GIT_BUILD_STR = `${m[2]}_${m[3]}`
  }
  return out
}
