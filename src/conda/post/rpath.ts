/**
 * ELF RPATHs made `$ORIGIN`-relative, as conda-build's mk_relative_linux: entries that already use
 * $ORIGIN stay; absolute entries inside the prefix become `$ORIGIN/<relative>`; absolute entries
 * outside it are dropped (reported); each `build/rpaths` folder (default `lib`) is added. Written
 * with patchelf `--force-rpath --set-rpath` (DT_RPATH, as conda-build). Static executables and
 * object files (no dynamic section) are left alone. The decision is a pure function.
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { readElf } from '../../elf/elf.js'
import { applyEdits, emptyEdits } from '../../elf/patchelf.js'
import type { Runtime } from '../../runtime/runtime.js'
import { hostRuntime } from '../runtime-argv.js'

export interface RpathPlan {
  readonly value: string
  readonly dropped: readonly string[]
}

/** The new RPATH of `rel` (relative to the prefix) given its current one. */
export function planRpath(prefix: string, rel: string, current: string | null, rpaths: readonly string[]): RpathPlan {
  const dir = path.posix.dirname(rel)
  const out: string[] = []
  const dropped: string[] = []
  const add = (e: string): void => {
    if (!out.includes(e)) out.push(e)
  }
  const origin = (inside: string): string => {
    const r = path.posix.relative(dir, inside)
    return r === '' ? '$ORIGIN' : `$ORIGIN/${r}`
  }
  for (const e of (current ?? '').split(':').filter(Boolean)) {
    if (e.startsWith('$ORIGIN') || e.startsWith('${ORIGIN}')) add(e)
    else if (path.posix.isAbsolute(e)) {
      const r = path.posix.relative(prefix, path.posix.normalize(e))
      if (r === '' || (!r.startsWith('..') && !path.posix.isAbsolute(r))) add(origin(r === '' ? '.' : r))
      else dropped.push(e)
    } else dropped.push(e)
  }
  for (const r of rpaths) add(origin(path.posix.normalize(r.replace(/\/+$/, '')) || '.'))
  return { value: out.join(':'), dropped }
}

const ELF_MAGIC = Buffer.from([0x7f, 0x45, 0x4c, 0x46])

/** Whether the file starts like an ELF file (cheap; the reader decides the rest). */
export function looksElf(abs: string): boolean {
  const fd = fs.openSync(abs, 'r')
  try {
    const head = Buffer.alloc(4)
    return fs.readSync(fd, head, 0, 4, 0) === 4 && head.equals(ELF_MAGIC)
  } finally {
    fs.closeSync(fd)
  }
}

export interface RpathResult {
  readonly rel: string
  readonly before: string | null
  readonly after: string
  readonly dropped: readonly string[]
}

/** Relocate one ELF file; null when it is not a dynamic executable or shared object. */
export async function relocateElf(
  prefix: string,
  rel: string,
  rpaths: readonly string[],
  patchelf = 'patchelf',
  runtime: Runtime = hostRuntime()
): Promise<RpathResult | null> {
  const abs = path.join(prefix, rel)
  let info
  try {
    info = readElf(fs.readFileSync(abs), { symbols: false })
  } catch {
    return null // not an ELF file we can read: left as it is
  }
  if (!info.hasDynamic || (info.type !== 2 && info.type !== 3)) return null
  const before = info.rpath ?? info.runpath
  const plan = planRpath(prefix.split(path.sep).join('/'), rel, before, rpaths)
  if (plan.value !== before || info.runpath !== null) {
    const edits = emptyEdits()
    edits.rpath = { value: plan.value, runpath: false }
    await applyEdits(runtime.toRuntimePath(abs), edits, patchelf, (argv, opts) => runtime.run(argv, opts))
  }
  return { rel, before, after: plan.value, dropped: plan.dropped }
}
