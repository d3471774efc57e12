#!/usr/bin/env node
/*
 * Benchmark (issue 7): the example's wheel matrix in a manylinux container against the host, in one
 * run, host and container steps interleaved (the machine is noisy: read the ratios, not the seconds).
 *
 *   node bench/container.mjs [--image REF] [--json FILE]
 *
 * Environment: BENCH_RUNS (default 3) repetitions, median and min reported; BENCH_IMAGE (or --image)
 * a local manylinux image, default the container tests' stand-in (build-wheel-test/manylinux-standin);
 * BENCH_PYTHONS two CPython minors present in the image and on the host (default: the two newest
 * both have); DOCKER_HOST, default /var/run/docker.sock's engine, else the one the container tests
 * start (unix:///var/tmp/build-wheel-test-docker/docker.sock). Nothing is pulled: an image that is
 * not local is an error. The JSON result is stdout's last line, or goes to --json FILE.
 *
 * Each run measures, on each side, through the dist bundles (copied at the start; Node 24 from
 * node_modules/.bin when this node is older):
 *  - container start: the engine argv the product uses (create --pull never ... tail -f /dev/null,
 *    start, exec true) against spawning `true` on the host; `rm --force` separately; and one command
 *    (`exec true` in the running container against `true` on the host);
 *  - the setup-docker-manylinux step with the image local (pull skipped: engine check, inspect,
 *    create, start, discover) against the same step with engine: host (discover only); its post
 *    step (chown, rm) on both;
 *  - the C tree (`build-wheel c-tree`) cold (fresh copy, empty cache dir: make + save) and warm
 *    (fresh copy, cache restored), in the setup step's container (--container) and on the host;
 *  - the wheel phase (`build-wheel wheels`) for 1 Python and for 2 on trees restored warm: per extra
 *    Python = t(2) - t(1);
 *  - the job: setup + C tree cold + wheels for 2 Pythons + post.
 * pip reaches no PyPI here: both sides get the local index from pip's config as pip-args (the
 * container gets those folders mounted read-only, network none) and PIP_RETRIES=0.
 * About 100 s a run on 2 cores (BENCH_RUNS=1: 96 s at load 5, 196 s at load 7; the default 3 runs:
 * 6.5 to 8 min with other work on the machine, whose noise swamps the smaller differences).
 */
import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse as parseYaml } from 'yaml'

const wallStart = performance.now()
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const example = path.join(repo, 'examples', 'montage-mini')
const runs = Number(process.env.BENCH_RUNS ?? 3)
const FIXTURE_HOST = 'unix:///var/tmp/build-wheel-test-docker/docker.sock'
const STAND_IN = 'build-wheel-test/manylinux-standin'
const HOW_TO_GET =
  'The container tests start an engine and build the stand-in image; run them once as root:\n' +
  '  NODE_OPTIONS=--experimental-vm-modules npx jest __tests__/containers/cli.test.ts\n' +
  `(dockerd at ${FIXTURE_HOST}; the image ${STAND_IN}:<hash>, saved in /var/tmp/build-wheel-test-cache/<hash>.tar).\n` +
  'Or point DOCKER_HOST at an engine and pass --image (BENCH_IMAGE) with a local manylinux image.'

// ------------------------------------------------------------------------------------------------
// arguments

const argv = process.argv.slice(2)
let imageArg = process.env.BENCH_IMAGE ?? ''
let jsonFile = ''
for (let i = 0; i < argv.length; i++) {
  const [flag, inline] = argv[i].split(/=(.*)/s)
  const value = () => inline ?? argv[++i] ?? die(`${flag} needs a value`)
  if (flag === '--image') imageArg = value()
  else if (flag === '--json') jsonFile = path.resolve(value())
  else if (flag === '-h' || flag === '--help') {
    console.log('usage: node bench/container.mjs [--image REF] [--json FILE]   (BENCH_RUNS, BENCH_IMAGE, BENCH_PYTHONS, DOCKER_HOST)')
    process.exit(0)
  } else die(`unknown argument ${argv[i]}`)
}
if (!Number.isInteger(runs) || runs < 1) die(`BENCH_RUNS=${process.env.BENCH_RUNS}: a positive whole number is needed`)

function die(message, code = 2) {
  console.error(`bench/container: ${message}`)
  process.exit(code)
}

// ------------------------------------------------------------------------------------------------
// processes

