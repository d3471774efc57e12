/**
 * Progress of a long packaging step, seen from outside the packager: once a second (the first line
 * after a second, so a quick package prints nothing) the files and bytes being packed and the bytes
 * written so far, read from the sizes of the packager's temporary files beside the package.
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { formatBytes, PROGRESS_INTERVAL_MS } from '../env/progress.js'

export interface PackingWatch {
  /** Shown at the start of each line (the package's file name). */
  readonly what: string
  /** The folder the package is written to. */
  readonly outDir: string
  /** The name the packager's temporary files start with there (`.<stem>.`). */
  readonly tempPrefix: string
  /** The payload (absolute paths), counted once on the first line. */
  readonly files: readonly string[]
  readonly log: (line: string) => void
}

function bytesOf(files: readonly string[]): number {
  let n = 0
  for (const f of files) n += fs.lstatSync(f, { throwIfNoEntry: false })?.size ?? 0
  return n
}

/** Bytes in the temporary files of the package being written. */
export function writtenSoFar(outDir: string, tempPrefix: string): number {
  let n = 0
  let names: string[]
  try {
    names = fs.readdirSync(outDir)
  } catch {
    return 0
  }
  for (const name of names) if (name.startsWith(tempPrefix)) n += fs.statSync(path.join(outDir, name), { throwIfNoEntry: false })?.size ?? 0
  return n
}

/** Run `fn` (the packaging) with a progress line at most once a second while it runs. */
export async function withPackingProgress<T>(w: PackingWatch, fn: () => Promise<T>): Promise<T> {
  const started = performance.now()
  let total: number | undefined
  const timer = setInterval(() => {
    total ??= bytesOf(w.files)
    const secs = (performance.now() - started) / 1000
    w.log(
      `${w.what}: packing ${w.files.length} file(s), ${formatBytes(total)}; ${formatBytes(writtenSoFar(w.outDir, w.tempPrefix))} written in ${secs.toFixed(0)} s`
    )
  }, PROGRESS_INTERVAL_MS)
  timer.unref()
  try {
    return await fn()
  } finally {
    clearInterval(timer)
  }
}
