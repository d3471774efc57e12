/**
 * Permission bits of a conda source's files (src/conda/source/extract.ts), as conda-build's libarchive
 * extraction (EXTRACT_PERM) leaves them: a tar's and a Unix zip's files keep theirs (a read-only file stays
 * read-only, a private one private), never setuid; the archives are made by the system's tar and zip.
 */
import { execFileSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { unpackSource } from '../../../src/conda/source/extract.js'
import { all, requireTool } from '../../support/requirements.js'
import { tempDir } from '../../support/temp.js'

const FILES: ReadonlyArray<readonly [string, number]> = [
  ['pkg/read-only.txt', 0o444],
  ['pkg/private.cfg', 0o600],
  ['pkg/tool.sh', 0o755],
  ['pkg/setuid-tool', 0o4755],
  ['pkg/plain.c', 0o664]
]
const WANT = { 'read-only.txt': '444', 'private.cfg': '600', 'tool.sh': '755', 'setuid-tool': '755', 'plain.c': '664' }

/** A source tree with those modes, packed by `pack` (cwd: the tree's parent) into `name`. */
function archive(name: string, pack: (out: string) => [string, string[]]): string {
  const dir = tempDir('bw-src-modes-')
  for (const [rel, mode] of FILES) {
    fs.mkdirSync(path.join(dir, 'tree', path.dirname(rel)), { recursive: true })
    fs.writeFileSync(path.join(dir, 'tree', rel), rel)
    fs.chmodSync(path.join(dir, 'tree', rel), mode)
  }
  const out = path.join(dir, name)
  const [cmd, args] = pack(out)
  execFileSync(cmd, args, { cwd: path.join(dir, 'tree'), stdio: 'ignore' })
  return out
}

async function modesAfterUnpack(file: string): Promise<Record<string, string>> {
  const work = path.join(tempDir('bw-src-modes-work-'), 'work')
  await unpackSource(file, path.basename(file), work, false)
  // the single top folder (pkg/) is hoisted
  return Object.fromEntries(fs.readdirSync(work).map(n => [n, (fs.statSync(path.join(work, n)).mode & 0o7777).toString(8)]))
}

all(requireTool('tar'), requireTool('gzip')).describe('a tar source keeps its files’ permission bits', () => {
  test('read-only stays read-only, private stays private, setuid is dropped', async () => {
    const file = archive('src.tar.gz', out => ['tar', ['-czf', out, 'pkg']])
    expect(await modesAfterUnpack(file)).toEqual(WANT)
  })
})

requireTool('zip').describe('a zip made on Unix keeps its files’ permission bits', () => {
  test('read-only stays read-only, private stays private, setuid is dropped', async () => {
    const file = archive('src.zip', out => ['zip', ['-qr', out, 'pkg']])
    expect(await modesAfterUnpack(file)).toEqual(WANT)
  })
})