/** The Node the actions run on (24): this one if it is, else the repository's node_modules/.bin/node. */
function node24() {
  if (Number(process.versions.node.split('.')[0]) >= 24) return process.execPath
  const local = path.join(repo, 'node_modules', '.bin', 'node')
  if (fs.existsSync(local)) return fs.realpathSync(local)
  console.error(`warning: Node ${process.version}; the actions run on Node 24 (npm ci installs node_modules/.bin/node)`)
  return process.execPath
}
const node = node24()
// The bundles run from a copy taken at the start: the same code in every run, even when dist/ is
// rebuilt meanwhile (BENCH_DIST: another build's folder, as for bench/startup.mjs).
const distSource = path.resolve(process.env.BENCH_DIST || path.join(repo, 'dist'))
const ENTRIES = ['cli', 'setup-docker-manylinux', 'setup-docker-manylinux-post']
for (const e of ENTRIES)
  if (!fs.existsSync(path.join(distSource, e, 'index.js'))) die(`${path.join(distSource, e, 'index.js')} is missing: run \`npm run build\` first`)
let dist = distSource // the copy, once the work folder exists
const cli = () => path.join(dist, 'cli', 'index.js')

// The variables a runner or a surrounding test would leave behind; each step gets its own.
const baseEnv = Object.fromEntries(
  Object.entries(process.env).filter(([k]) => !/^(INPUT_|STATE_|GITHUB_|RUNNER_|ACTIONS_|BUILD_WHEEL_)/.test(k) && k !== 'CI' && k !== 'NODE_OPTIONS')
)
// pip cannot reach PyPI here: no retries (the variable also reaches build isolation's pip)
Object.assign(baseEnv, { PIP_RETRIES: '0', PIP_DISABLE_PIP_VERSION_CHECK: '1' })

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 28, timeout: opts.timeoutMs ?? 600_000, cwd: opts.cwd, env: opts.env ?? baseEnv })
  return { code: r.status, out: `${r.stdout ?? ''}${r.stderr ?? ''}`, stdout: r.stdout ?? '', error: r.error }
}

/** Seconds the command took; throws with the output's tail when it fails. */
function timed(label, cmd, args, opts = {}) {
  const t0 = process.hrtime.bigint()
  const r = run(cmd, args, opts)
  const s = Number(process.hrtime.bigint() - t0) / 1e9
  if (r.code !== 0) {
    const tail = r.out.trimEnd().split('\n').slice(-30).join('\n')
    throw new Error(`${label} failed (exit ${r.code}${r.error ? `, ${r.error.message}` : ''}):\n${tail}`)
  }
  return { s, out: r.out, stdout: r.stdout }
}

// ------------------------------------------------------------------------------------------------
// the engine and the image: found, never started or pulled here

let dockerEnv = { ...baseEnv }
const docker = (args, timeoutMs = 120_000) => run('docker', args, { env: dockerEnv, timeoutMs })

function findEngine() {
  if (run('sh', ['-c', 'command -v docker']).code !== 0) die(`the docker CLI is not installed (Debian package docker.io).\n${HOW_TO_GET}`)
  const system = fs.existsSync('/var/run/docker.sock') ? 'unix:///var/run/docker.sock' : ''
  const tried = []
  for (const host of [...new Set([process.env.DOCKER_HOST, system, FIXTURE_HOST].filter(Boolean))]) {
    let env = { ...baseEnv, DOCKER_HOST: host }
    let r = run('docker', ['version', '--format', '{{.Server.APIVersion}}'], { env, timeoutMs: 15_000 })
    const max = /maximum supported API version is ([0-9.]+)/i.exec(r.out)
    if (r.code !== 0 && max) {
      env = { ...env, DOCKER_API_VERSION: max[1] }
      r = run('docker', ['version', '--format', '{{.Server.APIVersion}}'], { env, timeoutMs: 15_000 })
    }
    if (r.code === 0 && r.stdout.trim()) return { host, env, apiVersion: r.stdout.trim() }
    tried.push(`${host}: ${r.out.trim().split('\n').pop() || `exit ${r.code}`}`)
  }
  die(`no Docker engine answers (${tried.join('; ') || 'nothing to try'}).\n${HOW_TO_GET}`)
}

