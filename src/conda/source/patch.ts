/**
 * Applying a recipe's patches as conda-build does: the strip level guessed from the files the patch
 * names (the level at which most of them exist in the source; the shallowest on a tie), a dry run first,
 * then GNU patch (`--no-backup-if-mismatch --batch`), or `git apply` when patch is missing or refuses a
 * git-format patch it cannot read. A failed hunk is reported at its line in the patch file.
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import type { RunResult } from '../../lib/exec.js'
import type { Runtime } from '../../runtime/runtime.js'
import { hostRuntime, inRuntime } from '../runtime-argv.js'
import { RecipeError } from '../recipe/location.js'

/** The files a patch changes, as written in its `---`/`+++` headers (without timestamps). */
export function patchedFiles(text: string): string[] {
  const files: string[] = []
  const lines = text.split(/\r?\n/)
  for (let i = 0; i < lines.length - 1; i++) {
    if (!lines[i].startsWith('--- ') || !lines[i + 1].startsWith('+++ ')) continue
    const name = (l: string): string => l.slice(4).split('\t')[0].trim()
    const from = name(lines[i])
    files.push(from === '/dev/null' ? name(lines[i + 1]) : from)
  }
  return [...new Set(files.filter(f => f !== '/dev/null'))]
}

/** The strip level at which most of the patch's files exist under `srcDir` (shallowest on a tie). */
export function guessStripLevel(files: readonly string[], srcDir: string): { level: number; ambiguous: boolean } {
  if (!files.length) return { level: 1, ambiguous: true }
  const max = Math.min(...files.map(f => f.split('/').length - 1))
  if (max === 0) return { level: 0, ambiguous: false }
  const counts = Array.from({ length: max + 1 }, (_, level) => files.filter(f => fs.existsSync(path.join(srcDir, ...f.split('/').slice(level)))).length)
  const best = Math.max(...counts)
  return { level: counts.indexOf(best), ambiguous: counts.filter(c => c === best).length > 1 }
}

/** Where hunk number `n` (1-based) of `file` starts in the patch text (1-based line), if found. */
export function hunkLine(text: string, file: string, n: number): number | undefined {
  const lines = text.split(/\r?\n/)
  let inFile = false
  let count = 0
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].startsWith('+++ ')) {
      const name = lines[i].slice(4).split('\t')[0].trim()
      inFile = name === file || name.endsWith(`/${file}`)
      count = 0
    } else if (inFile && lines[i].startsWith('@@')) {
      count++
      if (count === n) return i + 1
    }
  }
  return undefined
}

export function patchArgv(patchFile: string, srcDir: string, level: number, dryRun: boolean): string[] {
  return ['patch', '--no-backup-if-mismatch', '--batch', `-p${level}`, '-i', patchFile, '-d', srcDir, ...(dryRun ? ['--dry-run'] : [])]
}

export function gitApplyArgv(patchFile: string, srcDir: string, level: number, check: boolean): string[] {
  return ['git', '-C', srcDir, 'apply', `-p${level}`, '--whitespace=nowarn', ...(check ? ['--check'] : []), patchFile]
}

async function tryRun(argv: string[], runtime: Runtime): Promise<RunResult | undefined> {
  try {
    return await runtime.run(inRuntime(runtime, argv), { silent: true })
  } catch {
    return undefined // the program is missing
  }
}

function failure(patchFile: string, text: string, output: string, level: number): RecipeError {
  const lines = output.split('\n')
  let current = ''
  for (const l of lines) {
    const f = /^(?:patching|checking) file '?([^']+?)'?$/.exec(l.trim())
    if (f) current = f[1]
    const h = /Hunk #(\d+) FAILED at (\d+)/.exec(l)
    if (h) {
      const line = hunkLine(text, current, Number(h[1]))
      return new RecipeError(
        `patch ${path.basename(patchFile)}: hunk #${h[1]} of ${current} does not apply (expected near line ${h[2]} of the source); update the patch for this source version`,
        { file: patchFile, line: line ?? 1, column: 1 }
      )
    }
  }
  const tail = lines.filter(Boolean).slice(-8).join('\n')
  return new RecipeError(`patch ${path.basename(patchFile)} does not apply at -p${level}:\n${tail}`, { file: patchFile, line: 1, column: 1 })
}

/** Apply one patch to `srcDir` (patch, else git apply, through the runtime); returns the strip level used. */
export async function applyPatch(patchFile: string, srcDir: string, log: (s: string) => void = () => {}, runtime: Runtime = hostRuntime()): Promise<number> {
  const run = (argv: string[]) => runtime.run(inRuntime(runtime, argv), { silent: true })
  if (!fs.existsSync(patchFile)) throw new RecipeError(`patch file ${patchFile} does not exist`)
  const text = fs.readFileSync(patchFile, 'utf8')
  const { level, ambiguous } = guessStripLevel(patchedFiles(text), srcDir)
  log(`patch ${path.basename(patchFile)}: -p${level}${ambiguous ? ' (ambiguous; the shallowest)' : ''}`)
  const dry = await tryRun(patchArgv(patchFile, srcDir, level, true), runtime)
  if (dry && dry.exitCode === 0) {
    const real = await run(patchArgv(patchFile, srcDir, level, false))
    if (real.exitCode === 0) return level
    throw failure(patchFile, text, real.stdout + real.stderr, level)
  }
  const check = await tryRun(gitApplyArgv(patchFile, srcDir, level, true), runtime)
  if (check && check.exitCode === 0) {
    const real = await run(gitApplyArgv(patchFile, srcDir, level, false))
    if (real.exitCode === 0) return level
  }
  if (!dry && !check) throw new RecipeError('neither patch nor git is installed; install GNU patch to apply the recipe patches')
  throw failure(patchFile, text, dry ? dry.stdout + dry.stderr : (check?.stderr ?? ''), level)
}
