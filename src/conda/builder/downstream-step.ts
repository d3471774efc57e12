/**
 * The downstream tests of a package after its own (test/downstreams: src/conda/testing/downstreams.ts), in the
 * variant's test folders. A failing downstream test fails the build; the new package stays in the output channel
 * (conda-build leaves it there too: its tests passed), and the failure names the downstream package.
 */
import { phase } from '../../lib/log.js'
import type { VariantPlan } from '../plan/build-plan.js'
import { DownstreamTestError, downstreamSpecs, testDownstreams } from '../testing/downstreams.js'
import { BuildFailure } from './results.js'
import { testSettings, type StepContext, type TestedPackage } from './steps.js'

/**
 * The downstream tests of the package in `file` (`pkg` another package of the variant, an output, with its own
 * recipe); nothing when its recipe has no test/downstreams. Returns what ran, as `downstream <name-version-build>: <script>`.
 */
export async function downstreamStep(
  b: VariantPlan,
  file: string,
  c: StepContext,
  pkg: TestedPackage & Pick<VariantPlan, 'rendered'> = b
): Promise<readonly string[]> {
  const test = pkg.rendered.meta.test
  const warn = c.warn ?? c.log
  const specs = downstreamSpecs(test && typeof test === 'object' ? (test as Record<string, unknown>).downstreams : undefined, warn)
  if (!specs.length) return []
  const upstream = { name: pkg.name, version: pkg.version, build: pkg.buildString, subdir: pkg.subdir }
  const settings = { ...testSettings(b, c), facts: b.scriptFacts }
  const run = { upstream, specs, outputDir: c.outputDir, channels: c.channels, machineSubdir: b.scriptFacts.buildSubdir, cacheDir: c.cacheDir }
  try {
    const results = await phase(`Downstream tests of ${pkg.stem}`, () => testDownstreams({ ...run, testing: settings, log: c.log, warn }))
    return results.flatMap(r => ('ran' in r ? r.ran.map(s => `downstream ${r.package}: ${s}`) : []))
  } catch (e) {
    if (!(e instanceof DownstreamTestError)) throw e
    const message = `${e.message}\n${file} stays in the output channel (its own tests passed), as conda-build leaves it`
    throw new BuildFailure(message, undefined, { stem: pkg.stem, subdir: pkg.subdir, downstream: e.downstream, testOutput: e.output })
  }
}
