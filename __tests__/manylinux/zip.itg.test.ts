/** The zip reader (src/archive/zip.ts) on every wheel here, and the writer checked by other tools. */
import { execFileSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { openZip, peekZipEntry, readZipEntries, readZipEntry, writeZip } from '../../src/archive/zip.js'
import { extractZipEntry, readZipEntryHead } from '../../src/archive/zip-stream.js'
import { memberDate } from '../../src/manylinux/wheel-file.js'
import { all as allNeeds, findPython, requireTool } from '../support/requirements.js'
import { bundled, shared, wheelsDir } from './shared-data.js'

function wheels(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap(d => (d.isDirectory() ? wheels(path.join(dir, d.name)) : d.name.endsWith('.whl') ? [path.join(dir, d.name)] : []))
}

// Python's zipfile and Info-ZIP's unzip are the other readers the archives are checked against
const py = await findPython()
const unzip = requireTool('unzip')
const python3 = (): string => py.python.path

allNeeds(py, shared).test('every bundled wheel: the same names and sizes as Python’s zipfile; peeking and streaming agree', async () => {
  const all = [...wheels(bundled), ...wheels(path.join(wheelsDir, 'history-gepetto_example_adder'))]
  expect(all.length).toBeGreaterThan(20)
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'zip-'))
  try {
    for (const w of all) {
      const buf = fs.readFileSync(w)
      const entries = readZipEntries(buf)
      const mine = entries.filter(e => !e.isDirectory).map(e => [e.name, readZipEntry(buf, e).length])
      // Sniffing the first bytes without inflating everything gives the same bytes.
      for (const e of entries) if (!e.isDirectory) expect(peekZipEntry(buf, e, 16).equals(readZipEntry(buf, e).subarray(0, 16))).toBe(true)
      // The file reader finds the same directory; streamed members are byte for byte the same.
      const zip = openZip(w)
      try {
        expect(zip.entries).toEqual(entries)
        for (const [i, e] of zip.entries.entries()) {
          if (e.isDirectory) continue
          const out = path.join(tmp, String(i))
          await extractZipEntry(zip, e, out)
          const whole = readZipEntry(buf, e)
          expect(fs.readFileSync(out).equals(whole)).toBe(true)
          expect((await readZipEntryHead(zip, e, 16)).equals(whole.subarray(0, 16))).toBe(true)
          fs.rmSync(out)
        }
      } finally {
        zip.close()
      }
      const theirs = JSON.parse(
        execFileSync(
          python3(),
          [
            '-c',
            'import sys,zipfile,json;z=zipfile.ZipFile(sys.argv[1]);print(json.dumps([[i.filename,len(z.read(i))] for i in z.infolist() if not i.is_dir()]))',
            w
          ],
          { encoding: 'utf8' }
        )
      )
      expect(mine).toEqual(theirs)
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true })
  }
})

allNeeds(py, unzip).test('written archives: unzip -t and Python agree on names, bytes, dates and modes', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'zip-'))
  try {
    const file = path.join(tmp, 'x.zip')
    const big = Buffer.alloc(300000, 'abc')
    fs.writeFileSync(
      file,
      writeZip(
        [
          { name: 'd/', data: new Uint8Array() },
          { name: 'd/a.txt', data: Buffer.from('hello') },
          { name: 'd/é.bin', data: big, mode: 0o755 }
        ],
        new Date(Date.UTC(2001, 1, 3, 4, 5, 7))
      )
    )
    const back = readZipEntries(fs.readFileSync(file))
    expect(back.map(e => [e.name, e.isDirectory, e.mode & 0o777, e.date.toISOString()])).toEqual([
      ['d/', true, 0o755, '2001-02-03T04:05:06.000Z'],
      ['d/a.txt', false, 0o644, '2001-02-03T04:05:06.000Z'],
      ['d/é.bin', false, 0o755, '2001-02-03T04:05:06.000Z']
    ])
    expect(readZipEntry(fs.readFileSync(file), back[2]).equals(big)).toBe(true)
    expect(execFileSync('unzip', ['-t', file], { encoding: 'utf8' })).toContain('No errors detected')
    {
      const py = execFileSync(
        python3(),
        [
          '-c',
          'import sys,zipfile;z=zipfile.ZipFile(sys.argv[1]);print([(i.filename,i.date_time,oct(i.external_attr>>16),len(z.read(i))) for i in z.infolist()])',
          file
        ],
        { encoding: 'utf8' }
      )
      expect(py.trim()).toBe(
        "[('d/', (2001, 2, 3, 4, 5, 6), '0o40755', 0), ('d/a.txt', (2001, 2, 3, 4, 5, 6), '0o100644', 5), ('d/é.bin', (2001, 2, 3, 4, 5, 6), '0o100755', 300000)]"
      )
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true })
  }
})

test('not a zip, truncated: ArchiveError', () => {
  expect(() => readZipEntries(Buffer.from('not a zip at all, clearly'))).toThrow(expect.objectContaining({ name: 'ArchiveError', code: 'NOT_ZIP' }))
  const z = writeZip([{ name: 'a', data: Buffer.from('x'.repeat(100)) }], new Date(0))
  const cut = Buffer.concat([z.subarray(0, 20), z.subarray(z.length - 22)])
  expect(() => {
    for (const e of readZipEntries(cut)) readZipEntry(cut, e)
  }).toThrow(expect.objectContaining({ name: 'ArchiveError', code: 'TRUNCATED' }))
})

test('the writer is reproducible: equal members and SOURCE_DATE_EPOCH give equal bytes, dates clamped to 1980-2107', () => {
  const members = [
    { name: 'p/', data: new Uint8Array() },
    { name: 'p/a.py', data: Buffer.from('print(1)\n') },
    { name: 'p/x.so', data: Buffer.alloc(5000, 7), mode: 0o755 }
  ]
  const date = memberDate({ SOURCE_DATE_EPOCH: '1700000001' })
  expect(date.toISOString()).toBe('2023-11-14T22:13:20.000Z')
  const a = writeZip(members, date)
  expect(writeZip(members, memberDate({ SOURCE_DATE_EPOCH: '1700000001' })).equals(a)).toBe(true)
  expect(readZipEntries(a).map(e => e.date.toISOString())).toEqual(Array(3).fill('2023-11-14T22:13:20.000Z'))
  expect(readZipEntries(writeZip(members, new Date(0)))[0]?.date.toISOString()).toBe('1980-01-01T00:00:00.000Z')
  expect(readZipEntries(writeZip(members, new Date(Date.UTC(2200, 0, 1))))[0]?.date.toISOString()).toBe('2107-12-31T23:59:58.000Z')
})