function findImage() {
  if (imageArg) {
    const r = docker(['image', 'inspect', '--format', '{{.Id}}', imageArg], 30_000)
    if (r.code !== 0) die(`${imageArg} is not a local image of ${dockerEnv.DOCKER_HOST} (this benchmark pulls nothing: docker pull it first).\n${HOW_TO_GET}`)
    return { image: imageArg, id: r.stdout.trim() }
  }
  // newest first
  const r = docker(['images', '--format', '{{.Repository}}:{{.Tag}} {{.ID}}', STAND_IN], 30_000)
  const [first] = r.stdout.split('\n').filter(l => l.trim() && !l.includes('<none>'))
  if (!first) {
    const saved = fs.existsSync('/var/tmp/build-wheel-test-cache') ? fs.readdirSync('/var/tmp/build-wheel-test-cache').filter(f => f.endsWith('.tar')) : []
    const load = saved.length ? `\nA saved copy is there: docker load --input /var/tmp/build-wheel-test-cache/${saved[0]}` : ''
    die(`no ${STAND_IN} image in the engine at ${dockerEnv.DOCKER_HOST}, and no --image (BENCH_IMAGE) given.${load}\n${HOW_TO_GET}`)
  }
  const [image, id] = first.split(' ')
  return { image, id }
}

// ------------------------------------------------------------------------------------------------
// Pythons and pip's local index

function imagePythons(image) {
  const r = docker(
    ['run', '--rm', '--network', 'none', '--entrypoint', 'sh', image, '-c', 'ls /opt/python 2>/dev/null; cat /etc/os-release 2>/dev/null | head -1'],
    120_000
  )
  if (r.code !== 0) die(`could not run ${image}: ${r.out.trim().split('\n').slice(-3).join(' | ')}`)
  return r.stdout
    .split('\n')
    .map(l => /^cp3(\d+)-cp3\d+$/.exec(l.trim()))
    .filter(Boolean)
    .map(m => `3.${m[1]}`)
}

function hostHas(minor) {
  const root = run('sh', ['-c', 'pyenv root 2>/dev/null || echo "${PYENV_ROOT:-$HOME/.pyenv}"']).stdout.trim()
  const versions = path.join(root, 'versions')
  if (fs.existsSync(versions) && fs.readdirSync(versions).some(v => v.startsWith(`${minor}.`) && fs.existsSync(path.join(versions, v, 'bin', 'python'))))
    return true
  return run('sh', ['-c', `command -v python${minor}`]).code === 0
}

function choosePythons(image) {
  const inImage = imagePythons(image)
  const both = inImage.filter(hostHas).sort((a, b) => Number(a.split('.')[1]) - Number(b.split('.')[1]))
  if (process.env.BENCH_PYTHONS) {
    const asked = process.env.BENCH_PYTHONS.split(/[\s,]+/).filter(Boolean)
    const missing = asked.filter(p => !both.includes(p))
    if (asked.length !== 2 || missing.length)
      die(`BENCH_PYTHONS=${process.env.BENCH_PYTHONS}: two minors both the image (${inImage.join(' ')}) and the host have are needed`)
    return asked
  }
  if (both.length < 2)
    die(`the image has CPython ${inImage.join(' ') || 'none'} under /opt/python and the host has ${both.join(' ') || 'none'} of them: two in common are needed`)
  return both.slice(-2)
}

/** pip's config, as the container tests read it: the local index as pip arguments and read-only mounts. */
function localPipIndex() {
  const r = run('python3', ['-m', 'pip', 'config', 'list'])
  if (r.code !== 0) return { pipArgs: [], volumes: [] }
  const values = key => [
    ...new Set([...r.stdout.matchAll(/^[^.\n]*\.([a-z-]+)='(.*)'$/gm)].filter(m => m[1] === key).flatMap(m => m[2].split(/\s+/).filter(Boolean)))
  ]
  const local = loc => {
    const dir = loc.startsWith('file://') ? fileURLToPath(loc) : path.isAbsolute(loc) ? loc : ''
    return dir && fs.existsSync(dir) ? dir : ''
  }
  const indexes = [...values('index-url'), ...values('extra-index-url')].filter(local)
  const links = values('find-links').filter(local)
  if (!indexes.length && !links.length) return { pipArgs: [], volumes: [] }
  const pipArgs = indexes.length ? ['--index-url', indexes[0]] : ['--no-index']
  for (const u of indexes.slice(1)) pipArgs.push('--extra-index-url', u)
  for (const l of links) pipArgs.push('--find-links', l)
  const root = d => (path.basename(d) === 'simple' ? path.dirname(d) : d)
  const dirs = [...new Set([...indexes.map(local).map(root), ...links.map(local)])]
  return { pipArgs, volumes: dirs.filter(d => !dirs.some(o => d.startsWith(`${o}/`))).map(d => `${d}:${d}:ro`) }
}

