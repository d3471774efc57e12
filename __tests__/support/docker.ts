/**
 * A real Docker engine, a stand-in manylinux image and a loopback registry, for the container tests.
 *
 * What `.ci/run` must apt-get install (as root) for these, beyond what it installs already:
 *   docker.io        dockerd, containerd, runc and a docker CLI (Debian's engine 20.10, API 1.41)
 *   debootstrap      the stand-in image's root file system (first run only; later runs load the cache)
 *   docker-registry  the loopback registry (/usr/bin/docker-registry)
 * From the machine itself: pyenv's CPython 3.11 and 3.12 built with a shared libpython (copied into
 * the image), the Debian mirror apt uses (debootstrap reads from it), and the local pip index named
 * by pip's config (mounted read-only into containers). A newer `docker` CLI on PATH is fine: it
 * negotiates the API version down (DOCKER_API_VERSION is set when it cannot).
 *
 *   const engine = await ensureDockerEngine()        // { host, env, apiVersion } or { skip }
 *   const standIn = await ensureStandInImage()       // { image, digest, pythons, platform } or { skip }
 *   const index = await localPipIndex()              // { pipArgs, dockerArgs } or { skip }
 *   const registry = await startLoopbackRegistry()   // { address, stop } or { skip }; stop() in afterAll
 *   const pushed = await pushToRegistry(engine, registry, standIn.image)
 *   // pushed.reference: 127.0.0.1:<port>/pypa/manylinux-standin:<tag>, pushed.digest: sha256:...
 *
 * The engine is started once per machine and left running (files in ENGINE_DIR). The image is built
 * once per recipe and kept as a `docker save` tar in CACHE_DIR, loaded again whenever the engine
 * lacks it. Both steps hold a lock file, so test files in parallel processes may call them.
 *
 * The pip index: pip here reaches no PyPI; its config names local stand-ins (file:// indexes,
 * find-links folders). Nothing of that is baked into the image: `localPipIndex()` turns the host's
 * pip config into pip arguments plus read-only `-v` mounts at the same paths, as a user with a
 * private index would pass them. The image has pip, setuptools and wheel in every interpreter.
 *
 * The engine runs with `--bridge=none`: containers need `--network none` or `--network host`.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import * as crypto from 'node:crypto'
import * as fs from 'node:fs'
import * as http from 'node:http'
import * as net from 'node:net'
import * as os from 'node:os'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'

/** Where the engine this module starts keeps its socket, pid file, log, data and exec roots. */
export const ENGINE_DIR = '/var/tmp/build-wheel-test-docker'
/** The stand-in image's saved tars (`<hash>.tar`), its build folders and the registry's blobs. */
export const CACHE_DIR = '/var/tmp/build-wheel-test-cache'
/** The repository the stand-in is pushed to in the loopback registry. */
export const STAND_IN_REPOSITORY = 'pypa/manylinux-standin'

const HERE = path.dirname(fileURLToPath(import.meta.url))
const SCRIPT = path.resolve(HERE, '..', '..', 'scripts', 'stand-in-image', 'build-rootfs.sh')
const SBIN_PATH = '/usr/local/sbin:/usr/sbin:/sbin'

export interface Skip {
  readonly skip: string
}

export function isSkip<T extends object>(x: T | Skip): x is Skip {
  return 'skip' in x
}

// ----------------------------------------------------------------------------------------------
// Processes

export interface Ran {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
  readonly timedOut: boolean
}

interface RunOpts {
  readonly env?: NodeJS.ProcessEnv
  readonly timeoutMs: number
  /** A command whose output is piped into this one's stdin. */
  readonly stdinFrom?: readonly string[]
}

