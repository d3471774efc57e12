/**
 * Repair for real: a CPython extension compiled here that needs libfoo.so.1 (which needs
 * libbar.so.2) and libpython, zipped as a wheel, repaired, checked file by file, then installed
 * with pip into a fresh venv and imported from a directory that has nothing else.
 */
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { analyzeWheel, checkWheelTag, readElf, repairWheel, type RepairResult } from '../../src/manylinux/index.js'
import { parseRecord, recordHash, wheelTags } from '../../src/manylinux/wheel-file.js'
import { readZipEntries, readZipEntry } from '../../src/archive/zip.js'
import { all, findPython, requireTool } from '../support/requirements.js'
import { makeWheel } from './make-wheel.js'

// Any CPython 3 with its headers and a shared libpython: the extension links against it, and the
// repair must drop that dependency.
const py = await findPython({ headers: true, sharedLib: true })
const ready = all(requireTool('gcc'), requireTool('patchelf'), requireTool('unzip'), py)
const maybe = ready.test

let python: string
/** e.g. cp311-cp311 */
let abi: string
/** e.g. libpython3.11.so.1.0 */
let libpython: string
let tmp: string
let libdir: string
let wheel: string
let include: string
let pylib: string
let extSuffix: string

function gcc(args: string[]): void {
  execFileSync('gcc', args, { stdio: 'pipe' })
}

function members(file: string): Map<string, Buffer> {
  const buf = fs.readFileSync(file)
  return new Map(
    readZipEntries(buf)
      .filter(e => !e.isDirectory)
      .map(e => [e.name, readZipEntry(buf, e)])
  )
}

const EXT = `#include <Python.h>
int foo_value(void);
static PyObject *value(PyObject *self, PyObject *args) { return PyLong_FromLong(foo_value()); }
static PyMethodDef methods[] = {{"value", value, METH_NOARGS, "foo_value()"}, {NULL, NULL, 0, NULL}};
static struct PyModuleDef mod = {PyModuleDef_HEAD_INIT, "_ext", NULL, -1, methods};
PyMODINIT_FUNC PyInit__ext(void) { return PyModule_Create(&mod); }
`

beforeAll(() => {
  if (!ready.ok) return // every test here is skipped, saying why
  python = py.python.path
  abi = py.python.identifier
  libpython = py.python.soname
  tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'repair-')))
  libdir = path.join(tmp, 'libs')
  fs.mkdirSync(libdir)
  const src = (name: string, body: string): string => {
    const f = path.join(tmp, name)
    fs.writeFileSync(f, body)
    return f
  }
  const cfg = JSON.parse(
    execFileSync(python, ['-c', "import json,sysconfig;print(json.dumps({k: sysconfig.get_config_var(k) for k in ('EXT_SUFFIX','LIBDIR','INCLUDEPY')}))"], {
      encoding: 'utf8'
    })
  )
  include = cfg.INCLUDEPY
  pylib = cfg.LIBDIR
  extSuffix = cfg.EXT_SUFFIX
  gcc(['-shared', '-fPIC', '-Wl,-soname,libbar.so.2', '-o', path.join(libdir, 'libbar.so.2'), src('bar.c', 'int bar_value(void){return 40;}')])
  gcc([
    '-shared',
    '-fPIC',
    '-Wl,-soname,libfoo.so.1',
    '-o',
    path.join(libdir, 'libfoo.so.1'),
    src('foo.c', 'int bar_value(void); int foo_value(void){return bar_value()+2;}'),
    '-L',
    libdir,
    '-l:libbar.so.2'
  ])
  const ext = path.join(tmp, `_ext${extSuffix}`)
  gcc([
    '-shared',
    '-fPIC',
    `-I${include}`,
    '-o',
    ext,
    src('ext.c', EXT),
    '-L',
    libdir,
    '-l:libfoo.so.1',
    '-L',
    pylib,
    `-l${py.python.libname}`,
    '-Wl,--no-as-needed'
  ])
  wheel = makeWheel(path.join(tmp, 'dist'), {
    name: 'tinyext',
    version: '0.1',
    tag: `${abi}-linux_x86_64`,
    files: { 'tinyext/__init__.py': 'from ._ext import value\n', [`tinyext/_ext${extSuffix}`]: fs.readFileSync(ext) },
    modes: { [`tinyext/_ext${extSuffix}`]: 0o755 }
  })
}, 120000)
afterAll(() => {
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true })
})

