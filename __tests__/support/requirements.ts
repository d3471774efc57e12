/**
 * Tests that need something a machine may lack (a tool, ../shared/data, a CPython) ask for it here
 * and get a runner: `test` itself when it is there, otherwise a skipping runner. A skipped test's
 * title ends in `[skipped: <reason>]` (the no-skips reporter lists those reasons) and the reason is
 * printed once per test file. Never `return` early from a test body instead: that counts as a pass.
 *
 *   const patchelf = requireTool('patchelf')
 *   patchelf.test('repairs', async () => { ... })
 *   const py = await findPython({ headers: true })
 *   all(patchelf, py).describe('the repaired wheel', () => { ... py.python.path ... })
 */
import { execFileSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { discoverInterpreters } from '../../src/python/discover.js'
import { dedupeByMinor, type Interpreter } from '../../src/python/identifiers.js'
import { HostRuntime } from '../../src/runtime/host.js'

export type TestRunner = (name: string, fn: jest.ProvidesCallback, timeout?: number) => void
export type DescribeRunner = (name: string, fn: () => void) => void

export interface Need {
  /** Whether the tests can run here. */
  readonly ok: boolean
  /** Why not; '' when they can. */
  readonly reason: string
  /** `test`, or a skip that says why. */
  readonly test: TestRunner
  /** `describe`, or a `describe.skip` that says why (its body still runs to collect the tests: read no files there). */
  readonly describe: DescribeRunner
}

/** The mark the no-skips reporter looks for in titles. */
export const SKIP_MARK = '[skipped: '

const printed = new Set<string>() // per test file: jest loads this module afresh for each

function announce(reason: string): void {
  if (printed.has(reason)) return
  printed.add(reason)
  console.warn(`skipping tests in this file: ${reason}`)
}

/** A need from a condition and the reason to give when it is false. */
export function need(ok: boolean, reason: string): Need {
  if (ok) return { ok, reason: '', test: (name, fn, timeout) => test(name, fn, timeout), describe: (name, fn) => describe(name, fn) }
  const title = (name: string): string => `${name} ${SKIP_MARK}${reason}]`
  return {
    ok,
    reason,
    test: (name, fn, timeout) => {
      announce(reason)
      test.skip(title(name), fn, timeout)
    },
    describe: (name, fn) => {
      announce(reason)
      describe.skip(title(name), fn)
    }
  }
}

/** All of the needs; the reasons of those missing, joined. */
export function all(...needs: Need[]): Need {
  const missing = needs.filter(n => !n.ok)
  return missing.length === 0 ? need(true, '') : need(false, missing.map(n => n.reason).join('; '))
}

// ----------------------------------------------------------------------------------------------
// Tools

/** For the commands tests use: the Debian package (named in the reason; `.ci/run` installs them) and how to ask for a version. */
const TOOLS: Record<string, { debian: string; args?: string[] }> = {
  gcc: { debian: 'gcc' },
  make: { debian: 'make' },
  git: { debian: 'git' },
  hg: { debian: 'mercurial' },
  patchelf: { debian: 'patchelf' },
  readelf: { debian: 'binutils' },
  unzip: { debian: 'unzip', args: ['-v'] },
  zip: { debian: 'zip', args: ['-v'] },
  xz: { debian: 'xz-utils' },
  ldd: { debian: 'libc-bin' }
}

function answers(command: string, args: readonly string[]): boolean {
  try {
    execFileSync(command, args, { stdio: 'ignore', timeout: 30_000 })
    return true
  } catch {
    return false
  }
}

/** A command on PATH that answers `--version` (or `args`). */
export function requireTool(command: string, args?: readonly string[]): Need {
  const known = TOOLS[command]
  const ok = answers(command, args ?? known?.args ?? ['--version'])
  return need(ok, `${command} is not installed${known ? ` (Debian package ${known.debian})` : ''}`)
}

/** gcc that can link a static executable: the static C library (Debian: libc6-dev). */
export function requireStaticLibc(): Need {
  const gcc = requireTool('gcc')
  if (!gcc.ok) return gcc
  const probe = fs.mkdtempSync(path.join(os.tmpdir(), 'static-probe-'))
  try {
    fs.writeFileSync(path.join(probe, 'a.c'), 'int main(void){return 0;}\n')
    const ok = answers('gcc', ['-static', '-o', path.join(probe, 'a'), path.join(probe, 'a.c')])
    return need(ok, 'gcc cannot link a static executable: no static C library (Debian package libc6-dev)')
  } finally {
    fs.rmSync(probe, { recursive: true, force: true })
  }
}

export function requireX86_64(): Need {
  return need(process.arch === 'x64', `this test builds x86-64 code; this machine is ${process.arch}`)
}

// ----------------------------------------------------------------------------------------------
// Third-party test files beside the project

export const sharedData = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared', 'data')

/**
 * ../shared/data (auditwheel's wheels, ELF fixtures). Absent, the tests skip; under
 * REQUIRE_SHARED_DATA=1 the test file fails to load instead, saying what is missing.
 */
export function requireSharedData(): Need {
  const ok = fs.existsSync(path.join(sharedData, 'wheels', 'EXPECTATIONS.md'))
  const reason = `${sharedData} is not there (the third-party test files beside the project)`
  if (!ok && process.env.REQUIRE_SHARED_DATA === '1') throw new Error(`REQUIRE_SHARED_DATA=1 but ${reason}`)
  return need(ok, reason)
}

// ----------------------------------------------------------------------------------------------
// CPython

export interface FoundPython extends Interpreter {
  /** The directory holding Python.h ('' when the headers are not installed). */
  readonly include: string
  /** The directory of libpython ('' when it is a static build). */
  readonly libdir: string
  /** e.g. python3.11, for gcc's -l */
  readonly libname: string
  /** e.g. libpython3.11.so.1.0: what an extension linked with -l<libname> records as DT_NEEDED */
  readonly soname: string
}

export interface PythonWish {
  /** The oldest acceptable minor of CPython 3 (default 9: the oldest `all` builds, and what the build tools still support). */
  readonly minMinor?: number
  /** Python.h must be there (to compile an extension against it). */
  readonly headers?: boolean
  /** libpython must be a shared library (to link an extension against it). */
  readonly sharedLib?: boolean
}

export interface PythonNeed extends Need {
  /** The interpreter found (throws when there is none: use it only inside tests this need runs). */
  readonly python: FoundPython
}

export interface PythonsNeed extends Need {
  readonly pythons: FoundPython[]
}

const FACTS = `import json, os, sys, sysconfig
v = sysconfig.get_config_var
inc = sysconfig.get_paths()["include"]
ok_venv = True
try:
    import ensurepip, venv
except Exception:
    ok_venv = False
print(json.dumps({"include": inc if os.path.isfile(os.path.join(inc, "Python.h")) else "",
  "shared": bool(v("Py_ENABLE_SHARED")), "libdir": v("LIBDIR") or "", "ldlibrary": v("LDLIBRARY") or "",
  "soname": v("INSTSONAME") or "",
  "venv": ok_venv}))`

interface Facts {
  include: string
  shared: boolean
  libdir: string
  ldlibrary: string
  soname: string
  venv: boolean
}

let discovered: Promise<Interpreter[]> | undefined

/** Every CPython 3 this machine has, one per minor, as the suite itself discovers them. */
function interpreters(): Promise<Interpreter[]> {
  discovered ??= discoverInterpreters(new HostRuntime()).then(dedupeByMinor)
  return discovered
}

function facts(i: Interpreter): Facts | null {
  try {
    return JSON.parse(execFileSync(i.path, ['-c', FACTS], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 60_000 })) as Facts
  } catch {
    return null
  }
}

