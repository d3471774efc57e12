/**
 * The bytes of a (compressed) tar, told apart by content: gzip, zstd, bzip2, xz, LZMA-alone (the
 * `.lzma` of LZMA Utils, no magic of its own: judged by its 13-byte header) and compress'd `.Z`.
 * gzip is inflated in this process; the others by the system's decompressor on another core
 * (argv fixed, the archive on its stdin, so no user text reaches a command line); zstd falls back
 * to Node's own when the system has none. A missing decompressor is an error naming the program
 * and the Debian package that provides it.
 */
import { spawn } from 'node:child_process'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { PassThrough, Readable } from 'node:stream'
import * as zlib from 'node:zlib'
import { TarError } from './tar-error.js'

export type Compression = 'none' | 'gzip' | 'zstd' | 'bzip2' | 'xz' | 'lzma' | 'compress'

/** Bytes of the head detectCompression needs to tell every kind (the LZMA-alone header). */
export const HEAD_BYTES = 13

/**
 * An LZMA-alone header: a properties byte (lc + 9·lp + 45·pb, so below 225), a dictionary size of
 * 2^n or 2^n + 2^(n-1) bytes (4 KiB at least, as LZMA Utils and xz write it), then the size
 * uncompressed: unknown (all ones, a streamed file) or below 2^38, the bound xz itself trusts.
 */
export function isLzmaAlone(head: Uint8Array): boolean {
  const b = Buffer.from(head.buffer, head.byteOffset, head.byteLength)
  if (b.length < HEAD_BYTES || b[0] >= 225) return false
  const dict = b.readUInt32LE(1)
  if (dict < 4096) return false
  const top = 2 ** Math.floor(Math.log2(dict))
  if (dict !== top && dict !== top + top / 2) return false
  const size = b.subarray(5, 13)
  return size.every(x => x === 0xff) || b.readBigUInt64LE(5) < 2n ** 38n
}

const XZ_MAGIC = Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00])

/** Which compression a file starts with (give it HEAD_BYTES to tell LZMA-alone). */
export function detectCompression(head: Uint8Array): Compression {
  const b = Buffer.from(head.buffer, head.byteOffset, head.byteLength)
  if (b.length >= 2 && b[0] === 0x1f && b[1] === 0x8b) return 'gzip'
  if (b.length >= 2 && b[0] === 0x1f && b[1] === 0x9d) return 'compress'
  if (b.length >= 4 && b.readUInt32LE(0) === 0xfd2fb528) return 'zstd'
  if (b.length >= 3 && b.toString('latin1', 0, 3) === 'BZh') return 'bzip2'
  if (b.length >= 6 && b.subarray(0, 6).equals(XZ_MAGIC)) return 'xz'
  if (isLzmaAlone(b)) return 'lzma'
  return 'none'
}

/** The system's decompressor for each kind it handles: argv, and the Debian package that has it. */
const DECOMPRESSORS: Record<'zstd' | 'bzip2' | 'xz' | 'lzma' | 'compress', { argv: readonly string[]; debian: string }> = {
  zstd: { argv: ['zstd', '-dc'], debian: 'zstd' },
  bzip2: { argv: ['bzip2', '-dc'], debian: 'bzip2' },
  xz: { argv: ['xz', '-dc'], debian: 'xz-utils' },
  lzma: { argv: ['xz', '--format=lzma', '-dc'], debian: 'xz-utils' },
  compress: { argv: ['gzip', '-dc'], debian: 'gzip' }
}

/** An archive's decompressed bytes; `done` reports the decompressor's failure, `stop` ends it early. */
export interface Decompressed {
  readonly stream: Readable
  readonly done: () => Promise<void>
  readonly stop: () => void
  /** Every chunk is the only view of its memory (it may be moved to another thread). */
  readonly ownsChunks?: boolean
}

/** Read and inflate in large chunks: far fewer writes and callbacks than the 16 KiB defaults. */
const CHUNK = 1 << 20

