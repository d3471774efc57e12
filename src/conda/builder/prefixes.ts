/**
 * The folders of one build, as conda-build lays them out under its root (croot):
 *   <croot>/<name>_<stamp>/work                 the source (SRC_DIR)
 *   <croot>/<name>_<stamp>/_build_env           requirements.build (BUILD_PREFIX)
 *   <croot>/<name>_<stamp>/_h_env_placehold...  requirements.host (PREFIX), padded to 255 characters so
 *                                               that an install prefix fits where a binary holds it
 *   <croot>/<name>_<stamp>/_test_env_placehold... the test prefix (253 characters)
 * The stamp is SOURCE_DATE_EPOCH rather than the clock: the host prefix ends up inside text files and
 * binaries, so the same croot gives the same bytes.
 */
import * as path from 'node:path'

/** conda-build's prefix_length. */
export const PREFIX_LENGTH = 255
const PAD = '_placehold'

export class PlaceholderError extends Error {
  override name = 'PlaceholderError'
}

/** `base` padded with `_placehold` up to `length` characters; an error when the base is already too long. */
export function padPrefix(base: string, length: number): string {
  const room = length - base.length
  if (room < 0)
    throw new PlaceholderError(
      `the prefix ${base} is ${base.length} characters, longer than the ${length} a placeholder may have: use a shorter build root (a folder closer to /)`
    )
  return base + PAD.repeat(Math.ceil(room / PAD.length)).slice(0, room)
}

export interface BuildDirs {
  readonly root: string
  readonly work: string
  readonly buildPrefix: string
  readonly hostPrefix: string
  readonly testPrefix: string
  readonly testDir: string
  /** Where packages are staged before they are written. */
  readonly stage: string
}

/** The folders for a build of `name` under `croot`; `merged` (no host section) uses the host prefix for both. */
export function buildDirs(croot: string, name: string, stamp: string, merged: boolean, win = false): BuildDirs {
  const root = path.join(croot, `${name}_${stamp}`)
  // Windows keeps conda-build's short _h_env: binaries are not relocated there
  const hostPrefix = win ? path.join(root, '_h_env') : padPrefix(path.join(root, '_h_env'), PREFIX_LENGTH)
  const testPrefix = win ? path.join(root, '_test_env') : padPrefix(path.join(root, '_test_env'), PREFIX_LENGTH - 2)
  return {
    root,
    work: path.join(root, 'work'),
    buildPrefix: merged ? hostPrefix : path.join(root, '_build_env'),
    hostPrefix,
    testPrefix,
    testDir: path.join(root, 'test_tmp'),
    stage: path.join(root, 'stage')
  }
}