/** The minor `python3` on PATH is, if any: the machine's own default comes first. */
function defaultMinor(): string | null {
  try {
    return execFileSync('python3', ['-c', 'import sys; print("%d.%d" % sys.version_info[:2])'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore']
    }).trim()
  } catch {
    return null
  }
}

function describeWish(w: PythonWish, count: number): string {
  const what = [`${count === 1 ? 'a CPython' : `${count} CPythons`} 3.${w.minMinor ?? 9}+ with venv and ensurepip`]
  if (w.headers) what.push('its headers (Python.h)')
  if (w.sharedLib) what.push('a shared libpython')
  return what.join(', ')
}

/** Up to `count` interpreters that fit the wish: the machine's default python3 first, then the newest. */
async function pick(wish: PythonWish, count: number): Promise<FoundPython[]> {
  const min = wish.minMinor ?? 9
  const dflt = defaultMinor()
  const candidates = (await interpreters())
    .filter(i => !i.minor.endsWith('t') && Number(i.minor.split('.')[1]) >= min)
    .sort((a, b) => Number(b.minor === dflt) - Number(a.minor === dflt) || Number(b.minor.split('.')[1]) - Number(a.minor.split('.')[1]))
  const out: FoundPython[] = []
  for (const i of candidates) {
    if (out.length === count) break
    const f = facts(i)
    if (!f || !f.venv || (wish.headers && !f.include)) continue
    const lib = f.shared ? path.join(f.libdir, f.ldlibrary) : ''
    if (wish.sharedLib && !(lib && fs.existsSync(lib))) continue
    out.push({ ...i, include: f.include, libdir: f.shared ? f.libdir : '', libname: `python${i.minor}`, soname: f.soname })
  }
  return out.sort((a, b) => Number(a.minor.split('.')[1]) - Number(b.minor.split('.')[1]))
}

function missingPython(wish: PythonWish, count: number, found: number): string {
  return `needs ${describeWish(wish, count)}; found ${found} here (looked in /opt/python, pyenv's versions and python3.X on PATH; Debian packages python3 python3-venv python3-dev)`
}

/** One CPython 3.x that fits the wish; skips with the reason when there is none. */
export async function findPython(wish: PythonWish = {}): Promise<PythonNeed> {
  const [found] = await pick(wish, 1)
  const n = need(found !== undefined, found ? '' : missingPython(wish, 1, 0))
  return {
    ...n,
    get python(): FoundPython {
      if (!found) throw new Error(n.reason)
      return found
    }
  }
}

/**
 * Distinct minors of CPython 3 (in version order): `count` of them, or between `count.min` and
 * `count.max` (as many as there are); skips with the reason when fewer than the minimum are here.
 */
export async function findPythons(count: number | { min: number; max: number }, wish: PythonWish = {}): Promise<PythonsNeed> {
  const { min, max } = typeof count === 'number' ? { min: count, max: count } : count
  const found = await pick(wish, max)
  return { ...need(found.length >= min, missingPython(wish, min, found.length)), pythons: found }
}
