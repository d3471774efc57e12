/**
 * Where a phase's commands run. Every phase goes through this interface, so the same plan runs
 * on the host or inside a container: paths are mapped between the two sides, env is passed
 * explicitly (a container does not inherit the host's environment).
 */
import type { RunOptions, RunResult } from '../lib/exec.js'

export interface Runtime {
  readonly kind: 'host' | 'docker' | 'podman'
  /** For logs: "host" or "docker container abc123 (image ...)". */
  readonly description: string
  /** A host path as commands in this runtime see it. */
  toRuntimePath(hostPath: string): string
  /** A runtime path as the host sees it. */
  toHostPath(runtimePath: string): string
  /** Run argv with cwd given as a HOST path; env is added to the runtime's own environment. */
  run(argv: readonly string[], opts?: RunOptions): Promise<RunResult>
  runOrThrow(argv: readonly string[], opts?: RunOptions): Promise<RunResult>
  /** What identifies this environment in cache keys: OS, architecture, image digest. */
  identity(): Promise<string>
}
