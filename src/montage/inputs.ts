/** Inputs of build-montage (the C tree phase), validated in one pass. */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { parseArgs } from '../lib/args.js'
import { deepFreeze, InputProblems, readArtifactName, readBool, readInt, readOutputDir, readPath, type InputSource } from '../lib/inputs.js'
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
  /** Globs relative to path choosing the built programs to pack into a tarball ([] = none); `!glob` takes files out. */
  readonly executables: readonly string[]
  /** The tarball's name before its tag: `<name>-<tag>.tar.gz`. */
  readonly 'executables-name': string
  /** Where the tarball is written (absolute). */
  readonly 'executables-dir': string
  /** Artifact name to upload the tarball under; '' = no upload. */
  readonly 'executables-artifact': string
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
  const root = readPath(src, 'path', base, problems, '.')
  checkProjectPath(root, 'path', problems)
  const makeArgs = parseArgs(src('make-args'))
  for (const a of makeArgs) if (/^-j|^--jobs/.test(a)) problems.add('make-args', `'${a}': set parallelism with the 'jobs' input instead`)
  return deepFreeze({
    path: root,
    'make-args': makeArgs,
    jobs: readInt(src, 'jobs', 1, 1, 256, problems),
    cache: readBool(src, 'cache', true, problems),
    'cache-dir': readPath(src, 'cache-dir', base, problems),
    'cache-paths': readCachePaths(src, problems),
    'service-timeout': readServiceTimeout(src, problems),
    executables: readGlobs(src, 'executables', 'bin/* or bin/m*, and !bin/*.sh to leave files out', problems, true),
    'executables-name': readTarballName(src, root, problems),
    'executables-dir': readOutputDir(src, 'executables-dir', 'executables', base, problems),
    'executables-artifact': readArtifactName(src, 'executables-artifact', problems)
  })
}

/** A tarball's name or top folder: a plain file name. */
export const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9._+-]*$/

/** The tarball's name: given, or the project folder's name made safe. */
function readTarballName(src: InputSource, root: string, problems: InputProblems): string {
  const given = src('executables-name').trim()
  if (given && !SAFE_NAME.test(given))
    problems.add('executables-name', `'${given}' is not accepted; accepted: letters, digits and . _ + - (not first), e.g. montage`)
  const fallback =
    path
      .basename(root)
      .toLowerCase()
      .replace(/[^a-z0-9._+-]+/g, '-')
      .replace(/^[^a-z0-9]+/, '') || 'executables'
  return given || fallback
}

/** `cache-paths`: one glob per line (or space separated), relative to path. */
export function readCachePaths(src: InputSource, problems: InputProblems): string[] {
  return readGlobs(src, 'cache-paths', 'lib/** or python/*/lib/*.o', problems)
}

/**
 * Globs relative to path, one per line or space separated. With `exclusions`, `!glob` takes files
 * out again, and at least one glob must choose files.
 */
function readGlobs(src: InputSource, name: string, examples: string, problems: InputProblems, exclusions = false): string[] {
  const globs = src(name)
    .split(/[\n\s]+/)
    .map(s => s.trim())
    .filter(Boolean)
  for (const g of globs) {
    const why = checkGlob(exclusions ? g.replace(/^!/, '') : g)
    if (why) problems.add(name, `'${g}' ${why}; accepted: globs relative to path, such as ${examples}`)
  }
  if (exclusions && globs.length && globs.every(g => g.startsWith('!')))
    problems.add(name, `only exclusions given (${globs.join(' ')}); accepted: at least one glob choosing files, such as bin/*`)
  return globs
}
