/**
 * What the channel index needs from a package archive: info/index.json, about.json, run_exports.json
 * and the facts channeldata.json keeps (activation scripts, prefix placeholders, link scripts). Read
 * through the archive module (no entry escapes, limits apply); for `.conda` only its info part.
 */
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { extractTar } from '../../archive/tar.js'
import { openZip } from '../../archive/zip.js'
import { extractZipEntry } from '../../archive/zip-stream.js'
import { extractPackage } from '../env/package.js'

export interface PackageMeta {
  readonly index: Record<string, unknown>
  readonly about: Record<string, unknown>
  readonly runExports: Record<string, unknown> | undefined
  readonly facts: {
    readonly 'activate.d': boolean
    readonly 'deactivate.d': boolean
    readonly binary_prefix: boolean
    readonly text_prefix: boolean
    readonly post_link: boolean
    readonly pre_link: boolean
    readonly pre_unlink: boolean
  }
}

function json(file: string): Record<string, unknown> | undefined {
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>) : undefined
}

async function extractInfo(archive: string, dest: string): Promise<void> {
  if (!archive.endsWith('.conda')) {
    await extractPackage(archive, dest)
    return
  }
  const zip = openZip(archive)
  try {
    const base = (n: string): string => n.slice(n.lastIndexOf('/') + 1)
    const info = zip.entries.find(e => /^info-.+\.tar\.zst$/.test(base(e.name)))
    if (!info) throw new Error(`${archive} has no info-*.tar.zst`)
    const tmp = `${dest}.info.tar.zst`
    try {
      await extractZipEntry(zip, info, tmp)
      await extractTar(tmp, dest, { allowEmpty: true })
    } finally {
      fs.rmSync(tmp, { force: true })
    }
  } finally {
    zip.close()
  }
}

export async function readPackageMeta(archive: string): Promise<PackageMeta> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bw-index-'))
  try {
    const dest = path.join(dir, 'pkg')
    await extractInfo(archive, dest)
    const index = json(path.join(dest, 'info', 'index.json'))
    if (!index) throw new Error(`${path.basename(archive)} has no info/index.json`)
    const paths = (json(path.join(dest, 'info', 'paths.json'))?.paths as Array<Record<string, unknown>> | undefined) ?? []
    const has = (re: RegExp): boolean => paths.some(p => re.test(String(p._path)))
    const name = String(index.name)
    return {
      index,
      about: json(path.join(dest, 'info', 'about.json')) ?? {},
      runExports: json(path.join(dest, 'info', 'run_exports.json')),
      facts: {
        'activate.d': has(/^etc\/conda\/activate\.d\//),
        'deactivate.d': has(/^etc\/conda\/deactivate\.d\//),
        binary_prefix: paths.some(p => p.prefix_placeholder && p.file_mode === 'binary'),
        text_prefix: paths.some(p => p.prefix_placeholder && p.file_mode !== 'binary'),
        post_link: has(new RegExp(`^(bin|Scripts)/\\.${name.replace(/[.+]/g, '\\$&')}-post-link\\.(sh|bat)$`)),
        pre_link: has(new RegExp(`^(bin|Scripts)/\\.${name.replace(/[.+]/g, '\\$&')}-pre-link\\.(sh|bat)$`)),
        pre_unlink: has(new RegExp(`^(bin|Scripts)/\\.${name.replace(/[.+]/g, '\\$&')}-pre-unlink\\.(sh|bat)$`))
      }
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}
