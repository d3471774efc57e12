/**
 * The seed's configure step: install packages (Cython and jinja2 by default) into each chosen
 * interpreter, skipping those already installed. Runs through the runtime, as the image's user.
 */
import { info, phase } from '../lib/log.js'
import type { Runtime } from '../runtime/runtime.js'
import type { Interpreter } from './identifiers.js'

/** Prints the requirements whose distribution is not installed. Fixed text; the names come as arguments. */
const MISSING = `import re, sys
from importlib import metadata
for req in sys.argv[1:]:
    name = re.match(r"[A-Za-z0-9._-]+", req).group(0)
    try:
        metadata.version(name)
    except metadata.PackageNotFoundError:
        print(req)`

/** A requirement pip accepts here: a name with optional extras and version specifiers, no options or paths. */
export function isRequirement(req: string): boolean {
  return /^[A-Za-z0-9][A-Za-z0-9._-]*(\[[A-Za-z0-9._,-]+\])?([<>=!~]=?[A-Za-z0-9.*+!_-]+(,[<>=!~]=?[A-Za-z0-9.*+!_-]+)*)?$/.test(req)
}

export function installArgv(python: string, pipArgs: readonly string[], reqs: readonly string[]): string[] {
  return [python, '-m', 'pip', 'install', '--disable-pip-version-check', '--no-input', ...pipArgs, ...reqs]
}

/** Install what is missing of `reqs` into each interpreter; returns what was installed where. */
export async function installPackages(
  runtime: Runtime,
  pythons: readonly Interpreter[],
  reqs: readonly string[],
  pipArgs: readonly string[]
): Promise<Record<string, string[]>> {
  const done: Record<string, string[]> = {}
  if (reqs.length === 0) return done
  for (const py of pythons)
    await phase(`${py.identifier}: python-packages`, async () => {
      const probe = await runtime.runOrThrow([py.path, '-c', MISSING, ...reqs], { silent: true, hint: `could not run ${py.path}` })
      const missing = probe.stdout
        .split('\n')
        .map(l => l.trim())
        .filter(Boolean)
      if (missing.length === 0) {
        info(`already installed: ${reqs.join(' ')}`)
        done[py.identifier] = []
        return
      }
      await runtime.runOrThrow(installArgv(py.path, pipArgs, missing), {
        hint: `pip could not install ${missing.join(' ')} into ${py.identifier}; a runner without PyPI needs pip-args naming an index (e.g. --index-url, --find-links with a mounted folder)`
      })
      done[py.identifier] = missing
    })
  return done
}
