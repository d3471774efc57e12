/**
 * zstd compression of a whole buffer with zstd's own worker threads, off the main thread.
 *
 * Node's zstd streams mishandle ZSTD_c_nbWorkers: with workers zstd may return before it has taken
 * all input or written all output, which the stream reads as the end (nodejs/node#59899: truncated
 * output or "push after EOF"). One call of `zstdCompressSync` with an output buffer as large as the
 * worst case makes zstd compress in one blocking call (ZSTD_compress2), which does use the workers;
 * it runs in a worker thread so the caller keeps going. The output depends on the level and the data,
 * not on the number of workers (zstd's multi-threaded format is the same for any count >= 1).
 */
import * as os from 'node:os'
import { Worker } from 'node:worker_threads'

export interface ZstdOptions {
  readonly level: number
  /** zstd's compression threads; default: the CPUs this process may use. */
  readonly workers?: number
}

/** The CPUs this process may use, as zstd workers (zstd accepts up to 200). */
export function defaultZstdWorkers(): number {
  return Math.max(1, Math.min(os.availableParallelism(), 64))
}

// Runs as a CommonJS script in the worker (eval), so a bundle needs no file of its own for it.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads')
const zlib = require('node:zlib')
const data = new Uint8Array(workerData.data)
const bound = data.length + (data.length >>> 7) + (1 << 17)
const out = zlib.zstdCompressSync(data, {
  chunkSize: bound,
  params: { [zlib.constants.ZSTD_c_compressionLevel]: workerData.level, [zlib.constants.ZSTD_c_nbWorkers]: workerData.workers }
})
const exact = new Uint8Array(out.length)
exact.set(out)
parentPort.postMessage(exact.buffer, [exact.buffer])
`

/**
 * Compress `data` as one zstd frame. The buffer is handed to the worker without a copy when it owns
 * its memory, so the caller must not use it afterwards.
 */
export async function zstdCompressOffThread(data: Buffer, o: ZstdOptions): Promise<Buffer> {
  const owns = data.byteOffset === 0 && data.byteLength === data.buffer.byteLength && data.buffer instanceof ArrayBuffer
  const ab = owns ? data.buffer : new Uint8Array(data).buffer
  const worker = new Worker(WORKER, { eval: true, workerData: { data: ab, level: o.level, workers: o.workers ?? defaultZstdWorkers() }, transferList: [ab] })
  return new Promise<Buffer>((resolve, reject) => {
    let result: Buffer | undefined
    worker.once('message', (b: ArrayBuffer) => (result = Buffer.from(b)))
    worker.once('error', (e: Error) => reject(new Error(`zstd compression failed: ${e.message}`)))
    worker.once('exit', code => (result && code === 0 ? resolve(result) : reject(new Error(`zstd compression stopped (worker exit ${code})`))))
  })
}
