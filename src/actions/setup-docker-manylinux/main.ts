/**
 * setup-docker-manylinux: the job's one long-lived container (or the host, for engine: host),
 * configured as the seed's process does: the chosen Pythons get python-packages. Later steps pass
 * its `container` output to build-montage and build-wheel; the post step gives the files back
 * and removes it.
 */
import * as runner from '../../lib/workflow-commands.js'
import * as fs from 'node:fs'
import * as os from 'node:os'
import { InputProblems } from '../../lib/inputs.js'
import { info, mask, phase, warning } from '../../lib/log.js'
import { discoverInterpreters } from '../../python/discover.js'
import { selectInterpreters } from '../../python/identifiers.js'
import { installPackages } from '../../python/packages.js'
import { chooseEngine, ensureImage, hostTempParent, removeContainer, startContainer } from '../../runtime/container.js'
import { LABELS, type Mount } from '../../runtime/docker-args.js'
import type { ContainerEngine } from '../../runtime/docker.js'
import { containerEnv } from '../../runtime/forward.js'
import { HostRuntime } from '../../runtime/host.js'
import { enginePlatform, pinnedDigest, repositoryOf } from '../../runtime/images.js'
import type { Runtime } from '../../runtime/runtime.js'
import { ENGINE_ENV } from '../../runtime/select.js'
import { inputBase, runnerInputs, runStep } from '../step.js'
import { INPUT, OUTPUT, readSetupInputs, STATE, type SetupInputs } from './inputs.js'

/** Pythons found, the chosen ones configured; sets the pythons and platform outputs. */
async function configure(inputs: SetupInputs, runtime: Runtime): Promise<void> {
  const found = await phase('Python: discover interpreters', async () => {
    const f = await discoverInterpreters(runtime)
    for (const i of f) info(`${i.identifier.padEnd(14)} ${i.version.padEnd(8)} ${i.path}`)
    return f
  })
  const sel = selectInterpreters(found, inputs['python-versions'])
  if (sel.problems.length) {
    const problems = new InputProblems()
    for (const p of sel.problems) problems.add(INPUT.pythonVersions, `${p} (in ${runtime.description})`)
    problems.throwIfAny()
  }
  runner.setOutput(OUTPUT.pythons, JSON.stringify(sel.chosen.map(p => p.identifier)))
  runner.setOutput(OUTPUT.platform, (await runtime.env()).AUDITWHEEL_PLAT ?? '')
  await installPackages(runtime, sel.chosen, inputs['python-packages'], inputs['pip-args'])
}

async function onHost(inputs: SetupInputs): Promise<void> {
  info('engine: host: every phase runs on the runner itself (a job inside a manylinux container, or a host you trust)')
  runner.setOutput(OUTPUT.container, '')
  runner.setOutput(OUTPUT.engine, 'host')
  runner.setOutput(OUTPUT.image, '')
  runner.setOutput(OUTPUT.digest, '')
  await configure(inputs, new HostRuntime())
}

export async function run(): Promise<void> {
  await runStep(async () => {
    const problems = new InputProblems()
    const inputs = await phase('Gathering inputs', async () => readSetupInputs(runnerInputs, inputBase(), problems))
    problems.throwIfAny()
    for (const v of Object.values(inputs.envValues)) if (v.length >= 8) mask(v)
    if (inputs.engine === 'host') return onHost(inputs)
    if (!fs.existsSync(inputs.workspace)) throw new Error(`the workspace ${inputs.workspace} does not exist`)

    const { engine, version } = await phase('Engine', async () => {
      const e = await chooseEngine(inputs.engine === 'auto' ? 'auto' : (inputs.engine as ContainerEngine))
      info(`${e.engine} answers (${e.engine === 'docker' ? 'API ' : ''}${e.version})`)
      return e
    })
    void version
    const platform = enginePlatform(inputs.arch)
    const image = await phase(`Image ${inputs.reference}`, () =>
      ensureImage(engine, inputs.reference, platform, { attempts: inputs['pull-attempts'], backoff: inputs['pull-backoff'], timeout: 900 })
    )
    // the registry's digest of the image when it came from one, else its local id (both content hashes)
    const repo = repositoryOf(inputs.reference)
    const digest = image.repoDigests.find(d => d.startsWith(`${repo}@`))?.split('@')[1] ?? pinnedDigest(inputs.reference) ?? image.id
    const hostEnv = { ...process.env }
    for (const n of inputs.envNames) if (hostEnv[n] === undefined) warning(`env: ${n} is not set on the runner; not passed`)
    const env = containerEnv(hostEnv, inputs.envNames, inputs.envValues)
    const runtime = await phase('Container', async () => {
      const rt = await startContainer({
        engine,
        reference: inputs.reference,
        platform,
        workspace: inputs.workspace,
        mountBuild: inputs['mount-build'],
        extraMounts: inputs.volumes,
        env,
        network: inputs.network,
        tempParent: hostTempParent()
      })
      info(`${rt.description}: ${inputs.workspace} mounted at the same path${inputs['mount-build'] ? ' and at /build' : ''}`)
      info(`environment passed: ${Object.keys(env).join(' ') || 'none'}`)
      return rt
    })
    // saved before anything else can fail: the post step removes the container whatever happens next
    runner.saveState(STATE.container, runtime.facts.id)
    runner.saveState(STATE.engine, engine)
    runner.saveState(STATE.chown, runtime.facts.labels[LABELS.chown] ?? '')
    runner.saveState(STATE.temp, runtime.facts.labels[LABELS.temp] ?? '')
    runner.saveState(STATE.mounts, JSON.stringify(runtime.facts.mounts))
    runner.saveState(STATE.keep, String(inputs['keep-container']))
    runner.exportVariable(ENGINE_ENV, engine)
    runner.setOutput(OUTPUT.container, runtime.facts.name)
    runner.setOutput(OUTPUT.engine, engine)
    runner.setOutput(OUTPUT.image, inputs.reference)
    runner.setOutput(OUTPUT.digest, digest)
    await configure(inputs, runtime)
    info(`ready: ${runtime.facts.name} (${os.machine()} host, ${platform})`)
  })
}

/** The post step: files given back to the workspace's owner, the container removed unless kept. Never fails the job. */
export async function cleanup(): Promise<void> {
  try {
    const container = runner.getState(STATE.container)
    if (!container) {
      info('no container was started: nothing to clean up')
      return
    }
    const engine: ContainerEngine = runner.getState(STATE.engine) === 'podman' ? 'podman' : 'docker'
    let mounts: Mount[] = []
    try {
      mounts = JSON.parse(runner.getState(STATE.mounts) || '[]') as Mount[]
    } catch {
      mounts = []
    }
    await removeContainer(engine, container, {
      chown: runner.getState(STATE.chown),
      mounts,
      tempRoot: runner.getState(STATE.temp) || undefined,
      keep: runner.getState(STATE.keep) === 'true'
    })
  } catch (e) {
    warning(`post step: ${e instanceof Error ? e.message : String(e)}`)
  }
}
