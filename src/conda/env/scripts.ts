/**
 * A channel package's link scripts (`bin/.<name>-<kind>.sh`), run as conda runs them:
 *   pre-link   before the package is linked, from the package cache folder (conda warns that it
 *              may change the cached package: deprecated, still run);
 *   post-link  once the package is linked, from the prefix;
 *   pre-unlink before a package is removed (remove.ts), from the prefix: an environment being
 *              created never runs it.
 * In the activated environment (`$PREFIX/bin` first on PATH, the `etc/conda/activate.d` scripts
 * sourced), then `bash --noprofile --norc <script>`, stdin /dev/null, with PREFIX, PKG_NAME,
 * PKG_VERSION, PKG_BUILDNUM, ROOT_PREFIX and SOURCE_DIR set; what a script leaves in
 * `$PREFIX/.messages.txt` is shown. The wrapper is a fixed text; the prefix and the script reach it
 * as argv and environment. A script that fails fails the install, with its last lines. Windows
 * `.bat` scripts are not run here.
 *
 * A channel package is data: `allowPackageScripts: false` (input `allow-package-scripts`) refuses
 * every package that carries a link script, before anything is linked, naming package and script.
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { run } from '../../lib/exec.js'
import type { IndexJson } from './package-info.js'

export class ScriptError extends Error {
  override name = 'ScriptError'
}

export const LINK_SCRIPT_KINDS = ['pre-link', 'post-link', 'pre-unlink'] as const
export type LinkScriptKind = (typeof LINK_SCRIPT_KINDS)[number]

/** A link script's path in a package (and so in the prefix), relative. */
export function linkScriptPath(name: string, kind: LinkScriptKind, ext: 'sh' | 'bat' = 'sh'): string {
  return `${ext === 'bat' ? 'Scripts' : 'bin'}/.${name}-${kind}.${ext}`
}

/** The post-link script's path in the prefix, relative. */
export function postLinkPath(name: string): string {
  return linkScriptPath(name, 'post-link')
}

export interface FoundScript {
  readonly kind: LinkScriptKind
  /** Relative to the package's folder. */
  readonly rel: string
}

/** The link scripts an extracted package holds (shell and batch). */
export function linkScriptsIn(dir: string, name: string): FoundScript[] {
  const out: FoundScript[] = []
  for (const kind of LINK_SCRIPT_KINDS)
    for (const ext of ['sh', 'bat'] as const) {
      const rel = linkScriptPath(name, kind, ext)
      if (fs.lstatSync(path.join(dir, rel), { throwIfNoEntry: false })) out.push({ kind, rel })
    }
  return out
}

export interface ScriptPackage {
  readonly index: IndexJson
  /** The extracted package. */
  readonly dir: string
}

const label = (index: IndexJson): string => `${index.name}-${index.version}-${index.build}`

/** With package scripts refused: throw a ScriptError naming every package and script found. */
export function refuseLinkScripts(packages: readonly ScriptPackage[]): void {
  const found = packages.flatMap(p => linkScriptsIn(p.dir, p.index.name).map(s => `${label(p.index)}: ${s.kind} script ${s.rel}`))
  if (found.length)
    throw new ScriptError(
      `allow-package-scripts is false, and ${found.length === 1 ? 'a package has a link script' : 'packages have link scripts'} ` +
        `that conda would run:\n  ${found.join('\n  ')}\nnothing was installed; use other packages, or allow package scripts ` +
        '(allow-package-scripts: true, --allow-package-scripts) if you trust them'
    )
}

/** The environment conda gives link scripts. */
export function scriptEnv(prefix: string, index: IndexJson, sourceDir: string = prefix): Record<string, string> {
  return {
    PREFIX: prefix,
    ROOT_PREFIX: prefix,
    CONDA_PREFIX: prefix,
    PKG_NAME: index.name,
    PKG_VERSION: index.version,
    PKG_BUILDNUM: String(index.build_number ?? ''),
    SOURCE_DIR: sourceDir
  }
}

/** Source the environment's activation scripts, then run the script ($1) in a clean bash. */
export const ACTIVATE_THEN_RUN = [
  'for f in "$PREFIX"/etc/conda/activate.d/*.sh; do',
  '  if [ -f "$f" ]; then . "$f"; fi',
  'done',
  'exec bash --noprofile --norc "$1"'
].join('\n')

export interface ScriptRun {
  readonly ran: boolean
  /** What the script left in $PREFIX/.messages.txt. */
  readonly messages: string
}

/**
 * Run one link script of a package when it has one: pre-link from `packageDir` (the extracted
 * package), post-link and pre-unlink from the prefix. `log` is told of each run, with the package.
 */
export async function runLinkScript(
  kind: LinkScriptKind,
  prefix: string,
  index: IndexJson,
  opts: { packageDir?: string; log?: (l: string) => void; warn?: (l: string) => void } = {}
): Promise<ScriptRun> {
  const home = kind === 'pre-link' ? (opts.packageDir ?? prefix) : prefix
  const script = path.join(home, linkScriptPath(index.name, kind))
  if (!fs.existsSync(script)) return { ran: false, messages: '' }
  if (kind === 'pre-link')
    opts.warn?.(`${label(index)} has a pre-link script: it can change the package in the package cache, and conda may stop running such scripts`)
  opts.log?.(`running the ${kind} script of ${label(index)}: ${script}`)
  const messagesFile = path.join(prefix, '.messages.txt')
  const argv = ['bash', '--noprofile', '--norc', '-c', ACTIVATE_THEN_RUN, kind, script]
  const env = { ...scriptEnv(prefix, index, home), PATH: `${path.join(prefix, 'bin')}${path.delimiter}${process.env.PATH ?? ''}` }
  const r = await run(argv, { cwd: home, env, silent: true })
  let messages = ''
  if (fs.existsSync(messagesFile)) {
    messages = fs.readFileSync(messagesFile, 'utf8').trim()
    fs.rmSync(messagesFile, { force: true })
  }
  if (r.exitCode !== 0)
    throw new ScriptError(
      `the ${kind} script of ${label(index)} failed (exit ${r.exitCode}): bash --noprofile --norc ${script}` + (r.tail ? `\n${r.tail}` : '')
    )
  return { ran: true, messages }
}

/** Run the package's post-link script when it has one; returns the messages it left (or ''). */
export async function runPostLink(prefix: string, index: IndexJson, log?: (l: string) => void): Promise<ScriptRun> {
  return runLinkScript('post-link', prefix, index, { log })
}
