/** The host runtime: commands run directly on this machine; paths are the same on both sides. */
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { run, runOrThrow, type RunOptions } from '../lib/exec.js'
import { HOST_MOUNTS, hostPath, runtimePath, type HostPath, type RuntimePath } from './paths.js'
import { DEFAULT_PATH, type Runtime } from './runtime.js'

function stringEnv(env: NodeJS.ProcessEnv): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [k, v] of Object.entries(env)) if (v !== undefined) out[k] = v
  return out
}

export class HostRuntime implements Runtime {
  readonly kind = 'host' as const
  readonly description = `host (${os.platform()} ${os.arch()})`
  readonly mounts = HOST_MOUNTS
  toRuntimePath(p: string): RuntimePath {
    return runtimePath(path.resolve(p))
  }
  toHostPath(p: string): HostPath {
    return hostPath(p)
  }
  run(argv: readonly string[], opts: RunOptions = {}) {
    return run(argv, opts)
  }
  runOrThrow(argv: readonly string[], opts: RunOptions = {}) {
    return runOrThrow(argv, opts)
  }
  /** This process's environment; PATH the usual default when the process has none. */
  async env(): Promise<Readonly<Record<string, string>>> {
    const env = stringEnv(process.env)
    return env.PATH ? env : { ...env, PATH: DEFAULT_PATH }
  }
  async tempDir(prefix: string): Promise<string> {
    return fs.mkdtempSync(path.join(process.env.RUNNER_TEMP || os.tmpdir(), prefix))
  }
  async removeTree(hostPath: string): Promise<void> {
    fs.rmSync(hostPath, { recursive: true, force: true })
  }
  async readFile(runtimePath: string): Promise<string | undefined> {
    try {
      return fs.readFileSync(runtimePath, 'utf8')
    } catch {
      return undefined
    }
  }
  async identity(): Promise<string> {
    return `host-${os.platform()}-${os.arch()}`
  }
  async dispose(): Promise<void> {}
}