// ------------------------------------------------------------------------------------------------
// the setup-docker-manylinux step, run as the runner runs it (INPUT_*, file commands, STATE_* for post)

const setupDir = path.join(repo, 'actions', 'setup-docker-manylinux')
const setupInputs = parseYaml(fs.readFileSync(path.join(setupDir, 'action.yml'), 'utf8')).inputs

function readFileCommands(file) {
  const out = {}
  const lines = fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split('\n') : []
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i])
    if (heredoc) {
      const v = []
      for (i++; i < lines.length && lines[i] !== heredoc[2]; i++) v.push(lines[i])
      out[heredoc[1]] = v.join('\n')
    } else if (lines[i].includes('=')) {
      const [k, v] = lines[i].split(/=(.*)/s)
      out[k] = v
    }
  }
  return out
}

function setupStep(side, dirs, inputs) {
  const files = Object.fromEntries(
    ['GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_ENV', 'GITHUB_PATH'].map(k => [
      k,
      path.join(dirs.runnerTemp, `${side}-${k.toLowerCase()}-${randomBytes(4).toString('hex')}`)
    ])
  )
  for (const f of Object.values(files)) fs.writeFileSync(f, '')
  const env = { ...dockerEnv, ...files, GITHUB_WORKSPACE: dirs.workspace, RUNNER_TEMP: dirs.runnerTemp, GITHUB_ACTIONS: 'true' }
  for (const [name, spec] of Object.entries(setupInputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = inputs[name] ?? String(spec.default ?? '')
  const main = timed(`setup-docker-manylinux (${side})`, node, [path.join(dist, 'setup-docker-manylinux', 'index.js')], { env, cwd: dirs.workspace })
  const outputs = readFileCommands(files.GITHUB_OUTPUT)
  const state = readFileCommands(files.GITHUB_STATE)
  const post = () => {
    const postEnv = { ...dockerEnv, GITHUB_WORKSPACE: dirs.workspace, RUNNER_TEMP: dirs.runnerTemp, GITHUB_ACTIONS: 'true' }
    for (const [k, v] of Object.entries(state)) postEnv[`STATE_${k}`] = v
    const r = timed(`setup-docker-manylinux post (${side})`, node, [path.join(dist, 'setup-docker-manylinux-post', 'index.js')], {
      env: postEnv,
      cwd: dirs.workspace
    })
    if (/::warning::/.test(r.out)) throw new Error(`the post step (${side}) warned:\n${r.out}`)
    return r.s
  }
  return { s: main.s, out: main.out, outputs, env: readFileCommands(files.GITHUB_ENV), post }
}

// ------------------------------------------------------------------------------------------------
// the work

function freshCopy(parent, name) {
  const dir = path.join(parent, name)
  const files = run('git', ['ls-files', '-z', '.'], { cwd: example }).stdout.split('\0').filter(Boolean)
  if (!files.length) throw new Error(`git ls-files listed nothing in ${example}`)
  for (const f of files) {
    fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true })
    fs.copyFileSync(path.join(example, f), path.join(dir, f))
    fs.chmodSync(path.join(dir, f), fs.statSync(path.join(example, f)).mode)
  }
  return dir
}

/** The "phases:" block the CLI prints at its end: label -> seconds. */
function phases(out) {
  const block = out.split('\nphases:\n').pop() ?? ''
  const got = {}
  for (const m of block.matchAll(/^\s+([0-9.]+) s {2}(.+)$/gm)) got[m[2]] = (got[m[2]] ?? 0) + Number(m[1])
  return got
}
const sumPhases = (p, re) =>
  Object.entries(p)
    .filter(([k]) => re.test(k))
    .reduce((n, [, v]) => n + v, 0)

const median = xs => {
  const s = [...xs].sort((a, b) => a - b)
  const m = Math.floor(s.length / 2)
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}

