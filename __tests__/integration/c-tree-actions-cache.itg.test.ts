// The C tree through the real @actions/cache against the loopback results service: entries meet
// across runners whose RUNNER_TEMP and workspace folders differ, and a service that accepts
// connections but never answers costs the step its timeout, not half an hour.
import * as fs from 'node:fs'
import * as net from 'node:net'
import * as os from 'node:os'
import * as path from 'node:path'
import { captureStdout, inDirectory, withEnv } from '../support/in-process.js'
import { mintRuntimeToken, startResultsService, type ResultsServiceHandle } from '../support/results-service.js'
import { montageStep } from '../../src/phases/steps.js'

const MAKEFILE = `all: lib/libsq.a
lib/sq.o: sq.c
\tmkdir -p lib && cc -c -o $@ sq.c
lib/libsq.a: lib/sq.o
\tar rcs $@ lib/sq.o
`

let svc: ResultsServiceHandle
let root: string
beforeAll(async () => {
  svc = await startResultsService()
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'bw-ctree-actions-'))
})
afterAll(async () => {
  await svc.close()
  fs.rmSync(root, { recursive: true, force: true })
})

/** A runner: its own workspace (the project) and RUNNER_TEMP under `name`. */
function runner(name: string): { workspace: string; temp: string } {
  const workspace = path.join(root, name, 'work', 'proj')
  const temp = path.join(root, name, 'temp dir')
  fs.mkdirSync(workspace, { recursive: true })
  fs.mkdirSync(temp, { recursive: true })
  fs.writeFileSync(path.join(workspace, 'Makefile'), MAKEFILE)
  fs.writeFileSync(path.join(workspace, 'sq.c'), 'int sq(int x) { return x * x; }\n')
  return { workspace, temp }
}

function asStep<T>(r: { workspace: string; temp: string }, env: Record<string, string>, fn: () => Promise<T>) {
  return captureStdout(() =>
    withEnv(
      { ...env, GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: r.workspace, RUNNER_TEMP: r.temp, GITHUB_SERVER_URL: undefined, ACTIONS_CACHE_URL: undefined },
      () => inDirectory(r.workspace, fn)
    )
  )
}

const inputs = (v: Record<string, string>) => (n: string) => v[n] ?? ''

test('an entry saved on one runner is restored on another with other RUNNER_TEMP and workspace paths', async () => {
  const a = runner('runner-a')
  const saved = await asStep(a, svc.env, () => montageStep(inputs({ path: '.' }), a.workspace))
  expect(saved.warnings).toEqual([])
  expect(saved.result.saved).toBe(true)
  expect(svc.caches().map(c => c.key)).toContain(saved.result.cacheKey)
  // the staging folder is gone, and git would ignore it anyway
  expect(fs.existsSync(path.join(a.workspace, '.build-wheel', 'cache', 'c-tree'))).toBe(false)

  const b = runner('elsewhere/runner-b')
  const restored = await asStep(b, svc.env, () => montageStep(inputs({ path: '.' }), b.workspace))
  expect(restored.result.cacheKey).toBe(saved.result.cacheKey)
  expect(restored.result.cacheHit).toBe(true)
  expect(fs.existsSync(path.join(b.workspace, 'lib', 'libsq.a'))).toBe(true)
})

test('a service that accepts connections and never answers: warnings after the timeout, the build goes on', async () => {
  const sockets = new Set<net.Socket>()
  const silent = net.createServer(s => {
    sockets.add(s)
    s.on('error', () => {})
  })
  await new Promise<void>(resolve => silent.listen(0, '127.0.0.1', () => resolve()))
  const url = `http://127.0.0.1:${(silent.address() as net.AddressInfo).port}/`
  const env = { ACTIONS_RESULTS_URL: url, ACTIONS_RUNTIME_TOKEN: mintRuntimeToken('r', 'j'), ACTIONS_CACHE_SERVICE_V2: 'true' }
  const r = runner('silent')
  const started = performance.now()
  try {
    const out = await asStep(r, env, () => montageStep(inputs({ path: '.', 'service-timeout': '1' }), r.workspace))
    const seconds = (performance.now() - started) / 1000
    expect(out.result.cacheHit).toBe(false)
    expect(out.result.saved).toBe(false)
    expect(out.warnings.join('\n')).toMatch(/reading the Actions cache did not finish within 1 s; building without it/)
    expect(out.warnings.join('\n')).toMatch(/writing the Actions cache did not finish within 1 s/)
    expect(fs.existsSync(path.join(r.workspace, 'lib', 'libsq.a'))).toBe(true)
    expect(seconds).toBeLessThan(60) // bounded: two calls of 1 s each plus make, never the library's retries
  } finally {
    for (const s of sockets) s.destroy()
    await new Promise<void>(resolve => silent.close(() => resolve()))
  }
})

test('service-timeout refuses nonsense with the accepted values', async () => {
  const r = runner('bad-input')
  await expect(montageStep(inputs({ path: r.workspace, 'service-timeout': 'soon' }), '/')).rejects.toThrow(
    /input 'service-timeout': 'soon' is not a number of seconds between 1 and 21600/
  )
})
