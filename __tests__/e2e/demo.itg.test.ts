/**
 * `npm run demo` as a user runs it, twice, from a copy of the package (its sources, the examples, a
 * launcher in bin/ from which the package root is found, as bin/build-wheel.js is), run from the
 * sources through tsx: the wheel flow and the conda flow (the toolchain channel, the example's
 * recipe, minimontage installed into a fresh prefix, mVersion and mDist run from it) and one table
 * for both; the second run restores the C tree and reuses the toolchain channel. Then the demo on a
 * machine without a CPython 3. Everything is written into temporary folders, removed at the end.
 */
import { execFileSync, spawn } from 'node:child_process'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { copyExample, REPO } from '../support/example.js'
import { all, findPython, need, requireTool } from '../support/requirements.js'
import { tempDir } from '../support/temp.js'

const TSX = path.join(REPO, 'node_modules', 'tsx', 'dist', 'cli.mjs')
const py = await findPython()
const tools = all(py, requireTool('gcc'), requireTool('g++'), requireTool('make'), requireTool('patchelf'), requireTool('git'))

interface Run {
  code: number | null
  stdout: string
  stderr: string
}

/** The package as installed, from its sources: src/, the examples, package.json, node_modules linked. */
function packageCopy(): string {
  const home = tempDir('bw-demo-home-')
  for (const f of ['src', 'package.json', 'tsconfig.json']) fs.cpSync(path.join(REPO, f), path.join(home, f), { recursive: true })
  fs.symlinkSync(path.join(REPO, 'node_modules'), path.join(home, 'node_modules'))
  copyExample(path.join(home, 'examples', 'montage-mini'))
  fs.cpSync(path.join(REPO, 'examples', 'conda-toolchain'), path.join(home, 'examples', 'conda-toolchain'), { recursive: true })
  fs.mkdirSync(path.join(home, 'bin'))
  fs.writeFileSync(path.join(home, 'bin', 'build-wheel.ts'), "await import('../src/cli/index.ts')\n")
  // a clone, as a user has it: the C tree's cache needs to know the tree started clean
  const git = (...a: string[]): Buffer => execFileSync('git', ['-c', 'user.name=demo', '-c', 'user.email=demo@example.invalid', ...a], { cwd: home })
  fs.writeFileSync(path.join(home, '.gitignore'), '/node_modules\n/.cache/\n/wheelhouse/\n/conda-bld/\n')
  git('init', '-q')
  git('add', '-A')
  git('commit', '-q', '-m', 'the package')
  return home
}

function demo(home: string, args: string[], env: Record<string, string | undefined>): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [TSX, path.join(home, 'bin', 'build-wheel.ts'), 'demo', ...args], { cwd: home, env: env })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    child.on('error', reject)
    child.on('close', code => resolve({ code, stdout, stderr }))
  })
}

const tail = (r: Run): string => `${r.stdout.split('\n').slice(-30).join('\n')}\n${r.stderr.split('\n').slice(-20).join('\n')}`

tools.test(
  'the demo: wheels and the conda package in one table; the second run reuses the C tree and the toolchain channel',
  async () => {
    const home = packageCopy()
    const env = { ...process.env, PIP_RETRIES: '0', SOURCE_DATE_EPOCH: '1700000000' }
    const args = ['--python-versions', py.python.minor]
    const first = await demo(home, args, env)
    expect(first.code === 0 ? '' : tail(first)).toBe('') // on a failure: its last lines
    const table = first.stdout.slice(first.stdout.lastIndexOf('Wheels and conda packages'))
    expect(table).toMatch(/^minipy-1\.0\.0-cp\d+-cp\d+-\S+\.whl +\d/m)
    expect(table).toMatch(/^python-3\.\d+\.\d+-0\.conda +[\d.]+ MiB +[0-9a-f]{16} +linux-64 +[\d.]+$/m)
    expect(table).toMatch(/^minimontage-1\.0\.0-h[0-9a-f]{7}_0\.conda +[\d.]+ KiB +[0-9a-f]{16} +linux-64 +[\d.]+$/m)
    expect(table).toMatch(/^C tree: built with make/m)
    expect(table).toMatch(/^toolchain channel: built .*\.cache\/conda-toolchain\/[0-9a-f]{24} \(6 packages/m)
    expect(table).toMatch(/^ {2}mVersion: \[struct stat="OK".*\(minimontage conda package\)/m)
    expect(table).toMatch(/^ {2}mDist 0 0 90 0: \[struct stat="OK", module="mDist", distance=90\.0+\]$/m)
    expect(fs.readdirSync(path.join(home, 'conda-bld', 'linux-64')).filter(f => f.endsWith('.conda'))).toHaveLength(1)
    const channels = fs.readdirSync(path.join(home, '.cache', 'conda-toolchain'))
    expect(channels).toHaveLength(1)
    const done = fs.statSync(path.join(home, '.cache', 'conda-toolchain', channels[0], '.complete')).mtimeMs

    const second = await demo(home, args, env)
    expect(second.code === 0 ? '' : tail(second)).toBe('')
    const again = second.stdout.slice(second.stdout.lastIndexOf('Wheels and conda packages'))
    expect(again).toMatch(/^C tree: restored from the cache .*make not run/m)
    expect(again).toContain(`toolchain channel: reused ${path.join(home, '.cache', 'conda-toolchain', channels[0])} (6 packages`)
    expect(again).not.toMatch(/^python-3/m) // nothing of the toolchain was built again
    expect(again).toMatch(/^minimontage-1\.0\.0-h[0-9a-f]{7}_0\.conda /m)
    expect(again).toMatch(/^ {2}mDist 0 0 90 0: .*distance=90/m)
    expect(fs.readdirSync(path.join(home, '.cache', 'conda-toolchain'))).toEqual(channels)
    expect(fs.statSync(path.join(home, '.cache', 'conda-toolchain', channels[0], '.complete')).mtimeMs).toBe(done)
  },
  900_000
)

all(
  requireTool('git'),
  need(!fs.existsSync('/opt/python'), 'this machine has /opt/python (a manylinux layout): a CPython 3 cannot be hidden from the demo')
).test(
  'the demo on a machine without a CPython 3: one error naming what to install, nothing built',
  async () => {
    const home = packageCopy()
    const empty = tempDir('bw-demo-nopython-')
    // no python on PATH (nothing on it at all), no pyenv, and no /opt/python on this machine
    const env = { PATH: path.join(empty, 'bin'), HOME: empty, PYENV_ROOT: path.join(empty, 'pyenv'), LANG: 'C.UTF-8' }
    const r = await demo(home, [], env)
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(
      /^error: the demo needs a CPython 3 .* this machine has none .*; install a CPython 3 with its standard library: python3 \(Debian\/Ubuntu: apt-get install python3 /m
    )
    expect(r.stdout).not.toContain('Wheels')
    expect(fs.existsSync(path.join(home, '.cache'))).toBe(false)
  },
  120_000
)
