/**
 * Links in the new files, as conda-build's post_build: a file with other hard links (st_nlink > 1) is
 * replaced by a copy ("hardlinks create invalid packages"); an absolute symlink into the prefix becomes
 * relative; a symlink that leaves the prefix (absolute elsewhere, or `..` past the root) is refused,
 * because no installer would link it (the suite's own archive reader refuses it too). A chain of
 * links that leaves the prefix is refused like a direct link out: every new link is judged by its
 * whole chain against the prefix as the build left it (src/archive/links.ts).
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { describeLinkProblem, diskTree, firstLinkProblem } from '../../archive/links.js'

export class LinkOutError extends Error {
  override name = 'LinkOutError'
}

/** Replace `abs` by a copy of itself when it shares its inode; returns whether it did. */
export function breakHardLink(abs: string): boolean {
  const st = fs.lstatSync(abs)
  if (!st.isFile() || st.nlink <= 1) return false
  const tmp = `${abs}.bw-copy-${process.pid}`
  fs.copyFileSync(abs, tmp)
  fs.chmodSync(tmp, st.mode & 0o7777)
  fs.renameSync(tmp, abs)
  return true
}

/** The relative target a symlink at `rel` (in the prefix) should have, or an error when it points out. */
export function fixedLinkTarget(prefix: string, rel: string, target: string): string {
  const linkDir = path.posix.dirname(rel)
  let inside: string
  if (path.posix.isAbsolute(target)) {
    const r = path.posix.relative(prefix, target)
    if (r === '' || r.startsWith('..') || path.posix.isAbsolute(r))
      throw new LinkOutError(
        `'${rel}' is a symlink to ${target}, outside the prefix: a package may only link inside itself; copy the file or make the link relative to a path in the prefix`
      )
    inside = r
  } else {
    inside = path.posix.normalize(path.posix.join(linkDir, target))
    if (inside === '..' || inside.startsWith('../')) throw new LinkOutError(`'${rel}' is a symlink to ${target}, which leaves the prefix`)
    return target
  }
  const out = path.posix.relative(linkDir, inside)
  return out === '' ? '.' : out
}

/** Apply both rules to the new files; returns how many were changed. */
export function fixLinks(prefix: string, files: readonly string[]): { copies: number; relinked: number } {
  let copies = 0
  let relinked = 0
  const posixPrefix = prefix.split(path.sep).join('/')
  for (const rel of files) {
    const abs = path.join(prefix, rel)
    const st = fs.lstatSync(abs)
    if (st.isSymbolicLink()) {
      const target = fs.readlinkSync(abs)
      const fixed = fixedLinkTarget(posixPrefix, rel, target)
      if (fixed !== target) {
        fs.rmSync(abs)
        fs.symlinkSync(fixed, abs)
        relinked++
      }
    } else if (breakHardLink(abs)) copies++
  }
  const links = files
    .filter(rel => fs.lstatSync(path.join(prefix, rel)).isSymbolicLink())
    .map((rel): [string, string] => [rel, fs.readlinkSync(path.join(prefix, rel))])
  const problem = firstLinkProblem(diskTree(prefix), links)
  if (problem)
    throw new LinkOutError(
      `${describeLinkProblem(problem)}. The tree is the prefix ${prefix}: a package may only link inside itself; make every link of the chain point inside $PREFIX`
    )
  return { copies, relinked }
}
