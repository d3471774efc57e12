/**
 * What each Python is asked once, just before its wheel is built (after before-build, which may
 * install build requirements): its pip's version (whether the test venv can go without pip of its
 * own), and whether it already satisfies the package's build requirements (whether build-isolation
 * auto builds without an isolated environment). One short `python -c` run, read-only.
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { parse as parseToml } from 'smol-toml'
import { compareVersions } from '../lib/versions.js'

/** pip's own default when a package declares no build-system (pip 23.1 and newer; older pips added wheel). */
export const PIP_DEFAULT_REQUIRES = ['setuptools>=40.8.0']

export interface BuildSystem {
  readonly requires: readonly string[]
  /** The build backend ('' = none named: pip's default, setuptools' legacy backend). */
  readonly backend: string
  /** Where the requirements come from, for the log. */
  readonly from: string
}

/**
 * build-system of the package's pyproject.toml, or pip's default; undefined when the file cannot
 * be read as TOML (pip will say why; the build is isolated as pip's default is).
 */
export function readBuildSystem(packageDir: string): BuildSystem | undefined {
  const file = path.join(packageDir, 'pyproject.toml')
  if (!fs.existsSync(file)) return { requires: PIP_DEFAULT_REQUIRES, backend: '', from: "pip's default (no pyproject.toml)" }
  let doc: Record<string, unknown>
  try {
    doc = parseToml(fs.readFileSync(file, 'utf8'))
  } catch {
    return undefined
  }
  const bs = doc['build-system'] as { requires?: unknown; 'build-backend'?: unknown } | undefined
  const backend = typeof bs?.['build-backend'] === 'string' ? bs['build-backend'] : ''
  if (!bs || bs.requires === undefined) return { requires: PIP_DEFAULT_REQUIRES, backend, from: `pip's default (${file} has no build-system.requires)` }
  if (!Array.isArray(bs.requires) || !bs.requires.every(r => typeof r === 'string')) return undefined
  return { requires: bs.requires, backend, from: `build-system.requires of ${file}` }
}

/** Backends that are setuptools': before setuptools 70.1 they also ask for wheel at build time. */
const SETUPTOOLS_BACKENDS = ['', 'setuptools.build_meta', 'setuptools.build_meta:__legacy__']

/**
 * The probe: argv[1] the requirements (JSON), argv[2] "1" for a setuptools backend, argv[3] "1" to
 * check them at all. Prints {"pip": version or null, "runner": path or null, "missing": [...],
 * "found": [...]}; the runner is the script `pip --python` itself runs pip with in the other
 * interpreter (pip/__pip-runner__.py, pip 22.3+), so the test venv's install can start pip once
 * instead of twice. Requirements
 * are read with pip's own vendored `packaging`; a requirement with extras is satisfied when the
 * extras' own requirements are; markers are evaluated for this interpreter.
 */
export const PROBE = `import json, sys
from importlib import metadata
out = {"pip": None, "runner": None, "missing": [], "found": []}
try:
    import os, pip
    out["pip"] = metadata.version("pip")
    runner = os.path.join(os.path.dirname(os.path.abspath(pip.__file__)), "__pip-runner__.py")
    out["runner"] = runner if os.path.isfile(runner) else None
except Exception:
    pass
def main():
    if sys.argv[3] != "1":
        return
    try:
        from pip._vendor.packaging.requirements import Requirement
        from pip._vendor.packaging.version import Version
    except Exception as e:
        out["missing"].append("pip's packaging module (%s)" % e)
        return
    seen = set()
    def check(text, extra=""):
        r = Requirement(text)
        if r.marker is not None and not r.marker.evaluate({"extra": extra}):
            return
        if (str(r), extra) in seen:
            return
        seen.add((str(r), extra))
        try:
            v = metadata.version(r.name)
        except metadata.PackageNotFoundError:
            out["missing"].append("%s (not installed)" % text)
            return
        if not r.specifier.contains(v, prereleases=True):
            out["missing"].append("%s (%s is installed)" % (text, v))
            return
        out["found"].append("%s %s" % (r.name, v))
        for e in sorted(r.extras):
            for dep in metadata.requires(r.name) or []:
                d = Requirement(dep)
                if d.marker is not None and d.marker.evaluate({"extra": e}) and not d.marker.evaluate({"extra": ""}):
                    check(dep, e)
    for t in json.loads(sys.argv[1]):
        check(t)
    if sys.argv[2] == "1" and not out["missing"]:
        if Version(metadata.version("setuptools")) < Version("70.1"):
            check("wheel")
try:
    main()
except Exception as e:
    out["missing"].append("the check failed: %s: %s" % (type(e).__name__, e))
print(json.dumps(out))
`

export function probeArgv(python: string, bs: BuildSystem | undefined, checkRequires: boolean): string[] {
  const setuptools = bs ? SETUPTOOLS_BACKENDS.includes(bs.backend) : false
  return [python, '-c', PROBE, JSON.stringify(bs?.requires ?? []), setuptools ? '1' : '0', checkRequires && bs ? '1' : '0']
}

export interface ProbeResult {
  /** pip's version in the interpreter ('' = none found). */
  readonly pip: string
  /** pip's own script for running it in another interpreter ('' = none: pip before 22.3, or pip not a folder). */
  readonly runner: string
  /** Build requirements not satisfied, each with why; empty when all are (or none were checked). */
  readonly missing: readonly string[]
  readonly found: readonly string[]
}

/** The probe's output; undefined when it is not what the probe prints (the interpreter failed it). */
export function parseProbe(stdout: string): ProbeResult | undefined {
  const last = stdout.trim().split('\n').pop() ?? ''
  try {
    const j = JSON.parse(last) as { pip?: unknown; runner?: unknown; missing?: unknown; found?: unknown }
    const strings = (v: unknown): string[] | undefined => (Array.isArray(v) && v.every(x => typeof x === 'string') ? v : undefined)
    const missing = strings(j.missing)
    const found = strings(j.found)
    if (!missing || !found) return undefined
    const text = (v: unknown): string => (typeof v === 'string' ? v : '')
    return { pip: text(j.pip), runner: text(j.runner), missing, found }
  } catch {
    return undefined
  }
}

/** pip's --python option (run pip for another interpreter) came in pip 22.3. */
export function pipHasPythonOption(pipVersion: string): boolean {
  return /^\d/.test(pipVersion) && compareVersions(pipVersion, '22.3') >= 0
}

export type BuildIsolation = 'auto' | 'true' | 'false'

/** Whether this Python's build is isolated, and why (for the log). Pure. */
export function decideIsolation(mode: BuildIsolation, bs: BuildSystem | undefined, probe: ProbeResult | undefined): { isolated: boolean; why: string } {
  if (mode === 'true') return { isolated: true, why: 'build-isolation: true' }
  if (mode === 'false') return { isolated: false, why: 'build-isolation: false' }
  if (!bs) return { isolated: true, why: "build-isolation: auto, and the package's pyproject.toml has no readable build-system.requires" }
  if (!probe) return { isolated: true, why: 'build-isolation: auto, and the interpreter could not be asked what it has' }
  if (probe.missing.length) return { isolated: true, why: `build-isolation: auto, and the interpreter lacks ${probe.missing.join(', ')}` }
  return { isolated: false, why: `build-isolation: auto, and the interpreter has ${probe.found.join(', ') || 'what is needed'}` }
}
