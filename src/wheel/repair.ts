/** Repair a freshly built wheel to a manylinux tag: auditwheel where the runtime has it, the builtin repair otherwise. */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { UserError } from '../lib/errors.js'
import { info } from '../lib/log.js'
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

export async function repair(mode: RepairMode, raw: string, outDir: string, runtime: Runtime): Promise<Repaired> {
  fs.mkdirSync(outDir, { recursive: true })
  let how: Repaired['how'] = mode === 'auto' ? ((await hasAuditwheel(runtime)) ? 'auditwheel' : 'builtin') : mode
  if (how === 'builtin') {
    info('the builtin repair is not available yet in this build; the wheel is kept as built')
    how = 'none'
  }
  if (how === 'auditwheel') {
    await runtime.runOrThrow(['auditwheel', 'repair', '--wheel-dir', runtime.toRuntimePath(outDir), runtime.toRuntimePath(raw)], {
      hint: 'auditwheel could not repair the wheel; see its message above, or set repair: builtin'
    })
    return { wheel: onlyWheel(outDir, 'auditwheel repair'), how }
  }
  const dest = path.join(outDir, path.basename(raw))
  fs.copyFileSync(raw, dest)
  return { wheel: dest, how }
}
