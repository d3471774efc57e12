/**
 * Rootful podman for the container tests, with a configuration and a storage of its own, and the
 * stand-in manylinux image (see ./docker.ts) loaded into it.
 *
 * What `.ci/run` must apt-get install (as root) for this, beyond what ./docker.ts needs: `podman`
 * (Debian 12: podman 4.3 with conmon, containers-common, netavark; its OCI runtime is runc, which
 * docker.io already brings). crun must not be the runtime here: it refuses this machine's hybrid
 * cgroup v1/v2 layout ("cgroups in hybrid mode not supported"); the configuration below names runc.
 *
 *   const pm = await ensurePodman()               // { env, version } or { skip }
 *   const standIn = await ensurePodmanStandIn()   // the same StandInImage as docker's, or { skip }
 *
 * Nothing in /etc changes: podman reads the files this module writes under CONFIG_DIR because
 * ensurePodman() sets CONTAINERS_CONF and CONTAINERS_STORAGE_CONF in the test file's process.env,
 * the way a user's machine points podman at its configuration; the product passes no flag of its
 * own. Of that configuration only the ulimits are needed for podman to run containers here (root
 * without CAP_SYS_RESOURCE cannot raise a hard limit, and podman asks for 1048576 open files and
 * processes; see hardLimits); runc guards against crun; `netns = "none"` keeps podman's default
 * bridge (and netavark's iptables rules on the host) out of the tests, as docker's engine runs with
 * --bridge=none; the storage, run and network folders keep the tests away from the machine's own
 * podman.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { ensureStandInImage, ensureStandInWithoutPath, isSkip, savedTarOf, type Skip, type StandInImage } from './docker.js'

/** The configuration files and the image storage (kept across runs: the image loads once). */
export const CONFIG_DIR = '/var/tmp/build-wheel-test-podman'
/** The state podman expects to lose at a reboot: its run root and its tmp_dir (alive file, locks, events). */
export const RUN_DIR = '/run/build-wheel-test-podman'

export interface Podman {
  /** CONTAINERS_CONF and CONTAINERS_STORAGE_CONF, as set in process.env. */
  readonly env: Readonly<Record<string, string>>
  /** podman's version, e.g. 4.3.1. */
  readonly version: string
}

export interface PodmanRan {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
  readonly timedOut: boolean
}

