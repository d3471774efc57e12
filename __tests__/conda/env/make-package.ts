/** A small noarch conda package written with GNU tar, for tests that need a package with particular contents. */
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { indexChannel } from '../../../src/conda/index/index.js'

export interface Pkg {
  readonly name: string
  readonly files: Record<string, string>
  readonly noarchPython?: readonly string[]
  /** Files under info/ (e.g. test/run_test.sh). */
  readonly info?: Record<string, string>
}

/** Write <channel>/noarch/<name>-1.0-0.tar.bz2 holding `files` and its info/ (index.json, paths.json, link.json); returns its path. */
export function makePackage(channel: string, p: Pkg): string {
  const stage = fs.mkdtempSync(path.join(channel, '.stage-'))
  const paths = Object.entries(p.files).map(([rel, text]) => {
    fs.mkdirSync(path.dirname(path.join(stage, rel)), { recursive: true })
    fs.writeFileSync(path.join(stage, rel), text, { mode: 0o755 })
    return { _path: rel, path_type: 'hardlink', sha256: createHash('sha256').update(text).digest('hex'), size_in_bytes: Buffer.byteLength(text) }
  })
  fs.mkdirSync(path.join(stage, 'info'))
  const index = { name: p.name, version: '1.0', build: '0', build_number: 0, depends: [], subdir: 'noarch', ...(p.noarchPython ? { noarch: 'python' } : {}) }
  fs.writeFileSync(path.join(stage, 'info', 'index.json'), JSON.stringify(index))
  fs.writeFileSync(path.join(stage, 'info', 'paths.json'), JSON.stringify({ paths, paths_version: 1 }))
  fs.writeFileSync(path.join(stage, 'info', 'files'), Object.keys(p.files).join('\n') + '\n')
  for (const [rel, text] of Object.entries(p.info ?? {})) {
    fs.mkdirSync(path.dirname(path.join(stage, 'info', rel)), { recursive: true })
    fs.writeFileSync(path.join(stage, 'info', rel), text, { mode: 0o755 })
  }
  if (p.noarchPython) fs.writeFileSync(path.join(stage, 'info', 'link.json'), JSON.stringify({ noarch: { type: 'python', entry_points: p.noarchPython } }))
  fs.mkdirSync(path.join(channel, 'noarch'), { recursive: true })
  const out = path.join(channel, 'noarch', `${p.name}-1.0-0.tar.bz2`)
  execFileSync('tar', ['-cjf', out, '-C', stage, ...fs.readdirSync(stage).sort()])
  fs.rmSync(stage, { recursive: true })
  return out
}

/** A local channel `<dir>/channel` holding these packages, indexed; returns its folder. */
export async function makeChannel(dir: string, pkgs: readonly Pkg[]): Promise<string> {
  const channel = path.join(dir, 'channel')
  fs.mkdirSync(channel, { recursive: true })
  for (const p of pkgs) makePackage(channel, p)
  await indexChannel(channel)
  return channel
}
