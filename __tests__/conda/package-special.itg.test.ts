/**
 * A build that leaves a FIFO or a unix socket in $PREFIX (issue 15, part 5): the packager refuses
 * them with their paths, after lstat only, so nothing opens the FIFO (opening one for reading blocks
 * until a writer comes). Real files: a FIFO from mkfifo, a socket bound by python (in the build) or
 * held by a real listening server (writePackage called directly).
 */
import { execFileSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as net from 'node:net'
import * as path from 'node:path'
import { packTar } from '../../src/archive/tar-write.js'
import { buildRecipe } from '../../src/conda/builder/build.js'
import { writePackage } from '../../src/conda/package/write.js'
import { all, requireTool } from '../support/requirements.js'
import { recipe, tmp } from './helpers.js'
import { infoFor } from './package-input.js'

const tools = all(requireTool('mkfifo'), requireTool('python3'))

const META = `package:
  name: leaves-pipes
  version: "1.0"
build:
  script:
    - mkdir -p "$PREFIX/bin" "$PREFIX/var/run"
    - printf 'ok\\n' > "$PREFIX/bin/tool"
    - mkfifo "$PREFIX/var/run/control.fifo"
    # bound by a relative name: the padded prefix is longer than a socket address may be
    - (cd "$PREFIX/var/run" && python3 -c 'import socket; socket.socket(socket.AF_UNIX).bind("server.sock")')
about:
  license: MIT
`

tools.describe('special files left in $PREFIX', () => {
  test.each(['conda', 'tar.bz2'] as const)(
    'a build leaving a FIFO and a socket fails quickly naming both (%s)',
    async format => {
      const dir = tmp('conda-special-')
      const started = performance.now()
      const build = buildRecipe({
        recipe: recipe({ 'meta.yaml': META }),
        outputDir: path.join(dir, 'out'),
        channels: [],
        format,
        test: false,
        keepWork: false,
        croot: path.join(dir, 'w'),
        cacheDir: path.join(dir, 'cache'),
        sourceCacheDir: path.join(dir, 'src'),
        sourceDateEpoch: '1700000000'
      })
      await expect(build).rejects.toThrow(/var\/run\/control\.fifo \(a FIFO \(named pipe\)\)[\s\S]*var\/run\/server\.sock \(a unix socket\)/)
      expect(performance.now() - started).toBeLessThan(20_000)
      const subdir = path.join(dir, 'out', 'linux-64')
      expect(fs.existsSync(subdir) ? fs.readdirSync(subdir) : []).toEqual([])
    },
    60_000
  )

  test('writePackage refuses a FIFO with no writer and a live socket before opening anything', async () => {
    const prefix = tmp('conda-special-prefix-')
    fs.mkdirSync(path.join(prefix, 'lib'))
    fs.writeFileSync(path.join(prefix, 'lib', 'a.txt'), 'a\n')
    execFileSync('mkfifo', [path.join(prefix, 'lib', 'b.fifo')])
    const sock = path.join(prefix, 'lib', 'c.sock')
    const server = net.createServer()
    await new Promise<void>(resolve => server.listen(sock, resolve))
    try {
      const out = tmp('conda-special-out-')
      const started = performance.now()
      const info = infoFor(prefix, ['lib/a.txt', 'lib/b.fifo', 'lib/c.sock'])
      const written = writePackage(path.join(out, 'stage'), info, 'p-1-0', out, { format: 'conda', level: 3, mtime: 1700000000 })
      await expect(written).rejects.toThrow(`${path.join(prefix, 'lib', 'b.fifo')} (a FIFO (named pipe))\n  ${sock} (a unix socket)`)
      expect(performance.now() - started).toBeLessThan(5_000)
      expect(fs.readdirSync(out).filter(n => n !== 'stage')).toEqual([])
    } finally {
      await new Promise(resolve => server.close(resolve))
    }
  }, 30_000)

  test('the tar writer refuses a FIFO by its path and does not open it', async () => {
    const root = tmp('tar-special-')
    fs.writeFileSync(path.join(root, 'a'), 'a')
    execFileSync('mkfifo', [path.join(root, 'p')])
    await expect(packTar(root, ['a', 'p'], path.join(root, 'x.tar'), { mtime: 0, zstdLevel: 0 })).rejects.toThrow(
      `${path.join(root, 'p')} is a FIFO (named pipe)`
    )
  }, 30_000)
})
