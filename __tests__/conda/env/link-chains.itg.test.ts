/**
 * Link chains in conda packages, through the real consumers: packages written in the test as
 * `.tar.bz2` (the system's tar and bzip2) and `.conda` (zstd tars in a zip written by the system's
 * zip), extracted into a package cache (ensureExtracted) and linked into a prefix (linkPackage); and
 * the package writer's post-processing of a prefix the build left with a chain. Hostile chains are
 * refused with nothing written outside (a sentinel folder beside the prefix stays as it was);
 * harmless chains still install.
 */
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { linkPackage, LinkError } from '../../../src/conda/env/link.js'
import { ensureExtracted, PackageError } from '../../../src/conda/env/package.js'
import { LinkOutError } from '../../../src/conda/post/links.js'
import { postProcess } from '../../../src/conda/post/process.js'
import { all, requireTool } from '../../support/requirements.js'
import { tempDir } from '../../support/temp.js'

type Format = 'tar.bz2' | 'conda'

/** Payload in archive order: `name/` a folder, `name -> target` a link, else a file holding its name. */
interface Pkg {
  readonly name: string
  readonly payload: readonly string[]
}

/** Stage the package (payload and info/) and return the archive's member names in order. */
function stage(dir: string, p: Pkg): { info: string[]; payload: string[] } {
  const paths: object[] = []
  const names: string[] = []
  for (const s of p.payload) {
    const link = /^(.+?) -> (.*)$/.exec(s)
    const rel = link ? link[1] : s.replace(/\/$/, '')
    const abs = path.join(dir, rel)
    names.push(rel)
    if (link) {
      fs.symlinkSync(link[2], abs)
      paths.push({ _path: rel, path_type: 'softlink' })
    } else if (s.endsWith('/')) fs.mkdirSync(abs)
    else {
      const text = `${rel}\n`
      fs.writeFileSync(abs, text)
      paths.push({ _path: rel, path_type: 'hardlink', sha256: createHash('sha256').update(text).digest('hex'), size_in_bytes: text.length })
    }
  }
  fs.mkdirSync(path.join(dir, 'info'))
  const index = { name: p.name, version: '1.0', build: '0', build_number: 0, depends: [], subdir: 'linux-64' }
  fs.writeFileSync(path.join(dir, 'info/index.json'), JSON.stringify(index))
  fs.writeFileSync(path.join(dir, 'info/paths.json'), JSON.stringify({ paths, paths_version: 1 }))
  return { info: ['info', 'info/index.json', 'info/paths.json'], payload: names }
}

/** `<channel>/<name>-1.0-0.<format>`, members in the order given. */
function writePackage(channel: string, p: Pkg, format: Format): string {
  const dir = fs.mkdtempSync(path.join(channel, '.stage-'))
  const m = stage(dir, p)
  const out = path.join(channel, `${p.name}-1.0-0.${format}`)
  const tarOf = (names: string[], file: string): void => {
    execFileSync('tar', ['--no-recursion', '--zstd', '-cf', file, '-C', dir, ...names])
  }
  if (format === 'tar.bz2') execFileSync('tar', ['--no-recursion', '-cjf', out, '-C', dir, ...m.info, ...m.payload])
  else {
    const parts = fs.mkdtempSync(path.join(channel, '.parts-'))
    tarOf(m.payload, path.join(parts, `pkg-${p.name}-1.0-0.tar.zst`))
    tarOf(m.info, path.join(parts, `info-${p.name}-1.0-0.tar.zst`))
    fs.writeFileSync(path.join(parts, 'metadata.json'), '{"conda_pkg_format_version": 2}')
    execFileSync('zip', ['-q', '-0', out, 'metadata.json', `info-${p.name}-1.0-0.tar.zst`, `pkg-${p.name}-1.0-0.tar.zst`], { cwd: parts })
    fs.rmSync(parts, { recursive: true })
  }
  fs.rmSync(dir, { recursive: true })
  return out
}

