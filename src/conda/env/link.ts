/**
 * Linking one extracted package into a prefix as conda does: files hard-linked from the package
 * cache (copied when the prefix is on another filesystem, or the file is `no_link`), softlinks made
 * as links, prefix placeholders replaced in a copy (text: every occurrence; binary: NUL-padded in
 * place, same size; long shebangs rewritten), noarch python relocated into site-packages with its
 * entry points written. Returns the prefix's view of each path, for the conda-meta record.
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import type { PackageInfo, PathEntry } from './package-info.js'
import { entryPointScript, noarchTarget, parseEntryPoint, type PythonFacts } from './noarch.js'
import { fixShebang, PaddingError, replaceBinary, replaceText } from './placeholder.js'
import { sha256Hex } from '../../cache/key.js'
import { describeLinkProblem, DIR, diskTree, FILE, firstLinkProblem, linksOnDisk, overlayTree, type TreeNode } from '../../archive/links.js'

export class LinkError extends Error {
  override name = 'LinkError'
}

export interface PrefixPath {
  readonly _path: string
  readonly path_type: 'hardlink' | 'softlink' | 'directory' | 'unix_python_entry_point' | 'pyc_file'
  readonly sha256?: string
  readonly sha256_in_prefix?: string
  readonly size_in_bytes?: number
  readonly file_mode?: 'text' | 'binary'
  readonly prefix_placeholder?: string
  readonly no_link?: boolean
}

export interface LinkOptions {
  readonly prefix: string
  /** The extracted package. */
  readonly dir: string
  readonly info: PackageInfo
  /** The target subdir (placeholders in binaries are left alone for Windows targets, as conda does). */
  readonly subdir: string
  /** Needed for noarch: python packages. */
  readonly python?: PythonFacts
  /** Shared between packages: once a hard link fails (another filesystem) copies are made. */
  readonly mode: { hardlinks: boolean }
  /** Told about files that replace a file of an earlier package. */
  readonly clobbered?: (rel: string) => void
}

export type LinkType = 'hardlink' | 'copy' | 'softlink'

export function isNoarchPython(info: PackageInfo): boolean {
  const n = info.index.noarch ?? info.link?.noarch?.type
  return n === 'python' || (n === true && info.link?.noarch?.type === 'python')
}

/** Make the parent folders of `rel` in the prefix, refusing any that resolves outside it. */
function parentInside(root: string, rel: string): string {
  const abs = path.join(root, rel)
  fs.mkdirSync(path.dirname(abs), { recursive: true })
  const real = fs.realpathSync(path.dirname(abs))
  if (real !== root && !real.startsWith(`${root}${path.sep}`))
    throw new LinkError(`'${rel}' would be written outside the prefix (its folder resolves to ${real})`)
  return abs
}

function clear(abs: string, rel: string, opts: LinkOptions): void {
  const st = fs.lstatSync(abs, { throwIfNoEntry: false })
  if (!st) return
  if (st.isDirectory()) throw new LinkError(`'${rel}' is a folder in the prefix; the package has a file there`)
  opts.clobbered?.(rel)
  fs.rmSync(abs, { force: true })
}

function linkFile(src: string, abs: string, mode: { hardlinks: boolean }, noLink: boolean): LinkType {
  if (mode.hardlinks && !noLink) {
    try {
      fs.linkSync(src, abs)
      return 'hardlink'
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code
      if (code !== 'EXDEV' && code !== 'EPERM' && code !== 'EMLINK') throw e
      mode.hardlinks = false
    }
  }
  fs.copyFileSync(src, abs)
  return 'copy'
}

function relocated(p: PathEntry, data: Buffer, opts: LinkOptions): Buffer {
  const ph = p.prefix_placeholder as string
  if ((p.file_mode ?? 'text') === 'binary') {
    if (opts.subdir.startsWith('win-')) return data
    try {
      return replaceBinary(data, ph, opts.prefix)
    } catch (e) {
      if (e instanceof PaddingError) throw new LinkError(`${opts.info.index.name}: '${p._path}': ${e.message}`)
      throw e
    }
  }
  const to = opts.subdir.startsWith('win-') ? opts.prefix.replace(/\\/g, '/') : opts.prefix
  return fixShebang(replaceText(data, ph, to), to)
}

/**
 * Before anything is linked: the package's softlinks judged by their chains against the prefix as
 * it will be (what it holds now, this package's paths over it). When a softlink replaces a link
 * the prefix already holds, every link of the prefix is judged again with it.
 */
