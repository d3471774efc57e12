/**
 * The end of a conda-recipe step, after a success or a failure alike: the outputs (set before the
 * failure is rethrown), the packages uploaded as an artifact (and broken/ as `<name>-broken` after a
 * failed test), the table in the log and the job summary with every package and its tests.
 */
import * as runner from '../../lib/workflow-commands.js'
import * as fs from 'node:fs'
import * as path from 'node:path'
import type { BuiltPackage, FailedPackage } from '../../conda/builder/build.js'
import { CONDA_TABLE_TITLE, condaNotes, condaRows } from '../../conda/builder/report.js'
import type { CondaInputs } from '../../conda/inputs.js'
import { uploadBounded } from '../../lib/artifact.js'
import { info } from '../../lib/log.js'
import { renderTextTable, writeJobSummary } from '../../lib/summary.js'
import { CONDA_OUTPUTS } from '../outputs.js'

/** The packages output: a JSON list a later step can read with fromJSON. */
export function packagesJson(packages: readonly BuiltPackage[]): string {
  return JSON.stringify(
    packages.map(p => ({ path: p.path, name: p.name, version: p.version, build: p.build, subdir: p.subdir, sha256: p.sha256, size: p.size }))
  )
}

/** The artifact name of the packages a failed test moved to broken/. */
export const brokenArtifactName = (name: string): string => `${name}-broken`

function filesIn(dir: string): string[] {
  if (!fs.existsSync(dir)) return []
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter(e => e.isFile())
    .map(e => path.join(dir, e.name))
    .sort()
}

/** Upload the packages (`<subdir>/<file>` in the artifact), and broken/ after a failed test; returns the packages' artifact id. */
async function upload(inputs: CondaInputs, packages: readonly BuiltPackage[], failed: FailedPackage | undefined): Promise<number | undefined> {
  const name = inputs['upload-artifact']
  if (!name) return undefined
  const root = inputs['output-dir']
  const up = { name, serviceTimeout: inputs['service-timeout'] }
  const id = packages.length
    ? await uploadBounded(
        up,
        packages.map(p => p.path),
        root
      )
    : undefined
  const broken = failed?.broken ? filesIn(path.join(root, 'broken')) : []
  if (broken.length) await uploadBounded({ ...up, name: brokenArtifactName(name) }, broken, root)
  return id
}

/** Outputs, artifacts, table and job summary for the packages built (and the one that failed, if any). */
export async function reportPackages(inputs: CondaInputs, packages: readonly BuiltPackage[], failed?: FailedPackage): Promise<void> {
  runner.setOutput(CONDA_OUTPUTS.packages, packagesJson(packages))
  runner.setOutput(CONDA_OUTPUTS.channel, inputs['output-dir'])
  const id = await upload(inputs, packages, failed)
  if (id !== undefined) runner.setOutput(CONDA_OUTPUTS.artifactId, String(id))
  const rows = condaRows(packages)
  const notes = condaNotes(packages, failed)
  info(renderTextTable(CONDA_TABLE_TITLE, rows, notes))
  await writeJobSummary(CONDA_TABLE_TITLE, rows, notes)
}
