/**
 * A zstd or gzip file decompressed on a worker thread by Node's own zlib, handed over in chunks of
 * about 4 MiB whose memory is their own (moved, not copied, between the threads): the reading thread
 * gets a hundred chunks for 400 MB instead of thousands of 64 KiB pipe reads, and decompression runs
 * beside it. The worker runs ahead by a few chunks at most (it pauses when the reader has not taken
 * them). Needs no program on PATH.
 */
import { Readable } from 'node:stream'
import { Worker, type MessagePort } from 'node:worker_threads'
import type { Decompressed } from './tar.js'

/** Chunks waiting for the reader before the worker pauses. */
const AHEAD = 4
/** Bytes of a chunk's buffer (zlib's pieces are at most 1 MiB: a chunk is posted before it would overflow). */
export const INFLATED_CHUNK_BYTES = 4 << 20

// Runs as a CommonJS script in the worker (eval), so a bundle needs no file of its own for it.
// Messages out: { chunk: ArrayBuffer (moved), length }, { end: true }, { error: string }; in: 'pause', 'resume'.
// Buffers given back on the `recycle` port (after their bytes were hashed) are filled again: fresh
// memory costs a page fault every 4 KiB, a large part of the work at these speeds.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads')
const fs = require('node:fs')
const zlib = require('node:zlib')
const SLOT = ${INFLATED_CHUNK_BYTES}
const PIECE = 1 << 20
const pool = []
if (workerData.recycle) workerData.recycle.on('message', bufs => { for (const b of bufs) if (b.byteLength === SLOT && pool.length < 16) pool.push(b) })
const raw = fs.createReadStream(workerData.file, { highWaterMark: PIECE })
const z = workerData.kind === 'zstd' ? zlib.createZstdDecompress({ chunkSize: PIECE }) : zlib.createGunzip({ chunkSize: PIECE })
let parts = []
let bytes = 0
const post = () => {
  if (!bytes) return
  const out = new Uint8Array(pool.pop() || new ArrayBuffer(SLOT))
  let at = 0
  for (const p of parts) at += (out.set(p, at), p.length)
  parentPort.postMessage({ chunk: out.buffer, length: bytes }, [out.buffer])
  parts = []
  bytes = 0
}
const fail = e => parentPort.postMessage({ error: e.message })
raw.on('error', fail)
z.on('error', fail)
z.on('data', d => {
  parts.push(d)
  bytes += d.length
  if (bytes > SLOT - PIECE) post()
})
z.on('end', () => (post(), parentPort.postMessage({ end: true })))
parentPort.on('message', m => (m === 'pause' ? z.pause() : z.resume()))
raw.pipe(z)
`

interface Message {
  readonly chunk?: ArrayBuffer
  readonly length?: number
  readonly end?: boolean
  readonly error?: string
}

/**
 * `file` (zstd or gzip) decompressed on a worker thread, as a stream of Buffers (object mode), each
 * the only view of its memory. Buffers of INFLATED_CHUNK_BYTES posted to `recycle` are used again.
 */
export function inflateOffThread(file: string, kind: 'zstd' | 'gzip', recycle?: MessagePort): Decompressed {
  const worker = new Worker(WORKER, { eval: true, workerData: { file, kind, recycle }, transferList: recycle ? [recycle] : [] })
  let paused = false
  let over = false
  let failure: Error | undefined
  const stream = new Readable({
    objectMode: true,
    highWaterMark: AHEAD,
    read() {
      if (paused) worker.postMessage('resume')
      paused = false
    }
  })
  const stop = (e?: Error): void => {
    failure ??= e
    over = true
    void worker.terminate()
    if (e && !stream.destroyed) stream.destroy(e)
  }
  worker.on('message', (m: Message) => {
    if (m.error !== undefined) return stop(new Error(`${kind} decompression failed: ${m.error}`))
    if (m.end) {
      stream.push(null)
      return stop()
    }
    if (m.chunk && !stream.push(Buffer.from(m.chunk, 0, m.length)) && !paused) {
      paused = true
      worker.postMessage('pause')
    }
  })
  worker.on('error', (e: Error) => stop(new Error(`${kind} decompression stopped: ${e.message}`)))
  worker.on('exit', code => over || stop(new Error(`${kind} decompression stopped (worker exit ${code})`)))
  stream.on('close', () => stop())
  return {
    stream,
    ownsChunks: true,
    stop: () => stop(),
    done: () => (failure ? Promise.reject(failure) : Promise.resolve())
  }
}