function checkSoftlinks(root: string, opts: LinkOptions, place: (p: PathEntry) => string): void {
  if (!opts.info.paths.some(p => p.path_type === 'softlink')) return
  const onDisk = diskTree(root)
  const links: Array<[string, string]> = []
  let relinks = false
  const entries = opts.info.paths.map((p): [string, TreeNode] => {
    const rel = place(p)
    if (p.path_type === 'directory') return [rel, DIR]
    if (p.path_type !== 'softlink') return [rel, FILE]
    const target = fs.readlinkSync(path.join(opts.dir, p._path))
    links.push([rel, target])
    relinks ||= onDisk(rel)?.kind === 'link'
    return [rel, { kind: 'link', target }]
  })
  const look = overlayTree(onDisk, entries)
  const problem = firstLinkProblem(look, links) ?? (relinks ? firstLinkProblem(look, linksOnDisk(root), 'existing') : null)
  if (problem) throw new LinkError(`${opts.info.index.name}: ${describeLinkProblem(problem)} (in the prefix ${opts.prefix}); nothing of the package was linked`)
}

/** Link one package; returns its paths as the prefix now holds them (in the package's order). */
export function linkPackage(opts: LinkOptions): { paths: PrefixPath[]; linkType: LinkType } {
  const root = fs.realpathSync(opts.prefix)
  const noarchPy = isNoarchPython(opts.info)
  if (noarchPy && !opts.python)
    throw new LinkError(`${opts.info.index.name} is a noarch: python package, but the environment has no python to install it for; add python to the specs`)
  const place = (p: PathEntry): string => (noarchPy ? noarchTarget(p._path, opts.python as PythonFacts) : p._path)
  checkSoftlinks(root, opts, place)
  const out: PrefixPath[] = []
  let linkType: LinkType = 'hardlink'
  for (const p of opts.info.paths) {
    const rel = place(p)
    const src = path.join(opts.dir, p._path)
    if (p.path_type === 'directory') {
      fs.mkdirSync(path.dirname(parentInside(root, `${rel}/.dir`)), { recursive: true })
      out.push({ _path: rel, path_type: 'directory' })
      continue
    }
    const abs = parentInside(root, rel)
    clear(abs, rel, opts)
    if (p.path_type === 'softlink') {
      fs.symlinkSync(fs.readlinkSync(src), abs)
      const target = fs.statSync(abs, { throwIfNoEntry: false })
      const inPrefix = target?.isFile() ? sha256Hex(fs.readFileSync(abs)) : undefined
      out.push({
        _path: rel,
        path_type: 'softlink',
        ...(p.sha256 ? { sha256: p.sha256 } : {}),
        ...(inPrefix ? { sha256_in_prefix: inPrefix } : {}),
        ...(p.size_in_bytes !== undefined ? { size_in_bytes: p.size_in_bytes } : {})
      })
      continue
    }
    const st = fs.lstatSync(src)
    if (!st.isFile())
      throw new LinkError(`${opts.info.index.name}: '${p._path}' is declared a file but the package holds a ${st.isSymbolicLink() ? 'symlink' : 'folder'}`)
    let sum = p.sha256
    let inPrefix: string
    if (p.prefix_placeholder) {
      const data = fs.readFileSync(src)
      sum ??= sha256Hex(data)
      const now = relocated(p, data, opts)
      fs.writeFileSync(abs, now, { mode: st.mode & 0o777 })
      inPrefix = now === data ? sum : sha256Hex(now)
      // a relocated file is always a copy, as in conda: the package is still recorded as hard-linked
    } else {
      const how = linkFile(src, abs, opts.mode, p.no_link === true)
      // only a hard link that could not be made makes the package a copy (no_link files are copies by request)
      if (how === 'copy' && p.no_link !== true) linkType = 'copy'
      sum ??= sha256Hex(fs.readFileSync(src))
      inPrefix = sum
    }
    out.push({
      _path: rel,
      path_type: 'hardlink',
      sha256: sum,
      sha256_in_prefix: inPrefix,
      size_in_bytes: p.size_in_bytes ?? st.size,
      ...(p.prefix_placeholder ? { file_mode: p.file_mode ?? 'text', prefix_placeholder: p.prefix_placeholder } : {}),
      ...(p.no_link ? { no_link: true } : {})
    })
  }
  if (noarchPy) out.push(...writeEntryPoints(root, opts))
  return { paths: out, linkType }
}

function writeEntryPoints(root: string, opts: LinkOptions): PrefixPath[] {
  const py = opts.python as PythonFacts
  const out: PrefixPath[] = []
  for (const text of opts.info.link?.noarch?.entry_points ?? []) {
    const ep = parseEntryPoint(text)
    const rel = `bin/${ep.command}`
    const abs = parentInside(root, rel)
    clear(abs, rel, opts)
    const script = Buffer.from(entryPointScript(ep, `${opts.prefix}/bin/python${py.version}`))
    fs.writeFileSync(abs, script, { mode: 0o755 })
    const sum = sha256Hex(script)
    out.push({ _path: rel, path_type: 'unix_python_entry_point', sha256: sum, sha256_in_prefix: sum, size_in_bytes: script.length })
  }
  return out
}
