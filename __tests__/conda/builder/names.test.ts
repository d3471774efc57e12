/**
 * File names a build script leaves in the host prefix that are not UTF-8: the packager's file list
 * refuses them with their bytes escaped (a package's paths.json names files in UTF-8), instead of
 * an ENOENT later from a mangled name; UTF-8 names (also outside ASCII) are listed as they are.
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { listFiles } from '../../../src/conda/post/files.js'
import { tempDir } from '../../support/temp.js'

const at = (dir: string, raw: Buffer): Buffer => Buffer.concat([Buffer.from(`${dir}/`), raw])

test('a name that is not UTF-8 is refused, naming it escaped', () => {
  const prefix = tempDir('bw-conda-names-')
  fs.mkdirSync(path.join(prefix, 'share'))
  fs.writeFileSync(path.join(prefix, 'share', 'ok.txt'), 'ok')
  fs.writeFileSync(at(prefix, Buffer.from('share/caf\xe9.txt', 'latin1')), 'x')
  expect(() => listFiles(prefix)).toThrow(
    `${prefix} holds 1 file(s) whose names are not UTF-8 (shown with \\xNN escapes): 'share/caf\\xe9.txt'; a conda package names its files in UTF-8: rename them in the build script`
  )
})

test('UTF-8 names, conda folders skipped at the top only', () => {
  const prefix = tempDir('bw-conda-names-')
  fs.mkdirSync(path.join(prefix, 'share', 'info'), { recursive: true })
  fs.mkdirSync(path.join(prefix, 'conda-meta'))
  fs.writeFileSync(path.join(prefix, 'conda-meta', 'history'), '')
  fs.writeFileSync(path.join(prefix, 'share', 'café.txt'), 'x')
  fs.writeFileSync(path.join(prefix, 'share', 'info', 'kept'), 'x')
  fs.symlinkSync('café.txt', path.join(prefix, 'share', 'link'))
  expect(listFiles(prefix)).toEqual(['share/café.txt', 'share/info/kept', 'share/link'])
  expect(listFiles(path.join(prefix, 'missing'))).toEqual([])
})
