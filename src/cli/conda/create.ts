/**
 * `build-wheel conda create --prefix P [--channel C]... [--subdir S] [--offline] [--json] SPEC...`:
 * the local command over createEnvironment, a progress line per package and a summary.
 */
import * as os from 'node:os'
import * as path from 'node:path'
import { errorMessage } from '../../lib/errors.js'
import { createEnvironment } from '../../conda/env/create.js'
import { parseSubcommand } from './args.js'
import { PACKAGE_SCRIPT_OPTIONS, PACKAGE_SCRIPTS_USAGE, packageScriptsFlag, parseVerify, VERIFY_OPTIONS, VERIFY_USAGE } from '../../conda/script-flags.js'

export const CREATE_USAGE = `usage: build-wheel conda create --prefix DIR [flags] SPEC...

Create a conda environment: solve SPECs (match specs such as 'zlib', 'python >=3.12', 'numpy=1.26')
with rattler's solver, download the packages into the package cache (checked against the repodata),
and link them into DIR with prefix placeholders replaced and conda-meta records written.

flags:
  --prefix DIR        the environment to create (new or empty)
  --channel C, -c C   a channel: a name (conda-forge), an https:// URL, a file:// URL or a directory;
                      repeat for several, in priority order (default: conda-forge). Credentials come
                      from the environment: https://\${USER}:\${TOKEN}@host/channel or .../t/\${TOKEN}/...
  --subdir S          the target platform (linux-64, osx-arm64, ...); default: this machine's
  --offline           use only the cached repodata and packages
  --cache-dir DIR     where repodata and packages are cached
                      (default: $XDG_CACHE_HOME/build-wheel/conda or ~/.cache/build-wheel/conda)
  --json              print what was installed as JSON instead of a summary
${PACKAGE_SCRIPTS_USAGE}
${VERIFY_USAGE}
  -h, --help          show this help
`

const OPTIONS = {
  prefix: { type: 'string', short: 'p' },
  channel: { type: 'string', short: 'c', multiple: true },
  subdir: { type: 'string' },
  offline: { type: 'boolean' },
  'cache-dir': { type: 'string' },
  json: { type: 'boolean' },
  ...PACKAGE_SCRIPT_OPTIONS,
  ...VERIFY_OPTIONS,
  help: { type: 'boolean', short: 'h' }
} as const

export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  const base = env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache')
  return path.join(base, 'build-wheel', 'conda')
}

/** Run `conda create <args>`; returns the exit code. Progress goes to stderr when --json is given, else to `out`. */
export async function createCommand(args: readonly string[], out: (s: string) => void): Promise<number> {
  const parsed = parseSubcommand(args, OPTIONS, CREATE_USAGE, out)
  if (typeof parsed === 'number') return parsed
  const { values, positionals } = parsed
  const problems: string[] = []
  if (!values.prefix) problems.push('--prefix is required')
  if (positionals.length === 0) problems.push('give at least one package spec')
  const allowScripts = packageScriptsFlag(values)
  if (typeof allowScripts === 'string') problems.push(allowScripts)
  const verify = parseVerify(values.verify ?? '')
  if (verify.problem) problems.push(`--verify: ${verify.problem}`)
  if (problems.length) {
    process.stderr.write(`error: ${problems.join('; ')}\n${CREATE_USAGE}`)
    return 2
  }
  const say = values.json ? (l: string) => process.stderr.write(`${l}\n`) : (l: string) => out(`${l}\n`)
  try {
    const r = await createEnvironment({
      prefix: values.prefix as string,
      channels: values.channel ?? [],
      specs: positionals,
      subdir: values.subdir,
      offline: values.offline,
      cacheDir: values['cache-dir'] ? path.resolve(values['cache-dir']) : defaultCacheDir(),
      log: say,
      warn: l => process.stderr.write(`warning: ${l}\n`),
      allowPackageScripts: allowScripts !== false,
      verify: verify.mode,
      command: ['build-wheel', 'conda', 'create', ...args].join(' ')
    })
    if (values.json)
      out(
        `${JSON.stringify({ prefix: r.prefix, subdir: r.subdir, seconds: Number(r.seconds.toFixed(3)), downloaded_bytes: r.downloadedBytes, packages: r.packages }, null, 2)}\n`
      )
    return 0
  } catch (e) {
    process.stderr.write(`error: ${errorMessage(e)}\n`)
    return 1
  }
}