const engine = findEngine()
dockerEnv = { ...baseEnv, ...engine.env }
const { image, id: imageId } = findImage()
const pythons = choosePythons(image)
const index = localPipIndex()
const pipArgs = [...index.pipArgs, '--retries', '0'].join(' ')
const platform = `linux/${{ x64: 'amd64', arm64: 'arm64', ppc64: 'ppc64le', s390x: 's390x', ia32: '386' }[process.arch] ?? process.arch}`

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-container-'))
try {
  // dist/<entry>/ holds index.js and its lazily loaded chunks; cli/index.js takes the package root two levels up
  for (const e of ENTRIES) fs.cpSync(path.join(distSource, e), path.join(work, 'dist', e), { recursive: true })
  dist = path.join(work, 'dist')
} catch (e) {
  fs.rmSync(work, { recursive: true, force: true })
  die(`could not copy ${distSource} (being rebuilt?): ${e.message}`)
}
const started = new Set() // containers to remove whatever happens
const sides = ['host', 'container']
const tags = pythons.map(p => `cp${p.replace('.', '')}-cp${p.replace('.', '')}`)
const keys = ['start', 'rm', 'exec', 'setup', 'post', 'cold', 'warm', 'wheels1', 'wheels2', 'extraPython', 'job', 'discover', 'pipWheel', 'testVenv', ...tags]
const samples = Object.fromEntries(keys.map(k => [k, { host: [], container: [] }]))
const notes = []

function cleanup() {
  for (const name of started) docker(['rm', '--force', '--volumes', name], 60_000)
  started.clear()
  fs.rmSync(work, { recursive: true, force: true })
}
for (const sig of ['SIGINT', 'SIGTERM'])
  process.on(sig, () => {
    cleanup()
    process.exit(130)
  })

