/**
 * Mercurial sources: a clone updated to hg_tag (else tip), and the HG_* build variables from `hg log` of
 * the working copy's parent, as conda-build's get_hg_build_info has them. hg runs through the runtime (the
 * host's by default) with argv.
 */
import * as fs from 'node:fs'
import type { Runtime } from '../../runtime/runtime.js'
import { hostRuntime, inRuntime } from '../runtime-argv.js'
import type { HgSource } from './spec.js'

const HINT = 'install Mercurial (hg), or use a url source with a tarball'
const TEMPLATE = '{rev}|{node|short}|{latesttag}|{latesttagdistance}|{branch}'

/** The argv lists that get `src` into `dest`. */
export function hgPlan(src: HgSource, dest: string): string[][] {
  return [
    ['hg', 'clone', '--quiet', '--noupdate', '--', src.url, dest],
    ['hg', '--cwd', dest, 'update', '--quiet', '--clean', '--rev', src.rev || 'tip']
  ]
}

export async function fetchHgSource(
  src: HgSource,
  dest: string,
  log: (s: string) => void = () => {},
  runtime: Runtime = hostRuntime()
): Promise<Record<string, string>> {
  fs.mkdirSync(dest, { recursive: true })
  if (fs.readdirSync(dest).length) throw new Error(`hg source: ${dest} is not empty`)
  log(`hg: cloning ${src.url}${src.rev ? ` at ${src.rev}` : ''}`)
  for (const argv of hgPlan(src, dest)) await runtime.runOrThrow(inRuntime(runtime, argv), { silent: true, hint: HINT, env: { HGPLAIN: '1' } })
  return hgVars(dest, runtime)
}

/** HG_* from one line of `hg log --template` output (rev|short|latesttag|distance|branch). */
export function hgVarsFrom(line: string): Record<string, string> {
  const [rev, shortId, tag, distance, branch] = line.trim().split('|')
  const out: Record<string, string> = {}
  if (tag && tag !== 'null') out.HG_LATEST_TAG = tag
  out.HG_BRANCH = branch || 'default'
  out.HG_NUM_ID = rev
  out.HG_LATEST_TAG_DISTANCE = distance
  out.HG_SHORT_ID = shortId
  out.HG_BUILD_STR = `${rev}_${shortId}`
  return out
}

/** The HG_* variables of the working copy at `repo`; {} when hg is missing or fails. */
export async function hgVars(repo: string, runtime: Runtime = hostRuntime()): Promise<Record<string, string>> {
  try {
    const argv = inRuntime(runtime, ['hg', '--cwd', repo, 'log', '--template', TEMPLATE, '--rev', '.'])
    const r = await runtime.run(argv, { silent: true, env: { HGPLAIN: '1' } })
    return r.exitCode === 0 && r.stdout.includes('|') ? hgVarsFrom(r.stdout) : {}
  } catch {
    return {}
  }
}
