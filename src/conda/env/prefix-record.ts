/**
 * `conda-meta/<name>-<version>-<build>.json`: the channel's record of a package plus where it came
 * from and what it put into the prefix, in the shape conda and rattler write (see
 * ../shared/data/conda-metadata): `fn`, `url`, `channel`, `extracted_package_dir`,
 * `package_tarball_full_path`, `link`, `requested_spec` (and rattler's `requested_specs`), `files` and
 * `paths_data`; `arch` and `platform` from the subdir when the channel's record lacks them, and the
 * record's `constrains`, `features` and `track_features` as the channel gives them. Also the
 * `conda-meta/history` conda reads to know a folder is an environment.
 */
import * as path from 'node:path'
import { writeAtomically } from '../../lib/files.js'
import type { LinkType, PrefixPath } from './link.js'
import type { RepodataRecord } from './repodata.js'
import { archPlatform } from '../package/info.js'

/** conda's numbering of link types. */
export const LINK_TYPE_NUMBER: Readonly<Record<LinkType, number>> = { hardlink: 1, softlink: 2, copy: 3 }

export interface PrefixRecordInput {
  readonly record: RepodataRecord & { readonly fn: string }
  readonly url: string
  /** The channel as shown (redacted), without the subdir. */
  readonly channel: string
  readonly archive: string
  readonly extracted: string
  readonly linkType: LinkType
  readonly requestedSpec: string | null
  readonly paths: readonly PrefixPath[]
}

/** arch and platform of a record that lacks them, from its subdir (noarch records have neither). */
function archAndPlatform(r: RepodataRecord): Record<string, unknown> {
  if (r.arch !== undefined || r.platform !== undefined || !r.subdir || r.subdir === 'noarch') return {}
  return archPlatform(r.subdir)
}

/** The record as an object (keys of the repodata record first, then the installer's). */
export function prefixRecord(i: PrefixRecordInput): Record<string, unknown> {
  const { fn: _fn, ...rest } = i.record
  return {
    ...rest,
    ...archAndPlatform(i.record),
    build_number: i.record.build_number ?? 0,
    depends: i.record.depends ?? [],
    fn: i.record.fn,
    url: i.url,
    channel: i.channel,
    extracted_package_dir: i.extracted,
    package_tarball_full_path: i.archive,
    link: { source: i.extracted, type: LINK_TYPE_NUMBER[i.linkType] },
    requested_spec: i.requestedSpec,
    ...(i.requestedSpec ? { requested_specs: [i.requestedSpec] } : {}),
    files: i.paths.filter(p => p.path_type !== 'directory').map(p => p._path),
    paths_data: { paths_version: 1, paths: i.paths }
  }
}

export function recordFileName(r: { name: string; version: string; build: string }): string {
  return `${r.name}-${r.version}-${r.build}.json`
}

/** Write the record into `<prefix>/conda-meta/`. */
export function writePrefixRecord(prefix: string, i: PrefixRecordInput): string {
  const file = path.join(prefix, 'conda-meta', recordFileName(i.record))
  writeAtomically(file, `${JSON.stringify(prefixRecord(i), null, 2)}\n`)
  return file
}

/** The lines conda appends to conda-meta/history for one transaction: `+` for packages linked, `-` for packages removed. */
export function historyText(
  when: Date,
  command: string,
  installed: ReadonlyArray<{ channel: string; record: { name: string; version: string; build: string } }>,
  sign: '+' | '-' = '+'
): string {
  const stamp = when.toISOString().replace('T', ' ').slice(0, 19)
  const lines = [`==> ${stamp} <==`, `# cmd: ${command}`, ...installed.map(i => `${sign}${i.channel}::${i.record.name}-${i.record.version}-${i.record.build}`)]
  return `${lines.join('\n')}\n`
}
