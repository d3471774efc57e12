/**
 * Find the CPython interpreters a runtime has: manylinux's /opt/python/*, pyenv's versions, and
 * pythonX.Y on PATH. Discovery runs through the runtime, so it works the same in a container.
 */
import { mapBounded } from '../lib/bounded.js'
import type { Runtime } from '../runtime/runtime.js'
import { identifierFor, type Interpreter } from './identifiers.js'

/** Lists candidate executables, one "source path" per line. Fixed text: no user input in it. */
const LIST_CANDIDATES = `
for p in /opt/python/*/bin/python; do [ -x "$p" ] && echo "manylinux $p"; done
root="\${PYENV_ROOT:-$HOME/.pyenv}"
for p in "$root"/versions/*/bin/python; do [ -x "$p" ] && echo "pyenv $p"; done
for n in 6 7 8 9 10 11 12 13 14 15; do p=$(command -v "python3.$n" 2>/dev/null) && echo "path $p"; done
exit 0
`

/** Prints what we need to know of an interpreter, as JSON. */
const PROBE = `import json, os, sys, sysconfig
print(json.dumps({"impl": sys.implementation.name, "version": "%d.%d.%d" % sys.version_info[:3],
  "major": sys.version_info[0], "minor": sys.version_info[1],
  "gil_disabled": bool(sysconfig.get_config_var("Py_GIL_DISABLED")),
  "executable": os.path.realpath(sys.executable)}))`

interface Probe {
  impl: string
  version: string
  major: number
  minor: number
  gil_disabled: boolean
  executable: string
}

export function parseCandidates(text: string): Array<{ source: Interpreter['source']; path: string }> {
  const out: Array<{ source: Interpreter['source']; path: string }> = []
  for (const line of text.split('\n')) {
    const m = /^(manylinux|pyenv|path) (\S.*)$/.exec(line.trim())
    if (m) out.push({ source: m[1] as Interpreter['source'], path: m[2] })
  }
  return out
}

/** Every CPython 3 the runtime can run, one entry per distinct executable. */
/** How many interpreters are probed at once (each probe starts a Python: mostly waiting on its start-up). */
const PROBES_AT_ONCE = 4

function parseProbe(stdout: string): Probe | undefined {
  try {
    return JSON.parse(stdout.trim().split('\n').pop() ?? '') as Probe
  } catch {
    return undefined
  }
}

/** Every CPython 3 the runtime can run, one entry per distinct executable, in the order listed. */
export async function discoverInterpreters(runtime: Runtime): Promise<Interpreter[]> {
  const listed = await runtime.run(['sh', '-c', LIST_CANDIDATES], { silent: true })
  const candidates = parseCandidates(listed.stdout)
  // a pyenv shim for a version that is not active, a broken link...: no answer
  const probes = await mapBounded(candidates, PROBES_AT_ONCE, async c => {
    const r = await runtime.run([c.path, '-c', PROBE], { silent: true })
    return r.exitCode === 0 ? parseProbe(r.stdout) : undefined
  })
  const seen = new Set<string>()
  const found: Interpreter[] = []
  candidates.forEach((c, i) => {
    const p = probes[i]
    if (!p || p.impl !== 'cpython' || p.major !== 3 || seen.has(p.executable)) return
    seen.add(p.executable)
    found.push({
      path: c.path,
      version: p.version,
      minor: `${p.major}.${p.minor}${p.gil_disabled ? 't' : ''}`,
      identifier: identifierFor(p.major, p.minor, p.gil_disabled),
      source: c.source
    })
  })
  return found
}
