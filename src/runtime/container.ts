/**
 * Starting and ending the job's container: the engine checked, the image pulled (with retries, or
 * not at all when the local copy matches), the container created with the workspace and a temp
 * folder mounted at the same paths, and at the end the files written through the mounts given
 * back to the workspace's owner and the container removed.
 */
import { randomBytes } from 'node:crypto'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { UserError } from '../lib/errors.js'
import { info, warning } from '../lib/log.js'
import {
  apiAtLeast,
  chownArgv,
  createArgs,
  execArgs,
  inspectImageArgs,
  LABELS,
  pullArgs,
  removeArgs,
  runLabel,
  startArgs,
  versionArgs,
  type Mount
} from './docker-args.js'
import { ContainerRuntime, imageIdOf, inspectObject, type ContainerEngine } from './docker.js'
import { describeFailure, engineCall } from './engine-cli.js'
import { pinnedDigest, repositoryOf } from './images.js'
import { mapPath } from './paths.js'

/** cibuildwheel's floor: Docker 20.10. */
export const MIN_DOCKER_API = '1.41'
export const MIN_PODMAN = '3.0'
const PROBE_MS = 20_000

export type EngineCheck = { ok: true; version: string } | { ok: false; why: string }

/** Does the engine answer, with a recent enough version? */
export async function checkEngine(engine: ContainerEngine): Promise<EngineCheck> {
  const args = versionArgs(engine)
  const r = await engineCall(engine, args, { timeoutMs: PROBE_MS })
  if (r.code !== 0 || !r.stdout.trim()) return { ok: false, why: describeFailure(engine, args, r, 4) }
  const version = r.stdout.trim()
  const min = engine === 'docker' ? MIN_DOCKER_API : MIN_PODMAN
  if (!apiAtLeast(version, min))
    return {
      ok: false,
      why: `${engine} answers with ${engine === 'docker' ? 'API' : 'version'} ${version}; ${min} or newer is needed (Docker 20.10, podman 3)`
    }
  return { ok: true, version }
}

const INSTALL_HINT =
  'Install Docker (Debian/Ubuntu: apt-get install docker.io; hosted Linux runners have it) or podman, and make sure ' +
  'the engine runs (DOCKER_HOST, or /var/run/docker.sock), or set engine: host to build on the runner itself ' +
  '(for a job that already runs in a manylinux container).'

/** The engine to use: the one asked for, or for auto the first of docker and podman that answers. */
export async function chooseEngine(asked: 'auto' | ContainerEngine): Promise<{ engine: ContainerEngine; version: string }> {
  const candidates: ContainerEngine[] = asked === 'auto' ? ['docker', 'podman'] : [asked]
  const why: string[] = []
  for (const e of candidates) {
    const c = await checkEngine(e)
    if (c.ok) return { engine: e, version: c.version }
    why.push(c.why)
  }
  const what = asked === 'auto' ? 'no container engine answers (tried docker, then podman)' : `engine: ${asked} was asked for, but it does not answer`
  throw new UserError(`${what}:\n${why.map(w => `  ${w.split('\n').join('\n  ')}`).join('\n')}\n${INSTALL_HINT}`)
}

export interface LocalImage {
  readonly id: string
  readonly repoDigests: readonly string[]
  readonly platform: string
}

export async function inspectImage(engine: ContainerEngine, image: string): Promise<LocalImage | undefined> {
  const r = await engineCall(engine, inspectImageArgs(image), { timeoutMs: PROBE_MS })
  if (r.code !== 0) return undefined
  const j = inspectObject<{ Id?: string; RepoDigests?: string[] | null; Os?: string; Architecture?: string; Variant?: string }>(r.stdout.trim())
  return {
    id: imageIdOf(j.Id ?? ''),
    repoDigests: j.RepoDigests ?? [],
    platform: `${j.Os ?? 'linux'}/${j.Architecture ?? ''}${j.Variant ? `/${j.Variant}` : ''}`
  }
}

/** Whether the local copy is the image asked for: the right platform, and the pinned digest when one is pinned. Pure. */
export function localMatches(local: LocalImage | undefined, reference: string, platform: string): boolean {
  if (!local) return false
  if (platform && local.platform !== platform && !local.platform.startsWith(`${platform}/`)) return false
  const digest = pinnedDigest(reference)
  if (!digest) return true
  return local.repoDigests.some(d => d === `${repositoryOf(reference)}@${digest}` || d.endsWith(`@${digest}`))
}

export interface PullOptions {
  readonly attempts: number
  /** Seconds before the second attempt; doubled each time. */
  readonly backoff: number
  /** Seconds one attempt may take. */
  readonly timeout: number
}

export const DEFAULT_PULL: PullOptions = { attempts: 4, backoff: 5, timeout: 900 }

const sleep = (s: number): Promise<void> => new Promise(r => setTimeout(r, s * 1000))

