/** What a conda build gives back: the packages built, the one that failed, and the failure itself. */
import * as fs from 'node:fs'
import * as path from 'node:path'

export interface BuiltPackage {
  readonly path: string
  readonly fn: string
  readonly name: string
  readonly version: string
  readonly build: string
  readonly subdir: string
  readonly sha256: string
  readonly size: number
  readonly seconds: number
  /** The test scripts that ran and passed (empty: untested). */
  readonly tested: readonly string[]
  /** Environments of an output solved again at build time, beyond the plan's solution (builder/output-steps.ts). */
  readonly solvedAgain?: readonly { readonly environment: string; readonly because: string; readonly packages: readonly string[] }[]
}

/** The package that failed, for the summary: which, and for a failed test its last lines and where it went. */
export interface FailedPackage {
  readonly stem: string
  readonly subdir: string
  /** The package moved to <output>/broken/ when its test failed. */
  readonly broken?: string
  /** The failed test's last lines of output. */
  readonly testOutput?: string
  /** name-version-build of the downstream package (test/downstreams) whose test failed; the package itself stays in the channel. */
  readonly downstream?: string
}

export class BuildFailure extends Error {
  override name = 'BuildFailure'
  /** The packages of the recipe built before this failure (set by buildRecipe). */
  built: readonly BuiltPackage[] = []
  constructor(
    message: string,
    /** The work folder kept for inspection, when there is one. */
    readonly workDir?: string,
    readonly failed?: FailedPackage
  ) {
    super(message)
  }
}

export interface BuildResult {
  readonly packages: readonly BuiltPackage[]
  readonly skipped: number
}

/** Fail early when the output folder cannot be written. */
export function checkWritable(dir: string): void {
  try {
    fs.mkdirSync(dir, { recursive: true })
    fs.accessSync(dir, fs.constants.W_OK)
    const probe = path.join(dir, `.write-probe-${process.pid}`)
    fs.writeFileSync(probe, '')
    fs.rmSync(probe)
  } catch (e) {
    throw new BuildFailure(`the output folder ${dir} is not writable (${(e as Error).message}); give output-dir a folder you can write`)
  }
}
