// What a conda user sees (issue 16 part 3): the error for a channel that cannot be reached and for an
// unsatisfiable request, progress at most once a second and none for cached packages, the shared
// summary table with the packages' tests and a failed test's last lines, the recipe path checked, and
// the per-run build root.
import { execFileSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import type { BuiltPackage } from '../../src/conda/builder/build.js'
import { claimCroot, crootProblem, userCrootBase } from '../../src/conda/builder/croot.js'
import { withPackingProgress } from '../../src/conda/builder/pack-progress.js'
import { condaBuildText, condaNotes, condaRows, TAIL_LINES } from '../../src/conda/builder/report.js'
import { ChannelError, parseChannel, unreachableChannel } from '../../src/conda/env/channel.js'
import { HttpError } from '../../src/conda/env/http.js'
import { everySecond, Progress } from '../../src/conda/env/progress.js'
import type { LoadedRepodata } from '../../src/conda/env/repodata.js'
import { missingNames, unsolvableMessage } from '../../src/conda/env/solve.js'
import { readCondaInputs } from '../../src/conda/inputs.js'
import { condaMatrix } from '../../src/conda/matrix.js'
import { renderRecipe } from '../../src/conda/recipe/render.js'
import { parseVariantInput } from '../../src/conda/recipe/variants.js'
import { recipePathProblem } from '../../src/conda/recipe/recipe-path.js'
import { InputProblems } from '../../src/lib/inputs.js'
import { renderTextTable, writeJobSummary } from '../../src/lib/summary.js'
import { recipe, tmp } from './helpers.js'

describe('a channel that cannot be reached', () => {
  const refused = (url: string): HttpError => new HttpError(url, 0, 'cannot connect: getaddrinfo ENOTFOUND conda.anaconda.org')

  test('the default channel: named as the default, offline or unreachable, with --channel DIR and the toolchain command', () => {
    const ch = parseChannel('conda-forge')
    const e = unreachableChannel(ch, refused('https://conda.anaconda.org/conda-forge/linux-64/repodata.json.zst'))
    expect(e).toBeInstanceOf(ChannelError)
    const m = (e as Error).message
    expect(m).toMatch(/^cannot reach the default channel https:\/\/conda\.anaconda\.org\/conda-forge \(used because no channel was given\)/)
    expect(m).toMatch(/this machine is offline or the URL is unreachable \(getaddrinfo ENOTFOUND conda\.anaconda\.org\)/)
    expect(m).toContain('--channel DIR')
    expect(m).toContain('`build-wheel conda toolchain --output-dir DIR`')
  })

  test('another channel is named as given (credentials left out); refused and timed out connections alike', () => {
    const ch = parseChannel('https://user:secret@mirror.example/conda/main')
    for (const cause of ['connect ECONNREFUSED 127.0.0.1:45678', 'The operation was aborted due to timeout']) {
      const m = (unreachableChannel(ch, new HttpError(`${ch.base}noarch/repodata.json`, 0, `cannot connect: ${cause}`)) as Error).message
      expect(m).toMatch(/^cannot reach the channel https:\/\/mirror\.example\/conda\/main: this machine is offline or the URL is unreachable/)
      expect(m).toContain(`(${cause})`)
      expect(m).not.toContain('secret')
    }
  })

  test('an answer from the server (404, 500) or any other error is passed on unchanged', () => {
    const ch = parseChannel('conda-forge')
    const answered = new HttpError('https://conda.anaconda.org/conda-forge/noarch/repodata.json', 500, 'HTTP 500')
    expect(unreachableChannel(ch, answered)).toBe(answered)
    const other = new Error('not valid JSON')
    expect(unreachableChannel(ch, other)).toBe(other)
  })
})

describe('an unsatisfiable request', () => {
  const loaded = (display: string, subdir: string, names: string[], source: LoadedRepodata['source'] = 'local'): LoadedRepodata => {
    const packages = Object.fromEntries(names.map(n => [`${n}-1.0-0.tar.bz2`, { name: n, version: '1.0', build: '0' }]))
    const data = { packages }
    return {
      channel: { kind: 'local', base: display, display, headers: {}, secrets: [] },
      subdir,
      text: JSON.stringify(data),
      data,
      source,
      variant: 'repodata.json'
    }
  }
  const repos = [loaded('/ch', 'linux-64', [], 'missing'), loaded('/ch', 'noarch', ['bar'])]

  test('the names the solver found no candidates for, in its two phrasings', () => {
    expect(missingNames('Cannot solve the request because of: No candidates were found for foo *.')).toEqual(['foo'])
    expect(
      missingNames(
        'Cannot solve the request because of: bar * cannot be installed because there are no viable options:\n└─ bar 1.0 would require\n   └─ baz >=2, for which no candidates were found.'
      )
    ).toEqual(['baz'])
    expect(missingNames('Cannot solve the request because of: No candidates were found for bar >=3.')).toEqual(['bar'])
    // a version spec with commas: the name is still the line's first word
    expect(missingNames('└─ foo 1.0 would require\n   └─ __glibc >=2.17,<3.0.a0, for which no candidates were found.')).toEqual(['__glibc'])
  })

  test('a missing package is named with the channels searched and what to do; the solver says why', () => {
    const solver = 'Cannot solve the request because of: No candidates were found for foo *.'
    const m = unsolvableMessage(['foo', 'bar'], repos, solver)
    expect(m).toBe(
      'cannot satisfy foo, bar: no channel has a package named foo (channels searched: /ch/linux-64 (absent), /ch/noarch); ' +
        'add a channel that has it (--channel, or the channels input of the action). The solver says:\n' +
        solver
    )
  })

  test('a package that exists in no matching version is told apart from a missing one', () => {
    const m = unsolvableMessage(['bar >=3'], repos, 'Cannot solve the request because of: No candidates were found for bar >=3.')
    expect(m).toMatch(
      /^cannot satisfy bar >=3: no version of bar matches what is asked \(channels searched: \/ch\/linux-64 \(absent\), \/ch\/noarch\)\. The solver says/
    )
  })
})

describe('progress', () => {
  const clock = (): { now: () => number; advance: (ms: number) => void } => {
    let t = 0
    return { now: () => t, advance: ms => void (t += ms) }
  }

  test('a line at most once a second, the first a second after the start', () => {
    const c = clock()
    const lines: string[] = []
    const say = everySecond(l => lines.push(l), c.now)
    expect(say(() => 'a')).toBe(false)
    c.advance(999)
    expect(say(() => 'b')).toBe(false)
    c.advance(1)
    expect(say(() => 'c')).toBe(true)
    c.advance(500)
    expect(say(() => 'd')).toBe(false)
    c.advance(600)
    expect(say(() => 'e')).toBe(true)
    expect(lines).toEqual(['c', 'e'])
  })

  test('downloads: packages and bytes so far; no line for cached packages', () => {
    const c = clock()
    const lines: string[] = []
    const p = new Progress(3, 3 * 1024 * 1024, l => lines.push(l), c.now)
    c.advance(5000)
    p.done('cached-1.0-0.conda', 1024 * 1024, 'cached')
    p.done('extracted-1.0-0.conda', 1024 * 1024, 'cached, extracted')
    expect(lines).toEqual([])
    p.bytes(512 * 1024)
    expect(lines).toEqual(['[2/3 packages] 512.0 KiB of 1.0 MiB fetched, 102.4 KiB/s'])
    p.bytes(512 * 1024)
    p.done('big-1.0-0.conda', 1024 * 1024, 'downloaded')
    expect(lines).toHaveLength(1) // less than a second since the last line
    c.advance(1000)
    p.bytes(0)
    expect(lines[1]).toBe('[3/3 packages] 1.0 MiB of 1.0 MiB fetched, 170.7 KiB/s (last: big-1.0-0.conda)')
  })

  test('all from the cache: not one line, however long it takes', () => {
    const c = clock()
    const lines: string[] = []
    const p = new Progress(2, 100, l => lines.push(l), c.now)
    for (const n of ['a', 'b']) {
      c.advance(3000)
      p.done(n, 50, 'cached')
    }
    expect(lines).toEqual([])
  })
})

const pkg = (name: string, tested: string[]): BuiltPackage => ({
  path: `/out/linux-64/${name}-1.0-h1234567_0.conda`,
  fn: `${name}-1.0-h1234567_0.conda`,
  name,
  version: '1.0',
  build: 'h1234567_0',
  subdir: 'linux-64',
  sha256: 'ab'.repeat(32),
  size: 2048,
  seconds: 3.25,
  tested
})

describe('the summary', () => {
  test('one row per package in the table the wheels use, a note with each package’s tests', () => {
    const packages = [pkg('one', ['run_test.sh', 'run_test.py']), pkg('two', [])]
    expect(condaRows(packages)).toEqual([
      { artifact: 'one-1.0-h1234567_0.conda', size: 2048, sha256: 'ab'.repeat(32), tag: 'linux-64', seconds: 3.25 },
      { artifact: 'two-1.0-h1234567_0.conda', size: 2048, sha256: 'ab'.repeat(32), tag: 'linux-64', seconds: 3.25 }
    ])
    expect(condaNotes(packages)).toEqual(['one-1.0-h1234567_0.conda: tests passed (run_test.sh, run_test.py)', 'two-1.0-h1234567_0.conda: not tested'])
    const text = condaBuildText(packages, { skipped: 1 })
    expect(text).toContain(renderTextTable('Conda packages', condaRows(packages), condaNotes(packages)))
    expect(text).toMatch(/^one-1\.0-h1234567_0\.conda\s+2\.0 KiB\s+abababababababab\s+linux-64\s+3\.3$/m)
    expect(text).toContain('1 variant(s) skipped by build/skip')
  })

  test("a failed test: the package, where it went, and the test's last lines (at most TAIL_LINES)", () => {
    const output = Array.from({ length: 30 }, (_, i) => `line ${i + 1}`).join('\n')
    const failed = { stem: 'bad-1.0-0', subdir: 'linux-64', broken: '/out/broken/bad-1.0-0.conda', testOutput: `${output}\n` }
    const notes = condaNotes([pkg('one', ['run_test.sh'])], failed)
    expect(notes[1]).toEqual({
      text: "FAILED bad-1.0-0.conda (linux-64): its test failed; the package was moved to /out/broken/bad-1.0-0.conda. The test's last lines:",
      details: Array.from({ length: TAIL_LINES }, (_, i) => `line ${i + 11}`).join('\n')
    })
    const table = renderTextTable('Conda packages', [], notes)
    expect(table).toMatch(/The test's last lines:\n {4}line 11\n[\s\S]* {4}line 30$/)
    expect(condaNotes([], { stem: 'x-1-0', subdir: 'noarch' })).toEqual(['FAILED x-1-0 (noarch): not built'])
  })

  test('the job summary: the table with full sha256, notes, a failed test’s lines in <pre>, escaped', async () => {
    const dir = tmp('conda-summary-')
    const file = path.join(dir, 'summary.md')
    fs.writeFileSync(file, '')
    const saved = process.env.GITHUB_STEP_SUMMARY
    process.env.GITHUB_STEP_SUMMARY = file
    try {
      const notes = condaNotes([pkg('one', ['run_test.sh'])], {
        stem: 'b',
        subdir: 'linux-64',
        broken: '/o/broken/b.conda',
        testOutput: 'expected <1> & got 2\n'
      })
      await writeJobSummary('Conda packages', condaRows([pkg('one', ['run_test.sh'])]), notes)
    } finally {
      if (saved === undefined) delete process.env.GITHUB_STEP_SUMMARY
      else process.env.GITHUB_STEP_SUMMARY = saved
    }
    const html = fs.readFileSync(file, 'utf8')
    expect(html).toContain('<h3>Conda packages</h3>')
    expect(html).toContain(`<td>${'ab'.repeat(32)}</td>`)
    expect(html).toContain('one-1.0-h1234567_0.conda: tests passed (run_test.sh)')
    expect(html).toContain('<pre>expected &lt;1&gt; &amp; got 2</pre>')
  })
})

describe('the recipe path', () => {
  test.each([
    ['a folder with meta.yaml', (d: string) => (fs.writeFileSync(path.join(d, 'meta.yaml'), ''), d), ''],
    ['meta.yaml itself', (d: string) => (fs.writeFileSync(path.join(d, 'meta.yaml'), ''), path.join(d, 'meta.yaml')), ''],
    [
      'a file that is not a meta file',
      (d: string) => (fs.writeFileSync(path.join(d, 'README.md'), ''), path.join(d, 'README.md')),
      /is a file, not a recipe folder; accepted: the folder holding meta.yaml/
    ],
    ['a folder without meta.yaml', (d: string) => d, /is a folder without a meta.yaml/],
    ['nothing', (d: string) => path.join(d, 'nope'), /does not exist; accepted: the folder holding meta.yaml/]
  ])('%s', (_what, make, want) => {
    const p = make(tmp('conda-recipe-path-'))
    const problem = recipePathProblem(p)
    if (want === '') expect(problem).toBe('')
    else expect(problem).toMatch(want)
  })
})

describe('the build root', () => {
  test('per user: under XDG_CACHE_HOME, else ~/.cache', () => {
    expect(userCrootBase({ XDG_CACHE_HOME: '/x/cache' })).toBe('/x/cache/build-wheel/conda-bld')
    expect(userCrootBase({})).toBe(path.join(os.homedir(), '.cache', 'build-wheel', 'conda-bld'))
  })

  test('per run: runs at the same time get their own slots; one after the other reuse the first (same bytes)', () => {
    const base = path.join(tmp('conda-croot-'), 'conda-bld')
    const a = claimCroot(base)
    const b = claimCroot(base)
    expect([a.dir, b.dir]).toEqual([path.join(base, '0'), path.join(base, '1')])
    expect(JSON.parse(fs.readFileSync(path.join(base, '0.lock'), 'utf8'))).toMatchObject({ host: os.hostname(), pid: process.pid })
    a.release()
    expect(fs.existsSync(path.join(base, '0.lock'))).toBe(false)
    const c = claimCroot(base)
    expect(c.dir).toBe(path.join(base, '0'))
    b.release()
    c.release()
  })

  test("a lock left by a process of this host that is gone is taken over; another host's is not", () => {
    const base = tmp('conda-croot-stale-')
    const dead = Number(execFileSync('sh', ['-c', 'echo $$'], { encoding: 'utf8' }).trim()) // exited already
    const holder = (host: string): string => `${JSON.stringify({ pid: dead, host, since: '', what: 'a conda build', token: `t-${host}` })}\n`
    fs.writeFileSync(path.join(base, '0.lock'), holder('other-host.example'))
    fs.writeFileSync(path.join(base, '1.lock'), holder(os.hostname()))
    const c = claimCroot(base)
    expect(c.dir).toBe(path.join(base, '1'))
    expect(JSON.parse(fs.readFileSync(path.join(base, '1.lock'), 'utf8'))).toMatchObject({ host: os.hostname(), pid: process.pid })
    c.release()
    expect(fs.readdirSync(base).sort()).toEqual(['0.lock', '1'])
  })

  test('a build root that cannot be written is a clear error naming it and what to give', () => {
    const d = tmp('conda-croot-bad-')
    fs.writeFileSync(path.join(d, 'file'), '')
    const bad = path.join(d, 'file', 'croot')
    expect(crootProblem(bad)).toBe(
      `${bad} cannot be used as the build root: a part of it is a file, not a folder; give a folder you can write (--croot DIR, or the croot input)`
    )
    expect(() => claimCroot(bad)).toThrow(/cannot be used as the build root/)
    expect(crootProblem(path.join(d, 'fine', 'croot'))).toBe('')
  })
})

describe('bad inputs of the action, each named in one pass', () => {
  test('upload-artifact with a character artifact names refuse, a croot that cannot be written, a recipe folder that is a file', async () => {
    const d = tmp('conda-bad-inputs-')
    fs.writeFileSync(path.join(d, 'recipe.txt'), 'package: {name: x}\n')
    fs.writeFileSync(path.join(d, 'file'), '')
    const inputs: Record<string, string> = { recipe: 'recipe.txt', croot: 'file/croot', 'upload-artifact': 'packages:linux' }
    const problems = new InputProblems()
    const read = await readCondaInputs(n => inputs[n] ?? '', d, problems)
    expect(problems.list).toEqual([
      expect.stringMatching(/^input 'recipe': 'recipe.txt' is a file, not a recipe folder; accepted: the folder holding meta.yaml/),
      expect.stringMatching(/^input 'croot': .*file\/croot cannot be used as the build root: a part of it is a file, not a folder/),
      expect.stringMatching(
        /^input 'upload-artifact': 'packages:linux' is not a valid artifact name; accepted: a name without " : < > \| \* \? \/ \\ or newlines/
      )
    ])
    expect(read.croot).toBe(path.join(d, 'file', 'croot'))
  })

  test.each(['a/b', 'a\\b', 'x"y', 'x<y', 'x|y', 'x*y', 'x?y', 'two\nlines'])('upload-artifact %j is refused', async name => {
    const problems = new InputProblems()
    await readCondaInputs(n => (n === 'upload-artifact' ? name : n === 'recipe' ? 'examples/montage-mini/conda/recipe' : ''), process.cwd(), problems)
    expect(problems.list).toEqual([expect.stringMatching(/^input 'upload-artifact': [\s\S]* is not a valid artifact name/)])
  })

  test('good values: the name kept, the croot absolute and created', async () => {
    const d = tmp('conda-good-inputs-')
    const problems = new InputProblems()
    const inputs: Record<string, string> = {
      recipe: path.resolve('examples/montage-mini/conda/recipe'),
      croot: 'work/croot',
      'upload-artifact': 'conda-linux-64 (py3.12)'
    }
    const read = await readCondaInputs(n => inputs[n] ?? '', d, problems)
    expect(problems.list).toEqual([])
    expect(read['upload-artifact']).toBe('conda-linux-64 (py3.12)')
    expect(read.croot).toBe(path.join(d, 'work', 'croot'))
    expect(fs.statSync(read.croot).isDirectory()).toBe(true)
  })
})

describe('the matrix output (one job per variant, conda.yml)', () => {
  const META = `package:
  name: pyx
  version: "1.0"
requirements:
  host:
    - python {{ python }}
  run:
    - python
`
  test("each entry's variants render that variant alone, with the same build string", () => {
    const dir = recipe({ 'meta.yaml': META, 'conda_build_config.yaml': 'python:\n  - "3.11"\n  - "3.12"\nunused_key:\n  - a\n  - b\n' })
    const all = renderRecipe({ recipe: dir, targetPlatform: 'linux-64' })
    const m = condaMatrix(all.variants)
    expect(m.include.map(e => e.package)).toEqual(['pyx-1.0-py311_0', 'pyx-1.0-py312_0'])
    expect(m.include[0]).toEqual({ package: 'pyx-1.0-py311_0', subdir: 'linux-64', variants: '{"python":"3.11","target_platform":"linux-64"}' })
    for (const e of m.include) {
      const one = renderRecipe({ recipe: dir, targetPlatform: 'linux-64', variants: parseVariantInput(e.variants, 'matrix') })
      expect(one.variants.map(v => `${v.name}-${v.version}-${v.buildString}`)).toEqual([e.package])
    }
  })

  test('variants that share a file name still get jobs and artifact names of their own', () => {
    const dir = recipe({ 'meta.yaml': 'package:\n  name: same\n  version: "1"\nbuild:\n  string: "0"\nrequirements:\n  host:\n    - python {{ python }}\n' })
    const variants = renderRecipe({ recipe: dir, targetPlatform: 'linux-64', variants: { python: ['3.11', '3.12'] } }).variants
    expect(condaMatrix(variants).include.map(e => e.package)).toEqual(['same-1-0', 'same-1-0-variant2'])
  })

  test('skipped variants are left out', () => {
    const dir = recipe({
      'meta.yaml': META.replace('requirements:', 'build:\n  skip: true  # [py<312]\nrequirements:'),
      'conda_build_config.yaml': 'python:\n  - "3.11"\n  - "3.12"\n'
    })
    expect(condaMatrix(renderRecipe({ recipe: dir, targetPlatform: 'linux-64' }).variants).include.map(e => e.package)).toEqual(['pyx-1.0-py312_0'])
  })
})

describe('packaging progress', () => {
  test('a line a second while the packager writes: files and bytes to pack, bytes written so far; none for a quick package', async () => {
    const dir = tmp('conda-pack-progress-')
    const payload = ['a', 'b'].map(n => path.join(dir, n))
    payload.forEach((f, i) => fs.writeFileSync(f, Buffer.alloc(1024 * (i + 1))))
    const lines: string[] = []
    const watch = { what: 'x-1-0.conda', outDir: dir, tempPrefix: '.x-1-0.', files: payload, log: (l: string) => lines.push(l) }
    const sleep = (ms: number): Promise<void> => new Promise(r => setTimeout(r, ms))
    expect(await withPackingProgress(watch, async () => (await sleep(300), 'quick'))).toBe('quick')
    expect(lines).toEqual([])
    await withPackingProgress(watch, async () => {
      fs.writeFileSync(path.join(dir, '.x-1-0.conda.tmp-1.pkg'), Buffer.alloc(2048))
      await sleep(1300)
      fs.appendFileSync(path.join(dir, '.x-1-0.conda.tmp-1.pkg'), Buffer.alloc(2048))
      await sleep(1000)
    })
    expect(lines.length).toBeGreaterThanOrEqual(1)
    expect(lines.length).toBeLessThanOrEqual(2)
    expect(lines[0]).toMatch(/^x-1-0\.conda: packing 2 file\(s\), 3\.0 KiB; 2\.0 KiB written in 1 s$/)
    if (lines[1]) expect(lines[1]).toMatch(/4\.0 KiB written in 2 s$/)
    const count = lines.length
    await sleep(1100)
    expect(lines).toHaveLength(count) // stopped with the packaging
  })
})