/** The image locally: found (no pull), or pulled with retries and backoff; its id and digests. */
export async function ensureImage(
  engine: ContainerEngine,
  reference: string,
  platform: string,
  opts: PullOptions = DEFAULT_PULL
): Promise<LocalImage & { pulled: boolean }> {
  const local = await inspectImage(engine, reference)
  if (localMatches(local, reference, platform)) {
    info(`${reference} is here already (${local!.platform}, ${local!.id.slice(0, 19)}): not pulled`)
    return { ...local!, pulled: false }
  }
  const args = pullArgs(reference, platform)
  let last = ''
  for (let attempt = 1; attempt <= opts.attempts; attempt++) {
    info(`pulling ${reference} (attempt ${attempt} of ${opts.attempts})`)
    let shown = 0
    const r = await engineCall(engine, args, {
      timeoutMs: opts.timeout * 1000,
      onLine: line => {
        // the layer lines, not every progress bar redraw
        if (shown < 200 && !/Downloading|Extracting|Waiting/.test(line)) {
          shown++
          info(`  ${line.trim()}`)
        }
      }
    })
    if (r.code === 0) {
      const got = await inspectImage(engine, reference)
      if (!got) throw new UserError(`${engine} pulled ${reference} but cannot inspect it`)
      return { ...got, pulled: true }
    }
    last = describeFailure(engine, args, r, 6)
    if (attempt < opts.attempts) {
      const wait = opts.backoff * 2 ** (attempt - 1)
      warning(
        `pull attempt ${attempt} failed; trying again in ${wait} s: ${last
          .split('\n')
          .slice(-1)[0]
          .replace(/^\s*\|\s*/, '')}`
      )
      await sleep(wait)
    }
  }
  throw new UserError(
    `could not pull ${reference} after ${opts.attempts} attempts; the last one said:\n${last}\nCheck the image name and the registry's status, or pin an image that is cached on the runner.`
  )
}

export interface StartSpec {
  readonly engine: ContainerEngine
  readonly reference: string
  readonly platform: string
  /** Host folder mounted at the same path (the workspace). */
  readonly workspace: string
  /** Also mount the workspace at /build, as the seed's process does. */
  readonly mountBuild?: boolean
  readonly extraMounts?: readonly Mount[]
  /** Variables set in the container: name -> value (values go through the CLI's environment). */
  readonly env: Readonly<Record<string, string>>
  readonly network?: string
  /** The folder temporary folders are made in; created under it. */
  readonly tempParent: string
  readonly namePrefix?: string
}

/** The uid:gid owning a folder: whom files written through the mount go back to. */
export function ownerOf(dir: string): string {
  const st = fs.statSync(dir)
  return `${st.uid}:${st.gid}`
}

const RLIMIT_HINT =
  'The engine asked for more open files or processes than this machine lets it give a container (podman, as root, asks for ' +
  '1048576 open files; raising a hard limit needs CAP_SYS_RESOURCE, which a job inside another container lacks). ' +
  'Give limits within `ulimit -Hn` and `ulimit -Hu` (processes also within kernel.pid_max) in containers.conf, ' +
  'e.g. [containers] default_ulimits = ["nofile=20000:20000", "nproc=32768:32768"].'

/** Create and start the container; returns a runtime attached to it. */
export async function startContainer(s: StartSpec): Promise<ContainerRuntime> {
  const name = `${s.namePrefix ?? 'build-wheel'}-${randomBytes(5).toString('hex')}`
  fs.mkdirSync(s.tempParent, { recursive: true })
  const temp = fs.mkdtempSync(path.join(s.tempParent, `${name}-`))
  const mounts: Mount[] = [
    { host: s.workspace, container: s.workspace },
    { host: temp, container: temp },
    ...(s.mountBuild ? [{ host: s.workspace, container: '/build' }] : []),
    ...(s.extraMounts ?? [])
  ]
  const args = createArgs({
    name,
    image: s.reference,
    platform: s.platform,
    mounts,
    envNames: Object.keys(s.env),
    labels: { [LABELS.owner]: '1', [LABELS.chown]: ownerOf(s.workspace), [LABELS.temp]: temp, [LABELS.run]: runLabel(process.env) },
    network: s.network,
    workdir: s.workspace
  })
  const created = await engineCall(s.engine, args, { timeoutMs: 120_000, env: s.env })
  if (created.code !== 0) {
    fs.rmSync(temp, { recursive: true, force: true })
    throw new UserError(`could not create the container: ${describeFailure(s.engine, args, created)}`)
  }
  const started = await engineCall(s.engine, startArgs(name), { timeoutMs: 120_000 })
  if (started.code !== 0) {
    await engineCall(s.engine, removeArgs(name), { timeoutMs: 60_000 })
    fs.rmSync(temp, { recursive: true, force: true })
    const hint = /setting rlimit/.test(started.stderr) ? `\n${RLIMIT_HINT}` : ''
    throw new UserError(`could not start the container: ${describeFailure(s.engine, startArgs(name), started)}${hint}`)
  }
  return ContainerRuntime.attach(s.engine, name)
}

