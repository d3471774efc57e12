/**
 * A runtime inside a long-lived container (docker or podman: the same CLI verbs): commands run with
 * `exec`, their environment passed by name; paths are mapped through the container's bind mounts
 * (the workspace is mounted at the same path, so most paths are equal on both sides); temporary
 * folders are made in a mounted folder both sides see.
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { CommandError, UserError } from '../lib/errors.js'
import { run, type RunOptions, type RunResult } from '../lib/exec.js'
import { engineReadsVariable, execArgs, inspectContainerArgs, isEnvName, LABELS, logsArgs, type Mount } from './docker-args.js'
import { describeFailure, engineCall } from './engine-cli.js'
import { DEADLINE_VAR, killTaggedArgv, newDeadlineToken } from './container-deadline.js'
import { engineGone, maybeEngineFailure } from './engine-gone.js'
import { mapPath, toHost, toRuntime, type HostPath, type RuntimePath } from './paths.js'
import { DEFAULT_PATH, type Runtime } from './runtime.js'

export type ContainerEngine = 'docker' | 'podman'

/** What `container inspect` tells about a container (the parts used here). */
export interface ContainerFacts {
  readonly id: string
  readonly name: string
  readonly imageId: string
  readonly imageRef: string
  readonly running: boolean
  readonly status: string
  readonly exitCode: number
  readonly env: Readonly<Record<string, string>>
  readonly labels: Readonly<Record<string, string>>
  readonly mounts: readonly Mount[]
}

interface InspectJson {
  Id?: string
  Name?: string
  Image?: string
  Config?: { Image?: string; Env?: string[] | null; Labels?: Record<string, string> | null }
  State?: { Running?: boolean; Status?: string; ExitCode?: number }
  Mounts?: Array<{ Type?: string; Source?: string; Destination?: string; RW?: boolean }> | null
}

/**
 * The one object `inspect --format '{{json .}}'` printed: docker prints the object, podman 4 the
 * list of one. Pure.
 */
export function inspectObject<T extends object>(text: string): T {
  const j = JSON.parse(text) as T | T[]
  if (!Array.isArray(j)) return j
  if (j.length !== 1) throw new Error(`inspect printed ${j.length} objects where one was expected`)
  return j[0]
}

/** An image id as docker writes it (sha256:<hex>); podman writes the bare hex. Pure. */
export function imageIdOf(id: string): string {
  return /^[0-9a-f]{64}$/.test(id) ? `sha256:${id}` : id
}