/** Run argv with a bounded wait; never throws for a failed command (see `runOk`). */
function run(argv: readonly string[], opts: RunOpts): Promise<Ran> {
  const env = opts.env ?? process.env
  const feeder = opts.stdinFrom ? spawn(opts.stdinFrom[0], opts.stdinFrom.slice(1), { env, stdio: ['ignore', 'pipe', 'pipe'] }) : undefined
  const child = spawn(argv[0], argv.slice(1), { env, stdio: [feeder ? 'pipe' : 'ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  let timedOut = false
  const keep = (s: string, more: Buffer): string => (s + more.toString()).slice(-200_000)
  child.stdout?.on('data', (d: Buffer) => (stdout = keep(stdout, d)))
  child.stderr?.on('data', (d: Buffer) => (stderr = keep(stderr, d)))
  if (feeder && child.stdin) {
    feeder.stdout?.pipe(child.stdin)
    feeder.stderr?.on('data', (d: Buffer) => (stderr = keep(stderr, d)))
    child.stdin.on('error', () => undefined) // the reader quit early: its own exit says why
  }
  const closed = (p: ChildProcess): Promise<number | null> =>
    new Promise(resolve => {
      p.on('close', code => resolve(code))
      p.on('error', err => {
        stderr += `${String(err)}\n`
        resolve(null)
      })
    })
  const timer = setTimeout(() => {
    timedOut = true
    child.kill('SIGKILL')
    feeder?.kill('SIGKILL')
  }, opts.timeoutMs)
  const both = [closed(child), feeder ? closed(feeder) : Promise.resolve(0)]
  return Promise.all(both).then(([code, feederCode]) => {
    clearTimeout(timer)
    return { code: code === 0 && feederCode !== 0 ? feederCode : code, stdout, stderr, timedOut }
  })
}

function tail(text: string, lines = 15): string {
  return text.trimEnd().split('\n').slice(-lines).join('\n')
}

async function runOk(argv: readonly string[], opts: RunOpts, hint = ''): Promise<string> {
  const r = await run(argv, opts)
  if (r.code === 0) return r.stdout
  const how = r.timedOut ? `timed out after ${opts.timeoutMs / 1000} s` : `exited with ${r.code}`
  throw new Error(`${argv.join(' ')} ${how}${hint ? ` (${hint})` : ''}\n${tail(r.stderr || r.stdout)}`)
}

function sleep(ms: number): Promise<void> {
  return new Promise(resolve => setTimeout(resolve, ms))
}

function onPath(command: string, extra = ''): string | null {
  for (const dir of `${process.env.PATH ?? ''}:${extra}`.split(':')) {
    if (!dir) continue
    try {
      fs.accessSync(path.join(dir, command), fs.constants.X_OK)
      return path.join(dir, command)
    } catch {
      // not in this one
    }
  }
  return null
}

const isRoot = (): boolean => process.getuid?.() === 0

function cacheWritable(): boolean {
  try {
    fs.mkdirSync(CACHE_DIR, { recursive: true })
    fs.accessSync(CACHE_DIR, fs.constants.W_OK)
    return true
  } catch {
    return false
  }
}
const withSbin = (): NodeJS.ProcessEnv => ({ ...process.env, PATH: `${process.env.PATH ?? ''}:${SBIN_PATH}` })

// ----------------------------------------------------------------------------------------------
// Lock files across processes: the holder's pid inside; a dead holder's lock is taken over.

function holderAlive(file: string): boolean {
  let text: string
  try {
    text = fs.readFileSync(file, 'utf8').trim()
  } catch {
    return false
  }
  const pid = Number(text)
  if (!text || !Number.isInteger(pid) || pid <= 0) {
    try {
      return Date.now() - fs.statSync(file).mtimeMs < 5_000 // being written; else garbage
    } catch {
      return false
    }
  }
  try {
    process.kill(pid, 0)
    return true
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'
  }
}

async function withLock<T>(file: string, waitMs: number, what: string, fn: () => Promise<T>): Promise<T> {
  fs.mkdirSync(path.dirname(file), { recursive: true })
  const deadline = Date.now() + waitMs
  for (;;) {
    try {
      fs.writeFileSync(file, String(process.pid), { flag: 'wx' })
      break
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e
      if (!holderAlive(file)) {
        fs.rmSync(file, { force: true })
        continue
      }
      if (Date.now() > deadline) {
        const holder = fs.readFileSync(file, 'utf8').trim()
        throw new Error(`waited ${waitMs / 1000} s for ${file} (${what}), held by pid ${holder}`, { cause: e })
      }
      await sleep(500)
    }
  }
  try {
    return await fn()
  } finally {
    fs.rmSync(file, { force: true })
  }
}

// ----------------------------------------------------------------------------------------------
// The engine

export interface DockerEngine {
  /** The DOCKER_HOST value, e.g. unix:///var/tmp/build-wheel-test-docker/docker.sock */
  readonly host: string
  /** What the `docker` CLI needs for this engine: DOCKER_HOST, and DOCKER_API_VERSION when it cannot negotiate. */
  readonly env: Readonly<Record<string, string>>
  /** The engine's API version, e.g. 1.41. */
  readonly apiVersion: string
}

type Probe = { ok: true; engine: DockerEngine } | { ok: false; message: string }

/** Whether an engine answers at `host`, and with which API version (bounded: 15 s). */
async function probe(host: string): Promise<Probe> {
  const ask = (env: Record<string, string>): Promise<Ran> =>
    run(['docker', 'version', '--format', '{{.Server.APIVersion}}'], {
      env: { ...process.env, ...env },
      timeoutMs: 15_000
    })
  let env: Record<string, string> = { DOCKER_HOST: host }
  let r = await ask(env)
  // A client that cannot negotiate down: pin the version the engine offers.
  const max = /maximum supported API version is ([0-9.]+)/i.exec(r.stderr)
  if (r.code !== 0 && max) {
    env = { ...env, DOCKER_API_VERSION: max[1] }
    r = await ask(env)
  }
  if (r.code === 0 && r.stdout.trim()) return { ok: true, engine: { host, env, apiVersion: r.stdout.trim() } }
  return { ok: false, message: r.timedOut ? 'no answer in 15 s' : tail(r.stderr || r.stdout, 3) }
}

let engine: Promise<DockerEngine | Skip> | undefined

/**
 * An engine that answers: DOCKER_HOST's, /var/run/docker.sock's, or else (as root) Debian's dockerd
 * started under ENGINE_DIR and left running for later test files. Sets DOCKER_HOST (and
 * DOCKER_API_VERSION when needed) in this test file's process.env, so code under test finds it.
 */
export function ensureDockerEngine(): Promise<DockerEngine | Skip> {
  engine ??= findOrStartEngine().then(e => {
    if (!isSkip(e)) Object.assign(process.env, e.env)
    return e
  })
  return engine
}

async function findOrStartEngine(): Promise<DockerEngine | Skip> {
  if (!onPath('docker')) return { skip: 'the docker CLI is not installed (Debian package docker.io)' }
  const own = `unix://${ENGINE_DIR}/docker.sock`
  const system = fs.existsSync('/var/run/docker.sock') ? 'unix:///var/run/docker.sock' : undefined
  const tried: string[] = []
  for (const host of [process.env.DOCKER_HOST, system, own]) {
    if (!host || (host === own && !fs.existsSync(`${ENGINE_DIR}/docker.sock`))) continue
    const p = await probe(host)
    if (p.ok) return p.engine
    tried.push(`${host}: ${p.message}`)
  }
  const none = `no Docker engine answers${tried.length ? ` (${tried.join('; ')})` : ''}`
  if (!isRoot()) return { skip: `${none}, and starting one (Debian package docker.io) needs root` }
  const dockerd = onPath('dockerd', SBIN_PATH)
  if (!dockerd) return { skip: `${none}, and dockerd is not installed (Debian package docker.io)` }
  return withLock(path.join(ENGINE_DIR, 'start.lock'), 60_000, 'starting dockerd', async () => {
    const again = await probe(own)
    return again.ok ? again.engine : startDockerd(dockerd, own)
  })
}

async function startDockerd(dockerd: string, host: string): Promise<DockerEngine | Skip> {
  const log = path.join(ENGINE_DIR, 'dockerd.log')
  fs.mkdirSync(ENGINE_DIR, { recursive: true })
  fs.rmSync(path.join(ENGINE_DIR, 'docker.sock'), { force: true }) // a dead engine's
  const argv = [
    `--data-root=${path.join(ENGINE_DIR, 'data')}`,
    `--exec-root=${path.join(ENGINE_DIR, 'exec')}`,
    `--pidfile=${path.join(ENGINE_DIR, 'docker.pid')}`,
    `--host=${host}`,
    '--bridge=none',
    '--iptables=false',
    '--ip-masq=false'
  ]
  // In a session of its own, so it outlives this test run; containerd and runc are found on PATH.
  const out = fs.openSync(log, 'a')
  const child = spawn(dockerd, argv, { detached: true, stdio: ['ignore', out, out], env: withSbin() })
  fs.closeSync(out)
  let exited: number | null | undefined
  child.on('exit', code => (exited = code))
  child.on('error', () => (exited = -1))
  child.unref()
  const deadline = Date.now() + 30_000
  while (Date.now() < deadline && exited === undefined) {
    await sleep(500)
    const p = await probe(host)
    if (p.ok) return p.engine
  }
  if (exited === undefined) child.kill('SIGTERM')
  const how = exited === undefined ? 'did not answer within 30 s' : `exited with ${exited}`
  const logTail = tail(fs.readFileSync(log, 'utf8'), 10)
  const what = `${dockerd} ${argv.join(' ')} ${how} (Debian packages docker.io containerd runc)`
  return { skip: `${what}; ${log}:\n${logTail}` }
}

/** Run the `docker` CLI against the engine: its stdout, or an error with the exit and the stderr's tail. */
export function docker(e: DockerEngine, args: readonly string[], timeoutMs = 120_000): Promise<string> {
  return runOk(['docker', ...args], { env: { ...process.env, ...e.env }, timeoutMs })
}

/** The same, never throwing: for a test that looks at a failure. */
export function tryDocker(e: DockerEngine, args: readonly string[], timeoutMs = 120_000): Promise<Ran> {
  return run(['docker', ...args], { env: { ...process.env, ...e.env }, timeoutMs })
}

async function imageExists(e: DockerEngine, ref: string): Promise<boolean> {
  return (await tryDocker(e, ['image', 'inspect', '--format', '{{.Id}}', ref], 30_000)).code === 0
}

// ----------------------------------------------------------------------------------------------
// The local pip index

export interface PipIndex {
  /** pip install arguments naming the local index: --index-url file:///..., --extra-index-url, --find-links. */
  readonly pipArgs: string[]
  /** docker run arguments mounting what those name, read-only at the same paths. */
  readonly dockerArgs: string[]
}

/** The local locations in pip's config (`pip config list`, environment included) as pip arguments and mounts. */
export async function localPipIndex(): Promise<PipIndex | Skip> {
  const python = onPath('python3')
  if (!python) return { skip: 'python3 is not installed (Debian package python3): no pip config to read' }
  const r = await run([python, '-m', 'pip', 'config', 'list'], { timeoutMs: 30_000 })
  if (r.code !== 0) return { skip: `pip config list failed (Debian package python3-pip): ${tail(r.stderr, 3)}` }
  const values = (key: string): string[] => {
    const out: string[] = []
    for (const m of r.stdout.matchAll(/^[^.\n]*\.([a-z-]+)='(.*)'$/gm)) {
      if (m[1] === key) out.push(...m[2].split(/\s+/).filter(Boolean))
    }
    return [...new Set(out)]
  }
  const local = (loc: string): string => {
    const dir = loc.startsWith('file://') ? fileURLToPath(loc) : path.isAbsolute(loc) ? loc : ''
    return dir && fs.existsSync(dir) ? dir : ''
  }
  const indexes = [...values('index-url'), ...values('extra-index-url')].filter(local)
  const links = values('find-links').filter(local)
  if (indexes.length === 0 && links.length === 0) {
    return { skip: 'pip is configured with no local index (index-url, extra-index-url or find-links naming a folder)' }
  }
  const pipArgs = indexes.length ? ['--index-url', indexes[0]] : ['--no-index']
  for (const u of indexes.slice(1)) pipArgs.push('--extra-index-url', u)
  for (const l of links) pipArgs.push('--find-links', l)
  // A PEP 503 index at X/simple links its files as ../../files/...: mount X.
  const indexRoot = (d: string): string => (path.basename(d) === 'simple' ? path.dirname(d) : d)
  const roots = [...indexes.map(local).map(indexRoot), ...links.map(local)]
  const mounts = [...new Set(roots)].filter((d, _, all) => !all.some(o => d.startsWith(`${o}/`)))
  return { pipArgs, dockerArgs: mounts.flatMap(d => ['-v', `${d}:${d}:ro`]) }
}

// ----------------------------------------------------------------------------------------------
// The stand-in image

export interface StandInRecipe {
  /** The Debian suite of the root file system. */
  readonly suite: string
  /** Debian packages debootstrap includes. */
  readonly packages: readonly string[]
  /** CPython minors copied from pyenv, e.g. '3.11'. */
  readonly pythons: readonly string[]
}

export const STAND_IN_RECIPE: StandInRecipe = Object.freeze({
  suite: 'bookworm',
  packages: Object.freeze([
    // the toolchain a manylinux image provides
    ...['gcc', 'g++', 'make', 'libc6-dev', 'binutils', 'patchelf', 'file', 'ca-certificates', 'zlib1g-dev'],
    // what pyenv's CPythons load (libpython, ssl, ctypes, sqlite3, readline, curses, lzma, bz2, uuid, nis, crypt)
    ...['zlib1g', 'libssl3', 'libffi8', 'libsqlite3-0', 'libreadline8', 'libncursesw6', 'libtinfo6', 'liblzma5'],
    ...['libbz2-1.0', 'libuuid1', 'libtirpc3', 'libnsl2', 'libcrypt1']
  ]),
  pythons: Object.freeze(['3.11', '3.12'])
})

export interface StandInImage {
  /** The local image reference: build-wheel-test/manylinux-standin:<recipe hash>. */
  readonly image: string
  /** Its image id (sha256:...); a local image has no repository digest until it is pushed. */
  readonly digest: string
  /** The interpreters under /opt/python, e.g. ['cp311-cp311', 'cp312-cp312']. */
  readonly pythons: string[]
  /** Its AUDITWHEEL_PLAT, e.g. manylinux_2_36_x86_64. */
  readonly platform: string
}

/** The Debian mirror apt uses here for the suite (sources.list or deb822 .sources), else deb.debian.org. */
export function debianMirror(suite: string): string {
  const files = ['/etc/apt/sources.list']
  try {
    for (const f of fs.readdirSync('/etc/apt/sources.list.d').sort()) {
      if (/\.(list|sources)$/.test(f)) files.push(path.join('/etc/apt/sources.list.d', f))
    }
  } catch {
    // no such folder
  }
  for (const file of files.filter(f => fs.existsSync(f))) {
    const text = fs.readFileSync(file, 'utf8')
    for (const m of text.matchAll(/^deb\s+(?:\[[^\]]*\]\s+)?(\S+)\s+(\S+)\s/gm)) if (m[2] === suite) return m[1]
    for (const stanza of text.split(/\n\s*\n/)) {
      const field = (name: string): string[] => new RegExp(`^${name}:\\s*(.*)$`, 'mi').exec(stanza)?.[1].split(/\s+/) ?? []
      const [uri] = field('URIs')
      if (uri && field('Types').includes('deb') && field('Suites').includes(suite)) return uri
    }
  }
  return 'http://deb.debian.org/debian'
}

/** pyenv's newest X.Y.Z with a shared libpython for each minor; or what is missing. */
async function pyenvHomes(minors: readonly string[]): Promise<string[] | Skip> {
  let root = process.env.PYENV_ROOT ?? ''
  if (!root && onPath('pyenv')) root = (await run(['pyenv', 'root'], { timeoutMs: 15_000 })).stdout.trim()
  const versions = path.join(root || path.join(os.homedir(), '.pyenv'), 'versions')
  const have = fs.existsSync(versions) ? fs.readdirSync(versions) : []
  const homes: string[] = []
  for (const minor of minors) {
    const [best] = have
      .filter(v => v.startsWith(`${minor}.`) && /^\d+\.\d+\.\d+$/.test(v))
      .filter(v => fs.existsSync(path.join(versions, v, 'lib', `libpython${minor}.so.1.0`)))
      .sort((a, b) => Number(b.split('.')[2]) - Number(a.split('.')[2]))
    if (!best) {
      const how = `PYTHON_CONFIGURE_OPTS=--enable-shared pyenv install ${minor}`
      const what = `pyenv's CPython ${minor} with a shared libpython in ${versions}`
      return { skip: `the stand-in image needs ${what} (${how})` }
    }
    homes.push(path.join(versions, best))
  }
  return homes
}

// Run in the imported root file system as `sh -euc SETUP sh PIP_ARGS...`: pip, setuptools and wheel
// into every interpreter, then the C library's version for the platform tag.
const SETUP = `for py in /opt/python/*/bin/python3; do
  "$py" -m ensurepip --default-pip >/dev/null
  "$py" -m pip install --quiet --no-cache-dir --disable-pip-version-check --upgrade "$@" pip setuptools wheel
  "$py" -m venv --help >/dev/null
done
echo "GLIBC=$(getconf GNU_LIBC_VERSION | cut -d' ' -f2)"`

/** Bumped when the way this module builds the image changes (the script's text is hashed too). */
const RECIPE_FORMAT = 1

let standIn: Promise<StandInImage | Skip> | undefined

/**
 * The stand-in manylinux image in the engine: found there, else loaded from CACHE_DIR/<hash>.tar,
 * else built (root, debootstrap and the Debian mirror; about four minutes) and saved there.
 */
export function ensureStandInImage(recipe: StandInRecipe = STAND_IN_RECIPE): Promise<StandInImage | Skip> {
  if (recipe !== STAND_IN_RECIPE) return findOrBuildImage(recipe)
  standIn ??= findOrBuildImage(recipe)
  return standIn
}

async function findOrBuildImage(recipe: StandInRecipe): Promise<StandInImage | Skip> {
  const e = await ensureDockerEngine()
  if (isSkip(e)) return e
  const homes = await pyenvHomes(recipe.pythons)
  if (isSkip(homes)) return homes
  const inputs = { f: RECIPE_FORMAT, suite: recipe.suite, packages: [...recipe.packages].sort(), homes, setup: SETUP }
  const hash = crypto
    .createHash('sha256')
    .update(JSON.stringify({ ...inputs, arch: os.machine() }))
    .update(fs.readFileSync(SCRIPT))
    .digest('hex')
    .slice(0, 16)
  const image = `build-wheel-test/manylinux-standin:${hash}`
  const saved = path.join(CACHE_DIR, `${hash}.tar`)
  const facts = async (): Promise<StandInImage> => {
    const format = '{{.Id}} {{json .Config.Env}}'
    const [id, env] = (await docker(e, ['image', 'inspect', '--format', format, image], 30_000)).trim().split(/ (.*)/s)
    const platform = (JSON.parse(env) as string[]).find(v => v.startsWith('AUDITWHEEL_PLAT='))?.split('=')[1] ?? ''
    const pythons = recipe.pythons.map(m => `cp${m.replace('.', '')}-cp${m.replace('.', '')}`)
    return { image, digest: id, pythons, platform }
  }
  const save = async (): Promise<void> => {
    const partial = `${saved}.${process.pid}.partial`
    await docker(e, ['save', '--output', partial, image], 10 * 60_000)
    fs.renameSync(partial, saved)
  }
  if ((await imageExists(e, image)) && fs.existsSync(saved)) return facts()
  if (!cacheWritable()) {
    // Not root: use what is there, build nothing.
    if (!(await imageExists(e, image)) && fs.existsSync(saved)) {
      await docker(e, ['load', '--quiet', '--input', saved], 10 * 60_000)
    }
    if (await imageExists(e, image)) return facts()
    return { skip: `the stand-in image is not built: that needs root (debootstrap) and a writable ${CACHE_DIR}` }
  }
  return withLock(path.join(CACHE_DIR, `${hash}.lock`), 20 * 60_000, `building ${image}`, async () => {
    if (!(await imageExists(e, image)) && fs.existsSync(saved)) {
      await docker(e, ['load', '--quiet', '--input', saved], 10 * 60_000)
    }
    if (await imageExists(e, image)) {
      if (!fs.existsSync(saved)) await save()
      return facts()
    }
    if (!isRoot()) return { skip: `building the stand-in image needs root (debootstrap); ${saved} is not there` }
    if (!onPath('debootstrap', SBIN_PATH)) {
      return { skip: 'debootstrap is not installed (Debian package debootstrap): the stand-in image cannot be built' }
    }
    const index = await localPipIndex()
    await buildImage(e, recipe, homes, image, isSkip(index) ? null : index)
    await save()
    return facts()
  })
}

async function buildImage(e: DockerEngine, recipe: StandInRecipe, homes: string[], image: string, index: PipIndex | null): Promise<void> {
  fs.mkdirSync(CACHE_DIR, { recursive: true })
  const work = fs.mkdtempSync(path.join(CACHE_DIR, 'rootfs-'))
  const rootfs = path.join(work, 'rootfs')
  const base = `${image}-base`
  const container = `build-wheel-standin-setup-${process.pid}`
  try {
    const mirror = process.env.BUILD_WHEEL_TEST_DEBIAN_MIRROR || debianMirror(recipe.suite)
    const script = ['bash', SCRIPT, rootfs, recipe.suite, mirror, recipe.packages.join(','), ...homes]
    const why = `the stand-in's root file system from ${mirror}: needs debootstrap (Debian package) and that mirror`
    await runOk(script, { env: withSbin(), timeoutMs: 15 * 60_000 }, why)
    const env = ['ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'ENV LANG=C.UTF-8']
    await runOk(['docker', 'import', ...env.flatMap(c => ['--change', c]), '-', base], {
      env: { ...process.env, ...e.env },
      timeoutMs: 10 * 60_000,
      stdinFrom: ['tar', '-C', rootfs, '-c', '.']
    })
    // Without a local index the interpreters fetch from PyPI over the host's network.
    const network = index ? ['--network', 'none', ...index.dockerArgs] : ['--network', 'host']
    const setup = ['/bin/sh', '-euc', SETUP, 'sh', ...(index?.pipArgs ?? [])]
    const out = await docker(e, ['run', '--name', container, ...network, base, ...setup], 10 * 60_000)
    const glibc = /^GLIBC=(\d+)\.(\d+)$/m.exec(out)
    if (!glibc) throw new Error(`the stand-in's setup printed no C library version:\n${tail(out)}`)
    const policy = `manylinux_${glibc[1]}_${glibc[2]}`
    const arch = os.machine()
    const changes = [`ENV AUDITWHEEL_POLICY=${policy}`, `ENV AUDITWHEEL_ARCH=${arch}`, `ENV AUDITWHEEL_PLAT=${policy}_${arch}`, 'CMD ["/bin/bash"]']
    await docker(e, ['commit', ...changes.flatMap(c => ['--change', c]), container, image], 10 * 60_000)
  } finally {
    await tryDocker(e, ['rm', '--force', container], 60_000)
    await tryDocker(e, ['rmi', base], 60_000)
    removeRootfs(work)
  }
}

/** rm -rf, after unmounting whatever a failed debootstrap left mounted inside (proc, sys). */
function removeRootfs(dir: string): void {
  const mountsInside = (): string[] =>
    fs
      .readFileSync('/proc/self/mounts', 'utf8')
      .split('\n')
      .map(line => (line.split(' ')[1] ?? '').replace(/\\040/g, ' '))
      .filter(m => m.startsWith(`${dir}/`))
      .sort((a, b) => b.length - a.length)
  for (const m of mountsInside()) {
    try {
      execFileSync('umount', ['--lazy', m], { stdio: 'ignore', timeout: 30_000 })
    } catch {
      // checked below
    }
  }
  const left = mountsInside()
  if (left.length) throw new Error(`${dir} still has mounts inside (${left.join(', ')}); not removing it`)
  fs.rmSync(dir, { recursive: true, force: true })
}

// ----------------------------------------------------------------------------------------------
// The loopback registry

export interface LoopbackRegistry {
  /** host:port, e.g. 127.0.0.1:40123 (docker allows plain HTTP to 127.0.0.0/8). */
  readonly address: string
  stop(): Promise<void>
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

function httpStatus(url: string, timeoutMs: number): Promise<number> {
  return new Promise(resolve => {
    const req = http.get(url, { timeout: timeoutMs, agent: false }, res => {
      res.resume()
      resolve(res.statusCode ?? 0)
    })
    req.on('timeout', () => req.destroy())
    req.on('error', () => resolve(0))
  })
}

/**
 * Debian's docker-registry on 127.0.0.1:<free port>. Its blobs live in CACHE_DIR/registry, shared by
 * every run (the engine then finds the stand-in's layers there, and a push takes well under a second
 * instead of half a minute); its config and log in a folder of its own. Call `stop()` in afterAll:
 * it ends the process and removes that folder.
 */
export async function startLoopbackRegistry(): Promise<LoopbackRegistry | Skip> {
  const binary = onPath('docker-registry', SBIN_PATH)
  if (!binary) return { skip: 'docker-registry is not installed (Debian package docker-registry)' }
  // Where CACHE_DIR cannot be written, blobs live (and die) with this registry in the temp folder.
  const keep = cacheWritable()
  const storage = keep ? path.join(CACHE_DIR, 'registry') : ''
  if (keep) fs.mkdirSync(storage, { recursive: true })
  for (let attempt = 1; ; attempt++) {
    const port = await freePort()
    const dir = fs.mkdtempSync(path.join(keep ? CACHE_DIR : os.tmpdir(), `registry-${port}-`))
    const config = path.join(dir, 'config.yml')
    const settings = {
      version: 0.1,
      log: { level: 'warn' },
      storage: { filesystem: { rootdirectory: storage || path.join(dir, 'storage') }, delete: { enabled: true } },
      http: { addr: `127.0.0.1:${port}`, secret: crypto.randomBytes(16).toString('hex') }
    }
    fs.writeFileSync(config, JSON.stringify(settings)) // YAML is a superset of JSON
    const log = path.join(dir, 'registry.log')
    const out = fs.openSync(log, 'a')
    const child = spawn(binary, ['serve', config], { stdio: ['ignore', out, out] })
    fs.closeSync(out)
    child.unref()
    let exited = false
    const exit = new Promise<void>(resolve => {
      child.on('exit', () => resolve())
      child.on('error', () => resolve())
    }).then(() => {
      exited = true
    })
    const stop = async (): Promise<void> => {
      if (!exited) {
        child.kill('SIGTERM')
        let timer: NodeJS.Timeout | undefined
        await Promise.race([exit, new Promise(resolve => (timer = setTimeout(resolve, 10_000)))])
        clearTimeout(timer)
        if (!exited) child.kill('SIGKILL')
      }
      fs.rmSync(dir, { recursive: true, force: true })
    }
    const deadline = Date.now() + 15_000
    while (!exited && Date.now() < deadline) {
      const address = `127.0.0.1:${port}`
      if ((await httpStatus(`http://${address}/v2/`, 2_000)) === 200) return { address, stop }
      await sleep(200)
    }
    const logTail = tail(fs.readFileSync(log, 'utf8'), 10)
    await stop()
    // Another process may have taken the port between freePort() and serve: try another one.
    if (attempt === 3) {
      const what = `${binary} did not answer on 127.0.0.1:${port} within 15 s (Debian package docker-registry)`
      return { skip: `${what}:\n${logTail}` }
    }
  }
}

/**
 * Tag `image` as <registry>/<repository>:<its tag> and push it; returns that reference and the
 * manifest digest the registry gave it (sha256:...).
 */
export async function pushToRegistry(
  e: DockerEngine,
  registry: LoopbackRegistry,
  image: string,
  repository = STAND_IN_REPOSITORY
): Promise<{ reference: string; digest: string }> {
  const colon = image.lastIndexOf(':')
  const tag = colon > image.lastIndexOf('/') ? image.slice(colon + 1) : 'latest'
  const reference = `${registry.address}/${repository}:${tag}`
  await docker(e, ['tag', image, reference], 30_000)
  const out = await docker(e, ['push', reference], 10 * 60_000)
  const digest = /digest: (sha256:[0-9a-f]{64})/.exec(out)?.[1]
  if (!digest) throw new Error(`docker push ${reference} printed no digest:\n${tail(out)}`)
  return { reference, digest }
}

// ----------------------------------------------------------------------------------------------
// The stand-in without PATH

/**
 * The stand-in image imported again with no PATH in its configuration (what `docker import` gives
 * without `--change ENV PATH=...`, and what some minimal images ship): the same root file system
 * and AUDITWHEEL_* variables. Built from a container of the stand-in by `docker export | docker
 * import` (about a minute), saved beside the stand-in in CACHE_DIR so podman can load it.
 */
let noPath: Promise<StandInImage | Skip> | undefined

/** Where a test image is saved (docker save) beside the stand-in, for podman to load. */
export function savedTarOf(image: string): string {
  const tag = image.slice(image.lastIndexOf(':') + 1)
  return path.join(CACHE_DIR, image.includes('-nopath:') ? `nopath-${tag}.tar` : `${tag}.tar`)
}

export function ensureStandInWithoutPath(): Promise<StandInImage | Skip> {
  noPath ??= buildWithoutPath()
  return noPath
}

async function buildWithoutPath(): Promise<StandInImage | Skip> {
  const e = await ensureDockerEngine()
  if (isSkip(e)) return e
  const base = await ensureStandInImage()
  if (isSkip(base)) return base
  const hash = base.digest.replace(/^sha256:/, '').slice(0, 16)
  const image = `build-wheel-test/manylinux-standin-nopath:${hash}`
  const saved = savedTarOf(image)
  const facts = async (): Promise<StandInImage> => {
    const id = (await docker(e, ['image', 'inspect', '--format', '{{.Id}}', image], 30_000)).trim()
    return { ...base, image, digest: id }
  }
  if (await imageExists(e, image)) return facts()
  return withLock(path.join(CACHE_DIR, `nopath-${hash}.lock`), 20 * 60_000, `building ${image}`, async () => {
    if (!(await imageExists(e, image)) && fs.existsSync(saved)) await docker(e, ['load', '--quiet', '--input', saved], 10 * 60_000)
    if (await imageExists(e, image)) return facts()
    const container = `build-wheel-nopath-export-${process.pid}`
    try {
      await docker(e, ['create', '--name', container, base.image, '/bin/true'], 60_000)
      const policy = base.platform.slice(0, -(os.machine().length + 1))
      const changes = [
        'ENV LANG=C.UTF-8',
        `ENV AUDITWHEEL_POLICY=${policy}`,
        `ENV AUDITWHEEL_ARCH=${os.machine()}`,
        `ENV AUDITWHEEL_PLAT=${base.platform}`,
        'CMD ["/bin/bash"]'
      ]
      await runOk(['docker', 'import', ...changes.flatMap(c => ['--change', c]), '-', image], {
        env: { ...process.env, ...e.env },
        timeoutMs: 10 * 60_000,
        stdinFrom: ['docker', 'export', container]
      })
    } finally {
      await tryDocker(e, ['rm', '--force', container], 60_000)
    }
    if (cacheWritable()) {
      const partial = `${saved}.${process.pid}.partial`
      await docker(e, ['save', '--output', partial, image], 10 * 60_000)
      fs.renameSync(partial, saved)
    }
    return facts()
  })
}
