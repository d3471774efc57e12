/**
 * Unpacking a downloaded source into the work directory, through the project's archive readers
 * (src/archive: tar with gzip/bzip2/xz/zstd/LZMA-alone/compress'd .Z, zip, and 7z through the
 * system's 7-Zip, all refusing escapes, links out and devices): into a scratch folder first, then a
 * single top-level directory is hoisted (unless no_hoist) and the contents move into work/<folder>.
 * As in conda-build, the name says whether a file is unpacked at all (its list of extensions) and
 * the content says how (libarchive's way: a `.tar.gz` that is really a 7z is read as 7z). A file
 * that is no archive is copied as it is. Files of a tar or a Unix zip keep their permission bits
 * (libarchive's EXTRACT_PERM: a read-only file stays read-only), without setuid, setgid or sticky;
 * 7z's are reduced to 0644/0755.
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { detectCompression, readHead } from '../../archive/decompress.js'
import { ArchiveError } from '../../archive/errors.js'
import { diskTree, firstLinkProblem, LinkChainError, linksOnDisk, replacedTopLevel } from '../../archive/links.js'
import { extractSevenZip, isSevenZip, SevenZipError } from '../../archive/sevenzip.js'
import { extractTar, TarError } from '../../archive/tar.js'
import { openZip } from '../../archive/zip.js'
import { extractZipEntry } from '../../archive/zip-stream.js'
import { RecipeError } from '../recipe/location.js'

const TAR = /\.(tar|tar\.gz|tgz|tar\.bz2|tbz2?|tar\.xz|txz|tar\.zst|tzst|tar\.lzma|tlz|tar\.z|taz)$/i
const ZIP = /\.(zip|whl|jar)$/i
const SEVEN_ZIP = /\.7z$/i

export type ArchiveKind = 'tar' | 'zip' | '7z' | 'plain'

/** The zip signatures a zip starts with: a local header, or the end record of an empty zip. */
function isZip(head: Uint8Array): boolean {
  return head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && ((head[2] === 3 && head[3] === 4) || (head[2] === 5 && head[3] === 6))
}

/**
 * How to unpack a source named `fn`: 'plain' (copied) unless its name is an archive's; then by its
 * first bytes `head` when they tell (7z, zip, or a compressed tar), else by the name.
 */
export function archiveKind(fn: string, head?: Uint8Array): ArchiveKind {
  const byName: ArchiveKind = SEVEN_ZIP.test(fn) ? '7z' : ZIP.test(fn) ? 'zip' : TAR.test(fn) ? 'tar' : 'plain'
  if (byName === 'plain' || !head) return byName
  if (isSevenZip(head)) return '7z'
  if (isZip(head)) return 'zip'
  if (detectCompression(head) !== 'none') return 'tar'
  return byName
}

async function unzip(file: string, dest: string): Promise<void> {
  const zip = openZip(file)
  try {
    for (const e of zip.entries) {
      const target = path.join(dest, ...e.name.replace(/\/$/, '').split('/'))
      if (e.isDirectory) {
        fs.mkdirSync(target, { recursive: true })
        continue
      }
      fs.mkdirSync(path.dirname(target), { recursive: true })
      // the permission bits a zip made on Unix records, kept as libarchive's EXTRACT_PERM keeps them for
      // conda-build (never setuid, setgid or sticky); 0644 when it records none
      const mode = e.mode ? e.mode & 0o777 : 0o644
      await extractZipEntry(zip, e, target, mode)
      fs.chmodSync(target, mode) // the umask may have narrowed it
    }
  } finally {
    zip.close()
  }
}

/**
 * The links of `from` judged by their chains against `to` as it will be once `from`'s entries
 * replace its own (and `to`'s links again with them): hoisting a single top folder, or unpacking
 * beside an earlier source, must not let a link that stayed inside the archive lead out.
 */
function checkLinksAfterMove(from: string, to: string, fn: string): void {
  const incoming = linksOnDisk(from)
  if (incoming.length === 0) return
  const names = new Set(fs.readdirSync(from))
  const look = replacedTopLevel(diskTree(to), diskTree(from), names)
  const kept = fs.existsSync(to) ? linksOnDisk(to).filter(([rel]) => !names.has(rel.split('/', 1)[0])) : []
  const problem = firstLinkProblem(look, incoming) ?? firstLinkProblem(look, kept, 'existing')
  if (problem) throw new LinkChainError(`refusing source archive ${fn}`, problem)
}

/** Move every entry of `from` into `to` (created), replacing what is there. */
function moveContents(from: string, to: string): void {
  fs.mkdirSync(to, { recursive: true })
  for (const name of fs.readdirSync(from)) {
    const dest = path.join(to, name)
    fs.rmSync(dest, { recursive: true, force: true })
    fs.renameSync(path.join(from, name), dest)
  }
}

/** Unpack `file` (named `fn`) into `dest`; returns the number of top-level entries placed. */
export async function unpackSource(file: string, fn: string, dest: string, noHoist: boolean): Promise<number> {
  fs.mkdirSync(dest, { recursive: true })
  const kind = archiveKind(fn, await readHead(file))
  if (kind === 'plain') {
    fs.copyFileSync(file, path.join(dest, fn))
    return 1
  }
  const scratch = fs.mkdtempSync(path.join(path.dirname(dest), '.unpack-'))
  try {
    try {
      if (kind === 'tar') await extractTar(file, scratch, { keepModes: true })
      else if (kind === '7z') await extractSevenZip(file, scratch)
      else await unzip(file, scratch)
    } catch (e) {
      if (e instanceof TarError || e instanceof ArchiveError || e instanceof SevenZipError) throw new RecipeError(`refusing source archive ${fn}: ${e.message}`)
      throw e
    }
    const top = fs.readdirSync(scratch)
    const single = top.length === 1 && fs.lstatSync(path.join(scratch, top[0])).isDirectory()
    const from = single && !noHoist ? path.join(scratch, top[0]) : scratch
    try {
      checkLinksAfterMove(from, dest, fn)
    } catch (e) {
      if (e instanceof LinkChainError) throw new RecipeError(e.message)
      throw e
    }
    moveContents(from, dest)
    return top.length
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true })
  }
}