/** A place for one case: base/outside/sentinel, base/channel, base/pkgs, base/prefix. */
function place(): { base: string; outside: string; channel: string; pkgs: string; prefix: string } {
  const base = tempDir('bw-conda-chains-')
  const at = (n: string): string => {
    fs.mkdirSync(path.join(base, n))
    return path.join(base, n)
  }
  const outside = at('outside')
  fs.writeFileSync(path.join(outside, 'sentinel'), 'untouched\n')
  return { base, outside, channel: at('channel'), pkgs: at('pkgs'), prefix: at('prefix') }
}

function expectOutsideUntouched(p: { base: string; outside: string }): void {
  expect(fs.readdirSync(p.base).sort()).toEqual(['channel', 'outside', 'pkgs', 'prefix'])
  expect(fs.readdirSync(p.outside)).toEqual(['sentinel'])
}

async function install(p: ReturnType<typeof place>, archive: string): Promise<void> {
  const fn = path.basename(archive)
  const x = await ensureExtracted(archive, { name: fn.split('-')[0], version: '1.0', build: '0', fn, sha256: 'x' }, p.pkgs)
  linkPackage({ prefix: p.prefix, dir: x.dir, info: x.info, subdir: 'linux-64', mode: { hardlinks: true } })
}

const ISSUE: Pkg = { name: 'chain', payload: ['d/', 'd/e/', 'd/e/a -> ../..', 'd/l -> e/a/../../../outside'] }
const LATER: Pkg = { name: 'later', payload: ['d/', 'd/l -> e/a/../../outside', 'd/e/', 'd/e/a -> ../..'] }
const FINE: Pkg = {
  name: 'fine',
  payload: ['lib/', 'lib/libz.so.1.3', 'lib/libz.so.1 -> libz.so.1.3', 'lib/libz.so -> libz.so.1', 'lib64 -> lib', 'share/', 'share/z -> ../lib64/libz.so']
}

all(requireTool('tar'), requireTool('zstd'), requireTool('bzip2'), requireTool('zip')).describe('conda packages', () => {
  for (const format of ['tar.bz2', 'conda'] as const) {
    for (const pkg of [ISSUE, LATER])
      test(`${format}: ${pkg.payload.join(', ')}: refused at extraction, the cache and the prefix untouched`, async () => {
        const p = place()
        const archive = writePackage(p.channel, pkg, format)
        const err = await install(p, archive).catch((e: unknown) => e)
        expect(err).toBeInstanceOf(format === 'conda' ? PackageError : Error)
        expect((err as Error).message).toContain(format === 'conda' ? archive : `${pkg.name}-1.0-0`)
        expect((err as Error).message).toMatch(/member 'd\/l'.*the link 'd\/l' .* is refused: .*d\/e\/a -> \.\.\/\.\./)
        expect(fs.readdirSync(p.pkgs)).toEqual([])
        expect(fs.readdirSync(p.prefix)).toEqual([])
        expectOutsideUntouched(p)
      })

    test(`${format}: harmless chains install and resolve in the prefix`, async () => {
      const p = place()
      await install(p, writePackage(p.channel, FINE, format))
      expect(fs.readFileSync(path.join(p.prefix, 'share/z'), 'utf8')).toBe('lib/libz.so.1.3\n')
      expect(fs.readlinkSync(path.join(p.prefix, 'lib64'))).toBe('lib')
    })

    test(`${format}: a package whose link replaces another package's link and so makes that one escape`, async () => {
      const p = place()
      await install(p, writePackage(p.channel, { name: 'first', payload: ['d/', 'd/e/', 'd/e/f/', 'd/e/f/keep', 'd/e/a -> f', 'd/l -> e/a/../../..'] }, format))
      const second = writePackage(p.channel, { name: 'second', payload: ['d/', 'd/e/', 'd/e/a -> ../..'] }, format)
      await expect(install(p, second)).rejects.toThrow(
        /^second: the link 'd\/l' -> 'e\/a\/\.\.\/\.\.\/\.\.' is refused: .*above the top.*d\/e\/a -> \.\.\/\.\..*nothing of the package was linked/
      )
      expect(fs.readlinkSync(path.join(p.prefix, 'd/e/a'))).toBe('f')
      expectOutsideUntouched(p)
    })

    test(`${format}: a package link harmless in the package, chained out through a link already in the prefix`, async () => {
      const p = place()
      fs.mkdirSync(path.join(p.prefix, 'lib'))
      fs.symlinkSync('..', path.join(p.prefix, 'lib/python'))
      const archive = writePackage(p.channel, { name: 'through', payload: ['lib/', 'lib/python/', 'lib/python/x -> ../outside'] }, format)
      const err = await install(p, archive).catch((e: unknown) => e)
      expect(err).toBeInstanceOf(LinkError)
      expect((err as Error).message).toMatch(/^through: the link 'lib\/python\/x' -> '\.\.\/outside' is refused: .*above the top.*lib\/python -> \.\./)
      expect(fs.readdirSync(p.prefix).sort()).toEqual(['lib'])
      expectOutsideUntouched(p)
    })
  }
})

