/**
 * Library resolution: ld.so.conf parsing, search paths, `$ORIGIN`, and agreement with the real
 * loader (`ldd`) on this system's programs and on libraries compiled here.
 */
import { execFileSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { lddtree, ldPathsFromArg, parseLdPaths, parseLdSoConf, systemLdPaths } from '../../src/elf/lddtree.js'
import { readZipEntries, readZipEntry } from '../../src/archive/zip.js'
import { all, need, requireTool } from '../support/requirements.js'
import { bundledWheel, sharedTest } from './shared-data.js'

let tmp: string
beforeAll(() => {
  tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'lddtree-')))
})
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }))

test("ld.so.conf: comments, relative and absolute include globs, nested includes, no loops; under a root, the system's own paths", () => {
  // `tmp` stands for another system's root (a container's files copied out): its configuration names its own paths
  const etc = path.join(tmp, 'etc')
  const d = path.join(etc, 'ld.so.conf.d')
  fs.mkdirSync(d, { recursive: true })
  for (const x of ['a', 'b', 'c', 'd']) fs.mkdirSync(path.join(tmp, x))
  fs.writeFileSync(path.join(etc, 'ld.so.conf'), '# main\n/a   # trailing comment\ninclude ld.so.conf.d/*.conf\n\nhwcap 0 nosegneg\ninclude /etc/ld.so.conf\n')
  fs.writeFileSync(path.join(d, '10-b.conf'), '/b\ninclude /etc/ld.so.conf.d/nested.inc\n')
  fs.writeFileSync(path.join(d, '20-c.conf'), '/c\n/missing\n')
  fs.writeFileSync(path.join(d, 'nested.inc'), '/d\n')
  expect(parseLdSoConf(path.join(etc, 'ld.so.conf'), new Set(), tmp)).toEqual(['/a', '/b', '/d', '/c', '/missing'])
  // folders that do not exist under the root are dropped
  expect(systemLdPaths('glibc', {}, tmp).conf).toEqual(['/a', '/b', '/d', '/c'])
})

test('search path strings: $ORIGIN, ${ORIGIN}, empty = working directory, missing directories dropped', () => {
  fs.mkdirSync(path.join(tmp, 'o', 'lib'), { recursive: true })
  const obj = path.join(tmp, 'o', 'bin', 'x.so')
  expect(parseLdPaths('$ORIGIN/../lib:${ORIGIN}/../lib:' + path.join(tmp, 'missing'), obj)).toEqual([path.join(tmp, 'o', 'lib')])
  expect(parseLdPaths(':', obj)).toEqual([process.cwd()])
  expect(parseLdPaths(null)).toEqual([])
})

test('environment: AUDITWHEEL_LD_LIBRARY_PATH before LD_LIBRARY_PATH; explicit ldPaths keep only the former', () => {
  for (const x of ['e1', 'e2', 'l']) fs.mkdirSync(path.join(tmp, x), { recursive: true })
  const env = { AUDITWHEEL_LD_LIBRARY_PATH: `${tmp}/e1`, LD_LIBRARY_PATH: `${tmp}/e2` }
  expect(systemLdPaths('glibc', env).env).toEqual([`${tmp}/e1`, `${tmp}/e2`])
  expect(ldPathsFromArg([`${tmp}/l`], env)).toEqual({ conf: [`${tmp}/l`], env: [`${tmp}/e1`], interp: [] })
  // musl: /etc/ld-musl-<arch>.path when there is one, else /lib:/usr/local/lib:/usr/lib.
  expect(systemLdPaths('musl', {}).conf).toEqual(['/lib', '/usr/local/lib', '/usr/lib'].filter(p => fs.existsSync(p)))
  fs.writeFileSync(path.join(tmp, 'etc', 'ld-musl-x86_64.path'), '/l:/e2\n')
  expect(systemLdPaths('musl', {}, tmp).conf).toEqual(['/l', '/e2'])
})

