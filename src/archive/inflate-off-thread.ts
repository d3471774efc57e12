/**
 * A zstd or gzip file decompressed on a worker thread by Node's own zlib, handed over in chunks of
 * about 4 MiB whose memory is their own (moved, not copied, between the threads): the reading thread
 * gets a hundred chunks for 400 MB instead of thousands of 64 KiB pipe reads, and decompression runs
 * beside it. The worker runs ahead by a few chunks at most (it pauses when the reader has not taken
 * them). Needs no program on PATH.
 *
 * zstd is decoded straight into the chunk's buffer by the zlib handle's synchronous write, the call
 * zlib's own *Sync functions make: no 1 MiB piece allocated (a page fault every 4 KiB) and copied for
 * each read, no hop to libuv's thread pool; on a 400 MB entry that is about 0.14 s against 0.3-0.4 s
 * for the stream, as fast as the zstd program. A Node whose handle lacks it gets the stream
 * (zstdDecodesInPlace says which; a test holds this Node to the fast one).
 */
import * as zlib from 'node:zlib'
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
const fail = e => parentPort.postMessage({ error: e.message })
const ended = () => parentPort.postMessage({ end: true })
let paused = false
let onResume = () => {}
parentPort.on('message', m => {
  if (m === 'pause') return void (paused = true)
  paused = false
  onResume()
})
// zstd straight into the chunk's own buffer through the zlib handle's synchronous call (what zlib's
// *Sync functions use): no 1 MiB piece allocated and copied per read, no hop to libuv's thread pool.
// The stream below is the fallback when this Node's handle does not have it.
const direct = () => {
  const z = zlib.createZstdDecompress()
  const h = z._handle
  const state = z._writeState
  if (!h || typeof h.writeSync !== 'function' || Object.prototype.toString.call(state) !== '[object Uint32Array]') return (z.close(), false)
  let failed
  h.onerror = message => (failed = message)
  const fd = fs.openSync(workerData.file, 'r')
  const input = Buffer.allocUnsafeSlow(PIECE)
  let slot = new Uint8Array(pool.pop() || new ArrayBuffer(SLOT))
  let at = 0
  let read = -1
  let from = 0
  let left = 0
  const post = () => {
    if (at) parentPort.postMessage({ chunk: slot.buffer, length: at }, [slot.buffer])
    slot = new Uint8Array(pool.pop() || new ArrayBuffer(SLOT))
    at = 0
  }
  const finish = e => {
    fs.closeSync(fd)
    z.close()
    if (e) return fail(e)
    post()
    ended()
  }
  const step = () => {
    try {
      while (!paused) {
        if (left === 0 && read !== 0) {
          read = fs.readSync(fd, input, 0, PIECE, null)
          from = 0
          left = read
        }
        const last = read === 0
        h.writeSync(last ? z._finishFlushFlag : z._defaultFlushFlag, input, from, left, slot, at, SLOT - at)
        if (failed !== undefined) return finish(new Error(failed))
        at = SLOT - state[0]
        from += left - state[1]
        left = state[1]
        if (state[0] === 0) {
          post()
          return void setImmediate(step) // a chunk out: let the recycled buffers and pause in
        }
        if (last) return finish()
      }
      onResume = () => ((onResume = () => {}), setImmediate(step))
    } catch (e) {
      finish(e)
    }
  }
  step()
  return true
}
const streamed = () => {
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
  raw.on('error', fail)
  z.on('error', fail)
  z.on('data', d => {
    parts.push(d)
    bytes += d.length
    if (bytes > SLOT - PIECE) post()
  })
  z.on('end', () => (post(), ended()))
  onResume = () => z.resume()
  parentPort.on('message', m => m === 'pause' && z.pause())
  raw.pipe(z)
}
if (workerData.kind !== 'zstd' || workerData.inPlace === false || !direct()) streamed()
`

/** What the worker checks before decoding zstd in place: the zlib handle's synchronous write and its state array. */
export function zstdDecodesInPlace(): boolean {
  const z = zlib.createZstdDecompress() as unknown as { _handle?: { writeSync?: unknown }; _writeState?: unknown; close(): void }
  const yes = typeof z._handle?.writeSync === 'function' && Object.prototype.toString.call(z._writeState) === '[object Uint32Array]'
  z.close()
  return yes
}

interface Message {
  readonly chunk?: ArrayBuffer
  readonly length?: number
  readonly end?: boolean
  readonly error?: string
}

/**
 * `file` (zstd or gzip) decompressed on a worker thread, as a stream of Buffers (object mode), each
 * the only view of its memory. Buffers of INFLATED_CHUNK_BYTES posted to `recycle` are used again.
 * `inPlace: false` takes the stream for zstd too (the fallback, tested).
 */
export function inflateOffThread(file: string, kind: 'zstd' | 'gzip', recycle?: MessagePort, opts: { readonly inPlace?: boolean } = {}): Decompressed {
  const workerData = { file, kind, recycle, inPlace: opts.inPlace }
  const worker = new Worker(WORKER, { eval: true, workerData, transferList: recycle ? [recycle] : [] })
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
