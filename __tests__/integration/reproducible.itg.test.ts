// Reproducible by default: two builds of the example's wheel from clean copies in different folders,
// SOURCE_DATE_EPOCH not set, give the same bytes; in a git work tree the members carry the commit's time.
import { execFileSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { pipelineStep } from '../../src/phases/steps.js'
import { copyExample, PIP_ARGS } from '../support/example.js'
import { withEnv } from '../support/in-process.js'
import { findPython } from '../support/requirements.js'

// One CPython 3.x found here (3.9 or newer, with its C headers), whichever it is.
const one = await findPython({ headers: true })
const python = one.ok ? one.python : undefined
const maybe = one.test

const made: string[] = []
afterAll(() => {
  for (const d of made) fs.rmSync(d, { recursive: true, force: true })
})

/** A clean copy of the example at `dir` built by the root pipeline (no cache); its one wheel. */
async function buildCopy(dir: string, before?: (dir: string) => void): Promise<{ file: string; sha256: string }> {
  fs.mkdirSync(dir, { recursive: true })
  copyExample(dir)
  before?.(dir)
  const out = path.join(dir, 'wheelhouse')
  const r = await withEnv({ SOURCE_DATE_EPOCH: undefined }, () =>
    pipelineStep((n: string) => ({ path: dir, 'python-versions': python!.minor, cache: 'false', 'pip-args': PIP_ARGS, 'output-dir': out })[n] ?? '', '/')
  )
  expect(r.wheels.failures).toEqual([])
  expect(r.wheels.wheels).toHaveLength(1)
  return { file: r.wheels.wheels[0].wheel, sha256: r.wheels.wheels[0].sha256 }
}

/** Each member's name and date as the zip holds them, read by Python's zipfile. */
function memberDates(wheel: string): Array<[string, number[]]> {
  const code = 'import json, sys, zipfile; print(json.dumps([[i.filename, list(i.date_time)] for i in zipfile.ZipFile(sys.argv[1]).infolist()]))'
  return JSON.parse(execFileSync(python!.path, ['-c', code, wheel]).toString()) as Array<[string, number[]]>
}

maybe(
  'two clean builds of the example in different folders give the same sha256',
  async () => {
    const a = fs.mkdtempSync(path.join(os.tmpdir(), 'bw-repro-'))
    const b = fs.mkdtempSync(path.join(os.tmpdir(), 'bw repro, a longer folder name-'))
    made.push(a, b)
    const one = await buildCopy(path.join(a, 'montage-mini'))
    const two = await buildCopy(path.join(b, 'x', 'montage-mini'))
    expect(path.basename(one.file)).toBe(path.basename(two.file))
    expect(two.sha256).toBe(one.sha256)
    // outside git the dates are the zip epoch, 1980-01-01 00:00:00
    for (const [, date] of memberDates(one.file)) expect(date).toEqual([1980, 1, 1, 0, 0, 0])
  },
  600_000
)

maybe(
  "in a git work tree the wheel's members carry the last commit's time",
  async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bw-repro-git-'))
    made.push(dir)
    const committed = Date.UTC(2024, 4, 6, 7, 8, 10) / 1000 // an even second: zip dates have a 2 s resolution
    const { file } = await buildCopy(dir, d => {
      const env = { ...process.env, GIT_COMMITTER_DATE: `@${committed} +0000`, GIT_AUTHOR_DATE: `@${committed} +0000` }
      const git = (...args: string[]): void =>
        void execFileSync('git', ['-C', d, '-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { env, stdio: 'ignore' })
      git('init', '-q')
      git('add', '-A')
      git('commit', '-q', '-m', 'the example')
    })
    const dates = memberDates(file)
    expect(dates.length).toBeGreaterThan(3)
    for (const [, date] of dates) expect(date).toEqual([2024, 5, 6, 7, 8, 10])
  },
  600_000
)
