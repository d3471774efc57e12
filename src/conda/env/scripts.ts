/**
 * A package's post-link script (`bin/.<name>-post-link.sh`), run as conda runs it once the package
 * is linked: in the activated environment (`$PREFIX/bin` first on PATH, the `etc/conda/activate.d`
 * scripts sourced), then `bash --noprofile --norc <script>`, stdin /dev/null, with PREFIX, PKG_NAME,
 * PKG_VERSION, PKG_BUILDNUM and ROOT_PREFIX set; what it leaves in `$PREFIX/.messages.txt` is
 * shown. The wrapper is a fixed text; the prefix and the script reach it as argv and environment. A script that fails fails the install, with its last lines. Windows `.bat` scripts are not
 * run here.
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { run } from '../../lib/exec.js'
import type { IndexJson } from './package-info.js'

export class ScriptError extends Error {
  override name = 'ScriptError'
}

/** The post-link script's path in the prefix, relative. */
export function postLinkPath(name: string): string {
  return `bin/.${name}-post-link.sh`
}

/** The environment conda gives link scripts. */
export function scriptEnv(prefix: string, index: IndexJson): Record<string, string> {
  return {
    PREFIX: prefix,
    ROOT_PREFIX: prefix,
    CONDA_PREFIX: prefix,
    PKG_NAME: index.name,
    PKG_VERSION: index.version,
    PKG_BUILDNUM: String(index.build_number ?? ''),
    SOURCE_DIR: prefix
  }
}

/** Source the environment's activation scripts, then run the script ($1) in a clean bash. */
export const ACTIVATE_THEN_RUN = [
  'for f in "$PREFIX"/etc/conda/activate.d/*.sh; do',
  '  if [ -f "$f" ]; then . "$f"; fi',
  'done',
  'exec bash --noprofile --norc "$1"'
].join('\n')

/** Run the package's post-link script when it has one; returns the messages it left (or ''). */
export async function runPostLink(prefix: string, index: IndexJson): Promise<{ ran: boolean; messages: string }> {
  const script = path.join(prefix, postLinkPath(index.name))
  if (!fs.existsSync(script)) return { ran: false, messages: '' }
  const messagesFile = path.join(prefix, '.messages.txt')
  const argv = ['bash', '--noprofile', '--norc', '-c', ACTIVATE_THEN_RUN, 'post-link', script]
  const env = { ...scriptEnv(prefix, index), PATH: `${path.join(prefix, 'bin')}${path.delimiter}${process.env.PATH ?? ''}` }
  const r = await run(argv, { cwd: prefix, env, silent: true })
  let messages = ''
  if (fs.existsSync(messagesFile)) {
    messages = fs.readFileSync(messagesFile, 'utf8').trim()
    fs.rmSync(messagesFile, { force: true })
  }
  if (r.exitCode !== 0)
    throw new ScriptError(
      `the post-link script of ${index.name}-${index.version}-${index.build} failed (exit ${r.exitCode}): bash --noprofile --norc ${script}` +
        (r.tail ? `\n${r.tail}` : '')
    )
  return { ran: true, messages }
}
