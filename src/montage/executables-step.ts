/**
 * The executables tarball as a part of the C-tree step: after the tree is built or restored, pack
 * the chosen programs (src/montage/executables.ts), say which tag they allow and why not better,
 * and upload the tarball when asked.
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { claimFolder } from '../cache/tree.js'
import { uploadBounded } from '../lib/artifact.js'
import { info, phase, warning } from '../lib/log.js'
import { buildExecutablesTarball } from './executables.js'
import type { ExecutablesStepPlan } from './plan.js'

export interface ExecutablesResult {
  readonly file: string
  readonly tag: string
  readonly sha256: string
  readonly bytes: number
  readonly files: number
  readonly problems: readonly string[]
  readonly artifactId?: number
}

export async function packBuiltExecutables(plan: ExecutablesStepPlan, root: string): Promise<ExecutablesResult> {
  const t = await phase(`executables: pack ${plan.patterns.join(' ')}`, async () => {
    if (!fs.existsSync(plan.outDir)) {
      fs.mkdirSync(plan.outDir, { recursive: true })
      claimFolder(plan.outDir)
    }
    const r = await buildExecutablesTarball({ root, patterns: plan.patterns, outDir: plan.outDir, name: plan.name, mtime: plan.mtime })
    for (const u of r.unmatched) warning(`executables: '${u}' matches no file of ${root}`)
    const elf = r.audit.files.filter(f => f.kind === 'elf').length
    info(`${path.basename(r.file)}: ${r.members.length} members, ${elf} ELF files audited, ${(r.bytes / 1e6).toFixed(1)} MB, sha256 ${r.sha256}`)
    info(`tag ${r.audit.tag}${r.audit.glibcMax ? ` (needs GLIBC ${r.audit.glibcMax})` : ''}`)
    for (const p of r.audit.problems) warning(`executables: ${p}`)
    for (const n of r.audit.notes) info(`note: ${n}`)
    return r
  })
  const artifactId = plan.upload ? await uploadBounded(plan.upload, [t.file], plan.outDir) : undefined
  return {
    file: t.file,
    tag: t.audit.tag,
    sha256: t.sha256,
    bytes: t.bytes,
    files: t.members.length,
    problems: t.audit.problems,
    ...(artifactId !== undefined ? { artifactId } : {})
  }
}
