/**
 * The engine's command lines, as argv arrays (never a shell string). Pure: table-tested in
 * __tests__/runtime/docker-args.test.ts. Values of environment variables never appear here: they
 * are passed as `-e NAME`, which the engine's CLI reads from its own environment.
 */
import type { Mount } from './paths.js'

export type { Mount }

/** Labels the suite puts on the containers it starts: what a later step needs to know. */
export const LABELS = {
  /** Marks a container as the suite's own. */
  owner: 'io.github.montage.build-wheel',
  /** uid:gid to give files written through the mounts back to (the workspace's owner). */
  chown: 'io.github.montage.build-wheel.chown',
  /** The host folder mounted at the same path for temporary folders both sides see. */
  temp: 'io.github.montage.build-wheel.temp',
  /** The run that started it (see runLabel): two runs on one engine can tell their containers apart. */
  run: 'io.github.montage.build-wheel.run'
} as const

/**
 * The run a container belongs to: BUILD_WHEEL_RUN_ID when set, else the workflow run and attempt
 * (GITHUB_RUN_ID.GITHUB_RUN_ATTEMPT), else `local`. Pure.
 */
export function runLabel(env: Readonly<Record<string, string | undefined>>): string {
  if (env.BUILD_WHEEL_RUN_ID) return env.BUILD_WHEEL_RUN_ID
  if (env.GITHUB_RUN_ID) return `${env.GITHUB_RUN_ID}.${env.GITHUB_RUN_ATTEMPT || '1'}`
  return 'local'
}

export interface CreateSpec {
  readonly name: string
  readonly image: string
  /** linux/amd64 ...; omitted when empty. */
  readonly platform?: string
  readonly mounts: readonly Mount[]
  /** Names passed with `-e NAME`: the values come from the CLI's environment. */
  readonly envNames: readonly string[]
  readonly labels: Readonly<Record<string, string>>
  /** '' = the engine's default. */
  readonly network?: string
  readonly workdir?: string
}

/** The long-lived container's main process: waits for nothing, in every image (coreutils or busybox). */
export const KEEP_ALIVE = ['tail', '-f', '/dev/null'] as const

/**
 * How the container is stopped: KEEP_ALIVE runs as process 1, which ignores SIGTERM, so podman's
 * `rm --force` (SIGTERM, then SIGKILL after 10 s) would wait the whole grace period; docker's sends
 * SIGKILL at once. With this both remove the container at once.
 */
export const STOP_SIGNAL = 'SIGKILL'

export function mountArg(m: Mount): string {
  for (const p of [m.host, m.container])
    if (p.includes(',') || !p.startsWith('/')) throw new Error(`cannot mount '${p}': an absolute path without commas is needed`)
  return `type=bind,source=${m.host},target=${m.container}${m.readOnly ? ',readonly' : ''}`
}

export function createArgs(s: CreateSpec): string[] {
  const argv = ['create', '--name', s.name, '--pull', 'never', '--stop-signal', STOP_SIGNAL]
  if (s.platform) argv.push('--platform', s.platform)
  if (s.network) argv.push('--network', s.network)
  if (s.workdir) argv.push('--workdir', s.workdir)
  for (const m of s.mounts) argv.push('--mount', mountArg(m))
  for (const n of s.envNames) argv.push('--env', n)
  for (const [k, v] of Object.entries(s.labels)) argv.push('--label', `${k}=${v}`)
  argv.push(s.image, ...KEEP_ALIVE)
  return argv
}

/**
 * Names the engine's CLI reads for itself (where to find programs and its own configuration): a
 * command's value for one of these cannot travel through the CLI's environment without changing
 * how the CLI runs (a container's PATH would make the host look `docker` up in the container's
 * folders), so it is written on the command line as `NAME=VALUE`. None of them holds a secret a
 * build passes. Pure.
 */
export function engineReadsVariable(name: string): boolean {
  return /^(PATH|HOME|TMPDIR|SHELL|USER|LD_[A-Z_]+|XDG_[A-Z_]+|DOCKER_[A-Z_]+|CONTAINERS?_[A-Z_]+|PODMAN_[A-Z_]+|BUILDAH_[A-Z_]+|REGISTRY_AUTH_FILE|GO[A-Z]+|SSL_CERT_(FILE|DIR)|https?_proxy|HTTPS?_PROXY|no_proxy|NO_PROXY)$/.test(
    name
  )
}

export interface ExecSpec {
  readonly container: string
  readonly argv: readonly string[]
  /** Runtime path. */
  readonly cwd?: string
  readonly envNames?: readonly string[]
  /** `NAME=VALUE` pairs for the names the engine's CLI reads itself (see engineReadsVariable). */
  readonly envInline?: readonly string[]
  /** uid[:gid]; '' = the image's user. */
  readonly user?: string
  /** Keep stdin open (input written to the command). */
  readonly interactive?: boolean
}

export function execArgs(s: ExecSpec): string[] {
  if (s.argv.length === 0) throw new Error('exec: empty argv')
  const argv = ['exec']
  if (s.interactive) argv.push('--interactive')
  if (s.user) argv.push('--user', s.user)
  if (s.cwd) argv.push('--workdir', s.cwd)
  for (const n of s.envNames ?? []) argv.push('--env', n)
  for (const kv of s.envInline ?? []) argv.push('--env', kv)
  argv.push(s.container, ...s.argv)
  return argv
}

/**
 * What says the engine answers, and its version: docker's server API version; podman's `info`, which
 * (unlike `version`) opens its storage and finds its OCI runtime, so a podman that cannot run
 * containers fails here rather than at the first create.
 */
export const versionArgs = (engine: 'docker' | 'podman'): string[] =>
  engine === 'docker' ? ['version', '--format', '{{.Server.APIVersion}}'] : ['info', '--format', '{{.Version.Version}}']
export const inspectContainerArgs = (container: string): string[] => ['container', 'inspect', '--format', '{{json .}}', container]
export const inspectImageArgs = (image: string): string[] => ['image', 'inspect', '--format', '{{json .}}', image]
export const pullArgs = (image: string, platform?: string): string[] => ['pull', ...(platform ? ['--platform', platform] : []), image]
export const startArgs = (container: string): string[] => ['start', container]
export const removeArgs = (container: string): string[] => ['rm', '--force', '--volumes', container]
export const logsArgs = (container: string, lines: number): string[] => ['logs', '--tail', String(lines), container]

/** Give every file under the given runtime paths to uid:gid, never following a symbolic link. */
export function chownArgv(owner: string, paths: readonly string[]): string[] {
  if (!/^\d+:\d+$/.test(owner)) throw new Error(`chown: '${owner}' is not uid:gid`)
  return ['chown', '-R', '-h', owner, '--', ...paths]
}

/** A valid environment variable name (what `-e NAME` may carry). */
export function isEnvName(name: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name)
}

/** Compare API versions such as 1.41 and 1.43. */
export function apiAtLeast(version: string, min: string): boolean {
  const a = version.split('.').map(Number)
  const b = min.split('.').map(Number)
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0)
    if (Number.isNaN(d)) return false
    if (d !== 0) return d > 0
  }
  return true
}
