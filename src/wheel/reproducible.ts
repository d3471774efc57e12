/**
 * What makes two builds of one commit give the same wheel bytes: SOURCE_DATE_EPOCH for every
 * timestamp written, and the project's path kept out of the debug information the compiler writes
 * (setuptools compiles with Python's own CFLAGS, which hold -g, so DW_AT_comp_dir would otherwise
 * be the checkout's absolute path, and the .so, its build id and the RECORD would differ between
 * two checkouts of the same commit).
 */
import { parseArgs } from '../lib/args.js'
import type { Runtime } from '../runtime/runtime.js'
import type { ReproducibleFacts } from './plan.js'

/** -ffile-prefix-map (also covers __FILE__) where the compiler has it (gcc 8, clang 10), else -fdebug-prefix-map. */
export async function prefixMapOption(runtime: Runtime, env: Readonly<Record<string, string | undefined>>): Promise<ReproducibleFacts['prefixMapOption']> {
  const cc = parseArgs(env.CC ?? '')
  const probe = [...(cc.length ? cc : ['cc']), '-ffile-prefix-map=/probe=.', '-E', '-x', 'c', '/dev/null']
  const r = await runtime.run(probe, { silent: true }).catch(() => undefined)
  return r?.exitCode === 0 ? '-ffile-prefix-map' : '-fdebug-prefix-map'
}
