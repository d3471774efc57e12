/**
 * The builtin repair reads libraries as files, and in a container the libraries a wheel needs are
 * the container's, not the host's. This copies them out, through the runtime, into a folder both
 * sides see: the loader's configuration first (to know the search path), then round by round the
 * libraries the wheel's ELF files need and what those need, each found along the runtime's search
 * path. The repair is then given that folder's copies of the search path, in the same order, as
 * auditwheel's --ldpaths would be: it resolves what the container's loader would.
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { ElfError } from '../elf/errors.js'
import { readElf } from '../elf/elf.js'
import { isLoaderName, LIBPYTHON_RE, parseLdSoConf, parseLdPaths } from '../elf/lddtree.js'
import { extractWheel } from '../manylinux/extract.js'
import type { Runtime } from '../runtime/runtime.js'

export interface LibraryView {
  /** Host folders, in the runtime's search order, holding copies of the runtime's libraries. */
  readonly ldPaths: readonly string[]
  /** The runtime's environment without the search-path variables (they are in ldPaths). */
  readonly env: Readonly<Record<string, string>>
  /** A copied path back to the runtime's (for the log). */
  readonly runtimePathOf: (copy: string) => string
}

/** Fixed script: copy the loader's configuration into "$1" (the runtime's path of the view). */
const COPY_CONF = `dest=$1
mkdir -p "$dest/etc" || exit 1
for f in /etc/ld.so.conf /etc/ld-musl-*.path; do [ -f "$f" ] && cp -L "$f" "$dest/etc/"; done
if [ -d /etc/ld.so.conf.d ]; then mkdir -p "$dest/etc/ld.so.conf.d" && cp -L /etc/ld.so.conf.d/* "$dest/etc/ld.so.conf.d/" 2>/dev/null; fi
exit 0`

/** Fixed script: "$1" the view, "$2" the search folders (one per line), then library names: copy each found. */
const COPY_LIBS = `set -f
dest=$1; dirs=$2; shift 2
IFS='
'
for n in "$@"; do
  for d in $dirs; do
    if [ -f "$d/$n" ] && [ ! -e "$dest$d/$n" ]; then mkdir -p "$dest$d" && cp -L "$d/$n" "$dest$d/$n"; fi
  done
done
exit 0`

const DEFAULT_DIRS = ['/lib', '/lib64', '/usr/lib', '/usr/lib64', '/usr/local/lib']
const SEARCH_VARS = ['AUDITWHEEL_LD_LIBRARY_PATH', 'LD_LIBRARY_PATH'] as const
/** Bounds on the closure: rounds (the depth of the dependency tree) and names. */
const MAX_ROUNDS = 32
const MAX_NAMES = 4000

function neededOf(file: string): string[] {
  try {
    return readElf(fs.readFileSync(file)).needed
  } catch (e) {
    if (e instanceof ElfError) return []
    throw e
  }
}

/** The runtime's search path, from its environment and the configuration copied into `root`. */
function searchDirs(root: string, env: Readonly<Record<string, string>>): string[] {
  const fromEnv = SEARCH_VARS.flatMap(v => parseLdPaths(env[v])).filter(d => path.isAbsolute(d))
  const conf = parseLdSoConf(path.join(root, 'etc/ld.so.conf'), new Set(), root)
  const musl = fs.existsSync(path.join(root, 'etc'))
    ? fs
        .readdirSync(path.join(root, 'etc'))
        .filter(f => /^ld-musl-.*\.path$/.test(f))
        .flatMap(f => fs.readFileSync(path.join(root, 'etc', f), 'utf8').split(/[:\n]/))
    : []
  return [...new Set([...fromEnv, ...conf, ...musl.map(s => s.trim()).filter(s => s.startsWith('/')), ...DEFAULT_DIRS])]
}

/** Copy out of the runtime what the wheel's ELF files need; `root` is a new empty folder both sides see (host path). */
export async function libraryView(runtime: Runtime, wheel: string, root: string): Promise<LibraryView> {
  const env = await runtime.env()
  const rootIn = runtime.toRuntimePath(root)
  await runtime.runOrThrow(['sh', '-c', COPY_CONF, 'copy-conf', rootIn], { silent: true, hint: 'could not read the loader configuration in the runtime' })
  const dirs = searchDirs(root, env)

  const x = await extractWheel(wheel, { elfOnly: true })
  let todo: string[]
  try {
    todo = x.elfMembers.flatMap(m => neededOf(path.join(x.dir, m)))
  } finally {
    x.cleanup()
  }
  const asked = new Set<string>()
  for (let round = 0; round < MAX_ROUNDS && asked.size < MAX_NAMES; round++) {
    const names = [...new Set(todo)].filter(n => !asked.has(n) && !isLoaderName(n) && !LIBPYTHON_RE.test(n) && !n.includes('/'))
    if (names.length === 0) break
    for (const n of names) asked.add(n)
    await runtime.runOrThrow(['sh', '-c', COPY_LIBS, 'copy-libs', rootIn, dirs.join('\n'), ...names], {
      silent: true,
      hint: 'could not copy libraries out of the runtime'
    })
    todo = names.flatMap(n => dirs.map(d => path.join(root, d, n)).filter(f => fs.existsSync(f))).flatMap(neededOf)
  }
  const rest = Object.fromEntries(Object.entries(env).filter(([k]) => !(SEARCH_VARS as readonly string[]).includes(k)))
  return {
    ldPaths: dirs.map(d => path.join(root, d)),
    env: rest,
    runtimePathOf: copy => (copy.startsWith(`${root}/`) ? copy.slice(root.length) : copy)
  }
}
