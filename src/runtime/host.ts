/** The host runtime: commands run directly on this machine; paths are the same on both sides. */
import * as os from 'node:os'
import { run, runOrThrow, type RunOptions } from '../lib/exec.js'
import type { Runtime } from './runtime.js'

export class HostRuntime implements Runtime {
  readonly kind = 'host' as const
  readonly description = `host (${os.platform()} ${os.arch()})`
  toRuntimePath(hostPath: string): string {
    return hostPath
  }
  toHostPath(runtimePath: string): string {
    return runtimePath
  }
  run(argv: readonly string[], opts: RunOptions = {}) {
    return run(argv, opts)
  }
  runOrThrow(argv: readonly string[], opts: RunOptions = {}) {
    return runOrThrow(argv, opts)
  }
  async identity(): Promise<string> {
    return `host-${os.platform()}-${os.arch()}`
  }
}
