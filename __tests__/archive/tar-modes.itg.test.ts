/**
 * The permission bits of extracted files (src/archive/tar.ts): reduced to 0644/0755 by default (cache
 * entries, packages), kept as the archive has them with `keepModes` (conda sources, as libarchive's
 * EXTRACT_PERM keeps them for conda-build), never with setuid, setgid or sticky.
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { extractTar } from '../../src/archive/tar.js'
import { craftTar } from '../support/crafted-tar.js'
import { tempDir } from '../support/temp.js'

const MEMBERS = [
  { path: 'read-only', mode: 0o444 },
  { path: 'private', mode: 0o600 },
  { path: 'group-writable', mode: 0o664 },
  { path: 'setuid-tool', mode: 0o4755 },
  { path: 'sticky-script', mode: 0o1775 }
]

const modesAfter = async (keepModes: boolean): Promise<Record<string, string>> => {
  const dir = tempDir('bw-tar-modes-')
  const archive = path.join(dir, 'a.tar')
  fs.writeFileSync(archive, craftTar(MEMBERS.map(m => ({ ...m, data: m.path }))))
  const out = path.join(dir, 'out')
  const members = await extractTar(archive, out, { keepModes })
  const onDisk = Object.fromEntries(MEMBERS.map(m => [m.path, (fs.statSync(path.join(out, m.path)).mode & 0o7777).toString(8)]))
  // what the members say is what the disk has
  for (const m of members) expect((m.mode & 0o7777).toString(8)).toBe(onDisk[m.path])
  return onDisk
}

test('kept: as the archive has them, without setuid, setgid or sticky', async () => {
  expect(await modesAfter(true)).toEqual({
    'read-only': '444',
    private: '600',
    'group-writable': '664',
    'setuid-tool': '755',
    'sticky-script': '775'
  })
})

test('by default: 0644, or 0755 when any execute bit is set', async () => {
  expect(await modesAfter(false)).toEqual({
    'read-only': '644',
    private: '644',
    'group-writable': '644',
    'setuid-tool': '755',
    'sticky-script': '755'
  })
})
