/**
 * build/pin_depends (record or strict): the run requirements of a package solved as the environment it would be
 * installed into (conda-build solves them to write info/requires, and with strict to replace depends by the
 * exact set). Solved from the build's channels, and the output channel when it already holds packages (the
 * recipe's other outputs).
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import type { SolvedPackage } from '../finalize/requirements.js'
import { solveEnvironments, specsKey } from '../plan/solve-envs.js'
import type { StepContext } from './steps.js'

/** Whether pin_depends asks for the solved run set. */
export const wantsRunSet = (pinDepends: unknown): boolean => typeof pinDepends === 'string' && /^(record|strict)$/i.test(pinDepends)

/** The solved run environment of `depends` for `subdir` (the machine's for noarch). */
export async function solveRunSet(depends: readonly string[], subdir: string, c: StepContext): Promise<SolvedPackage[]> {
  if (!depends.length) return []
  const out = path.resolve(c.outputDir)
  const indexed = ['noarch', subdir].some(d => fs.existsSync(path.join(out, d, 'repodata.json')))
  const solutions = await solveEnvironments([depends], {
    channels: indexed ? [out, ...c.channels] : c.channels,
    subdir,
    cacheDir: c.cacheDir,
    log: c.log,
    warn: c.warn
  })
  return (solutions.get(specsKey(depends)) ?? []).map(s => ({ name: s.record.name, version: s.record.version, build: s.record.build }))
}
