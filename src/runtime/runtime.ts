/**
 * Where a phase's commands run. Every phase goes through this interface, so the same plan runs
 * on the host or inside a container: paths are mapped between the two sides, env is passed
 * explicitly (a container does not inherit the host's environment), temporary folders are made
 * where both sides see them, and files of the build's machine are read through it.
 */
import type { RunOptions, RunResult } from '../lib/exec.js'
import type { HostPath, Mount, RuntimePath } from './paths.js'

/** Options of a command in the runtime: its working directory is a runtime path. */
export type RuntimeRunOptions = Omit<RunOptions, 'cwd'> & { readonly cwd?: RuntimePath }

/** The PATH docker and podman give a container whose image sets none; the host runtime's when the process has none. */
export const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'

export type RuntimeKind = 'host' | 'docker' | 'podman'

export interface Runtime {
  readonly kind: RuntimeKind
  /** For logs: "host (linux x64)" or "docker container build-wheel-1 (image ...)". */
  readonly description: string
  /** The host folders the runtime sees, and where (the host runtime: `/` at `/`). */
  readonly mounts: readonly Mount[]
  /** A host path as commands in this runtime see it (throws a UserError when the runtime cannot see it). */
  toRuntimePath(hostPath: string): RuntimePath
  /** A runtime path as the host sees it (throws when the host cannot see it). */
  toHostPath(runtimePath: string): HostPath
  /**
   * Run argv in the runtime. `cwd` is a RUNTIME path; `env` is added to the runtime's own
   * environment (see env()), never the host's in a container.
   */
  run(argv: readonly string[], opts?: RuntimeRunOptions): Promise<RunResult>
  runOrThrow(argv: readonly string[], opts?: RuntimeRunOptions): Promise<RunResult>
  /** The environment commands get in this runtime (the host's, or the container's). */
  env(): Promise<Readonly<Record<string, string>>>
  /** A new empty folder both the host and the runtime see; returns its HOST path. */
  tempDir(prefix: string): Promise<string>
  /** Remove a folder (host path) the runtime may have written into as another user. */
  removeTree(hostPath: string): Promise<void>
  /** A file of the runtime's own file system (runtime path), as text; undefined when it is not there. */
  readFile(runtimePath: RuntimePath): Promise<string | undefined>
  /** What identifies this environment in cache keys: OS and architecture, or the image digest. */
  identity(): Promise<string>
  /** Release what this runtime started (an ephemeral container); a no-op for the others. */
  dispose(): Promise<void>
}
