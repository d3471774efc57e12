/** Post-processing on real files built by gcc in the test: RPATHs, links, shebangs, prefix detection. */
import { execFileSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { padPrefix } from '../../../src/conda/builder/prefixes.js'
import { listFiles } from '../../../src/conda/post/files.js'
import { LinkOutError } from '../../../src/conda/post/links.js'
import { PrefixDetectionError } from '../../../src/conda/post/prefix-detect.js'
import { postProcess } from '../../../src/conda/post/process.js'
import { readElf } from '../../../src/elf/elf.js'
import { all, requireTool } from '../../support/requirements.js'
import { tmp } from '../helpers.js'

const tools = all(requireTool('gcc'), requireTool('patchelf'))

function prefixIn(dir: string): string {
  const p = padPrefix(path.join(dir, 'b_1', '_h_env'), 255)
  fs.mkdirSync(p, { recursive: true })
  return p
}

const post = (prefix: string, before: Set<string>, build: Record<string, unknown> = {}) =>
  postProcess({ prefix, before, subdir: 'linux-64', build: build as never, pythonVersion: '3.12', env: {} })

tools.describe('post-processing real files', () => {
  test('a shared library and an executable get $ORIGIN RPATHs; prefix found in text and binary; links fixed', async () => {
    const dir = tmp('conda-post-')
    const prefix = prefixIn(dir)
    fs.mkdirSync(path.join(prefix, 'share'), { recursive: true })
    fs.writeFileSync(path.join(prefix, 'share', 'old.txt'), 'there before\n')
    const before = new Set(listFiles(prefix))
    for (const d of ['lib', 'bin', 'src', 'etc']) fs.mkdirSync(path.join(prefix, d), { recursive: true })
    const src = path.join(dir, 'src')
    fs.mkdirSync(src)
    fs.writeFileSync(path.join(src, 'lib.c'), 'int answer(void){return 42;}\n')
    fs.writeFileSync(
      path.join(src, 'main.c'),
      `#include <stdio.h>\nint answer(void);\nstatic const char *where = "${prefix}/etc/conf";\nint main(void){printf("%d %s\\n", answer(), where);return 0;}\n`
    )
    execFileSync('gcc', ['-shared', '-fPIC', '-o', path.join(prefix, 'lib', 'libans.so'), path.join(src, 'lib.c')])
    execFileSync('gcc', [
      '-o',
      path.join(prefix, 'bin', 'ans'),
      path.join(src, 'main.c'),
      `-L${prefix}/lib`,
      '-lans',
      `-Wl,-rpath,${prefix}/lib:/usr/local/nowhere`
    ])
    fs.symlinkSync(path.join(prefix, 'lib', 'libans.so'), path.join(prefix, 'lib', 'libans.so.1'))
    fs.linkSync(path.join(prefix, 'lib', 'libans.so'), path.join(prefix, 'lib', 'libans-hard.so'))
    fs.writeFileSync(path.join(prefix, 'etc', 'conf'), `prefix=${prefix}\n`)
    fs.writeFileSync(path.join(prefix, 'bin', 'tool'), '#!/usr/bin/env python3\nprint("hi")\n', { mode: 0o755 })
    fs.writeFileSync(path.join(prefix, 'share', 'info-dir-like'), 'x')
    fs.mkdirSync(path.join(prefix, 'share', 'info'))
    fs.writeFileSync(path.join(prefix, 'share', 'info', 'dir'), 'dropped')

    const warnings: string[] = []
    const r = await postProcess({ prefix, before, subdir: 'linux-64', build: {}, pythonVersion: '3.12', env: {}, warn: w => warnings.push(w) })
    expect(r.files.map(f => f.rel)).toEqual([
      'bin/ans',
      'bin/tool',
      'etc/conf',
      'lib/libans-hard.so',
      'lib/libans.so',
      'lib/libans.so.1',
      'share/info-dir-like'
    ])
    const exe = readElf(fs.readFileSync(path.join(prefix, 'bin', 'ans')), { symbols: false })
    expect(exe.rpath).toBe('$ORIGIN/../lib')
    expect(exe.runpath).toBeNull()
    expect(readElf(fs.readFileSync(path.join(prefix, 'lib', 'libans.so')), { symbols: false }).rpath).toBe('$ORIGIN')
    expect(warnings.join('\n')).toMatch(/bin\/ans: RPATH entries outside the prefix dropped: \/usr\/local\/nowhere/)
    // the relocated executable still runs, from the prefix and from a copy of it elsewhere
    expect(execFileSync(path.join(prefix, 'bin', 'ans'), { encoding: 'utf8' })).toBe(`42 ${prefix}/etc/conf\n`)
    const moved = path.join(dir, 'moved')
    fs.cpSync(prefix, moved, { recursive: true, verbatimSymlinks: true })
    expect(execFileSync(path.join(moved, 'bin', 'ans'), { encoding: 'utf8', env: {} }).startsWith('42 ')).toBe(true)
    expect(fs.readlinkSync(path.join(prefix, 'lib', 'libans.so.1'))).toBe('libans.so')
    expect(fs.statSync(path.join(prefix, 'lib', 'libans.so')).nlink).toBe(1)
    expect(fs.readFileSync(path.join(prefix, 'bin', 'tool'), 'utf8').split('\n')[0]).toBe(`#!${prefix}/bin/python3`)
    expect(fs.existsSync(path.join(prefix, 'share', 'info', 'dir'))).toBe(false)
    const hits = Object.fromEntries(r.prefixHits.map(h => [h.path, h.mode]))
    expect(hits).toEqual({ 'bin/ans': 'binary', 'bin/tool': 'text', 'etc/conf': 'text' })
    expect(r.prefixHits.every(h => h.placeholder === prefix)).toBe(true)
  })

  test('has_prefix_files, ignore_prefix_files and detect_binary_files_with_prefix', async () => {
    const dir = tmp('conda-post-')
    const prefix = prefixIn(dir)
    const before = new Set<string>()
    fs.mkdirSync(path.join(prefix, 'etc'))
    fs.writeFileSync(path.join(prefix, 'etc', 'a'), `${prefix}\n`)
    fs.writeFileSync(path.join(prefix, 'etc', 'b'), `${prefix}\n`)
    fs.writeFileSync(path.join(prefix, 'etc', 'bin'), Buffer.concat([Buffer.from(prefix), Buffer.alloc(4)]))
    let r = await post(prefix, before, { ignore_prefix_files: ['etc/a'], detect_binary_files_with_prefix: false })
    expect(r.prefixHits.map(h => h.path)).toEqual(['etc/b'])
    r = await post(prefix, before, { ignore_prefix_files: true, binary_has_prefix_files: ['etc/bin'] })
    expect(r.prefixHits.map(h => `${h.path}:${h.mode}`)).toEqual(['etc/bin:binary'])
    fs.writeFileSync(path.join(prefix, 'etc', 'c'), 'no prefix here\n')
    await expect(post(prefix, before, { has_prefix_files: ['etc/c'] })).rejects.toThrow(PrefixDetectionError)
  })

  test('a symlink out of the prefix is refused', async () => {
    const dir = tmp('conda-post-')
    const prefix = prefixIn(dir)
    fs.mkdirSync(path.join(prefix, 'lib'))
    fs.symlinkSync('/etc/hostname', path.join(prefix, 'lib', 'out'))
    await expect(post(prefix, new Set())).rejects.toThrow(LinkOutError)
    await expect(post(prefix, new Set())).rejects.toThrow(/lib\/out' is a symlink to \/etc\/hostname, outside the prefix/)
  })

  test('noarch python: site-packages and python-scripts layout, .pyc left out, entry points kept for link.json', async () => {
    const dir = tmp('conda-post-')
    const prefix = prefixIn(dir)
    const sp = path.join(prefix, 'lib', 'python3.12', 'site-packages', 'mod')
    fs.mkdirSync(path.join(sp, '__pycache__'), { recursive: true })
    fs.writeFileSync(path.join(sp, '__init__.py'), 'def main(): pass\n')
    fs.writeFileSync(path.join(sp, '__pycache__', '__init__.cpython-312.pyc'), 'x')
    fs.mkdirSync(path.join(prefix, 'bin'))
    fs.writeFileSync(path.join(prefix, 'bin', 'helper'), '#!/bin/sh\n', { mode: 0o755 })
    const r = await postProcess({
      prefix,
      before: new Set(),
      subdir: 'linux-64',
      noarch: 'python',
      build: { noarch: 'python', entry_points: ['mod-cli = mod:main'] },
      pythonVersion: '3.12',
      env: {}
    })
    expect(r.files.map(f => f.rel)).toEqual(['python-scripts/helper', 'site-packages/mod/__init__.py'])
    expect(r.entryPoints).toEqual(['mod-cli = mod:main'])
  })
})