maybe('before repair: linux_x86_64 with libfoo (and libpython) external; the repair tag is known', async () => {
  const a = await analyzeWheel(wheel, { ldPaths: [libdir, '/lib/x86_64-linux-gnu', '/usr/lib/x86_64-linux-gnu', pylib] })
  expect(a.bestTag).toBe('linux_x86_64')
  expect(a.externalLibs.map(l => l.library).sort()).toEqual(['libbar.so.2', 'libfoo.so.1', libpython].sort())
  expect(a.externalLibs.find(l => l.library === 'libfoo.so.1')).toMatchObject({
    path: path.join(libdir, 'libfoo.so.1'),
    neededBy: [`tinyext/_ext${extSuffix}`]
  })
  expect(a.repairTag).toMatch(/^manylinux_2_\d+_x86_64$/)
  expect((await checkWheelTag(wheel)).ok).toBe(true) // linux_x86_64 claims nothing
})

describe('the repaired wheel', () => {
  let r: RepairResult
  let files: Map<string, Buffer>
  const logs: string[] = []
  beforeAll(async () => {
    if (!ready.ok) return // skipped, saying why
    r = await repairWheel(wheel, {
      outDir: path.join(tmp, 'wheelhouse'),
      ldPaths: [libdir, '/lib/x86_64-linux-gnu', '/usr/lib/x86_64-linux-gnu'],
      log: l => logs.push(l),
      env: { SOURCE_DATE_EPOCH: '1700000000' }
    })
    files = members(r.wheel)
  }, 120000)
  const hash8 = (f: string): string =>
    createHash('sha256')
      .update(fs.readFileSync(path.join(libdir, f)))
      .digest('hex')
      .slice(0, 8)

  maybe('name, WHEEL tags and tag list agree with the audit', async () => {
    const a = await analyzeWheel(wheel, { ldPaths: [libdir] })
    expect(r.policy).toBe(a.repairTag)
    const expected = [...new Set([...(a.repairTags ?? [])])].sort()
    expect(r.tags).toEqual(expected)
    expect(path.basename(r.wheel)).toBe(`tinyext-0.1-${abi}-${expected.join('.')}.whl`)
    const tags = wheelTags((files.get('tinyext-0.1.dist-info/WHEEL') as Buffer).toString())
    expect(tags).toEqual((a.repairTags ?? []).map(t => `${abi}-${t}`))
    expect(fs.readdirSync(path.join(tmp, 'wheelhouse'))).toEqual([path.basename(r.wheel)]) // no temporary file left
  })
  maybe('grafted libraries: hashed names in tinyext.libs/, SONAME set, their own DT_NEEDED rewritten with $ORIGIN', () => {
    const foo = `tinyext.libs/libfoo-${hash8('libfoo.so.1')}.so.1`
    const bar = `tinyext.libs/libbar-${hash8('libbar.so.2')}.so.2`
    expect(r.grafted.map(g => g.to).sort()).toEqual([bar, foo].sort())
    const fooElf = readElf(files.get(foo) as Buffer)
    const barElf = readElf(files.get(bar) as Buffer)
    expect(fooElf.soname).toBe(path.basename(foo))
    expect(barElf.soname).toBe(path.basename(bar))
    expect(fooElf.needed).toContain(path.basename(bar))
    expect(fooElf.needed).not.toContain('libbar.so.2')
    expect(fooElf.rpath).toBe('$ORIGIN')
    expect([barElf.rpath, barElf.runpath]).toEqual([null, null])
  })
  maybe('the extension: DT_NEEDED rewritten, libpython dropped, $ORIGIN RPATH to the .libs directory', () => {
    const ext = readElf(files.get(`tinyext/_ext${extSuffix}`) as Buffer)
    expect(ext.needed).toContain(`libfoo-${hash8('libfoo.so.1')}.so.1`)
    expect(ext.needed).not.toContain('libfoo.so.1')
    expect(ext.needed.some(n => n.startsWith('libpython'))).toBe(false)
    // DT_RPATH like auditwheel (patchelf --force-rpath): searched before LD_LIBRARY_PATH.
    expect(ext.rpath).toBe('$ORIGIN/../tinyext.libs')
    expect(logs.join('\n')).toContain(`Removing ${libpython} dependency from tinyext/_ext${extSuffix}`)
    expect(r.removedNeeded).toEqual([{ file: `tinyext/_ext${extSuffix}`, library: libpython }])
  })
  maybe('RECORD lists every file once with the right hash and size; RECORD itself without', () => {
    const rows = parseRecord((files.get('tinyext-0.1.dist-info/RECORD') as Buffer).toString())
    expect(rows.map(x => x.path).sort()).toEqual([...files.keys()].sort())
    for (const row of rows) {
      if (row.path.endsWith('/RECORD')) expect([row.hash, row.size]).toEqual(['', ''])
      else expect([row.hash, row.size]).toEqual([recordHash(files.get(row.path) as Buffer), String((files.get(row.path) as Buffer).length)])
    }
  })
  maybe('a valid zip for other tools (unzip -t, Python zipfile), dated by SOURCE_DATE_EPOCH, modes kept', () => {
    expect(execFileSync('unzip', ['-t', r.wheel], { encoding: 'utf8' })).toContain('No errors detected')
    const py = JSON.parse(
      execFileSync(
        python,
        [
          '-c',
          'import sys,zipfile,json;z=zipfile.ZipFile(sys.argv[1]);print(json.dumps([[i.filename,list(i.date_time),i.external_attr>>16] for i in z.infolist()]))',
          r.wheel
        ],
        { encoding: 'utf8' }
      )
    ) as Array<[string, number[], number]>
    expect(py.every(([, d]) => JSON.stringify(d) === JSON.stringify([2023, 11, 14, 22, 13, 20]))).toBe(true)
    expect((py.find(([n]) => n === `tinyext/_ext${extSuffix}`)?.[2] ?? 0) & 0o777).toBe(0o755)
  })
  maybe('the final check passes, and the audit of the result is its tag', async () => {
    expect(await checkWheelTag(r.wheel)).toEqual({ ok: true, claimed: r.tags, allowed: r.policy, problems: [] })
    expect((await analyzeWheel(r.wheel)).bestTag).toBe(r.policy)
  })
  maybe('repairing the repaired wheel again changes nothing but the date: nothing left to graft', async () => {
    const again = await repairWheel(r.wheel, { outDir: path.join(tmp, 'again'), env: { SOURCE_DATE_EPOCH: '1700000000' } })
    expect(again.grafted).toEqual([])
    expect(path.basename(again.wheel)).toBe(path.basename(r.wheel))
    const second = members(again.wheel)
    expect([...second.keys()].sort()).toEqual([...files.keys()].sort())
    for (const [n, d] of files) if (!n.endsWith('RECORD')) expect(second.get(n)?.equals(d)).toBe(true)
  })
  maybe(
    'pip installs it into a fresh venv and it imports from an empty directory, without the original libraries',
    () => {
      const venv = path.join(tmp, 'venv')
      execFileSync(python, ['-m', 'venv', venv], { stdio: 'pipe' })
      execFileSync(path.join(venv, 'bin', 'pip'), ['install', '--no-index', '--no-deps', '--disable-pip-version-check', r.wheel], { stdio: 'pipe' })
      const away = path.join(tmp, 'libs-moved-away')
      fs.renameSync(libdir, away)
      try {
        const cwd = fs.mkdtempSync(path.join(tmp, 'import-')) // empty: nothing to import from but the venv
        const env = { ...process.env, LD_LIBRARY_PATH: '' }
        expect(execFileSync(path.join(venv, 'bin', 'python'), ['-c', 'import tinyext; print(tinyext.value())'], { cwd, env, encoding: 'utf8' }).trim()).toBe(
          '42'
        )
        fs.rmSync(cwd, { recursive: true })
      } finally {
        fs.renameSync(away, libdir)
      }
    },
    180000
  )
})

