/**
 * Tar archives written header by header (node-tar's Header), as an attacker would write them:
 * any name (`../x`, `/abs`), any type (links with any target), sizes as given. For tests only.
 */
import * as zlib from 'node:zlib'
import { Header } from 'tar'

export interface CraftedMember {
  readonly path: string
  /** node-tar's type names: 'File' (default), 'Directory', 'SymbolicLink', 'Link', 'FIFO', ... */
  readonly type?: string
  readonly data?: string | Buffer
  readonly mode?: number
  readonly linkpath?: string
}

/** The tar's bytes, uncompressed (with the two zero blocks at the end). */
export function craftTar(members: readonly CraftedMember[]): Buffer {
  const blocks: Buffer[] = []
  for (const m of members) {
    const data = Buffer.from(m.data ?? '')
    const dir = m.type === 'Directory'
    const h = new Header({
      path: m.path,
      type: (m.type ?? 'File') as 'File',
      mode: m.mode ?? (dir ? 0o755 : 0o644),
      size: data.length,
      mtime: new Date(0),
      uid: 1000,
      gid: 1000,
      uname: 'u',
      gname: 'g',
      linkpath: m.linkpath
    })
    h.encode()
    blocks.push(h.block as Buffer, data, Buffer.alloc((512 - (data.length % 512)) % 512))
  }
  blocks.push(Buffer.alloc(1024))
  return Buffer.concat(blocks)
}

/** The same, zstd-compressed (what @actions/cache writes when zstd is installed). */
export function craftTarZst(members: readonly CraftedMember[]): Buffer {
  return zlib.zstdCompressSync(craftTar(members))
}
