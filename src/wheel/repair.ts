/**
 * Repair a freshly built wheel to a manylinux tag (auditwheel where the runtime has it, the builtin
 * repair otherwise), then check with the builtin audit that its name claims no more than its
 * binaries allow, whichever tool repaired it.
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { UserError } from '../lib/errors.js'
import { info } from '../lib/log.js'
import { checkWheelTag, repairWheel } from '../manylinux/index.js'
import type { Runtime } from '../runtime/runtime.js'
import type { RepairMode } from './inputs.js'

export interface Repaired {
  readonly wheel: string
  readonly how: 'auditwheel' | 'builtin' | 'none'
}

export async function hasAuditwheel(runtime: Runtime): Promise<boolean> {
  const r = await runtime.run(['auditwheel', '--version'], { silent: true }).catch(() => undefined)
  return r?.exitCode === 0
}

/** The one wheel in dir (a repair or a build must yield exactly one). */
export function onlyWheel(dir: string, what: string): string {
  const wheels = fs.existsSync(dir) ? fs.readdirSync(dir).filter(f => f.endsWith('.whl')) : []
  if (wheels.length !== 1) throw new UserError(`${what} produced ${wheels.length} wheels in ${dir}, expected exactly one: ${wheels.join(', ') || 'none'}`)
  return path.join(dir, wheels[0])
}

/**
 * `plat`: the target tag ('' = $AUDITWHEEL_PLAT where set, else the best the binaries allow).
 * `env`: added for the repair (SOURCE_DATE_EPOCH: the dates of the rewritten wheel's members).
 */
export async function repair(
  mode: RepairMode,
  raw: string,
  outDir: string,
  runtime: Runtime,
  plat = '',
  env: Readonly<Record<string, string>> = {}
): Promise<Repaired> {
  fs.mkdirSync(outDir, { recursive: true })
  const how: Repaired['how'] = mode === 'auto' ? ((await hasAuditwheel(runtime)) ? 'auditwheel' : 'builtin') : mode
  let wheel: string
  if (how === 'auditwheel') {
    await runtime.runOrThrow(
      ['auditwheel', 'repair', ...(plat ? ['--plat', plat] : []), '--wheel-dir', runtime.toRuntimePath(outDir), runtime.toRuntimePath(raw)],
      { env, hint: 'auditwheel could not repair the wheel; see its message above, or set repair: builtin' }
    )
    wheel = onlyWheel(outDir, 'auditwheel repair')
  } else if (how === 'builtin') {
    // the runtime's environment (a container's AUDITWHEEL_PLAT), not the host's
    const r = await repairWheel(raw, { outDir, plat: plat || undefined, env: { ...(await runtime.env()), ...env }, log: info })
    for (const g of r.grafted) info(`grafted ${g.library} from ${g.from} as ${g.to}`)
    wheel = r.wheel
  } else {
    wheel = path.join(outDir, path.basename(raw))
    fs.copyFileSync(raw, wheel)
  }
  const check = await checkWheelTag(wheel)
  if (!check.ok)
    throw new UserError(
      `${path.basename(wheel)} claims ${check.claimed.join('.')} but its binaries allow at most ${check.allowed}:\n  ${check.problems.join('\n  ')}`
    )
  info(`tag check: ${check.claimed.join('.')} is allowed (best: ${check.allowed})`)
  return { wheel, how }
}
