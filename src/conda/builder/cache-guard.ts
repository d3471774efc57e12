/**
 * The package cache kept whole while a build script runs. The build and host prefixes are hard-linked from the
 * packages extracted in the cache (as conda links them), so a script that rewrites a dependency's file in place
 * (`printf x > $PREFIX/file`) rewrites the cache's copy too, and every prefix linked from it later (the next
 * output's, the test's) gets the rewritten file: conda-build's outputs_overwrite_base_file. conda-build removes
 * packages from its cache before testing them (environ.clean_pkg_cache); here the cache folders of the packages
 * whose files a script wrote through are removed after it, so the next install extracts them again from their
 * archive (the prefix keeps the rewritten file, as conda-build's does).
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { listFiles } from '../post/files.js'

interface Linked {
  readonly ino: number
  readonly mtimeMs: number
  readonly size: number
}

/** A prefix's hard-linked files (link count above one) as they were before the script. */
export interface LinkedSnapshot {
  readonly prefix: string
  readonly files: ReadonlyMap<string, Linked>
}

export function snapshotLinked(prefix: string): LinkedSnapshot {
  const files = new Map<string, Linked>()
  for (const rel of listFiles(prefix)) {
    const st = fs.lstatSync(path.join(prefix, rel), { throwIfNoEntry: false })
    if (st?.isFile() && st.nlink > 1) files.set(rel, { ino: st.ino, mtimeMs: st.mtimeMs, size: st.size })
  }
  return { prefix, files }
}

/** The snapshot's files that are still the same file but were written since (their other links see the change). */
export function writtenThrough(s: LinkedSnapshot): string[] {
  const out: string[] = []
  for (const [rel, was] of s.files) {
    const st = fs.lstatSync(path.join(s.prefix, rel), { throwIfNoEntry: false })
    if (st?.isFile() && st.ino === was.ino && (st.mtimeMs !== was.mtimeMs || st.size !== was.size)) out.push(rel)
  }
  return out
}

/** The extracted package folder of each file of the prefix, from its conda-meta records. */
function extractedByFile(prefix: string): Map<string, string> {
  const meta = path.join(prefix, 'conda-meta')
  const out = new Map<string, string>()
  for (const f of fs.existsSync(meta) ? fs.readdirSync(meta).filter(n => n.endsWith('.json')) : []) {
    let rec: { files?: unknown; extracted_package_dir?: unknown }
    try {
      rec = JSON.parse(fs.readFileSync(path.join(meta, f), 'utf8')) as typeof rec
    } catch {
      continue
    }
    if (typeof rec.extracted_package_dir !== 'string' || !Array.isArray(rec.files)) continue
    for (const rel of rec.files) if (typeof rel === 'string') out.set(rel, rec.extracted_package_dir)
  }
  return out
}

/**
 * Where a prefix file may sit in its extracted package: at the same path, or for a noarch python package at
 * the path the package holds it under (`site-packages/...` for `lib/pythonX.Y/site-packages/...` or
 * `Lib/site-packages/...`, `python-scripts/...` for `bin/...` or `Scripts/...`).
 */
export function packagePathsOf(rel: string): string[] {
  const sp = /^(?:lib\/python\d+\.\d+t?|Lib)\/site-packages\/(.+)$/.exec(rel)
  const script = /^(?:bin|Scripts)\/(.+)$/.exec(rel)
  return [rel, ...(sp ? [`site-packages/${sp[1]}`] : []), ...(script ? [`python-scripts/${script[1]}`] : [])]
}

/** Remove the cache folders of the packages whose files were written through; returns them. */
export function evictWrittenThrough(snapshots: readonly LinkedSnapshot[], warn: (l: string) => void): string[] {
  const evicted = new Set<string>()
  for (const s of snapshots) {
    const written = writtenThrough(s)
    if (!written.length) continue
    const owners = extractedByFile(s.prefix)
    for (const rel of written) {
      const dir = owners.get(rel)
      if (!dir || evicted.has(dir)) continue
      // the cache's copy is the prefix's file (same inode) only while linked: check before removing
      const ino = s.files.get(rel)?.ino
      const linked = packagePathsOf(rel).some(p => fs.lstatSync(path.join(dir, p), { throwIfNoEntry: false })?.ino === ino)
      if (!linked) continue
      fs.rmSync(dir, { recursive: true, force: true })
      evicted.add(dir)
      warn(
        `the build script wrote into ${path.join(s.prefix, rel)}, a file hard-linked from the package cache: ` +
          `${dir} was removed from the cache, to be extracted again from its archive (write a new file instead of rewriting a dependency's)`
      )
    }
  }
  return [...evicted]
}

/** Run a build script with the cache kept whole (see the module's comment). */
export async function keepingCacheWhole<T>(prefixes: readonly string[], warn: (l: string) => void, run: () => Promise<T>): Promise<T> {
  const snapshots = [...new Set(prefixes)].map(snapshotLinked)
  try {
    return await run()
  } finally {
    evictWrittenThrough(snapshots, warn)
  }
}
