/**
 * `.build-wheel/lock`: two C-tree runs on one project tree never make at once (real make, real
 * sleeps); a lock held by a live process makes a second run wait its bounded time and fail naming
 * the holder; a lock left by a process that is gone is taken over with a warning; a lock from
 * another host is not judged stale.
 */
import { spawn } from 'node:child_process'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { LOCK_WAIT_ENV, LockError, lockWait, withTreeLock } from '../../src/cache/lock.js'
import { montageStep } from '../../src/phases/steps.js'
import { tempDir } from '../support/temp.js'

const lockFile = (root: string): string => path.join(root, '.build-wheel', 'lock')

function writeLock(root: string, holder: Record<string, unknown>): void {
  fs.mkdirSync(path.dirname(lockFile(root)), { recursive: true })
  fs.writeFileSync(lockFile(root), JSON.stringify(holder))
}

describe('two montage steps on one tree at the same time', () => {
  test.each([true, false])('cache %s: the makes do not interleave', async cache => {
    const root = tempDir('bw-lock-make-')
    const dir = path.join(root, 'proj')
    fs.mkdirSync(dir)
    fs.writeFileSync(path.join(dir, 'Makefile'), 'all:\n\techo start >> ../log\n\tsleep 1\n\techo built > out.txt\n\techo end >> ../log\n')
    const given: Record<string, string> = { path: dir, 'cache-dir': path.join(root, 'cache'), cache: String(cache) }
    const step = (): ReturnType<typeof montageStep> => montageStep(n => given[n] ?? '', '/')
    const [a, b] = await Promise.all([step(), step()])
    const log = fs.readFileSync(path.join(root, 'log'), 'utf8')
    if (cache) {
      // the second run found the first one's entry: one make, then a restore
      expect(log).toBe('start\nend\n')
      expect([a.cacheHit, b.cacheHit].sort()).toEqual([false, true])
    } else expect(log).toBe('start\nend\nstart\nend\n')
    expect(fs.existsSync(lockFile(dir))).toBe(false)
  })
})

describe('withTreeLock', () => {
  test('a live holder: waits the bounded time, then fails naming pid, host and what it does', async () => {
    const root = tempDir('bw-lock-live-')
    const holder = spawn('sleep', ['30'], { stdio: 'ignore' })
    try {
      writeLock(root, { pid: holder.pid, host: os.hostname(), since: '2026-01-01T00:00:00.000Z', what: 'make -j1', token: 't1' })
      const logs: string[] = []
      const started = Date.now()
      const err = await withTreeLock(root, { what: 'make', waitSeconds: 1, pollMs: 100, log: l => logs.push(l) }, async () => 'ran').catch((e: unknown) => e)
      expect(Date.now() - started).toBeGreaterThanOrEqual(1000)
      expect(err).toBeInstanceOf(LockError)
      expect((err as Error).message).toBe(
        `another build holds ${lockFile(root)}: pid ${holder.pid} on ${os.hostname()} (make -j1), since 2026-01-01T00:00:00.000Z; waited 1 s. ` +
          `Wait for it to finish, raise ${LOCK_WAIT_ENV} (seconds), or, if no build is running there, remove the lock file`
      )
      expect(logs).toEqual([expect.stringMatching(/^waiting up to 1 s for .*lock, held by pid \d+ on /)])
      expect(JSON.parse(fs.readFileSync(lockFile(root), 'utf8')).token).toBe('t1')
    } finally {
      holder.kill()
    }
  })

  test('a holder that finishes while we wait: we get the lock then', async () => {
    const root = tempDir('bw-lock-wait-')
    const order: string[] = []
    const first = withTreeLock(root, { what: 'first' }, async () => {
      order.push('first in')
      await new Promise(r => setTimeout(r, 500))
      order.push('first out')
    })
    await new Promise(r => setTimeout(r, 50))
    const second = withTreeLock(root, { what: 'second', waitSeconds: 10, pollMs: 50 }, async () => void order.push('second'))
    await Promise.all([first, second])
    expect(order).toEqual(['first in', 'first out', 'second'])
  })

  test('a stale lock (its pid gone) is taken over with a warning, and removed after', async () => {
    const root = tempDir('bw-lock-stale-')
    const gone = spawn('true')
    await new Promise(r => gone.on('exit', r))
    writeLock(root, { pid: gone.pid, host: os.hostname(), since: 'x', what: 'make -j1', token: 'old' })
    const warnings: string[] = []
    const got = await withTreeLock(root, { what: 'make', waitSeconds: 1, warn: w => warnings.push(w) }, async () => {
      const inside = JSON.parse(fs.readFileSync(lockFile(root), 'utf8')) as { pid: number; what: string }
      return inside
    })
    expect(got).toMatchObject({ pid: process.pid, what: 'make' })
    expect(warnings).toEqual([expect.stringMatching(new RegExp(`was held by pid ${gone.pid} on .*which is no longer running .*taking the lock over`))])
    expect(fs.existsSync(lockFile(root))).toBe(false)
  })

  test('a lock from another host is never judged stale', async () => {
    const root = tempDir('bw-lock-host-')
    writeLock(root, { pid: 999999, host: 'another-host.example', since: 'x', what: 'make', token: 'h' })
    await expect(withTreeLock(root, { what: 'make', waitSeconds: 0.2, pollMs: 50 }, async () => 1)).rejects.toThrow(/pid 999999 on another-host\.example/)
  })

  test('the lock is released when the work fails', async () => {
    const root = tempDir('bw-lock-fail-')
    await expect(
      withTreeLock(root, { what: 'make' }, async () => {
        throw new Error('make failed')
      })
    ).rejects.toThrow('make failed')
    expect(fs.existsSync(lockFile(root))).toBe(false)
  })

  test.each([
    [undefined, 600],
    ['30', 30],
    ['0.5', 0.5],
    ['soon', 600]
  ])('BUILD_WHEEL_LOCK_WAIT %j waits %d s', (raw, want) => {
    expect(lockWait(raw === undefined ? {} : { [LOCK_WAIT_ENV]: raw })).toBe(want)
  })
})
