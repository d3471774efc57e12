/**
 * Prefix detection as conda-build's get_files_with_prefix: a file is binary when it holds a NUL byte,
 * text otherwise; it is recorded when it contains the host prefix (or conda's legacy placeholder).
 * Binary files count only when `detect_binary_files_with_prefix` is on (the default off Windows) or
 * they are listed in `binary_has_prefix_files`; `ignore_prefix_files` (true, or a list) leaves files
 * out; a file listed in `has_prefix_files` that holds no prefix is an error.
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { LEGACY_PLACEHOLDER } from '../env/package-info.js'

export type FileMode = 'text' | 'binary'

export interface PrefixHit {
  readonly path: string
  readonly placeholder: string
  readonly mode: FileMode
}

export interface DetectOptions {
  readonly prefix: string
  readonly win: boolean
  /** build/has_prefix_files */
  readonly hasPrefixFiles?: readonly string[]
  readonly binaryHasPrefixFiles?: readonly string[]
  /** build/ignore_prefix_files: true ignores every file. */
  readonly ignorePrefixFiles?: boolean | readonly string[]
  /** build/detect_binary_files_with_prefix (default: true except on Windows). */
  readonly detectBinary?: boolean
}

export class PrefixDetectionError extends Error {
  override name = 'PrefixDetectionError'
}

/** The spellings of a Windows prefix conda-build looks for (drive letter cases, slashes). */
export function prefixForms(prefix: string, win: boolean): string[] {
  if (!win) return [prefix]
  const forms = new Set([prefix, prefix.replace(/\\/g, '/'), prefix.replace(/\\/g, '\\\\')])
  for (const f of [...forms]) {
    forms.add(f.charAt(0).toUpperCase() + f.slice(1))
    forms.add(f.charAt(0).toLowerCase() + f.slice(1))
  }
  return [...forms]
}

/** Classify one file's content. */
export function detectIn(data: Buffer, forms: readonly string[]): { mode: FileMode; placeholder?: string } {
  const mode: FileMode = data.includes(0) ? 'binary' : 'text'
  for (const f of forms) if (data.includes(Buffer.from(f))) return { mode, placeholder: f }
  if (data.includes(Buffer.from(LEGACY_PLACEHOLDER))) return { mode, placeholder: LEGACY_PLACEHOLDER }
  return { mode }
}

/** The files (relative paths, not symlinks) that hold the prefix, each with its mode. */
export function detectPrefixFiles(files: readonly string[], opts: DetectOptions): PrefixHit[] {
  const forms = prefixForms(opts.prefix, opts.win)
  const listed = new Set(opts.hasPrefixFiles ?? [])
  const binaryListed = new Set(opts.binaryHasPrefixFiles ?? [])
  const ignore = opts.ignorePrefixFiles
  const ignored = (rel: string): boolean => ignore === true || (Array.isArray(ignore) && ignore.includes(rel))
  const detectBinary = opts.detectBinary ?? !opts.win
  const hits: PrefixHit[] = []
  const found = new Set<string>()
  for (const rel of files) {
    if (ignored(rel) && !listed.has(rel) && !binaryListed.has(rel)) continue
    const abs = path.join(opts.prefix, rel)
    const st = fs.lstatSync(abs)
    if (!st.isFile()) continue
    const got = detectIn(fs.readFileSync(abs), forms)
    if (!got.placeholder) continue
    if (got.mode === 'binary' && !detectBinary && !binaryListed.has(rel)) continue
    found.add(rel)
    hits.push({ path: rel, placeholder: got.placeholder, mode: got.mode })
  }
  const missing = [...listed, ...binaryListed].filter(f => !found.has(f))
  if (missing.length)
    throw new PrefixDetectionError(
      `did not detect the hard-coded host prefix in ${missing.join(', ')} (listed in build/has_prefix_files or binary_has_prefix_files)`
    )
  return hits
}

/** info/has_prefix: `placeholder mode path` per line (quoted on Windows). */
export function hasPrefixText(hits: readonly PrefixHit[], win: boolean): string {
  return hits.map(h => (win ? `"${h.placeholder}" ${h.mode} "${h.path}"` : `${h.placeholder} ${h.mode} ${h.path}`)).join('\n') + (hits.length ? '\n' : '')
}
