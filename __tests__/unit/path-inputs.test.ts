// Every path input is resolved once, in its reader, against one base (the workspace in the actions,
// the current directory on the command line): relative and absolute, inside and outside `path`.
// A path written inside the base that a symbolic link leads outside it is refused, naming both.
import * as fs from 'node:fs'
import * as path from 'node:path'
import { readCondaInputs } from '../../src/conda/inputs.js'
import { InputProblems, type InputSource } from '../../src/lib/inputs.js'
import { readMontageInputs } from '../../src/montage/inputs.js'
import { readWheelInputs } from '../../src/wheel/inputs.js'
import { tempDir } from '../support/temp.js'

const base = tempDir('bw-path-inputs-')
const proj = path.join(base, 'proj')
const elsewhere = tempDir('bw-path-inputs-elsewhere-')
fs.mkdirSync(path.join(proj, 'python', 'pkg'), { recursive: true })
fs.writeFileSync(path.join(proj, 'Makefile'), 'all:\n')
fs.writeFileSync(path.join(proj, 'python', 'pkg', 'pyproject.toml'), '')
fs.mkdirSync(path.join(proj, 'conda', 'recipe'), { recursive: true })
fs.writeFileSync(path.join(proj, 'conda', 'recipe', 'meta.yaml'), 'package: {name: a, version: 1}\n')
fs.mkdirSync(path.join(elsewhere, 'pkg'))
fs.writeFileSync(path.join(elsewhere, 'pkg', 'pyproject.toml'), '')
fs.symlinkSync(elsewhere, path.join(base, 'escape'))
fs.symlinkSync(path.join(elsewhere, 'pkg'), path.join(proj, 'python', 'outpkg'))

const src =
  (v: Record<string, string>): InputSource =>
  n =>
    v[n] ?? ''

/** The input `name` as its reader resolves it, with the problems reported. */
async function read(name: string, inputs: Record<string, string>): Promise<{ value: string; problems: string[] }> {
  const problems = new InputProblems()
  const all = { path: 'proj', ...inputs }
  if (name === 'package-dir' || name === 'output-dir') {
    const w = readWheelInputs(src(all), base, problems)
    return { value: w[name], problems: problems.list }
  }
  if (name === 'recipe') {
    const c = await readCondaInputs(src(inputs), base, problems)
    return { value: c.recipe, problems: problems.list }
  }
  const m = readMontageInputs(src(all), base, problems)
  return { value: m[name as 'path' | 'cache-dir' | 'executables-dir'], problems: problems.list }
}

/** What the input's folder must hold to be valid: a Makefile for path, a meta.yaml for recipe. */
function fillFolder(name: string, dir: string): void {
  if (name === 'path') fs.writeFileSync(path.join(dir, 'Makefile'), 'all:\n')
  if (name === 'recipe') fs.writeFileSync(path.join(dir, 'meta.yaml'), 'package: {name: a, version: 1}\n')
}

describe.each([['path'], ['cache-dir'], ['executables-dir'], ['output-dir'], ['recipe']])('%s', name => {
  const sub = name === 'path' ? 'proj' : name === 'recipe' ? 'proj/conda/recipe' : 'proj/sub-out'
  if (name === 'recipe' || name === 'path') fs.mkdirSync(path.join(base, sub), { recursive: true })
  test.each([
    ['relative, inside path', sub, path.join(base, sub)],
    ['relative with ./ and ..', `./${sub}/../${path.basename(sub)}`, path.join(base, sub)],
    ['absolute, inside path', path.join(base, sub), path.join(base, sub)],
    ['relative, outside path (beside it)', 'beside', path.join(base, 'beside')]
  ])('%s: resolved once against the base', async (_what, raw, want) => {
    if (name === 'path' || name === 'recipe') fs.mkdirSync(want, { recursive: true })
    fillFolder(name, want)
    const r = await read(name, { [name]: raw })
    expect(r.value).toBe(want)
    expect(path.isAbsolute(r.value)).toBe(true)
    expect(r.problems.filter(p => p.startsWith(`input '${name}'`))).toEqual([])
  })
  test("absolute, outside the base, written so: the user's choice, kept as written", async () => {
    const target = path.join(elsewhere, name)
    fs.mkdirSync(target, { recursive: true })
    fillFolder(name, target)
    const r = await read(name, { [name]: target })
    expect(r.value).toBe(target)
    expect(r.problems.filter(p => p.startsWith(`input '${name}'`))).toEqual([])
  })
  test('inside the base as written, outside through a symbolic link: refused, naming both paths', async () => {
    const target = path.join(elsewhere, name)
    fs.mkdirSync(target, { recursive: true })
    fillFolder(name, target)
    const r = await read(name, { [name]: `escape/${name}` })
    expect(r.problems).toContainEqual(
      expect.stringMatching(new RegExp(`^input '${name}': 'escape/${name}' is inside ${base} as written but resolves to ${target}, outside it`))
    )
  })
})

describe('package-dir (relative to path)', () => {
  test.each([
    ['relative', 'python/pkg', path.join(proj, 'python', 'pkg')],
    ['absolute inside path', path.join(proj, 'python', 'pkg'), path.join(proj, 'python', 'pkg')]
  ])('%s', async (_what, raw, want) => {
    const r = await read('package-dir', { 'package-dir': raw })
    expect(r.value).toBe(want)
    expect(r.problems).toEqual([])
  })
  test('outside path as written: refused', async () => {
    expect((await read('package-dir', { 'package-dir': path.join(elsewhere, 'pkg') })).problems).toEqual([
      expect.stringMatching(/^input 'package-dir': .* is outside path/)
    ])
  })
  test('a link inside path leading outside: refused, naming both paths', async () => {
    const r = await read('package-dir', { 'package-dir': 'python/outpkg' })
    expect(r.problems).toEqual([
      `input 'package-dir': 'python/outpkg' (${path.join(proj, 'python', 'outpkg')}) resolves to ${path.join(fs.realpathSync(elsewhere), 'pkg')}, outside path (${fs.realpathSync(proj)}), through a symbolic link; accepted: the folder inside path holding the package's pyproject.toml or setup.py`
    ])
  })
})

test('the C tree never counts its own cache folder, however it is written', () => {
  const problems = new InputProblems()
  const rel = readMontageInputs(src({ path: 'proj', 'cache-dir': 'proj/.bwcache' }), base, problems)
  const abs = readMontageInputs(src({ path: path.join(base, 'proj'), 'cache-dir': path.join(base, 'proj', '.bwcache') }), '/', problems)
  expect(rel['cache-dir']).toBe(path.join(proj, '.bwcache'))
  expect(abs['cache-dir']).toBe(rel['cache-dir'])
  expect(problems.list).toEqual([])
})
