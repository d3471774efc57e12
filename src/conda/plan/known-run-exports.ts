/**
 * The run_exports of solved channel packages, where they can be read without the network, so that the plan's
 * records of outputs (planned-records.ts) depend on what the built packages will: repodata holds no run_exports,
 * only the package archives do. Read, first found wins:
 * 1. the package already extracted in the package cache (`<cache>/pkgs/<stem>/info/run_exports.json`, what the
 *    builder itself reads, when the extraction's repodata_record.json has the record's digest; an extracted
 *    package without that file exports nothing);
 * 2. a local channel's `<subdir>/run_exports.json` (CEP 12, written by conda-index: per file name);
 * 3. a local channel's `channeldata.json` (per name and version, as conda-build's `--use-channeldata` reads it;
 *    this suite's own index writes it).
 * What is found goes into the record's `run_exports` field (a field rattler's package records have too, so the
 * conda-meta record written from it keeps a shape rattler writes). A package found in none keeps no run_exports;
 * what it exports shows in the built package, and the builder then solves the environment planned with it again
 * (src/conda/builder/output-steps.ts).
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { channelFile } from '../env/channel.js'
import { packageStem } from '../env/package.js'
import type { RepodataRecord } from '../env/repodata.js'
import type { SolvedRecord } from '../env/solve.js'
import { normalizeRunExports, type RunExports } from '../finalize/run-exports.js'
import { isPlanned } from './planned-records.js'
import type { Solutions } from './solve-envs.js'

type Json = Record<string, unknown>

const isDict = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)

/** Reads JSON files once per call; a file that is absent or not a JSON object reads as undefined. */
function jsonReader(): (file: string) => Json | undefined {
  const seen = new Map<string, Json | undefined>()
  return file => {
    if (!seen.has(file)) {
      let v: unknown
      try {
        v = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : undefined
      } catch {
        v = undefined
      }
      seen.set(file, isDict(v) ? v : undefined)
    }
    return seen.get(file)
  }
}

const at = (v: unknown, ...keys: string[]): unknown => keys.reduce<unknown>((x, k) => (isDict(x) ? x[k] : undefined), v)

/** What is known of one record's run_exports: an object (maybe empty: exports nothing), or undefined (not known). */
function known(s: SolvedRecord, cacheDir: string, read: (file: string) => Json | undefined): RunExports | Record<string, never> | undefined {
  const stem = packageStem(s.record.fn)
  const info = stem ? path.join(cacheDir, 'pkgs', stem, 'info') : ''
  // the extraction is this very package when its record (written by ensureExtracted) has the same digest
  const marker = info ? read(path.join(info, 'repodata_record.json')) : undefined
  const digest = (r: Json | RepodataRecord | undefined): unknown => r?.sha256 ?? r?.md5
  if (marker && digest(s.record) !== undefined && digest(marker) === digest(s.record))
    return normalizeRunExports(read(path.join(info, 'run_exports.json'))) ?? {}
  if (s.channel.kind !== 'local') return undefined
  const key = s.record.fn.endsWith('.conda') ? 'packages.conda' : 'packages'
  const perFile = at(read(channelFile(s.channel, s.subdir, 'run_exports.json')), key, s.record.fn)
  if (isDict(perFile)) return normalizeRunExports(perFile.run_exports) ?? {}
  const perVersion = at(read(channelFile(s.channel, '', 'channeldata.json')), 'packages', s.record.name)
  if (!isDict(perVersion)) return undefined
  return normalizeRunExports(at(perVersion, 'run_exports', s.record.version)) ?? {}
}

/** The solutions with the run_exports known of their channel records added to those records (see the module's comment). */
export function withKnownRunExports(solutions: Solutions, cacheDir: string): Solutions {
  const read = jsonReader()
  const byFile = new Map<string, SolvedRecord>()
  const withExports = (s: SolvedRecord): SolvedRecord => {
    if (isPlanned(s) || s.record.run_exports !== undefined) return s
    const id = `${s.channel.base}|${s.subdir}|${s.record.fn}`
    let got = byFile.get(id)
    if (!got) {
      const e = known(s, cacheDir, read)
      got = e && Object.keys(e).length ? { ...s, record: { ...s.record, run_exports: e } } : s
      byFile.set(id, got)
    }
    return got.record === s.record ? s : { ...s, record: got.record }
  }
  return new Map([...solutions].map(([k, v]) => [k, v.map(withExports)]))
}
