// SOURCE_DATE_EPOCH by default: the user's value, else the project's last commit time, else the zip epoch.
import { execFileSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { describeEpoch, FALLBACK_EPOCH, sourceDateEpoch } from '../../src/lib/epoch.js'

const made: string[] = []
afterAll(() => {
  for (const d of made) fs.rmSync(d, { recursive: true, force: true })
})
function dir(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'bw epoch-')) // a space on purpose
  made.push(d)
  return d
}
function gitRepoCommittedAt(seconds: number): string {
  const d = dir()
  const env = { ...process.env, GIT_COMMITTER_DATE: `@${seconds} +0000`, GIT_AUTHOR_DATE: '@1 +0000' }
  const git = (...args: string[]): void => void execFileSync('git', ['-C', d, '-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { env, stdio: 'ignore' })
  git('init', '-q')
  fs.writeFileSync(path.join(d, 'Makefile'), 'all:\n')
  git('add', 'Makefile')
  git('commit', '-q', '-m', 'one')
  return d
}

test('outside git: the zip epoch, 1980-01-01', async () => {
  const d = dir()
  const e = await sourceDateEpoch(d, {})
  expect(e).toEqual({ value: '315532800', source: 'fallback', why: `${d} is not in a git work tree` })
  expect(FALLBACK_EPOCH).toBe(Date.UTC(1980, 0, 1) / 1000)
  // the log says which time and why, and how to choose another
  expect(describeEpoch(e)).toBe(
    `SOURCE_DATE_EPOCH=315532800 (1980-01-01T00:00:00.000Z): not set in the environment, and ${d} is not in a git work tree; ` +
      'so the zip epoch, the earliest time a zip entry can hold, is stamped into what is written (set SOURCE_DATE_EPOCH to choose the time)'
  )
})

test("in a git work tree: the last commit's committer time (also from a subfolder)", async () => {
  const repo = gitRepoCommittedAt(1700000000)
  expect(await sourceDateEpoch(repo, {})).toEqual({ value: '1700000000', source: 'git' })
  fs.mkdirSync(path.join(repo, 'sub'))
  expect((await sourceDateEpoch(path.join(repo, 'sub'), {})).value).toBe('1700000000')
})

test('a git work tree without a commit yet: the zip epoch', async () => {
  const d = dir()
  execFileSync('git', ['init', '-q', d])
  const e = await sourceDateEpoch(d, {})
  expect(e).toEqual({ value: '315532800', source: 'fallback', why: `the git repository of ${d} has no commit yet` })
  expect(describeEpoch(e)).toMatch(/: not set in the environment, and the git repository of .* has no commit yet; so the zip epoch/)
})

test('a user-set SOURCE_DATE_EPOCH wins; one that is not a number is ignored and said so', async () => {
  const repo = gitRepoCommittedAt(1700000000)
  expect(await sourceDateEpoch(repo, { SOURCE_DATE_EPOCH: '1234567890' })).toEqual({ value: '1234567890', source: 'environment' })
  const bad = await sourceDateEpoch(repo, { SOURCE_DATE_EPOCH: 'yesterday' })
  expect(bad).toEqual({ value: '1700000000', source: 'git', ignored: 'yesterday' })
  expect(describeEpoch(bad)).toMatch(/SOURCE_DATE_EPOCH='yesterday' in the environment is not a whole number of seconds; ignored/)
})

test('without git on PATH: the zip epoch, and the log says git is missing', async () => {
  const d = dir()
  const saved = process.env.PATH
  process.env.PATH = d // an empty folder: no git
  try {
    const e = await sourceDateEpoch(d, { SOURCE_DATE_EPOCH: 'soon' })
    expect(e).toEqual({ value: '315532800', source: 'fallback', ignored: 'soon', why: `git is not installed, so the last commit of ${d} cannot be read` })
    expect(describeEpoch(e)).toMatch(/^SOURCE_DATE_EPOCH=315532800 \(1980-01-01T00:00:00.000Z\): not usable in the environment, and git is not installed/)
  } finally {
    process.env.PATH = saved
  }
})
