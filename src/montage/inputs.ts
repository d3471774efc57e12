/** Inputs of build-montage (the C tree phase), validated in one pass. */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { parseArgs } from '../lib/args.js'
import { deepFreeze, InputProblems, readBool, readInt, type InputSource } from '../lib/inputs.js'
import { readServiceTimeout } from '../lib/timeout.js'
import { checkGlob } from '../cache/select.js'

export interface MontageInputs {
  /** The C project's root, holding its Makefile (absolute). */
  readonly path: string
  readonly 'make-args': readonly string[]
  readonly jobs: number
  readonly cache: boolean
  /** A local cache directory; '' = the Actions cache in a workflow, ~/.cache/build-wheel elsewhere. */
  readonly 'cache-dir': string
  /** Globs relative to path: only matching outputs are saved and restored ([] = all outputs). */
  readonly 'cache-paths': readonly string[]
  /** Seconds each cache call may take before the build goes on without it. */
  readonly 'service-timeout': number
}

const MAKEFILES = ['GNUmakefile', 'makefile', 'Makefile']

/** Check that `dir` is a C project make can build; adds problems under input `name`. */
export function checkProjectPath(dir: string, name: string, problems: InputProblems): void {
  if (!fs.existsSync(dir)) problems.add(name, `'${dir}' does not exist; accepted: the directory holding the project's Makefile`)
  else if (!fs.statSync(dir).isDirectory()) problems.add(name, `'${dir}' is not a directory; accepted: the directory holding the project's Makefile`)
  else if (!MAKEFILES.some(f => fs.existsSync(path.join(dir, f))))
    problems.add(name, `'${dir}' has no Makefile (looked for ${MAKEFILES.join(', ')}); accepted: the directory holding the project's Makefile`)
}

export function readMontageInputs(src: InputSource, base: string, problems: InputProblems): MontageInputs {
  const root = path.resolve(base, src('path').trim() || '.')
  checkProjectPath(root, 'path', problems)
  const makeArgs = parseArgs(src('make-args'))
  for (const a of makeArgs)
    if (/^-j|^--jobs/.test(a)) problems.add('make-args', `'${a}': set parallelism with the 'jobs' input instead`)
  return deepFreeze({
    path: root,
    'make-args': makeArgs,
    jobs: readInt(src, 'jobs', 1, 1, 256, problems),
    cache: readBool(src, 'cache', true, problems),
    'cache-dir': src('cache-dir').trim(),
    'cache-paths': readCachePaths(src, problems),
    'service-timeout': readServiceTimeout(src, problems)
  })
}

/** `cache-paths`: one glob per line (or space separated), relative to path. */
export function readCachePaths(src: InputSource, problems: InputProblems): string[] {
  const globs = src('cache-paths')
    .split(/[\n\s]+/)
    .map(s => s.trim())
    .filter(Boolean)
  for (const g of globs) {
    const why = checkGlob(g)
    if (why) problems.add('cache-paths', `'${g}' ${why}; accepted: globs relative to path, such as lib/** or python/*/lib/*.o`)
  }
  return globs
}
