/** A tree's files: which are sources (for the key) and which a build produced (for the cache). */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { run } from '../lib/exec.js'
import { writeAtomically } from '../lib/files.js'

/** The suite's own folder in a tree: the record of what the last build wrote. */
export const STATE_DIR = '.build-wheel'
const MANIFEST = 'c-tree.json'

const SKIP_DIRS = new Set(['.git', '.hg', '.svn', 'node_modules', STATE_DIR])

/** Every file and symlink under root (relative paths), skipping version-control folders. */
export function walkFiles(root: string): string[] {
  const out: string[] = []
  const visit = (rel: string): void => {
    for (const e of fs.readdirSync(path.join(root, rel), { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name)) visit(r)
      } else if (e.isFile() || e.isSymbolicLink()) out.push(r)
    }
  }
  visit('')
  return out.sort()
}

/** What the last build (or restore) wrote into the tree, as recorded in `.build-wheel/c-tree.json`. */
export function recordedOutputs(root: string): Set<string> {
  try {
    const m = JSON.parse(fs.readFileSync(path.join(root, STATE_DIR, MANIFEST), 'utf8')) as { outputs?: unknown }
    return new Set(Array.isArray(m.outputs) ? m.outputs.filter((x): x is string => typeof x === 'string') : [])
  } catch {
    return new Set()
  }
}

/** Record what a build (or restore) wrote, so the next key leaves those files out. */
export function recordOutputs(root: string, key: string, outputs: readonly string[]): void {
  const dir = path.join(root, STATE_DIR)
  // like .pytest_cache: git ignores the folder by itself, the user's status stays clean
  writeAtomically(path.join(dir, '.gitignore'), '# written by montage/build-wheel\n*\n')
  writeAtomically(path.join(dir, MANIFEST), `${JSON.stringify({ key, outputs: [...outputs].sort() }, null, 1)}\n`)
}

/**
 * The source files of a tree: in a git work tree, the tracked and the untracked-but-not-ignored
 * files (so build products listed in .gitignore never change the key); elsewhere every file.
 * Either way, the files the last build recorded as its outputs are left out, so a tree built
 * before keeps its key.
 */
export async function sourceFiles(root: string): Promise<string[]> {
  const outputs = recordedOutputs(root)
  return (await listedFiles(root)).filter(f => !outputs.has(f) && !f.startsWith(`${STATE_DIR}/`))
}

async function listedFiles(root: string): Promise<string[]> {
  const r = await run(['git', '-C', root, 'ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    silent: true
  }).catch(() => undefined)
  if (r && r.exitCode === 0) {
    const files = r.stdout.split('\0').filter(Boolean)
    return [...new Set(files)].filter(f => fs.existsSync(path.join(root, f))).sort()
  }
  return walkFiles(root)
}

export type Snapshot = ReadonlyMap<string, string>

/** Size, mtime and inode of every file: enough to see what a build wrote. */
export function snapshot(root: string): Snapshot {
  const m = new Map<string, string>()
  for (const rel of walkFiles(root)) {
    const st = fs.lstatSync(path.join(root, rel))
    m.set(rel, `${st.size}:${st.mtimeMs}:${st.ino}`)
  }
  return m
}

/** Files that are new or changed in `after` compared with `before`. */
export function changedFiles(before: Snapshot, after: Snapshot): string[] {
  return [...after.entries()].filter(([rel, sig]) => before.get(rel) !== sig).map(([rel]) => rel)
}