function inflateInProcess(archive: string, z: zlib.Gunzip | zlib.ZstdDecompress): Decompressed {
  const raw = fs.createReadStream(archive, { highWaterMark: CHUNK })
  raw.on('error', e => z.destroy(e))
  const stream = raw.pipe(z)
  return { stream, done: async () => {}, stop: () => void (raw.destroy(), z.destroy()) }
}

const found = new Map<string, boolean>()
/** Is `name` a program on PATH (remembered per PATH)? */
export function hasProgram(name: string): boolean {
  const PATH = process.env.PATH ?? ''
  const key = `${name}\0${PATH}`
  let yes = found.get(key)
  if (yes === undefined) {
    yes = PATH.split(path.delimiter).some(d => {
      try {
        fs.accessSync(path.join(d, name), fs.constants.X_OK)
        return true
      } catch {
        return false
      }
    })
    found.set(key, yes)
  }
  return yes
}

/** The first HEAD_BYTES of a file (fewer when it is shorter). */
export async function readHead(file: string): Promise<Buffer> {
  const fd = await fs.promises.open(file, 'r')
  try {
    const head = Buffer.alloc(HEAD_BYTES)
    const { bytesRead } = await fd.read(head, 0, HEAD_BYTES, 0)
    return head.subarray(0, bytesRead)
  } finally {
    await fd.close()
  }
}

/** The archive's bytes decompressed: by the system's zstd, bzip2, xz or gzip on another core when there, else in this process. */
export async function openDecompressed(archive: string): Promise<Decompressed> {
  const kind = detectCompression(await readHead(archive))
  if (kind === 'none') {
    const stream = fs.createReadStream(archive, { highWaterMark: CHUNK })
    return { stream, done: async () => {}, stop: () => void stream.destroy() }
  }
  if (kind === 'gzip') return inflateInProcess(archive, zlib.createGunzip({ chunkSize: CHUNK }))
  const { argv, debian } = DECOMPRESSORS[kind]
  if (!hasProgram(argv[0])) {
    if (kind === 'zstd') return inflateInProcess(archive, zlib.createZstdDecompress({ chunkSize: CHUNK }))
    throw new TarError(archive, `reading ${kind} data needs '${argv[0]}', which is not on PATH; install it (Debian package ${debian})`)
  }
  return inChild(archive, kind, argv, debian)
}

/** The decompressor as a child: the archive itself is its stdin, so its bytes never pass through this process. */
function inChild(archive: string, kind: Compression, argv: readonly string[], debian: string): Decompressed {
  const input = fs.openSync(archive, 'r')
  const child = (() => {
    try {
      return spawn(argv[0], argv.slice(1), { stdio: [input, 'pipe', 'pipe'] })
    } finally {
      fs.closeSync(input)
    }
  })()
  const stderr: Buffer[] = []
  // both are pipes, as asked above (the typings cannot tell with a descriptor for stdin)
  const [childOut, childErr] = [child.stdout as Readable, child.stderr as Readable]
  childErr.on('data', (b: Buffer) => stderr.push(b))
  const exited = new Promise<number>((resolve, reject) => {
    child.on('error', e =>
      reject(new TarError(archive, `${argv[0]} could not start (${e.message}); install it (Debian package ${debian}) to read ${kind} archives`))
    )
    child.on('close', code => resolve(code ?? 1))
  })
  const out = new PassThrough({ highWaterMark: CHUNK })
  childOut.pipe(out)
  exited.catch((e: unknown) => out.destroy(e as Error))
  return {
    stream: out,
    stop: () => {
      out.destroy()
      child.kill()
    },
    done: async () => {
      const code = await exited
      if (code !== 0) throw new TarError(archive, `${argv.join(' ')} failed (exit ${code}): ${Buffer.concat(stderr).toString().trim()}`)
    }
  }
}
