/**
 * exec's deadline: a command past `timeoutSeconds` is ended with its whole process group (a
 * grandchild that ignores nothing, one that traps SIGTERM, one left in the background), promptly,
 * with the last lines it printed; a command that finishes in time is untouched.
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { formatLimit, watchedGroups } from '../../src/lib/deadline.js'
import { CommandError } from '../../src/lib/errors.js'
import { run, runOrThrow } from '../../src/lib/exec.js'
import { gone } from '../support/processes.js'
import { tempDir } from '../support/temp.js'

describe('run with timeoutSeconds', () => {
  test('kills the whole group: children, a SIGTERM-trapping grandchild and a background one', async () => {
    const dir = tempDir('bw-deadline-')
    const pids = path.join(dir, 'pids')
    const script = [
      `sleep 300 & echo $! >> "${pids}"`,
      `bash -c 'trap "" TERM; echo $$ >> "${pids}"; while :; do sleep 1; done' &`,
      'echo started; echo second line',
      'sleep 300'
    ].join('\n')
    const started = Date.now()
    const r = await run(['bash', '-c', script], { silent: true, timeoutSeconds: 1 })
    const took = Date.now() - started
    expect(r.timedOut).toBe(true)
    expect(r.exitCode).toBe(128 + 15)
    expect(r.tail).toBe('started\nsecond line')
    expect(took).toBeLessThan(15_000)
    const children = fs.readFileSync(pids, 'utf8').trim().split('\n').map(Number)
    expect(children).toHaveLength(2)
    for (const pid of children) expect(await gone(pid)).toBe(true)
    expect(watchedGroups()).toEqual([])
  })

  test('a command that finishes in time is not touched, and its group is forgotten', async () => {
    const r = await run(['bash', '-c', 'echo done'], { silent: true, timeoutSeconds: 30 })
    expect(r.timedOut).toBe(false)
    expect(r.exitCode).toBe(0)
    expect(r.stdout).toBe('done\n')
    expect(watchedGroups()).toEqual([])
  })

  test('runOrThrow: the error says the command ran past its deadline and was killed', async () => {
    const err = await runOrThrow(['bash', '-c', 'echo working; sleep 300'], { silent: true, timeoutSeconds: 1, hint: 'raise test-timeout' }).catch(
      (e: unknown) => e
    )
    expect(err).toBeInstanceOf(CommandError)
    expect((err as Error).message).toMatch(/^command failed with exit code 143: bash -c 'echo working; sleep 300'\nlast lines of its output:\n {2}\| working\n/)
    expect((err as Error).message).toMatch(/it did not finish within 1 s, so it was killed with its process group\nraise test-timeout$/)
  })

  test('a missing program is still a start failure, not a timeout', async () => {
    await expect(run(['/nonexistent/program'], { silent: true, timeoutSeconds: 5 })).rejects.toThrow(/ENOENT/)
    expect(watchedGroups()).toEqual([])
  })
})

test.each([
  [1, '1 s'],
  [90, '90 s'],
  [600, '10 min'],
  [3600, '60 min'],
  [36000, '10 h']
])('formatLimit(%d) is %s', (s, text) => {
  expect(formatLimit(s)).toBe(text)
})