export interface Cleanup {
  /** uid:gid to give files back to ('' = leave them). */
  readonly chown?: string
  readonly mounts: readonly Mount[]
  /** The host temp folder to remove. */
  readonly tempRoot?: string
  readonly keep?: boolean
}

/** The uid:gid the kernel shows for an id it cannot map into a user namespace (usually 65534:65534). */
function overflowOwner(): string {
  const read = (f: string): string => {
    try {
      return fs.readFileSync(f, 'utf8').trim()
    } catch {
      return '65534'
    }
  }
  return `${read('/proc/sys/kernel/overflowuid')}:${read('/proc/sys/kernel/overflowgid')}`
}

/**
 * The host owner uid:gid as the container sees it, which is what `chown` inside must be given.
 * Rootful docker and podman share the host's ids; through a user namespace they differ: rootless
 * podman maps the user to root inside, `--userns=keep-id` keeps the user's uid, docker's
 * userns-remap shifts every id. The kernel does the mapping: a writable mount owned by that owner
 * on the host, as `stat` inside shows it. `ran` is false when the container could not run the stat
 * (it stopped); `owner` is '' when the owner has no id inside (shown as the overflow id).
 */
async function ownerInside(engine: ContainerEngine, container: string, owner: string, mounts: readonly Mount[]): Promise<{ ran: boolean; owner: string }> {
  const probe = mounts.find(m => {
    try {
      return !m.readOnly && ownerOf(m.host) === owner
    } catch {
      return false
    }
  })
  if (!probe) return { ran: true, owner }
  const r = await engineCall(engine, execArgs({ container, user: '0', argv: ['stat', '-c', '%u:%g', '--', probe.container] }), { timeoutMs: 60_000 })
  if (r.code !== 0) return { ran: false, owner }
  const seen = r.stdout.trim()
  if (!/^\d+:\d+$/.test(seen)) return { ran: true, owner }
  const overflow = overflowOwner().split(':')
  const unmapped = seen.split(':').some((id, i) => id === overflow[i] && owner.split(':')[i] !== overflow[i])
  return { ran: true, owner: unmapped ? '' : seen }
}

/**
 * Give files written through the writable mounts back to their owner (as root, inside), then
 * remove the container (unless kept) and the temp folder. Warns, never throws.
 */
export async function removeContainer(engine: ContainerEngine, container: string, c: Cleanup): Promise<void> {
  const call = (args: string[]): Promise<{ ok: boolean; msg: string }> =>
    engineCall(engine, args, { timeoutMs: 120_000 }).then(
      r => ({ ok: r.code === 0, msg: r.code === 0 ? '' : describeFailure(engine, args, r, 4) }),
      (e: Error) => ({ ok: false, msg: e.message })
    )
  try {
    const targets = c.mounts.filter(m => !m.readOnly && m.container !== '/build').map(m => m.container)
    if (c.tempRoot) {
      const inTemp = mapPath(c.tempRoot, c.mounts, 'host')
      if (inTemp && !c.keep) await call(execArgs({ container, user: '0', argv: ['rm', '-rf', '--', inTemp] }))
    }
    if (c.chown && targets.length) {
      let seen = await ownerInside(engine, container, c.chown, c.mounts)
      if (!seen.ran) {
        // a container that stopped: start it again for the chown
        await call(startArgs(container))
        seen = await ownerInside(engine, container, c.chown, c.mounts)
      }
      const view = seen.owner !== c.chown ? ` (${seen.owner || 'no uid'} inside the container's user namespace)` : ''
      const r = seen.owner
        ? await call(execArgs({ container, user: '0', argv: chownArgv(seen.owner, targets) }))
        : { ok: false, msg: `${c.chown} has no uid:gid inside the container (its user namespace does not map it)` }
      if (r.ok) info(`files under ${targets.join(', ')} given back to ${c.chown}${view}`)
      else warning(`could not give the files written in the container back to ${c.chown}: ${r.msg}`)
    }
    if (c.keep) {
      info(`keep-container: ${container} is left running (${engine} exec -it ${container} bash)`)
      return
    }
    const rm = await call(removeArgs(container))
    if (rm.ok) info(`container ${container} removed`)
    else warning(`could not remove the container ${container}: ${rm.msg}`)
    if (c.tempRoot) fs.rmSync(c.tempRoot, { recursive: true, force: true })
  } catch (e) {
    warning(`cleaning up the container ${container}: ${e instanceof Error ? e.message : String(e)}`)
  }
}

/** Where the suite's temp folders for containers go on the host. */
export function hostTempParent(): string {
  return path.join(process.env.RUNNER_TEMP || os.tmpdir(), 'build-wheel-containers')
}