describe('refusing a tag the symbols do not allow, and naming with several tags', () => {
  let newer: string
  beforeAll(() => {
    if (!ready.ok) return // skipped, saying why
    // close_range() is GLIBC_2.34: the wheel can be manylinux_2_34 at best.
    const c = path.join(tmp, 'newer.c')
    fs.writeFileSync(
      c,
      `#define _GNU_SOURCE\n#include <unistd.h>\n#include <Python.h>\nstatic struct PyModuleDef m = {PyModuleDef_HEAD_INIT, "_new", NULL, -1, NULL};\nPyMODINIT_FUNC PyInit__new(void) { close_range(1000, 1001, 0); return PyModule_Create(&m); }\n`
    )
    const so = path.join(tmp, `_new${extSuffix}`)
    gcc(['-shared', '-fPIC', `-I${include}`, '-o', so, c])
    newer = makeWheel(path.join(tmp, 'dist2'), {
      name: 'newer',
      version: '1.0',
      tag: `${abi}-linux_x86_64`,
      files: { [`newer/_new${extSuffix}`]: fs.readFileSync(so) }
    })
  })
  maybe('manylinux2014 is refused, naming GLIBC_2.34 and the file that needs it', async () => {
    await expect(repairWheel(newer, { outDir: path.join(tmp, 'wh2'), plat: 'manylinux2014_x86_64' })).rejects.toMatchObject({
      name: 'RepairError',
      code: 'TOO_RECENT',
      message: expect.stringMatching(
        new RegExp(`too-recent versioned symbols[\\s\\S]*GLIBC_2\\.34 from libc\\.so\\.6, needed by newer/_new${extSuffix.replace(/\./g, '\\.')}`)
      )
    })
  })
  maybe('asking for manylinux_2_35 gives manylinux_2_34 as well (the wheel qualifies for it)', async () => {
    expect((await analyzeWheel(newer)).bestTag).toBe('manylinux_2_34_x86_64')
    const r = await repairWheel(newer, { outDir: path.join(tmp, 'wh3'), plat: 'manylinux_2_35_x86_64' })
    expect(path.basename(r.wheel)).toBe(`newer-1.0-${abi}-manylinux_2_34_x86_64.manylinux_2_35_x86_64.whl`)
    expect(wheelTags((members(r.wheel).get('newer-1.0.dist-info/WHEEL') as Buffer).toString())).toEqual([
      `${abi}-manylinux_2_34_x86_64`,
      `${abi}-manylinux_2_35_x86_64`
    ])
    const only = await repairWheel(newer, { outDir: path.join(tmp, 'wh4'), plat: 'manylinux_2_35_x86_64', onlyPlat: true })
    expect(only.tags).toEqual(['manylinux_2_35_x86_64'])
  })
  maybe('a name that claims more than the binaries allow fails the final check', async () => {
    const liar = path.join(tmp, `newer-1.0-${abi}-manylinux2014_x86_64.whl`)
    fs.copyFileSync(newer, liar)
    const c = await checkWheelTag(liar)
    expect(c.ok).toBe(false)
    expect(c.allowed).toBe('manylinux_2_34_x86_64')
    expect(c.problems[0]).toMatch(/claims manylinux2014_x86_64, more than the binaries allow \(manylinux_2_34_x86_64\): GLIBC_2\.34 from libc\.so\.6/)
  })
  maybe('wrong architecture or libc asked for: refused before anything is written', async () => {
    await expect(repairWheel(newer, { outDir: path.join(tmp, 'wh5'), plat: 'manylinux_2_35_aarch64' })).rejects.toMatchObject({ code: 'BAD_ARGUMENT' })
    await expect(repairWheel(newer, { outDir: path.join(tmp, 'wh5'), plat: 'manylinux_2_99' })).rejects.toMatchObject({ code: 'BAD_ARGUMENT' })
    expect(fs.existsSync(path.join(tmp, 'wh5'))).toBe(false)
  })
})
