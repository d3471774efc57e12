/**
 * The C tree phase: restore the built tree from the cache, or run make and save what it produced.
 * On a hit make is NOT run: a restored tree is used as it is.
 */
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { packFiles, unpackFiles } from '../cache/archive.js'
import { hashFiles } from '../cache/key.js'
import type { CacheStore } from '../cache/store.js'
import { changedFiles, recordOutputs, snapshot, sourceFiles } from '../cache/tree.js'
import { CommandError } from '../lib/errors.js'
import { info, phase } from '../lib/log.js'
import type { Runtime } from '../runtime/runtime.js'
import type { MontageInputs } from './inputs.js'
import { cTreeKey, KEY_ENV, planMake } from './plan.js'

export interface MontageResult {
  readonly cacheHit: boolean
  readonly cacheKey: string
  /** Files make wrote (on a miss) or the cache restored (on a hit). */
  readonly files: number
  readonly seconds: number
  readonly saved: boolean
}

async function firstLine(runtime: Runtime, argv: string[]): Promise<string> {
  const r = await runtime.run(argv, { silent: true }).catch(() => undefined)
  if (!r || r.exitCode !== 0) return `${argv[0]}: not found`
  return r.stdout.split('\n')[0].trim()
}

export async function computeCTreeKey(inputs: MontageInputs, runtime: Runtime): Promise<string> {
  const plan = planMake(inputs)
  const env: Record<string, string> = {}
  for (const k of KEY_ENV) if (process.env[k]) env[k] = process.env[k] as string
  const cc = process.env.CC || 'cc'
  return cTreeKey(plan, {
    sources: await hashFiles(inputs.path, await sourceFiles(inputs.path)),
    toolchain: `${await firstLine(runtime, [cc, '--version'])} | ${await firstLine(runtime, ['make', '--version'])}`,
    runtime: await runtime.identity(),
    env
  })
}

export async function buildCTree(inputs: MontageInputs, runtime: Runtime, store: CacheStore | undefined): Promise<MontageResult> {
  const started = performance.now()
  const seconds = (): number => (performance.now() - started) / 1000
  const key = await phase('C tree: cache key', async () => {
    const k = await computeCTreeKey(inputs, runtime)
    info(`key ${k}`)
    return k
  })

  if (store) {
    const restored = await phase(`C tree: restore from ${store.description}`, async () => {
      const tar = await store.restore(key)
      if (!tar) {
        info('cache miss: the tree will be built')
        return undefined
      }
      const files = await unpackFiles(tar, inputs.path)
      recordOutputs(inputs.path, key, files)
      info(`cache hit: restored ${files.length} files into ${inputs.path}; make is not run`)
      return files.length
    })
    if (restored !== undefined) return { cacheHit: true, cacheKey: key, files: restored, seconds: seconds(), saved: false }
  }

  const plan = planMake(inputs)
  const before = snapshot(inputs.path)
  await phase(`C tree: ${plan.argv.join(' ')}`, async () => {
    try {
      await runtime.runOrThrow(plan.argv, { cwd: runtime.toRuntimePath(plan.cwd) })
    } catch (e) {
      if (e instanceof CommandError)
        throw new CommandError(e.argv, e.exitCode, e.tail, `make failed in ${plan.cwd}; nothing was cached. Fix the build, or adjust make-args.`)
      throw e
    }
  })
  const outputs = changedFiles(before, snapshot(inputs.path))
  recordOutputs(inputs.path, key, outputs)
  info(`make wrote ${outputs.length} files`)

  let saved = false
  if (store && outputs.length > 0) {
    saved = await phase(`C tree: save to ${store.description}`, async () => {
      const dir = fs.mkdtempSync(path.join(process.env.RUNNER_TEMP || os.tmpdir(), 'bw-ctree-'))
      try {
        const tar = path.join(dir, 'tree.tar')
        await packFiles(inputs.path, outputs, tar)
        const ok = await store.save(key, tar)
        info(ok ? `saved ${outputs.length} files under ${key}` : 'not saved (the key is already stored, or the store failed)')
        return ok
      } finally {
        fs.rmSync(dir, { recursive: true, force: true })
      }
    })
  }
  return { cacheHit: false, cacheKey: key, files: outputs.length, seconds: seconds(), saved }
}