/** Parse `container inspect --format '{{json .}}'` (docker's or podman's). Pure. */
export function parseContainerInspect(text: string): ContainerFacts {
  const j = inspectObject<InspectJson>(text)
  const env: Record<string, string> = {}
  for (const kv of j.Config?.Env ?? []) {
    const i = kv.indexOf('=')
    if (i > 0) env[kv.slice(0, i)] = kv.slice(i + 1)
  }
  return {
    id: j.Id ?? '',
    name: (j.Name ?? '').replace(/^\//, ''),
    imageId: imageIdOf(j.Image ?? ''),
    imageRef: j.Config?.Image ?? '',
    running: j.State?.Running === true,
    status: j.State?.Status ?? 'unknown',
    exitCode: j.State?.ExitCode ?? 0,
    env,
    labels: j.Config?.Labels ?? {},
    mounts: (j.Mounts ?? [])
      .filter(m => (m.Type ?? 'bind') === 'bind' && m.Source && m.Destination)
      .map(m => ({ host: m.Source as string, container: m.Destination as string, readOnly: m.RW === false }))
  }
}

/** How long an inspect or a probe may take before the engine is deemed stuck. */
const PROBE_MS = 30_000

export class ContainerRuntime implements Runtime {
  readonly description: string
  private ownsContainer = false

  constructor(
    readonly kind: ContainerEngine,
    readonly facts: ContainerFacts,
    /** Extra environment for the engine's CLI (DOCKER_HOST comes from the process's own). */
    private readonly cliEnv: Readonly<Record<string, string>> = {}
  ) {
    this.description = `${kind} container ${facts.name || facts.id.slice(0, 12)} (image ${facts.imageRef}, ${facts.imageId.slice(0, 19)})`
  }

  /** The container a step names: it must exist and run. */
  static async attach(kind: ContainerEngine, nameOrId: string): Promise<ContainerRuntime> {
    const r = await engineCall(kind, inspectContainerArgs(nameOrId), { timeoutMs: PROBE_MS })
    if (r.code !== 0) {
      const missing = /no such (container|object)/i.test(r.stderr)
      throw new UserError(
        missing
          ? `input 'container': ${kind} has no container '${nameOrId}'. Pass the container output of setup-docker-manylinux in the same job (steps.<id>.outputs.container), or leave container empty to build on the host.`
          : `input 'container': could not inspect '${nameOrId}': ${describeFailure(kind, inspectContainerArgs(nameOrId), r)}`
      )
    }
    const facts = parseContainerInspect(r.stdout.trim())
    if (!facts.running)
      throw new UserError(
        `input 'container': ${kind} container '${nameOrId}' is not running (status ${facts.status}, exit code ${facts.exitCode}); start it again or run setup-docker-manylinux again`
      )
    return new ContainerRuntime(kind, facts)
  }

  /** This runtime removes its container on dispose() (an ephemeral one, started for one step). */
  owned(): this {
    this.ownsContainer = true
    return this
  }

  get mounts(): readonly Mount[] {
    return this.facts.mounts
  }

  toRuntimePath(hostPath: string): RuntimePath {
    return toRuntime(this.facts.mounts, hostPath, this.description)
  }

  toHostPath(runtimePath: string): HostPath {
    return toHost(this.facts.mounts, runtimePath, this.description)
  }

  /**
   * The environment of a command: the names go on the command line and the values through the
   * CLI's environment, which is otherwise the host's own (plus the engine's variables), so the CLI
   * is found and runs as on the host; names the CLI reads itself go on the command line with their
   * values (see engineReadsVariable).
   */
  private envFor(extra: Readonly<Record<string, string>> | undefined): { names: string[]; inline: string[]; values: Record<string, string> } {
    const values: Record<string, string> = { ...this.cliEnv }
    const names: string[] = []
    const inline: string[] = []
    for (const [k, v] of Object.entries(extra ?? {})) {
      if (!isEnvName(k)) throw new Error(`not an environment variable name: ${k}`)
      if (engineReadsVariable(k)) inline.push(`${k}=${v}`)
      else {
        names.push(k)
        values[k] = v
      }
    }
    return { names, inline, values }
  }

  async run(argv: readonly string[], opts: RunOptions = {}): Promise<RunResult> {
    // with a deadline, the command's processes inside carry a token, so they can be ended too
    const token = opts.timeoutSeconds !== undefined ? newDeadlineToken() : undefined
    const env = this.envFor(token ? { ...opts.env, [DEADLINE_VAR]: token } : opts.env)
    const docker = execArgs({ container: this.facts.id, argv, cwd: opts.cwd, envNames: env.names, envInline: env.inline, interactive: !!opts.input })
    const r = await run([this.kind, ...docker], {
      env: env.values,
      silent: opts.silent,
      input: opts.input,
      hint: opts.hint,
      timeoutSeconds: opts.timeoutSeconds
    })
    if (r.timedOut && token) await this.killTagged(token)
    if (maybeEngineFailure(r)) await this.throwIfEngineGone(argv, r)
    return r
  }

  /** End the processes inside that carry a timed-out command's token. */
  private async killTagged(token: string): Promise<void> {
    await engineCall(this.kind, execArgs({ container: this.facts.id, argv: killTaggedArgv(token), envNames: [] }), { timeoutMs: 30_000, env: this.cliEnv })
  }

  /** The engine stopped answering while argv ran: an EngineGoneError, not the command's failure. */
  private async throwIfEngineGone(argv: readonly string[], r: RunResult): Promise<void> {
    const gone = await engineGone(this.kind, this.cliEnv, this.facts.name || this.facts.id.slice(0, 12), argv, r)
    if (gone) throw gone
  }

  async runOrThrow(argv: readonly string[], opts: RunOptions = {}): Promise<RunResult> {
    const r = await this.run(argv, opts)
    if (r.exitCode === 0) return r
    if (!maybeEngineFailure(r)) await this.throwIfEngineGone(argv, r)
    const stopped = await this.whyStopped()
    throw new CommandError(argv, r.exitCode, r.tail, stopped ? `${stopped}${opts.hint ? `\n${opts.hint}` : ''}` : opts.hint)
  }

  /** When the container is no longer running: what happened, with its last output; else undefined. */
  async whyStopped(): Promise<string | undefined> {
    const r = await engineCall(this.kind, inspectContainerArgs(this.facts.id), { timeoutMs: PROBE_MS, env: this.cliEnv })
    let state: ContainerFacts | undefined
    try {
      state = r.code === 0 ? parseContainerInspect(r.stdout.trim()) : undefined
    } catch {
      state = undefined
    }
    if (state?.running) return undefined
    const logs = await engineCall(this.kind, logsArgs(this.facts.id, 20), { timeoutMs: PROBE_MS, env: this.cliEnv })
    const last = `${logs.stdout}${logs.stderr}`.trim()
    const what = state ? `stopped (status ${state.status}, exit code ${state.exitCode})` : 'is gone'
    return (
      `the container ${this.facts.name || this.facts.id.slice(0, 12)} ${what} while the command ran` +
      (last ? `; its last output:\n  | ${last.split('\n').join('\n  | ')}` : '; it printed nothing of its own')
    )
  }

  /** The image's environment; PATH the engine's default when the image sets none (as the engine runs commands). */
  async env(): Promise<Readonly<Record<string, string>>> {
    return this.facts.env.PATH ? this.facts.env : { ...this.facts.env, PATH: DEFAULT_PATH }
  }

  /** The host folder for temporary folders: the one labelled at setup, else the state folder of the first mount. */
  private tempRoot(): string {
    const labelled = this.facts.labels[LABELS.temp]
    if (labelled && mapPath(labelled, this.facts.mounts, 'host') !== undefined) return labelled
    const first = this.facts.mounts.find(m => !m.readOnly)
    if (!first) throw new UserError(`${this.description} has no writable folder mounted from the host; start it with setup-docker-manylinux`)
    return path.join(first.host, '.build-wheel', 'tmp')
  }

  async tempDir(prefix: string): Promise<string> {
    const root = this.tempRoot()
    fs.mkdirSync(root, { recursive: true })
    return fs.mkdtempSync(path.join(root, prefix))
  }

  async removeTree(hostPath: string): Promise<void> {
    if (!fs.existsSync(hostPath)) return
    // what the container wrote may belong to its root: remove it from inside first
    await this.run(['rm', '-rf', '--', this.toRuntimePath(hostPath)], { silent: true }).catch(() => undefined)
    fs.rmSync(hostPath, { recursive: true, force: true })
  }

  async readFile(runtimePath: string): Promise<string | undefined> {
    const r = await this.run(['cat', '--', runtimePath], { silent: true })
    return r.exitCode === 0 ? r.stdout : undefined
  }

  async identity(): Promise<string> {
    return `image-${this.facts.imageId}`
  }

  async dispose(): Promise<void> {
    if (!this.ownsContainer) return
    const { removeContainer } = await import('./container.js')
    await removeContainer(this.kind, this.facts.id, {
      chown: this.facts.labels[LABELS.chown],
      mounts: this.facts.mounts,
      tempRoot: this.facts.labels[LABELS.temp]
    })
  }
}
