// User commands for real: bash reads no startup file (even with SHLVL unset and SSH_CLIENT set, where
// `bash -c` reads ~/.bashrc), BASH_ENV is not sourced, stdin is /dev/null, `python` is the venv's;
// placeholders are paths quoted once; test-pip-args reaches the test venv; temp paths hold spaces.
import { execFileSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { wheelStep } from '../../src/phases/steps.js'
import { withEnv } from '../support/in-process.js'
import { findPython } from '../support/requirements.js'
import { PIP_ARGS, tinyProject } from '../support/example.js'

// One CPython 3.x found here (3.9 or newer, with its C headers), whichever it is.
const one = await findPython({ headers: true })
const python = one.ok ? one.python : undefined
const maybe = one.test

const made: string[] = []
afterAll(() => {
  for (const d of made) fs.rmSync(d, { recursive: true, force: true })
})
function temp(prefix: string): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), prefix))
  made.push(d)
  return d
}

maybe(`user commands run in a clean bash with stdin from /dev/null, placeholders quoted once, under temp paths with spaces`, async () => {
  const root = tinyProject()
  made.push(root)
  const pkgName = `my 'pkg`
  fs.renameSync(path.join(root, 'pkg'), path.join(root, pkgName))
  const pkg = path.join(root, pkgName)
  const out = temp('bw-user-out-')
  const runnerTemp = temp('bw runner temp ')
  const tmpdir = temp('bw tmp dir ')
  const wrongBin = temp('bw-wrong-bin-')
  fs.writeFileSync(path.join(wrongBin, 'python'), '#!/bin/sh\necho "not the venv python" >&2\nexit 3\n', { mode: 0o755 })
  const home = temp('bw-home-')
  // Startup files note when they run for one of the commands below (pyenv's shims, bash scripts the
  // interpreter discovery runs, do read BASH_ENV: they are not user commands).
  const MARK = 'bw-user-command'
  const startup = (marker: string): string =>
    `case "$BASH_EXECUTION_STRING" in *${MARK}*) touch '${path.join(out, marker)}'; export PATH='${wrongBin}':"$PATH";; esac\n`
  for (const f of ['.bashrc', '.bash_profile', '.profile']) fs.writeFileSync(path.join(home, f), startup(`read${f}`))
  // the fake home keeps the user's pip configuration (which index to use) and finds pyenv where it was
  for (const conf of [path.join('.config', 'pip'), '.pip']) {
    const from = path.join(os.homedir(), conf)
    if (fs.existsSync(from)) fs.cpSync(from, path.join(home, conf), { recursive: true })
  }
  const pyenvRoot = process.env.PYENV_ROOT ?? path.join(os.homedir(), '.pyenv')
  const bashEnv = path.join(home, 'bash_env.sh')
  fs.writeFileSync(bashEnv, startup('read-BASH_ENV'))

  const o = (f: string): string => `'${path.join(out, f)}'`
  const beforeBuild = `: ${MARK}; printf '%s\\n' {python} "{package}" > ${o('before')}; python -c 'import os, sys; print(os.path.realpath(sys.executable))' >> ${o('before')}; cat > /dev/null`
  const testCommand = [
    `: ${MARK}`,
    `python -c "import os, stat; s = os.fstat(0); d = os.stat('/dev/null'); print(stat.S_ISCHR(s.st_mode) and s.st_rdev == d.st_rdev)" > ${o('stdin')}`,
    `cat > /dev/null`, // would wait forever on an open pipe
    `command -v python > ${o('which')}`,
    `printf '%s\\n' {python} "{venv}" '{package}' "{wheel}" > ${o('placeholders')}`,
    `test -f "{package}/setup.py" && test -f '{package}'/setup.py && test -f {package}/setup.py`,
    `python -c "import tiny; assert tiny.answer() == 42"`
  ].join('\n')

  const r = await withEnv(
    {
      HOME: home,
      PYENV_ROOT: pyenvRoot,
      SHLVL: undefined,
      SSH_CLIENT: '192.0.2.1 50000 22',
      BASH_ENV: bashEnv,
      ENV: bashEnv,
      RUNNER_TEMP: runnerTemp,
      TMPDIR: tmpdir
    },
    () =>
      wheelStep(
        (n: string) =>
          ({
            path: root,
            'package-dir': pkgName,
            'python-versions': python!.minor,
            'pip-args': PIP_ARGS,
            'test-pip-args': `--report\n${path.join(out, 'report.json')}`,
            repair: 'none',
            'output-dir': path.join(out, 'wheels'),
            'before-build': beforeBuild,
            'test-command': testCommand
          })[n] ?? '',
        '/'
      )
  )
  expect(r.failures).toEqual([])
  expect(r.wheels.map(w => w.tested)).toEqual([true])

  const lines = (f: string): string[] => fs.readFileSync(path.join(out, f), 'utf8').trimEnd().split('\n')
  expect(lines('before')).toEqual([python!.path, pkg, fs.realpathSync(python!.path)])
  expect(lines('stdin')).toEqual(['True'])
  const [venvPython, venv, pkgSeen, wheel] = lines('placeholders')
  expect(lines('which')).toEqual([venvPython])
  expect(venvPython).toBe(path.join(venv, 'bin', 'python'))
  expect(venv.startsWith(runnerTemp + path.sep)).toBe(true) // the venv lives under the RUNNER_TEMP with spaces
  expect(pkgSeen).toBe(pkg)
  expect(wheel).toMatch(/\/tiny-0\.1-cp\d+-cp\d+-linux_x86_64\.whl$/)
  expect(fs.readdirSync(out).filter(f => f.startsWith('read'))).toEqual([]) // no startup file, no BASH_ENV
  const report = JSON.parse(fs.readFileSync(path.join(out, 'report.json'), 'utf8')) as { install: Array<{ metadata: { name: string } }> }
  expect(report.install.map(i => i.metadata.name)).toEqual(['tiny']) // test-pip-args reached the test venv's pip

  // The controls: a plain `bash -c` reads ~/.bashrc where SHLVL is unset and SSH_CLIENT set, and BASH_ENV.
  const base = { PATH: process.env.PATH ?? '', HOME: home }
  execFileSync('bash', ['-c', `: ${MARK}`], { env: { ...base, SSH_CLIENT: '192.0.2.1 50000 22' }, stdio: 'ignore' })
  execFileSync('bash', ['-c', `: ${MARK}`], { env: { ...base, BASH_ENV: bashEnv }, stdio: 'ignore' })
  expect(
    fs
      .readdirSync(out)
      .filter(f => f.startsWith('read'))
      .sort()
  ).toEqual(['read-BASH_ENV', 'read.bashrc'])
})
