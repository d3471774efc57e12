/**
 * Building the outputs of a variant of an `outputs:` recipe, after its top-level build: each output in build
 * order through its steps (output-steps.ts), then packaged with its finalized recipe (info/recipe/meta.yaml with
 * `extra: final: true`, index.json's finalized depends, run_exports.json, info/requires), indexed into the output
 * channel (so the outputs after it, and its test, can install it) and tested with its own test section.
 */
import * as path from 'node:path'
import { phase } from '../../lib/log.js'
import { redactUrl } from '../env/channel.js'
import { indexChannel } from '../index/index.js'
import type { InfoInput } from '../package/info.js'
import { LEVELS, writePackage } from '../package/write.js'
import type { VariantPlan } from '../plan/build-plan.js'
import type { OutputStepPlan } from '../plan/output-builds.js'
import type { RenderedVariant } from '../recipe/render.js'
import type { PostResult } from '../post/process.js'
import { withPackingProgress } from './pack-progress.js'
import { BuildFailure, type BuiltPackage } from './results.js'
import { installLinkScripts } from './link-scripts.js'
import {
  checkOutputNotEmpty,
  finalizeOutput,
  outputEnvironments,
  outputScript,
  postOutput,
  selectFiles,
  type FinalOutput,
  type TopLevelResult
} from './output-steps.js'
import { solveRunSet, wantsRunSet } from './run-env.js'
import { downstreamStep } from './downstream-step.js'
import { builtPackage, testStep, type StepContext } from './steps.js'

async function packageOutput(b: VariantPlan, s: OutputStepPlan, post: PostResult, final: FinalOutput, c: StepContext): Promise<string> {
  const rendered: RenderedVariant = { ...s.rendered, meta: final.meta as RenderedVariant['meta'] }
  const info: InfoInput = {
    variant: rendered,
    recipeDir: b.scriptFacts.recipeDir,
    recipeFile: c.recipeFile,
    srcDir: b.dirs.work,
    depends: final.depends,
    constrains: final.constrains,
    timestamp: Number(b.scriptFacts.sourceDateEpoch) * 1000,
    files: post.files,
    prefixHits: post.prefixHits,
    entryPoints: post.entryPoints,
    runExports: final.runExports,
    channels: c.channels.map(ch => redactUrl(ch)),
    output: { topLevel: s.topLevel, ...(s.test.script ? { testScript: s.test.script } : {}) },
    ...(final.requires ? { requires: final.requires } : {})
  }
  const level = c.level ?? LEVELS[c.format].default
  const { dir } = s.package
  const stage = path.join(b.dirs.root, `stage-${s.name}`)
  const watch = { what: s.package.fn, outDir: dir, tempPrefix: `.${s.stem}.`, files: post.files.map(f => f.abs), log: c.log }
  const out = await withPackingProgress(watch, () =>
    writePackage(stage, info, s.stem, dir, { format: c.format, level, mtime: Number(b.scriptFacts.sourceDateEpoch) })
  )
  c.log(`wrote ${out.path} (${out.files} file(s), depends: ${final.depends.join(', ') || 'nothing'})`)
  return out.path
}

/** One output: environments, script, files, post-processing, finalized recipe, package, index, test. */
async function buildOutput(b: VariantPlan, s: OutputStepPlan, top: TopLevelResult, c: StepContext): Promise<BuiltPackage> {
  const started = performance.now()
  const envs = await phase(`Environments of ${s.stem}`, () => outputEnvironments(b, s, top, c))
  const added = await phase(`Script of ${s.stem}`, () => outputScript(b, s, top, c))
  // the output's own link scripts (build/pre-link..., or <name>-post-link.sh) join its files
  const linkScripts = installLinkScripts(
    b.dirs.hostPrefix,
    { recipeDir: b.scriptFacts.recipeDir, name: s.name, outputBuild: s.output.build, windows: b.scriptFacts.subdir.startsWith('win-') },
    c.log
  )
  const chosen = new Set([...selectFiles(s.files, b.dirs.hostPrefix, top, added), ...linkScripts])
  checkOutputNotEmpty(b, s, top, c)
  const post = await phase(`Post-processing ${s.stem}`, () => postOutput(b, s, chosen, c))
  const others = (b.outputs ?? []).map(o => o.name).filter(n => n !== s.name)
  let final = finalizeOutput(b, s, envs, others)
  // pin_depends: record|strict: the run set solved, for info/requires (strict: as depends)
  if (wantsRunSet(s.output.build.pin_depends)) final = finalizeOutput(b, s, envs, others, await solveRunSet(final.depends, b.scriptFacts.buildSubdir, c))
  const file = await phase(`Packaging ${s.package.fn}`, () => packageOutput(b, s, post, final, c))
  await phase(`Indexing ${c.outputDir}`, () => indexChannel(c.outputDir, { log: c.log }))
  const tested = s.test.enabled ? [...(await phase(`Testing ${s.stem}`, () => testStep(b, file, c, s))), ...(await downstreamStep(b, file, c, s))] : []
  return builtPackage(s, file, started, tested, envs)
}

/** Every output of the variant, in build order; a failure names the output. */
export async function buildOutputs(b: VariantPlan, top: TopLevelResult, c: StepContext): Promise<BuiltPackage[]> {
  const built: BuiltPackage[] = []
  for (const s of b.outputs ?? []) {
    try {
      built.push(await buildOutput(b, s, top, c))
    } catch (e) {
      const failed = e instanceof BuildFailure && e.failed ? e.failed : { stem: s.stem, subdir: s.subdir }
      const err = new BuildFailure(`output ${s.stem}: ${(e as Error).message}`, undefined, failed)
      err.built = [...built]
      throw err
    }
  }
  return built
}
