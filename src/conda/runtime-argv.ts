/**
 * The conda half's commands go through a Runtime (src/runtime/): the build script, the tests, git,
 * patch and patchelf. Its argv are written in host paths; these map them to the runtime's side.
 */
import * as path from 'node:path'
import { HostRuntime } from '../runtime/host.js'
import type { Runtime } from '../runtime/runtime.js'

let host: Runtime | undefined

/** The host runtime, where commands run when no other is given. */
export function hostRuntime(): Runtime {
  host ??= new HostRuntime()
  return host
}

/** argv with every absolute host path after the program mapped to the runtime's side (the program is a name or a runtime path). */
export function inRuntime(runtime: Runtime, argv: readonly string[]): string[] {
  return argv.map((a, i) => (i > 0 && path.isAbsolute(a) ? runtime.toRuntimePath(a) : a))
}
