/**
 * Repair a freshly built wheel to a manylinux tag (auditwheel where the runtime has it, the builtin
 * repair otherwise), then check with the builtin audit that its name claims no more than its
 * binaries allow, whichever tool repaired it.
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { UserError } from '../lib/errors.js'
import { checkWheelTag, repairWheel } from '../manylinux/index.js'
import type { Runtime } from '../runtime/runtime.js'
import { liveLane, type Lane } from './lanes.js'
import { libraryView } from './library-view.js'
import type { RepairPlan } from './plan.js'

export interface Repaired {
  readonly wheel: string
  readonly how: 'auditwheel' | 'builtin' | 'none'
}

/** The one wheel in dir (a repair or a build must yield exactly one). */
export function onlyWheel(dir: string, what: string): string {
  const wheels = fs.existsSync(dir) ? fs.readdirSync(dir).filter(f => f.endsWith('.whl')) : []
  if (wheels.length !== 1) throw new UserError(`${what} produced ${wheels.length} wheels in ${dir}, expected exactly one: ${wheels.join(', ') || 'none'}`)
  return path.join(dir, wheels[0])
}

/**
 * The builtin repair, resolving libraries as the runtime's loader would: on the host, the host's
 * own; in a container, copies of the container's (src/wheel/library-view.ts).
 */
async function builtinRepair(raw: string, outDir: string, plat: string, runtime: Runtime, env: Readonly<Record<string, string>>, lane: Lane): Promise<string> {
  const info = (m: string): void => lane.info(m)
  const options = { outDir, plat: plat || 'auto', log: info }
  if (runtime.kind === 'host') {
    const r = await repairWheel(raw, { ...options, env: { ...(await runtime.env()), ...env } })
    for (const g of r.grafted) info(`grafted ${g.library} from ${g.from} as ${g.to}`)
    return r.wheel
  }
  const root = await runtime.tempDir('bw-libs-')
  try {
    const view = await libraryView(runtime, raw, root)
    const r = await repairWheel(raw, { ...options, ldPaths: [...view.ldPaths], env: { ...view.env, ...env } })
    for (const g of r.grafted) info(`grafted ${g.library} from ${view.runtimePathOf(g.from)} (in ${runtime.description}) as ${g.to}`)
    return r.wheel
  } finally {
    await runtime.removeTree(root)
  }
}

/**
 * Repair as planned (the tool, and the target tag: '' = the best the binaries allow).
 * `env`: added for the repair (SOURCE_DATE_EPOCH: the dates of the rewritten wheel's members).
 * `lane`: where its log goes (src/wheel/lanes.ts); printed as it comes by default.
 */
export async function repair(
  planned: RepairPlan,
  raw: string,
  outDir: string,
  runtime: Runtime,
  env: Readonly<Record<string, string>> = {},
  lane: Lane = liveLane()
): Promise<Repaired> {
  fs.mkdirSync(outDir, { recursive: true })
  const how = planned.tool
  const plat = planned.plat
  let wheel: string
  if (how === 'auditwheel') {
    await lane.runOrThrow(
      runtime,
      ['auditwheel', 'repair', ...(plat ? ['--plat', plat] : []), '--wheel-dir', runtime.toRuntimePath(outDir), runtime.toRuntimePath(raw)],
      { env, hint: 'auditwheel could not repair the wheel; see its message above, or set repair: builtin' }
    )
    wheel = onlyWheel(outDir, 'auditwheel repair')
  } else if (how === 'builtin') {
    wheel = await builtinRepair(raw, outDir, plat, runtime, env, lane)
  } else {
    wheel = path.join(outDir, path.basename(raw))
    fs.copyFileSync(raw, wheel)
  }
  const check = await checkWheelTag(wheel)
  if (!check.ok)
    throw new UserError(
      `${path.basename(wheel)} claims ${check.claimed.join('.')} but its binaries allow at most ${check.allowed}:\n  ${check.problems.join('\n  ')}`
    )
  lane.info(`tag check: ${check.claimed.join('.')} is allowed (best: ${check.allowed})`)
  return { wheel, how }
}
