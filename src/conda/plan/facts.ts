/**
 * What a conda build plan depends on that is not an input, gathered once before anything is planned:
 * the machine's subdir, its CPU count, the environment the build's commands get in the runtime (the
 * toolchain's PATH, CC, HOME...), the Node that runs the suite (SYS_PYTHON and SYS_PREFIX of
 * conda-build's environment point at the running interpreter), and SOURCE_DATE_EPOCH of the recipe
 * (the environment's, else the recipe's last commit). Nothing here renders, solves or builds.
 */
import * as os from 'node:os'
import * as path from 'node:path'
import { sourceDateEpoch, type SourceDateEpoch } from '../../lib/epoch.js'
import { hostSubdir } from '../recipe/platforms.js'
import type { Runtime } from '../../runtime/runtime.js'

export interface CondaFacts {
  /** The subdir of the machine that builds (what it can build: this one and noarch). */
  readonly hostSubdir: string
  readonly cpuCount: number
  /** The environment commands get in the runtime. */
  readonly env: Readonly<Record<string, string>>
  readonly sysPython: string
  readonly sysPrefix: string
  readonly epoch: SourceDateEpoch
  readonly runtime: { readonly kind: string; readonly description: string }
}

/** The facts of a build of the recipe at `recipeDir` on `runtime` (the host runtime for now). */
export async function gatherCondaFacts(runtime: Runtime, recipeDir: string, hostEnv: NodeJS.ProcessEnv = process.env): Promise<CondaFacts> {
  const [env, epoch] = await Promise.all([runtime.env(), sourceDateEpoch(recipeDir, hostEnv)])
  return {
    hostSubdir: hostSubdir(),
    cpuCount: os.availableParallelism(),
    env,
    sysPython: process.execPath,
    sysPrefix: path.dirname(path.dirname(process.execPath)),
    epoch,
    runtime: { kind: runtime.kind, description: runtime.description }
  }
}
