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
  startArgs,
  versionArgs,
  type Mount
} from './docker-args.js'
import { ContainerRuntime, mapPath, type ContainerEngine } from './docker.js'
import { describeFailure, engineCall } from './engine-cli.js'
import { enginePlatform, pinnedDigest, repositoryOf } from './images.js'

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
    return { ok: false, why: `${engine} answers with ${engine === 'docker' ? 'API' : 'version'} ${version}; ${min} or newer is needed (Docker 20.10, podman 3)` }
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
  const j = JSON.parse(r.stdout.trim()) as { Id?: string; RepoDigests?: string[] | null; Os?: string; Architecture?: string; Variant?: string }
  return { id: j.Id ?? '', repoDigests: j.RepoDigests ?? [], platform: `${j.Os ?? 'linux'}/${j.Architecture ?? ''}${j.Variant ? `/${j.Variant}` : ''}` }
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
export async function ensureImage(engine: ContainerEngine, reference: string, platform: string, opts: PullOptions = DEFAULT_PULL): Promise<LocalImage & { pulled: boolean }> {
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
      warning(`pull attempt ${attempt} failed; trying again in ${wait} s: ${last.split('\n').slice(-1)[0].replace(/^\s*\|\s*/, '')}`)
      await sleep(wait)
    }
  }
  throw new UserError(`could not pull ${reference} after ${opts.attempts} attempts; the last one said:\n${last}\nCheck the image name and the registry's status, or pin an image that is cached on the runner.`)
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
    labels: { [LABELS.owner]: '1', [LABELS.chown]: ownerOf(s.workspace), [LABELS.temp]: temp },
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
    throw new UserError(`could not start the container: ${describeFailure(s.engine, startArgs(name), started)}`)
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
      const chown = execArgs({ container, user: '0', argv: chownArgv(c.chown, targets) })
      let r = await call(chown)
      if (!r.ok) {
        // a container that stopped: start it again for the chown
        await call(startArgs(container))
        r = await call(chown)
      }
      if (r.ok) info(`files under ${targets.join(', ')} given back to ${c.chown}`)
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
