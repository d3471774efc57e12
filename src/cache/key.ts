/** Content-addressed cache keys: a hash of what determines the result, never a date or a run id. */
import { createHash } from 'node:crypto'
import * as fs from 'node:fs'
import * as path from 'node:path'

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex')
}

export async function sha256File(file: string): Promise<string> {
  const h = createHash('sha256')
  for await (const chunk of fs.createReadStream(file)) h.update(chunk as Buffer)
  return h.digest('hex')
}

/**
 * Hash a set of files under root: each file's relative path, whether it is executable, and its
 * content (a symlink: its target). Order-independent: paths are sorted first.
 */
export async function hashFiles(root: string, relPaths: readonly string[]): Promise<string> {
  const h = createHash('sha256')
  for (const rel of [...relPaths].sort()) {
    const abs = path.join(root, rel)
    let st: fs.Stats
    try {
      st = fs.lstatSync(abs)
    } catch {
      continue // listed by git but deleted from the work tree
    }
    if (st.isSymbolicLink()) h.update(`L ${rel}\0${fs.readlinkSync(abs)}\0`)
    else if (st.isFile()) h.update(`F ${rel}\0${st.mode & 0o111 ? 'x' : '-'}\0${await sha256File(abs)}\0`)
  }
  return h.digest('hex')
}

/** Combine named parts into one key: `<prefix>-<64 hex>`; the parts are what the key depends on. */
export function composeKey(prefix: string, parts: Readonly<Record<string, string>>): string {
  const body = Object.keys(parts)
    .sort()
    .map(k => `${k}=${parts[k]}`)
    .join('\n')
  return `${prefix}-${sha256Hex(body)}`
}
