/**
 * pip builds in the package folder (build/): a build folder that is a chain of links out of the
 * project, or holds a link out, is refused before pip runs, and nothing is written outside.
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { wheelStep } from '../../src/phases/steps.js'
import { PIP_ARGS, tinyProject } from '../support/example.js'
import { findPython } from '../support/requirements.js'
import { tempDir } from '../support/temp.js'

const one = await findPython({ headers: true })
const A = one.ok ? one.python : undefined

async function build(dir: string): Promise<Awaited<ReturnType<typeof wheelStep>>> {
  const inputs: Record<string, string> = {
    path: dir,
    'package-dir': 'pkg',
    'python-versions': A?.minor ?? '?',
    'pip-args': PIP_ARGS,
    repair: 'none',
    'output-dir': tempDir('bw-out-')
  }
  return wheelStep((n: string) => inputs[n] ?? '', '/')
}

function sentinel(): string {
  const outside = tempDir('bw-outside-')
  fs.writeFileSync(path.join(outside, 'sentinel'), 'untouched\n')
  return outside
}

one.test('pkg/build -> up/../<outside>, with pkg/up -> ..: refused before pip runs', async () => {
  const dir = tinyProject()
  const outside = sentinel()
  fs.symlinkSync('..', path.join(dir, 'pkg/up'))
  fs.symlinkSync(`up/${path.relative(dir, outside)}`, path.join(dir, 'pkg/build'))
  const r = await build(dir)
  expect(r.wheels).toEqual([])
  expect(r.failures.map(f => f.step)).toEqual(['build'])
  expect(r.failures[0]?.message).toMatch(
    /pip wheel for .*, writing its build folder: writing to 'pkg\/build' is refused: .*above the top.*pkg\/build -> up\/\.\..*then pkg\/up -> \.\./
  )
  expect(fs.readdirSync(outside)).toEqual(['sentinel'])
})

one.test('a link out inside an existing build folder (left by an earlier step): refused', async () => {
  const dir = tinyProject()
  const outside = sentinel()
  fs.mkdirSync(path.join(dir, 'pkg/build'))
  fs.symlinkSync(path.relative(path.join(dir, 'pkg/build'), outside), path.join(dir, 'pkg/build/lib.linux-x86_64'))
  const r = await build(dir)
  expect(r.failures[0]?.message).toMatch(/the link 'pkg\/build\/lib\.linux-x86_64' -> .* is refused/)
  expect(fs.readdirSync(outside)).toEqual(['sentinel'])
})

one.test('a build folder linked inside the project is used', async () => {
  const dir = tinyProject()
  fs.mkdirSync(path.join(dir, 'scratch'))
  fs.symlinkSync('../scratch', path.join(dir, 'pkg/build'))
  const r = await build(dir)
  expect(r.failures).toEqual([])
  expect(r.wheels).toHaveLength(1)
  expect(fs.readdirSync(path.join(dir, 'scratch')).length).toBeGreaterThan(0)
})