function oneRun(i) {
  const order = i % 2 === 0 ? sides : [...sides].reverse()
  const dirs = {}
  for (const side of sides) {
    const root = path.join(work, `run${i}-${side}`)
    dirs[side] = { workspace: path.join(root, 'ws'), runnerTemp: path.join(root, 'temp'), cache: path.join(root, 'cache') }
    for (const d of Object.values(dirs[side])) fs.mkdirSync(d, { recursive: true })
  }
  const each = fn => {
    for (const side of order) fn(side)
  }

  // container start: the product's argv (src/runtime/docker-args.ts createArgs, startArgs) against spawning `true`
  each(side => {
    if (side === 'host') {
      samples.start.host.push(timed('true', 'true', []).s)
      samples.rm.host.push(0)
      return
    }
    const name = `bench-container-${randomBytes(5).toString('hex')}`
    const ws = dirs.container.workspace
    const create = [
      'create',
      '--name',
      name,
      '--pull',
      'never',
      '--platform',
      platform,
      '--network',
      'none',
      '--workdir',
      ws,
      '--mount',
      `type=bind,source=${ws},target=${ws}`,
      '--label',
      'io.github.montage.build-wheel=1',
      image,
      'tail',
      '-f',
      '/dev/null'
    ]
    const t0 = process.hrtime.bigint()
    started.add(name)
    for (const args of [create, ['start', name], ['exec', name, 'true']]) {
      const r = docker(args)
      if (r.code !== 0) throw new Error(`docker ${args.join(' ')} failed:\n${r.out}`)
    }
    samples.start.container.push(Number(process.hrtime.bigint() - t0) / 1e9)
    samples.rm.container.push(timed('docker rm', 'docker', ['rm', '--force', '--volumes', name], { env: dockerEnv }).s)
    started.delete(name)
  })

  // the setup step: pull skipped, container started, Pythons discovered (no python-packages to install)
  const setup = {}
  each(side => {
    const inputs = {
      engine: side === 'host' ? 'host' : 'docker',
      image: side === 'host' ? '' : image,
      'python-versions': pythons.join(' '),
      'python-packages': '',
      'pip-args': pipArgs,
      volumes: index.volumes.join('\n'),
      network: 'none',
      env: 'PIP_RETRIES=0\nPIP_DISABLE_PIP_VERSION_CHECK=1',
      workspace: dirs[side].workspace
    }
    setup[side] = setupStep(side, dirs[side], inputs)
    if (side === 'container') {
      if (!setup[side].outputs.container) throw new Error(`the setup step gave no container:\n${setup[side].out}`)
      started.add(setup[side].outputs.container)
      if (!/is here already .*: not pulled/.test(setup[side].out)) throw new Error(`the setup step did not skip the pull:\n${setup[side].out}`)
    }
    samples.setup[side].push(setup[side].s)
  })
  const container = setup.container.outputs.container

  // one command: exec in the running container against a spawn on the host (median of 5)
  each(side => {
    const xs = []
    for (let k = 0; k < 5; k++)
      xs.push(side === 'host' ? timed('true', 'true', []).s : timed('docker exec', 'docker', ['exec', container, 'true'], { env: dockerEnv }).s)
    samples.exec[side].push(median(xs))
  })

  const cliEnv = side => ({ ...dockerEnv, RUNNER_TEMP: dirs[side].runnerTemp, ...(side === 'container' ? { BUILD_WHEEL_ENGINE: 'docker' } : {}) })
  const where = side => (side === 'host' ? ['--engine', 'host'] : ['--container', container])
  const checkSide = (side, out, what) => {
    const inside = /\[command\]docker exec /.test(out)
    if (inside !== (side === 'container'))
      throw new Error(`${what} (${side}) ran ${inside ? 'in a container' : 'on the host'}:\n${out.split('\n').slice(-30).join('\n')}`)
  }
  const cTree = (side, name, hit) => {
    const tree = freshCopy(dirs[side].workspace, name)
    const r = timed(`c-tree ${hit ? 'warm' : 'cold'} (${side})`, node, [cli(), 'c-tree', ...where(side), '--path', tree, '--cache-dir', dirs[side].cache], {
      env: cliEnv(side)
    })
    if (!new RegExp(`cache-hit: ${hit}`).test(r.out)) throw new Error(`c-tree (${side}) on ${name} was ${hit ? 'not a hit' : 'not a miss'}:\n${r.out}`)
    if (!hit) checkSide(side, r.out, 'make')
    return { tree, s: r.s }
  }
  const wheels = (side, tree, n) => {
    const outDir = path.join(dirs[side].workspace, `${path.basename(tree)}-wheels`)
    const r = timed(
      `wheels x${n} (${side})`,
      node,
      [
        cli(),
        'wheels',
        ...where(side),
        '--path',
        tree,
        '--python-versions',
        pythons.slice(0, n).join(' '),
        '--output-dir',
        outDir,
        '--pip-args',
        pipArgs,
        '--test-pip-args',
        pipArgs
      ],
      { env: cliEnv(side) }
    )
    checkSide(side, r.out, 'wheels')
    const got = fs.readdirSync(outDir).filter(f => f.endsWith('.whl'))
    if (got.length !== n) throw new Error(`wheels (${side}) wrote ${got.join(' ') || 'nothing'}, not ${n} wheels`)
    return { s: r.s, phases: phases(r.out), names: got }
  }

  const cold = {}
  const w1 = {}
  const w2 = {}
  each(side => {
    cold[side] = cTree(side, 'cold', false)
    samples.cold[side].push(cold[side].s)
  })
  const trees = {}
  each(side => {
    const t = cTree(side, 'warm1', true)
    trees[side] = t.tree
    samples.warm[side].push(t.s)
  })
  each(side => (w1[side] = wheels(side, trees[side], 1)))
  each(side => {
    const t = cTree(side, 'warm2', true)
    trees[side] = t.tree
    samples.warm[side].push(t.s)
  })
  each(side => (w2[side] = wheels(side, trees[side], 2)))
  const post = {}
  each(side => {
    post[side] = setup[side].post()
    if (side === 'container') started.delete(container)
  })
  const left = docker(['ps', '-a', '--filter', `name=${container}`, '--format', '{{.Names}}'])
  if (left.stdout.trim()) throw new Error(`the post step left ${container}`)

  for (const side of sides) {
    samples.wheels1[side].push(w1[side].s)
    samples.wheels2[side].push(w2[side].s)
    samples.extraPython[side].push(w2[side].s - w1[side].s)
    samples.post[side].push(post[side])
    samples.job[side].push(setup[side].s + cold[side].s + w2[side].s + post[side])
    samples.discover[side].push(sumPhases(w2[side].phases, /discover interpreters|^facts: /))
    samples.pipWheel[side].push(sumPhases(w2[side].phases, /: build wheel$/) / 2)
    samples.testVenv[side].push(sumPhases(w2[side].phases, /: test in a fresh venv$/) / 2)
    for (const t of tags) samples[t][side].push(sumPhases(w2[side].phases, new RegExp(`^${t}: `)))
  }
  if (i === 0) notes.push(`wheels: host ${w2.host.names.join(' ')}; container ${w2.container.names.join(' ')}`)
  const f = k => `${k} ${samples[k].host[i].toFixed(1)}/${samples[k].container[i].toFixed(1)}`
  process.stderr.write(`run ${i + 1}/${runs} (host/container s): ${['setup', 'cold', 'warm', 'wheels1', 'wheels2', 'post'].map(f).join(', ')}\n`)
  for (const side of sides) fs.rmSync(path.join(work, `run${i}-${side}`), { recursive: true, force: true })
}

