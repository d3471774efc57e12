/**
 * A Docker engine of a test's own (Debian's dockerd, as root) with its own data root, exec root,
 * socket and pid file in a fresh folder, for tests that kill the engine: the shared engine of
 * ./docker.ts is never touched. The image is made here too: a few host binaries (sh, sleep, echo,
 * cat, tr, grep) and their libraries imported as `bw-tiny:1`.
 *
 *   const own = await startOwnDockerd()   // { host, env, kill(), restart(), remove() } or { skip }
 *   own.kill()                            // SIGKILL the engine (its containers' shims live on)
 *   await own.remove()                    // start it again on the same roots, remove every container, stop it, unmount, delete
 */
import { execFileSync, spawn } from 'node:child_process'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'

const SBIN = '/usr/local/sbin:/usr/sbin:/sbin'
const TINY_BINARIES = ['/bin/sh', '/bin/sleep', '/bin/echo', '/bin/cat', '/bin/tr', '/bin/grep']

export interface OwnDockerd {
  /** DOCKER_HOST for this engine. */
  readonly host: string
  readonly env: Readonly<Record<string, string>>
  readonly dir: string
  pid(): number
  kill(): void
  remove(): Promise<void>
}

const sleep = (ms: number): Promise<void> => new Promise(r => setTimeout(r, ms))

function onPath(cmd: string): string | undefined {
  for (const d of `${process.env.PATH ?? ''}:${SBIN}`.split(':')) if (d && fs.existsSync(path.join(d, cmd))) return path.join(d, cmd)
  return undefined
}

function answers(host: string): boolean {
  try {
    execFileSync('docker', ['version', '--format', '{{.Server.Version}}'], { env: { ...process.env, DOCKER_HOST: host }, stdio: 'pipe', timeout: 5000 })
    return true
  } catch {
    return false
  }
}

/** Why this machine cannot start an engine of its own, or '' when it can. */
export function ownDockerdMissing(): string {
  if (process.getuid?.() !== 0) return 'starting a Docker engine of its own needs root'
  if (!onPath('dockerd')) return 'dockerd is not installed (Debian package docker.io)'
  if (!onPath('docker')) return 'the docker CLI is not installed (Debian package docker.io)'
  return ''
}

async function launch(dir: string, host: string): Promise<void> {
  const log = fs.openSync(path.join(dir, 'dockerd.log'), 'a')
  const argv = [
    `--data-root=${path.join(dir, 'data')}`,
    `--exec-root=${path.join(dir, 'exec')}`,
    `--pidfile=${path.join(dir, 'docker.pid')}`,
    `--host=${host}`,
    '--bridge=none',
    '--iptables=false',
    '--ip-masq=false'
  ]
  const child = spawn(onPath('dockerd') as string, argv, {
    detached: true,
    stdio: ['ignore', log, log],
    env: { ...process.env, PATH: `${process.env.PATH ?? ''}:${SBIN}` }
  })
  fs.closeSync(log)
  child.unref()
  for (let i = 0; i < 120; i++) {
    if (answers(host)) return
    await sleep(250)
  }
  throw new Error(`dockerd in ${dir} did not answer within 30 s:\n${fs.readFileSync(path.join(dir, 'dockerd.log'), 'utf8').slice(-2000)}`)
}

function tinyRootfs(dir: string): void {
  for (const bin of TINY_BINARIES) {
    const libs = execFileSync('ldd', [bin]).toString().match(/\/\S+/g) ?? []
    for (const f of [bin, ...libs]) {
      const dest = path.join(dir, f)
      fs.mkdirSync(path.dirname(dest), { recursive: true })
      fs.copyFileSync(fs.realpathSync(f), dest)
      fs.chmodSync(dest, 0o755)
    }
  }
}

function processesNaming(text: string): number[] {
  const out: number[] = []
  for (const d of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(d) || Number(d) === process.pid) continue
    try {
      if (fs.readFileSync(`/proc/${d}/cmdline`, 'utf8').includes(text)) out.push(Number(d))
    } catch {
      // gone
    }
  }
  return out
}

function killTree(pid: number): void {
  let children: number[] = []
  try {
    for (const t of fs.readdirSync(`/proc/${pid}/task`))
      children.push(...fs.readFileSync(`/proc/${pid}/task/${t}/children`, 'utf8').split(' ').filter(Boolean).map(Number))
  } catch {
    children = []
  }
  for (const c of children) killTree(c)
  try {
    process.kill(pid, 'SIGKILL')
  } catch {
    // gone
  }
}

function mountsUnder(dir: string): string[] {
  return fs
    .readFileSync('/proc/self/mounts', 'utf8')
    .split('\n')
    .map(l => (l.split(' ')[1] ?? '').replace(/\\040/g, ' '))
    .filter(m => m === dir || m.startsWith(`${dir}/`))
    .sort((a, b) => b.length - a.length)
}

/** Start the engine and import the tiny image (see the module's comment). */
export async function startOwnDockerd(): Promise<OwnDockerd> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bw-own-dockerd-'))
  const host = `unix://${dir}/docker.sock`
  const env = { DOCKER_HOST: host }
  await launch(dir, host)
  const rootfs = path.join(dir, 'rootfs')
  tinyRootfs(rootfs)
  const tar = path.join(dir, 'rootfs.tar')
  execFileSync('tar', ['-C', rootfs, '-cf', tar, '.'])
  execFileSync('docker', ['import', tar, 'bw-tiny:1'], { env: { ...process.env, ...env }, stdio: 'pipe' })
  const pid = (): number => Number(fs.readFileSync(path.join(dir, 'docker.pid'), 'utf8'))
  return {
    host,
    env,
    dir,
    pid,
    kill: () => process.kill(pid(), 'SIGKILL'),
    remove: async () => {
      if (answers(host)) {
        const ids = execFileSync('docker', ['ps', '-aq'], { env: { ...process.env, ...env } })
          .toString()
          .split('\n')
          .filter(Boolean)
        if (ids.length) execFileSync('docker', ['rm', '-f', ...ids], { env: { ...process.env, ...env }, stdio: 'pipe' })
        const p = pid()
        process.kill(p, 'SIGTERM')
        for (let i = 0; i < 120 && fs.existsSync(`/proc/${p}`); i++) await sleep(250)
      }
      // what a killed engine leaves: its containerd and shims (their cmdlines name this folder) with the containers' processes
      for (const p of processesNaming(dir)) killTree(p)
      await sleep(500)
      for (const m of mountsUnder(dir)) execFileSync('umount', ['--lazy', m])
      fs.rmSync(dir, { recursive: true, force: true })
    }
  }
}
