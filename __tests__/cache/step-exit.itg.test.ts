// A step whose cache or artifact service answers an error and keeps the connection open ends when
// its work is done, not minutes later: build-montage as the runner runs it (a child process with
// INPUT_* and file commands, through runner.ts), from the TypeScript sources (the committed bundle
// may be older), against the loopback results service with the fault injected.
import * as fs from 'node:fs'
import * as path from 'node:path'
import { all, requireTool } from '../support/requirements.js'
import { startResultsService, type FaultRule, type ResultsServiceHandle } from '../support/results-service.js'
import { runAction, type StepResult } from '../support/runner.js'
import { sourceAction } from '../support/source-action.js'
import { tempDir } from '../support/temp.js'

const tools = all(requireTool('cc'), requireTool('make'), requireTool('ar'))

const MAKEFILE = `all: lib/libsq.a bin/hello
lib/sq.o: sq.c
\tmkdir -p lib && cc -c -o $@ sq.c
lib/libsq.a: lib/sq.o
\tar rcs $@ lib/sq.o
bin/hello: hello.c
\tmkdir -p bin && cc -o $@ hello.c
`

let svc: ResultsServiceHandle
let root: string
let action: string
beforeAll(async () => {
  if (!tools.ok) return
  svc = await startResultsService()
  root = tempDir('bw-step-exit-')
  action = sourceAction(path.join(root, 'action'), 'build-montage', 'build-montage')
})
afterAll(async () => {
  await svc?.close()
})

/** A project whose sources (and so its key) differ by `flavour`. */
function project(name: string, flavour: string): string {
  const ws = path.join(root, name)
  fs.mkdirSync(ws, { recursive: true })
  fs.writeFileSync(path.join(ws, 'Makefile'), MAKEFILE)
  fs.writeFileSync(path.join(ws, 'sq.c'), `/* ${flavour} */\nint sq(int x) { return x * x; }\n`)
  fs.writeFileSync(path.join(ws, 'hello.c'), '#include <stdio.h>\nint main(void) { puts("hello"); return 0; }\n')
  return ws
}

async function step(workspace: string, inputs: Record<string, string> = {}, service = svc): Promise<StepResult> {
  return runAction(action, { workspace, env: { ...service.env }, inputs: { path: '.', ...inputs }, timeoutMs: 90_000 })
}

const warningsOf = (r: StepResult): string =>
  r.annotations
    .filter(a => a.level === 'warning')
    .map(a => a.message)
    .join('\n')

/** Seconds the main stage took. */
const seconds = (r: StepResult): number => (r.stages.main?.durationMs ?? Infinity) / 1000

tools.describe('a service answering an error and keeping the connection open', () => {
  test('the step runs as usual without faults (the baseline: a save, then a hit)', async () => {
    const ws = project('baseline', 'baseline')
    const first = await step(ws)
    expect(first.exitCode).toBe(0)
    expect(first.outputs['cache-hit']).toBe('false')
    const second = await step(project('baseline-2', 'baseline'))
    expect(second.exitCode).toBe(0)
    expect(second.outputs['cache-hit']).toBe('true')
  })

  const cases: Array<readonly [string, FaultRule, Record<string, string>, RegExp]> = [
    ['the cache download', { match: 'blob-download', hang: true, status: 500 }, {}, /answered 500/],
    [
      'the cache lookup',
      { match: 'GetCacheEntryDownloadURL', hang: true, status: 500 },
      { 'service-timeout': '3' },
      /reading the Actions cache did not finish within 3 s/
    ],
    ['the cache upload', { match: 'blob-upload', hang: true, status: 500 }, { 'service-timeout': '3' }, /writing the Actions cache/],
    [
      'the artifact upload',
      { match: /^PUT \/loopbackresults\/actions-results\//, hang: true, status: 500 },
      { 'service-timeout': '3', executables: 'bin/*', 'executables-artifact': 'programs' },
      /uploading the artifact programs did not finish within 3 s/
    ]
  ]
  test.each(cases)('%s: the step ends within seconds of its work', async (name, fault, inputs, warned) => {
    // an entry to download exists for the download faults; the others miss and save
    const flavour = name === 'the cache download' ? 'baseline' : name
    svc.setFaults([fault])
    try {
      const r = await step(project(name.replace(/\W+/g, '-'), flavour), inputs)
      expect(r.stages.main?.timedOut).toBe(false)
      expect(r.exitCode).toBe(0)
      expect(r.outputs['cache-hit']).toBe('false')
      expect(warningsOf(r)).toMatch(warned)
      expect(svc.calls.some(c => c.fault)).toBe(true)
      // start-up from the sources (tsx), make, a 3 s service-timeout or two: never minutes
      expect(seconds(r)).toBeLessThan(25)
    } finally {
      svc.setFaults([])
    }
  })
})

tools.describe('a service that never closes a connection', () => {
  // connections the service (or a proxy in front of it) never closes, after an error answer: the
  // step still ends when its upload is done
  let held: ResultsServiceHandle
  beforeAll(async () => {
    held = await startResultsService({ keepAliveTimeoutMs: 0 })
  })
  afterAll(async () => {
    await held?.close()
  })

  test.each([['a save and an artifact, each upload answered once with an error', [{ match: 'blob-upload', status: 500, times: 1 }] as FaultRule[]]])(
    '%s: the step ends when its work is done',
    async (name, faults) => {
      held.setFaults(faults)
      const r = await step(
        project(`held-${name.replace(/\W+/g, '-')}`, name),
        { executables: 'bin/*', 'executables-artifact': `programs-${faults.length}` },
        held
      )
      expect(r.stages.main?.timedOut).toBe(false)
      expect(r.exitCode).toBe(0)
      expect(
        held
          .artifacts()
          .filter(a => a.finalized)
          .map(a => a.name)
      ).toContain(`programs-${faults.length}`)
      expect(held.caches().some(c => c.finalized)).toBe(true)
      // the storage client's one retry (about 4 s) at most; a lingering socket would hold it to the harness's 90 s
      expect(seconds(r)).toBeLessThan(30)
    }
  )
})