const ldd = (file: string, env: NodeJS.ProcessEnv = process.env): Map<string, string> =>
  new Map(
    execFileSync('ldd', [file], { encoding: 'utf8', env })
      .split('\n')
      .map(l => /^\s*(\S+) => (\S+) \(0x/.exec(l))
      .filter((m): m is RegExpExecArray => !!m)
      .map(m => [m[1], fs.realpathSync(m[2])])
  )

function resolvedByUs(file: string, env: NodeJS.ProcessEnv = process.env): Map<string, string> {
  const t = lddtree(file, { ldPaths: systemLdPaths('glibc', env) })
  return new Map(
    [...t.libraries.values()].filter(l => l.realpath && !l.soname.startsWith('ld-linux')).map(l => [l.soname, fs.realpathSync(l.realpath as string)])
  )
}

const loader = all(
  requireTool('ldd'),
  need(fs.existsSync('/lib/x86_64-linux-gnu/libc.so.6'), 'no /lib/x86_64-linux-gnu/libc.so.6: not an x86-64 Debian glibc system')
)

loader.test('the same libraries as the loader (ldd) for system programs', () => {
  for (const f of ['/usr/bin/readelf', '/usr/bin/python3', '/usr/bin/gcc', '/bin/ls'].filter(x => fs.existsSync(x))) {
    expect(resolvedByUs(f)).toEqual(ldd(f))
  }
})

all(loader, requireTool('gcc')).test('RPATH with $ORIGIN, inherited by dependencies; RUNPATH not; LD_LIBRARY_PATH', () => {
  const d = path.join(tmp, 'chain')
  for (const x of ['bin', 'lib', 'other']) fs.mkdirSync(path.join(d, x), { recursive: true })
  const c = (name: string, body: string): string => {
    const f = path.join(d, `${name}.c`)
    fs.writeFileSync(f, body)
    return f
  }
  execFileSync('gcc', ['-shared', '-fPIC', '-o', path.join(d, 'lib', 'libb.so.1'), '-Wl,-soname,libb.so.1', c('b', 'int b(void){return 2;}')])
  execFileSync('gcc', [
    '-shared',
    '-fPIC',
    '-o',
    path.join(d, 'lib', 'liba.so.1'),
    '-Wl,-soname,liba.so.1',
    c('a', 'int b(void); int a(void){return b();}'),
    '-L',
    path.join(d, 'lib'),
    '-l:libb.so.1'
  ])
  execFileSync('gcc', [
    '-o',
    path.join(d, 'bin', 'prog'),
    c('m', 'int a(void); int main(void){return a()-2;}'),
    '-L',
    path.join(d, 'lib'),
    '-l:liba.so.1',
    '-Wl,--disable-new-dtags,-rpath,$ORIGIN/../lib'
  ])
  // DT_RPATH of the program also serves liba's own dependency (libb), as for the loader.
  const prog = path.join(d, 'bin', 'prog')
  expect(resolvedByUs(prog)).toEqual(ldd(prog))
  expect(resolvedByUs(prog).get('libb.so.1')).toBe(path.join(d, 'lib', 'libb.so.1'))
  expect(execFileSync(prog, { stdio: 'pipe' }).length).toBe(0)
  // With DT_RUNPATH on liba, the program's RPATH no longer serves liba's dependencies;
  // LD_LIBRARY_PATH does.
  fs.renameSync(path.join(d, 'lib', 'libb.so.1'), path.join(d, 'other', 'libb.so.1'))
  execFileSync('gcc', [
    '-shared',
    '-fPIC',
    '-o',
    path.join(d, 'lib', 'liba.so.1'),
    '-Wl,-soname,liba.so.1',
    path.join(d, 'a.c'),
    '-L',
    path.join(d, 'other'),
    '-l:libb.so.1',
    '-Wl,--enable-new-dtags,-rpath,/nonexistent'
  ])
  const t = lddtree(prog, { ldPaths: systemLdPaths('glibc', {}) })
  expect(t.libraries.get('libb.so.1')?.realpath).toBeNull()
  const env = { LD_LIBRARY_PATH: path.join(d, 'other') }
  expect(lddtree(prog, { ldPaths: systemLdPaths('glibc', env) }).libraries.get('libb.so.1')?.realpath).toBe(path.join(d, 'other', 'libb.so.1'))
  expect(resolvedByUs(prog, env)).toEqual(ldd(prog, { ...process.env, ...env }))
  // Excluding by soname drops it from DT_NEEDED as seen by the audit.
  expect(lddtree(prog, { excludes: ['liba.so.*'] }).needed).not.toContain('liba.so.1')
})

function extract(wheel: string, member: string): string {
  const buf = fs.readFileSync(bundledWheel(wheel))
  const e = readZipEntries(buf).find(x => x.name === member)
  if (!e) throw new Error(`${member} not in ${wheel}`)
  const out = path.join(tmp, path.basename(member))
  fs.writeFileSync(out, readZipEntry(buf, e))
  return out
}

sharedTest('TLD::test_libpython: python_mscl _mscl.so: needed exactly, glibc, aarch64, libpython not resolved', () => {
  const t = lddtree(extract('python_mscl-67.0.1.0-cp313-cp313-manylinux2014_aarch64.whl', 'python_mscl/_mscl.so'))
  expect(t.needed).toEqual(['libpython3.13.so.1.0', 'libstdc++.so.6', 'libm.so.6', 'libgcc_s.so.1', 'libc.so.6', 'ld-linux-aarch64.so.1'])
  expect(t.libc).toBe('glibc')
  expect(t.platform.arch).toBe('aarch64')
  expect(t.libraries.get('libpython3.13.so.1.0')).toMatchObject({ path: null, realpath: null })
  // An x86-64 host's libstdc++ is not an aarch64 library: never picked up.
  expect(t.libraries.get('libstdc++.so.6')?.realpath ?? null).toBeNull()
})

sharedTest('TLD::test_libc_no_detect_musl_cp310: no interpreter, libc undetectable, x86_64, nothing needed', () => {
  const t = lddtree(extract('musllinux_1_2/testsimple-0.0.1-cp310-cp310-linux_x86_64.whl', 'testsimple.cpython-310-x86_64-linux-gnu.so'))
  expect(t.interpreter).toBeNull()
  expect(t.libc).toBeNull()
  expect(t.platform.arch).toBe('x86_64')
  expect([t.needed, t.rpath, t.runpath]).toEqual([[], [], []])
})

sharedTest('musl detected from the extension file name (cp312 -linux-musl.so)', () => {
  expect(lddtree(extract('musllinux_1_2/testsimple-0.0.1-cp312-cp312-linux_x86_64.whl', 'testsimple.cpython-312-x86_64-linux-musl.so')).libc).toBe('musl')
})