/** Run argv with a bounded wait, optionally with another command's stdout as its stdin; never throws. */
function run(argv: readonly string[], timeoutMs: number, env: NodeJS.ProcessEnv = process.env, stdinFrom?: readonly string[]): Promise<PodmanRan> {
  const feeder = stdinFrom ? spawn(stdinFrom[0], stdinFrom.slice(1), { env, stdio: ['ignore', 'pipe', 'pipe'] }) : undefined
  const child = spawn(argv[0], argv.slice(1), { env, stdio: [feeder ? 'pipe' : 'ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  let timedOut = false
  const keep = (s: string, more: Buffer): string => (s + more.toString()).slice(-100_000)
  child.stdout?.on('data', (d: Buffer) => (stdout = keep(stdout, d)))
  child.stderr?.on('data', (d: Buffer) => (stderr = keep(stderr, d)))
  if (feeder && child.stdin) {
    feeder.stdout?.pipe(child.stdin)
    feeder.stderr?.on('data', (d: Buffer) => (stderr = keep(stderr, d)))
    child.stdin.on('error', () => undefined) // the reader quit early: its exit says why
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
  }, timeoutMs)
  return Promise.all([closed(child), feeder ? closed(feeder) : Promise.resolve(0)]).then(([code, fed]) => {
    clearTimeout(timer)
    return { code: code === 0 && fed !== 0 ? fed : code, stdout, stderr, timedOut }
  })
}

function tail(text: string, lines = 10): string {
  return text.trimEnd().split('\n').slice(-lines).join('\n')
}

function onPath(command: string): boolean {
  return `${process.env.PATH ?? ''}:/usr/sbin:/sbin`.split(':').some(dir => {
    if (!dir) return false
    try {
      fs.accessSync(path.join(dir, command), fs.constants.X_OK)
      return true
    } catch {
      return false
    }
  })
}

/**
 * The limits on open files and processes a container may be given without CAP_SYS_RESOURCE: this
 * process's hard limits (from /proc/self/limits; unlimited ones are left out), the processes' also
 * no more than kernel.pid_max: working out its defaults, podman (containers/common) sets its own
 * RLIMIT_NPROC to pid_max, so runc may not give a container more (seen with strace: 32768 here). Pure.
 */
export function hardLimits(limitsText: string, pidMax: number): Record<'nofile' | 'nproc', number | undefined> {
  const hard = (label: string): number | undefined => {
    const m = new RegExp(`^${label}\\s+\\S+\\s+(\\S+)`, 'm').exec(limitsText)
    return m && /^\d+$/.test(m[1]) ? Number(m[1]) : undefined
  }
  const nproc = hard('Max processes')
  return { nofile: hard('Max open files'), nproc: nproc === undefined ? pidMax : Math.min(nproc, pidMax) }
}

/** containers.conf for the tests. Pure. */
export function containersConf(limits: Record<'nofile' | 'nproc', number | undefined>, runDir: string): string {
  const ulimits = (['nofile', 'nproc'] as const).filter(k => limits[k] !== undefined).map(k => `"${k}=${limits[k]}:${limits[k]}"`)
  return [
    "# Written by __tests__/support/podman.ts: the container tests' podman (CONTAINERS_CONF points here).",
    '[containers]',
    `default_ulimits = [${ulimits.join(', ')}]`,
    'netns = "none"',
    '',
    '[engine]',
    'runtime = "runc"',
    `tmp_dir = "${path.join(runDir, 'tmp')}"`,
    '',
    '[network]',
    `network_config_dir = "${path.join(runDir, 'networks')}"`,
    ''
  ].join('\n')
}

/** storage.conf for the tests. Pure. */
export function storageConf(configDir: string, runDir: string): string {
  return [
    "# Written by __tests__/support/podman.ts: the container tests' podman storage (CONTAINERS_STORAGE_CONF points here).",
    '[storage]',
    'driver = "overlay"',
    `graphroot = "${path.join(configDir, 'storage')}"`,
    `runroot = "${path.join(runDir, 'storage')}"`,
    ''
  ].join('\n')
}

/** Write a file only when its text changes, atomically (another test process may read it). */
function writeIfChanged(file: string, text: string): void {
  try {
    if (fs.readFileSync(file, 'utf8') === text) return
  } catch {
    // not there yet
  }
  const partial = `${file}.${process.pid}.partial`
  fs.writeFileSync(partial, text)
  fs.renameSync(partial, file)
}

let podman: Promise<Podman | Skip> | undefined

/**
 * Podman configured for the tests (as root; rootless podman is a user's own setup, not started
 * here). Sets CONTAINERS_CONF and CONTAINERS_STORAGE_CONF in this test file's process.env, so the
 * product's `podman` calls find that configuration.
 */
export function ensurePodman(): Promise<Podman | Skip> {
  podman ??= configure().then(p => {
    if (!isSkip(p)) Object.assign(process.env, p.env)
    return p
  })
  return podman
}

async function configure(): Promise<Podman | Skip> {
  if (!onPath('podman')) return { skip: 'podman is not installed (Debian package podman)' }
  if (process.getuid?.() !== 0) return { skip: `the podman tests run rootful podman with its storage in ${CONFIG_DIR}: that needs root` }
  if (!onPath('runc')) return { skip: "runc is not installed (Debian package runc): the tests' podman runs its containers with runc" }
  fs.mkdirSync(CONFIG_DIR, { recursive: true })
  fs.mkdirSync(RUN_DIR, { recursive: true })
  const env = {
    CONTAINERS_CONF: path.join(CONFIG_DIR, 'containers.conf'),
    CONTAINERS_STORAGE_CONF: path.join(CONFIG_DIR, 'storage.conf')
  }
  const pidMax = Number(fs.readFileSync('/proc/sys/kernel/pid_max', 'utf8').trim())
  writeIfChanged(env.CONTAINERS_CONF, containersConf(hardLimits(fs.readFileSync('/proc/self/limits', 'utf8'), pidMax), RUN_DIR))
  writeIfChanged(env.CONTAINERS_STORAGE_CONF, storageConf(CONFIG_DIR, RUN_DIR))
  const r = await run(['podman', 'info', '--format', '{{.Version.Version}} {{.Host.OCIRuntime.Name}}'], 60_000, { ...process.env, ...env })
  const [version, runtime] = r.stdout.trim().split(' ')
  if (r.code !== 0 || !version) {
    const how = r.timedOut ? 'did not answer in 60 s' : `exited with ${r.code}`
    return { skip: `podman info ${how} (configuration in ${CONFIG_DIR}): ${tail(r.stderr || r.stdout, 4)}` }
  }
  if (runtime !== 'runc') return { skip: `podman runs containers with ${runtime}, not the runc its configuration names` }
  return { env, version }
}

/** Run `podman` with the tests' configuration: its stdout, or an error with the exit and the stderr's tail. */
export async function podmanOk(args: readonly string[], timeoutMs = 120_000): Promise<string> {
  const r = await tryPodman(args, timeoutMs)
  if (r.code === 0) return r.stdout
  throw new Error(`podman ${args.join(' ')} ${r.timedOut ? 'timed out' : `exited with ${r.code}`}\n${tail(r.stderr || r.stdout)}`)
}

/** The same, never throwing: for a test that looks at a failure. */
export async function tryPodman(args: readonly string[], timeoutMs = 120_000): Promise<PodmanRan> {
  const p = await ensurePodman()
  return run(['podman', ...args], timeoutMs, { ...process.env, ...(isSkip(p) ? {} : p.env) })
}

// ----------------------------------------------------------------------------------------------
// The stand-in image

/** Whether the process a lock file names still runs (a file without a pid yet counts as alive for 5 s: it is being written). */
function lockHolderAlive(file: string): boolean {
  let text: string
  try {
    text = fs.readFileSync(file, 'utf8').trim()
  } catch {
    return false
  }
  const pid = Number(text)
  if (!/^\d+$/.test(text) || pid <= 0) return Date.now() - (fs.statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? 0) < 5_000
  try {
    process.kill(pid, 0)
    return true
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** A lock file holding its owner's pid: one process loads the image at a time; a dead owner's lock is taken over. */
async function withLock<T>(file: string, waitMs: number, fn: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + waitMs
  for (;;) {
    try {
      fs.writeFileSync(file, String(process.pid), { flag: 'wx' })
      break
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e
      if (!lockHolderAlive(file)) fs.rmSync(file, { force: true })
      else if (Date.now() > deadline) throw new Error(`waited ${waitMs / 1000} s for ${file}`, { cause: e })
      else await new Promise(resolve => setTimeout(resolve, 500))
    }
  }
  try {
    return await fn()
  } finally {
    fs.rmSync(file, { force: true })
  }
}

/** The image's id in podman's store, as docker writes ids (sha256:...); undefined when it is not there. */
async function podmanImageId(image: string): Promise<string | undefined> {
  const r = await tryPodman(['image', 'inspect', '--format', '{{.Id}}', image], 30_000)
  return r.code === 0 ? `sha256:${r.stdout.trim()}` : undefined
}

let standIn: Promise<StandInImage | Skip> | undefined
let standInNoPath: Promise<StandInImage | Skip> | undefined

/**
 * The stand-in manylinux image (built by ./docker.ts in docker's engine) in the tests' podman: the
 * same image, under the same name and id. Loaded from docker's saved tar in CACHE_DIR when it is
 * there, else piped from `docker save`; a load takes about 12 s and is kept in podman's storage.
 */
export function ensurePodmanStandIn(): Promise<StandInImage | Skip> {
  standIn ??= loadStandIn(ensureStandInImage)
  return standIn
}

/** The same for the stand-in imported without PATH in its configuration. */
export function ensurePodmanStandInWithoutPath(): Promise<StandInImage | Skip> {
  standInNoPath ??= loadStandIn(ensureStandInWithoutPath)
  return standInNoPath
}

async function loadStandIn(fromDocker: () => Promise<StandInImage | Skip>): Promise<StandInImage | Skip> {
  const p = await ensurePodman()
  if (isSkip(p)) return p
  const image = await fromDocker()
  if (isSkip(image)) return { skip: `the stand-in image for podman comes from docker's: ${image.skip}` }
  const check = async (): Promise<StandInImage | Skip | undefined> => {
    const id = await podmanImageId(image.image)
    if (id === undefined) return undefined
    if (id !== image.digest) return { skip: `podman's ${image.image} is ${id}, docker's is ${image.digest}: the load did not keep the image id` }
    return image
  }
  const found = await check()
  if (found) return found
  return withLock(path.join(CONFIG_DIR, 'load.lock'), 10 * 60_000, async () => {
    const again = await check()
    if (again) return again
    const saved = savedTarOf(image.image)
    const env = { ...process.env, ...p.env }
    const r = fs.existsSync(saved)
      ? await run(['podman', 'load', '--quiet', '--input', saved], 10 * 60_000, env)
      : await run(['podman', 'load', '--quiet'], 10 * 60_000, env, ['docker', 'save', image.image])
    if (r.code !== 0) return { skip: `podman load of ${image.image} ${r.timedOut ? 'timed out' : `exited with ${r.code}`}: ${tail(r.stderr || r.stdout, 4)}` }
    return (await check()) ?? { skip: `podman loaded ${image.image} but cannot find it:\n${tail(r.stdout)}` }
  })
}