describe("the package writer's post-processing", () => {
  async function postOn(make: (prefix: string) => void): Promise<unknown> {
    const prefix = path.join(tempDir('bw-post-chains-'), 'prefix')
    fs.mkdirSync(prefix)
    make(prefix)
    return postProcess({ prefix, before: new Set(), subdir: 'linux-64', build: {}, pythonVersion: '3.12', env: {} }).catch((e: unknown) => e)
  }

  test('a chain out of $PREFIX is refused like a direct link out', async () => {
    const err = await postOn(prefix => {
      fs.mkdirSync(path.join(prefix, 'd/e'), { recursive: true })
      fs.symlinkSync('../..', path.join(prefix, 'd/e/a'))
      fs.symlinkSync('e/a/../..', path.join(prefix, 'd/l'))
    })
    expect(err).toBeInstanceOf(LinkOutError)
    expect((err as Error).message).toMatch(/the link 'd\/l' -> 'e\/a\/\.\.\/\.\.' is refused: .*above the top.*d\/e\/a -> \.\.\/\.\..*\$PREFIX/)
  })
  test('an absolute link into the prefix, made relative, that chains out', async () => {
    const err = await postOn(prefix => {
      fs.mkdirSync(path.join(prefix, 'lib'))
      fs.mkdirSync(path.join(prefix, 'bin'))
      fs.symlinkSync('..', path.join(prefix, 'lib/up'))
      fs.symlinkSync(path.join(prefix, 'lib/up'), path.join(prefix, 'lib/abs'))
      fs.symlinkSync('../lib/abs/..', path.join(prefix, 'bin/y'))
    })
    expect(err).toBeInstanceOf(LinkOutError)
    expect((err as Error).message).toMatch(/the link 'bin\/y' -> '\.\.\/lib\/abs\/\.\.' is refused: .*above the top.*lib\/abs -> up, then lib\/up -> \.\./)
  })
  test('harmless chains are kept', async () => {
    const r = await postOn(prefix => {
      fs.mkdirSync(path.join(prefix, 'lib'))
      fs.mkdirSync(path.join(prefix, 'bin'))
      fs.writeFileSync(path.join(prefix, 'lib/libx.so.1'), 'x')
      fs.symlinkSync('libx.so.1', path.join(prefix, 'lib/libx.so'))
      fs.symlinkSync(path.join(prefix, 'lib/libx.so'), path.join(prefix, 'bin/x'))
    })
    expect(r).not.toBeInstanceOf(Error)
    expect((r as { files: Array<{ rel: string }> }).files.map(f => f.rel)).toEqual(['bin/x', 'lib/libx.so', 'lib/libx.so.1'])
  })
})