let failed = false
try {
  process.stderr.write(
    `bench/container: ${image} (${imageId.slice(7, 19)}) on ${engine.host} (API ${engine.apiVersion}), Pythons ${pythons.join(' ')}, node ${run(node, ['--version']).stdout.trim()}, ${runs} runs\n`
  )
  for (let i = 0; i < runs; i++) oneRun(i)
} catch (e) {
  failed = true
  console.error(e instanceof Error ? e.message : String(e))
} finally {
  cleanup()
}
if (failed) process.exit(1)

// ------------------------------------------------------------------------------------------------
// report

const rows = [
  ['start', 'container start: create+start+exec true (host: spawn true)'],
  ['rm', 'container rm --force'],
  ['exec', 'one command: exec true (host: spawn true)'],
  ['setup', 'setup step, pull skipped (host: engine host)'],
  ['post', 'setup post step (chown, rm)'],
  ['cold', 'C tree cold (make + save)'],
  ['warm', 'C tree warm (restore)'],
  ['wheels1', `wheels, 1 Python (${pythons[0]})`],
  ['wheels2', `wheels, 2 Pythons (${pythons.join(' ')})`],
  ['extraPython', 'per extra Python = wheels2 - wheels1'],
  ['discover', '  of wheels2: facts (discover interpreters)'],
  ['pipWheel', '  of wheels2: pip wheel, per Python'],
  ['testVenv', '  of wheels2: test in a fresh venv, per Python'],
  ...tags.map(t => [t, `  of wheels2: ${t} (build, repair, test)`]),
  ['job', 'job: setup + cold + wheels2 + post']
]
const summary = {}
for (const [k] of rows) {
  const s = {}
  for (const side of sides) s[side] = { median: median(samples[k][side]), min: Math.min(...samples[k][side]) }
  s.ratio = s.host.median > 0 ? s.container.median / s.host.median : null
  s.delta = s.container.median - s.host.median
  summary[k] = s
}
const sec = x => (Math.abs(x) < 1 ? `${(x * 1000).toFixed(0)} ms` : `${x.toFixed(2)} s`)
const table = rows.map(([k, label]) => ({
  measure: label,
  host: `${sec(summary[k].host.median)} (${sec(summary[k].host.min)})`,
  container: `${sec(summary[k].container.median)} (${sec(summary[k].container.min)})`,
  'ctr/host': summary[k].ratio === null ? '-' : `${summary[k].ratio.toFixed(2)}x`,
  'ctr-host': `${summary[k].delta >= 0 ? '+' : ''}${sec(summary[k].delta)}`
}))
const cols = Object.keys(table[0])
const width = cols.map(c => Math.max(c.length, ...table.map(r => String(r[c]).length)))
const fmt = r =>
  cols
    .map((c, i) => String(r[c]).padEnd(width[i]))
    .join('  ')
    .trimEnd()
const wall = (performance.now() - wallStart) / 1000
console.log(`examples/montage-mini, container ${image} vs host, ${runs} run${runs > 1 ? 's' : ''} interleaved: median (min)`)
console.log(fmt(Object.fromEntries(cols.map(c => [c, c]))))
for (const r of table) console.log(fmt(r))
for (const n of notes) console.log(n)
console.log(`wall time ${wall.toFixed(0)} s`)
const result = {
  bench: 'container',
  image,
  imageId,
  engine: { host: engine.host, apiVersion: engine.apiVersion },
  node: run(node, ['--version']).stdout.trim(),
  pythons,
  runs,
  wallSeconds: Number(wall.toFixed(1)),
  summary,
  samples
}
if (jsonFile) fs.writeFileSync(jsonFile, `${JSON.stringify(result, null, 2)}\n`)
else console.log(JSON.stringify(result))
