export const id = 956;
export const ids = [956];
export const modules = {

/***/ 70173:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  jm: () => (/* binding */ EntryError),
  Vj: () => (/* binding */ EntryMismatch),
  AR: () => (/* binding */ packEntry),
  fe: () => (/* binding */ restoreEntry)
});

// UNUSED EXPORTS: ENTRY_FORMAT, MANIFEST_NAME, compareWithManifest

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/archive/links.ts
var archive_links = __webpack_require__(19783);
// EXTERNAL MODULE: ./src/archive/tar.ts
var tar = __webpack_require__(29661);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/archive/hash-off-thread.ts
/**
 * sha256 of many files' bytes, taken on a worker thread while the caller goes on reading and
 * writing. The caller gives each file's pieces in order, then hands them over between chunks
 * (`flush`): a piece whose memory is its buffer's own is moved to the worker without a copy (its
 * buffer is detached here: the caller must be done with it), any other is copied. At most a few
 * batches are on their way at once: `flush` waits for the worker to catch up. `InThreadHasher` does
 * the same in the caller's thread, for archives too small to be worth a thread.
 */


class InThreadHasher {
    open = new Map();
    done = new Map();
    adopt() { }
    update(id, piece) {
        let h = this.open.get(id);
        if (!h)
            this.open.set(id, (h = (0,external_node_crypto_.createHash)('sha256')));
        h.update(piece);
    }
    end(id) {
        this.done.set(id, (this.open.get(id) ?? (0,external_node_crypto_.createHash)('sha256')).digest('hex'));
        this.open.delete(id);
    }
    flush() {
        return Promise.resolve();
    }
    digests() {
        return Promise.resolve(this.done);
    }
    close() {
        this.open.clear();
    }
}
// Runs as a CommonJS script in the worker (eval), so a bundle needs no file of its own for it.
// A batch: buffers, and ops of four numbers each: file id, buffer index (-1: the file ends), start, end.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads')
const { createHash } = require('node:crypto')
const open = new Map()
const done = []
const recycle = workerData && workerData.recycle
parentPort.on('message', m => {
  if (m.finish) return parentPort.postMessage({ digests: done })
  const bufs = m.buffers.map(b => Buffer.from(b))
  const ops = m.ops
  for (let i = 0; i < ops.length; i += 4) {
    const id = ops[i]
    let h = open.get(id)
    if (ops[i + 1] < 0) {
      done.push(id, (h || createHash('sha256')).digest('hex'))
      open.delete(id)
      continue
    }
    if (!h) open.set(id, (h = createHash('sha256')))
    h.update(bufs[ops[i + 1]].subarray(ops[i + 2], ops[i + 3]))
  }
  parentPort.postMessage({ ack: true })
  if (recycle) recycle.postMessage(m.buffers, m.buffers) // the decompressor fills them again
})
`;
/** Bytes gathered before a batch is posted. */
const BATCH_BYTES = 2 << 20;
/** Batches posted and not yet hashed before `flush` waits. */
const MAX_IN_FLIGHT = 8;
class OffThreadHasher {
    worker;
    buffers = [];
    /** Adopted chunks' buffers in this batch, by index in `buffers`. */
    index = new Map();
    ops = [];
    bytes = 0;
    inFlight = 0;
    failure;
    waiting;
    finished;
    failed;
    /** `recycle`: where the buffers go once hashed (to be filled again), if anywhere. */
    constructor(recycle) {
        this.worker = new external_node_worker_threads_.Worker(WORKER, { eval: true, workerData: { recycle }, transferList: recycle ? [recycle] : [] });
        this.worker.on('message', (m) => {
            if (m.ack) {
                this.inFlight--;
                this.wake();
            }
            if (m.digests) {
                const out = new Map();
                for (let i = 0; i < m.digests.length; i += 2)
                    out.set(m.digests[i], m.digests[i + 1]);
                this.finished?.(out);
            }
        });
        this.worker.on('error', (e) => this.stop(new Error(`hashing on a worker thread failed: ${e.message}`)));
        this.worker.on('exit', code => this.stop(new Error(`the hashing thread stopped (exit ${code})`)));
    }
    adopt(chunk, owned = false) {
        const b = chunk.buffer;
        if (!(b instanceof ArrayBuffer) || this.index.has(b))
            return;
        if (owned || (chunk.byteOffset === 0 && chunk.byteLength === b.byteLength))
            this.index.set(b, this.buffers.push(b) - 1);
    }
    update(id, piece) {
        if (piece.length === 0)
            return;
        const b = this.index.get(piece.buffer);
        if (b !== undefined)
            this.ops.push(id, b, piece.byteOffset, piece.byteOffset + piece.length);
        else
            this.ops.push(id, this.buffers.push(new Uint8Array(piece).buffer) - 1, 0, piece.length); // copied: not an adopted chunk
        this.bytes += piece.length;
    }
    end(id) {
        this.ops.push(id, -1, 0, 0);
    }
    async flush() {
        if (this.failure)
            throw this.failure;
        if (this.bytes >= BATCH_BYTES)
            this.post();
        while (this.inFlight >= MAX_IN_FLIGHT && !this.failure)
            await new Promise(resolve => (this.waiting = resolve));
        const failure = this.failure; // set while waiting
        if (failure)
            throw failure;
    }
    async digests() {
        if (this.failure)
            throw this.failure;
        if (this.ops.length)
            this.post();
        const result = new Promise((resolve, reject) => {
            this.finished = resolve;
            this.failed = reject;
        });
        this.worker.postMessage({ finish: true });
        try {
            return await result;
        }
        finally {
            this.close();
        }
    }
    close() {
        this.failure ??= new Error('the hasher was closed');
        void this.worker.terminate();
    }
    post() {
        this.worker.postMessage({ buffers: this.buffers, ops: this.ops }, this.buffers);
        this.inFlight++;
        this.buffers = [];
        this.index.clear();
        this.ops = [];
        this.bytes = 0;
    }
    stop(e) {
        this.failure ??= e;
        this.failed?.(this.failure);
        this.wake();
    }
    wake() {
        const w = this.waiting;
        this.waiting = undefined;
        w?.();
    }
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
;// CONCATENATED MODULE: ./src/archive/inflate-off-thread.ts
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



/** Chunks waiting for the reader before the worker pauses. */
const AHEAD = 4;
/** Bytes of a chunk's buffer (zlib's pieces are at most 1 MiB: a chunk is posted before it would overflow). */
const INFLATED_CHUNK_BYTES = 4 << 20;
// Runs as a CommonJS script in the worker (eval), so a bundle needs no file of its own for it.
// Messages out: { chunk: ArrayBuffer (moved), length }, { end: true }, { error: string }; in: 'pause', 'resume'.
// Buffers given back on the `recycle` port (after their bytes were hashed) are filled again: fresh
// memory costs a page fault every 4 KiB, a large part of the work at these speeds.
const inflate_off_thread_WORKER = `
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
`;
/** What the worker checks before decoding zstd in place: the zlib handle's synchronous write and its state array. */
function zstdDecodesInPlace() {
    const z = zlib.createZstdDecompress();
    const yes = typeof z._handle?.writeSync === 'function' && Object.prototype.toString.call(z._writeState) === '[object Uint32Array]';
    z.close();
    return yes;
}
/**
 * `file` (zstd or gzip) decompressed on a worker thread, as a stream of Buffers (object mode), each
 * the only view of its memory. Buffers of INFLATED_CHUNK_BYTES posted to `recycle` are used again.
 * `inPlace: false` takes the stream for zstd too (the fallback, tested).
 */
function inflateOffThread(file, kind, recycle, opts = {}) {
    const workerData = { file, kind, recycle, inPlace: opts.inPlace };
    const worker = new external_node_worker_threads_.Worker(inflate_off_thread_WORKER, { eval: true, workerData, transferList: recycle ? [recycle] : [] });
    let paused = false;
    let over = false;
    let failure;
    const stream = new external_node_stream_.Readable({
        objectMode: true,
        highWaterMark: AHEAD,
        read() {
            if (paused)
                worker.postMessage('resume');
            paused = false;
        }
    });
    const stop = (e) => {
        failure ??= e;
        over = true;
        void worker.terminate();
        if (e && !stream.destroyed)
            stream.destroy(e);
    };
    worker.on('message', (m) => {
        if (m.error !== undefined)
            return stop(new Error(`${kind} decompression failed: ${m.error}`));
        if (m.end) {
            stream.push(null);
            return stop();
        }
        if (m.chunk && !stream.push(Buffer.from(m.chunk, 0, m.length)) && !paused) {
            paused = true;
            worker.postMessage('pause');
        }
    });
    worker.on('error', (e) => stop(new Error(`${kind} decompression stopped: ${e.message}`)));
    worker.on('exit', code => over || stop(new Error(`${kind} decompression stopped (worker exit ${code})`)));
    stream.on('close', () => stop());
    return {
        stream,
        ownsChunks: true,
        stop: () => stop(),
        done: () => (failure ? Promise.reject(failure) : Promise.resolve())
    };
}

;// CONCATENATED MODULE: ./src/archive/tar-header.ts
/**
 * Tar header blocks read as untrusted bytes: the 512-byte ustar header (POSIX `ustar\0` `00`, GNU
 * `ustar ` ` \0`, or the old v7 layout), its checksum, its numeric fields (octal, or GNU base-256),
 * and the data of the extended headers that carry long names and sizes (pax `x`/`g` records, GNU
 * `L`/`K` names). Pure functions over buffers: whoever reads the archive decides what to accept.
 */
const BLOCK = 512;
/** A header that cannot be read: what is wrong with it. */
class TarHeaderError extends Error {
    name = 'TarHeaderError';
}
/** Bytes of the field up to its first NUL, decoded as UTF-8. */
function tar_header_text(block, at, len) {
    const end = block.indexOf(0, at);
    return block.toString('utf8', at, end < 0 || end > at + len ? at + len : end);
}
/**
 * A numeric field: octal digits, possibly padded with spaces in front and ended by a space or NUL,
 * or GNU's base-256 (first byte 0x80, the rest big-endian). Empty is 0.
 */
function numericField(block, at, len, what) {
    if (block[at] === 0x80) {
        let n = 0;
        for (let i = at + 1; i < at + len; i++)
            n = n * 256 + block[i];
        if (!Number.isSafeInteger(n))
            throw new TarHeaderError(`its ${what} field is past 2^53`);
        return n;
    }
    if ((block[at] & 0x80) !== 0)
        throw new TarHeaderError(`its ${what} field is negative or not a number`);
    let i = at;
    const end = at + len;
    while (i < end && block[i] === 0x20)
        i++;
    let n = 0;
    let digits = 0;
    for (; i < end && block[i] >= 0x30 && block[i] <= 0x37; i++, digits++)
        n = n * 8 + (block[i] - 0x30);
    for (; i < end; i++)
        if (block[i] !== 0 && block[i] !== 0x20)
            throw new TarHeaderError(`its ${what} field holds '${block.toString('latin1', at, end).replace(/\0/g, '')}', not octal digits`);
    if (!Number.isSafeInteger(n))
        throw new TarHeaderError(`its ${what} field is past 2^53`);
    return digits ? n : 0;
}
/** Is every byte of the block zero (an end-of-archive block)? */
function isZeroBlock(block) {
    for (let i = 0; i < BLOCK; i += 8)
        if (block.readBigUInt64LE(i) !== 0n)
            return false;
    return true;
}
/** Check the header's checksum: the sum of its bytes with the checksum field read as spaces (unsigned, or signed as some old tars wrote it). */
function checkSum(block) {
    const stored = numericField(block, 148, 8, 'checksum');
    let unsigned = 0;
    let signed = 0;
    for (let i = 0; i < BLOCK; i++) {
        const b = i >= 148 && i < 156 ? 0x20 : block[i];
        unsigned += b;
        signed += b > 127 ? b - 256 : b;
    }
    if (stored !== unsigned && stored !== signed)
        throw new TarHeaderError(`a header's checksum is ${stored}, its bytes sum to ${unsigned} (not a tar, or a corrupt one)`);
}
/** Read one (non-zero) header block. Throws TarHeaderError for a block that is no valid header. */
function parseHeader(block) {
    checkSum(block);
    const magic = block.toString('latin1', 257, 263);
    const posix = magic === 'ustar\0';
    if (!posix && magic !== 'ustar ' && block.readUInt32LE(257) !== 0)
        throw new TarHeaderError(`a header has the unknown magic '${magic.replace(/\0/g, '\\0')}'`);
    const name = tar_header_text(block, 0, 100);
    // only POSIX ustar has a prefix: GNU keeps other fields (times) at the same offset
    const prefix = posix ? tar_header_text(block, 345, 155) : '';
    return {
        name: prefix ? `${prefix}/${name}` : name,
        mode: numericField(block, 100, 8, 'mode'),
        size: numericField(block, 124, 12, 'size'),
        type: String.fromCharCode(block[156]),
        linkname: tar_header_text(block, 157, 100)
    };
}
/** The records of a pax extended header (`LEN key=value\n` each, LEN counting the whole record). */
function parsePax(data) {
    const out = new Map();
    let at = 0;
    while (at < data.length) {
        if (data[at] === 0)
            break; // padding after the last record
        const space = data.indexOf(0x20, at);
        const len = space > at && space - at <= 20 ? Number(data.toString('latin1', at, space)) : NaN;
        if (!Number.isSafeInteger(len) || len <= space - at + 1 || at + len > data.length || data[at + len - 1] !== 0x0a)
            throw new TarHeaderError(`a pax extended header has a malformed record at byte ${at}`);
        const record = data.toString('utf8', space + 1, at + len - 1);
        const eq = record.indexOf('=');
        if (eq <= 0)
            throw new TarHeaderError(`a pax extended header has a record with no key at byte ${at}`);
        out.set(record.slice(0, eq), record.slice(eq + 1));
        at += len;
    }
    return out;
}
/** A pax `size` record: decimal digits only. */
function paxSize(value) {
    const n = /^\d{1,16}$/.test(value) ? Number(value) : NaN;
    if (!Number.isSafeInteger(n))
        throw new TarHeaderError(`a pax extended header gives the size '${value}', not a whole number`);
    return n;
}
/** A GNU long name or link (`L`/`K`): the data up to its first NUL. */
function gnuLongText(data) {
    const end = data.indexOf(0);
    return data.toString('utf8', 0, end < 0 ? data.length : end);
}

;// CONCATENATED MODULE: ./src/archive/tar-scan.ts
/**
 * A push parser of a tar stream: fed the (decompressed) bytes in chunks of any size, it reads the
 * headers (tar-header.ts), applies the extended headers to the member they precede, and hands each
 * member's data on as views of the chunks it was given (no copy but of a header that straddles two
 * chunks). It stops at the end-of-archive blocks and refuses a stream that ends before them, bytes
 * past them beyond a record's padding, and extended headers that are too large or never end.
 */

/** The most bytes one extended header (pax record set, GNU long name) may hold. */
const MAX_META_BYTES = 1 << 20;
/** Extended headers in a row before a member. */
const MAX_META_RUN = 8;
/** Bytes accepted after the end-of-archive blocks (a record's padding; tar writes at most 10 KiB). */
const MAX_TRAILING_BYTES = 1 << 20;
class TarScanner {
    on;
    state = 'header';
    /** A header block that straddles chunks. */
    partial;
    /** Data bytes still to come in the current member or extended header. */
    left = 0;
    pad = 0;
    meta;
    metaRun = 0;
    pax = new Map();
    longName;
    longLink;
    trailing = 0;
    /** Bytes of data of the current member or extended header (for its padding). */
    current = 0;
    constructor(on) {
        this.on = on;
    }
    /** Whether the end-of-archive blocks have been read. */
    get ended() {
        return this.state === 'ended';
    }
    /** Feed the next bytes. Throws TarHeaderError for bytes that are not a readable tar. */
    push(chunk) {
        let at = 0;
        while (at < chunk.length) {
            if (this.state === 'ended') {
                this.trailing += chunk.length - at;
                if (this.trailing > MAX_TRAILING_BYTES)
                    throw new TarHeaderError(`more than ${MAX_TRAILING_BYTES} bytes follow its end-of-archive blocks`);
                return;
            }
            if (this.state === 'data' || this.state === 'meta' || this.state === 'padding') {
                at = this.body(chunk, at);
                continue;
            }
            const need = BLOCK - (this.partial?.length ?? 0);
            if (chunk.length - at < need) {
                this.partial = this.partial ? Buffer.concat([this.partial, chunk.subarray(at)]) : Buffer.from(chunk.subarray(at));
                return;
            }
            const block = this.partial ? Buffer.concat([this.partial, chunk.subarray(at, at + need)]) : chunk.subarray(at, at + need);
            this.partial = undefined;
            at += need;
            this.header(block);
        }
    }
    /** The stream is over: throws when it ended inside a member or before the end-of-archive blocks. */
    finish() {
        if (this.state === 'ended')
            return;
        if (this.state === 'data' || this.state === 'meta')
            throw new TarHeaderError(`it ends inside a member, ${this.left} bytes short (truncated)`);
        if (this.state === 'second-zero' && !this.partial)
            return void (this.state = 'ended'); // one zero block at the very end: tar accepts it
        throw new TarHeaderError('it ends before its end-of-archive blocks (truncated)');
    }
    body(chunk, at) {
        if (this.state === 'padding') {
            const n = Math.min(this.pad, chunk.length - at);
            this.pad -= n;
            if (this.pad === 0)
                this.state = 'header';
            return at + n;
        }
        const n = Math.min(this.left, chunk.length - at);
        const piece = chunk.subarray(at, at + n);
        this.left -= n;
        if (this.state === 'data')
            this.on.data(piece);
        else
            this.meta?.parts.push(Buffer.from(piece));
        if (this.left === 0)
            this.close();
        return at + n;
    }
    header(block) {
        if (isZeroBlock(block)) {
            if (this.state === 'second-zero')
                this.state = 'ended';
            else if (this.metaRun)
                throw new TarHeaderError('an extended header is followed by the end of the archive, not by a member');
            else
                this.state = 'second-zero';
            return;
        }
        if (this.state === 'second-zero')
            throw new TarHeaderError('a zero block stands between two members');
        const h = parseHeader(block);
        if (h.type === 'x' || h.type === 'g' || h.type === 'L' || h.type === 'K')
            return this.startMeta(h);
        const name = this.pax.get('path') ?? this.longName ?? h.name;
        const linkname = this.pax.get('linkpath') ?? this.longLink ?? h.linkname;
        const sizeText = this.pax.get('size');
        const size = sizeText === undefined ? h.size : paxSize(sizeText);
        this.pax = new Map();
        this.longName = this.longLink = undefined;
        this.metaRun = 0;
        this.on.member({ ...h, name, linkname, size });
        this.current = this.left = size;
        this.state = 'data';
        if (size === 0)
            this.close();
    }
    startMeta(h) {
        if (++this.metaRun > MAX_META_RUN)
            throw new TarHeaderError(`more than ${MAX_META_RUN} extended headers in a row`);
        if (h.size > MAX_META_BYTES)
            throw new TarHeaderError(`an extended header of ${h.size} bytes, past the limit of ${MAX_META_BYTES}`);
        this.meta = { type: h.type, parts: [] };
        this.current = this.left = h.size;
        this.state = 'meta';
        if (h.size === 0)
            this.close();
    }
    /** The current member's or extended header's data is complete. */
    close() {
        if (this.state === 'data')
            this.on.end();
        else
            this.applyMeta();
        this.pad = (BLOCK - (this.current % BLOCK)) % BLOCK;
        this.state = this.pad ? 'padding' : 'header';
    }
    applyMeta() {
        const m = this.meta;
        this.meta = undefined;
        if (!m)
            return;
        const data = Buffer.concat(m.parts);
        // a global header's records are not applied: no member of an archive read here needs them
        if (m.type === 'x')
            for (const [k, v] of parsePax(data))
                this.pax.set(k, v);
        else if (m.type === 'g')
            parsePax(data);
        else if (m.type === 'L')
            this.longName = gnuLongText(data);
        else
            this.longLink = gnuLongText(data);
    }
}

;// CONCATENATED MODULE: ./src/archive/tar-fresh.ts
/**
 * Extraction of an untrusted tar into a new, empty folder, with the checks of `extractTarTracked`
 * (tar.ts) and in one pass: the headers are read by our own parser (tar-scan.ts) straight off the
 * decompressed chunks, each file's pieces are written as they pass and hashed on a worker thread
 * (hash-off-thread.ts), while another decompresses the next chunks (inflate-off-thread.ts): the
 * three run side by side, and each chunk's buffer goes round (decompressor, writer, hasher, back to
 * the decompressor) without being copied again. A small archive is read and hashed in this thread, as tar.ts reads it.
 *
 * The folder being new, this call is its only writer: what it holds is known without asking the
 * disk, and every file is created with O_EXCL (never through a link). Only files, folders and
 * symlinks are accepted (hard links to earlier files become copies); symlinks are made last, judged
 * by their chains (links.ts). Limits on members and bytes are checked on each header, before
 * anything is written. On any problem the decompressor and the hashing thread are stopped and
 * everything made is removed.
 */








/** Archives smaller than this (compressed) are read and hashed in this thread: workers cost more than they save. */
const OFF_THREAD_FROM_BYTES = 4 << 20;
const CREATE = external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_EXCL | external_node_fs_.constants.O_NOFOLLOW;
const REFUSED_TYPES = { '3': 'a character device', '4': 'a block device', '6': 'a FIFO', S: 'a sparse file' };
const FILE_TYPES = new Set(['0', '\0', '7']);
/** The tree being extracted, as this call made it: the scanner's handler. */
class FreshTree {
    archive;
    root;
    limits;
    hasher;
    created = [];
    links = new Map();
    /** Every member in archive order; a file's sha256 comes from the hasher at the end. */
    order = [];
    byName = new Set();
    files = new Map();
    folders = new Set();
    total = 0;
    nextId = 0;
    /** The file whose data is passing, and its open descriptor. */
    current;
    constructor(archive, root, limits, hasher) {
        this.archive = archive;
        this.root = root;
        this.limits = limits;
        this.hasher = hasher;
    }
    member(h) {
        if (this.order.length >= this.limits.maxMembers)
            throw new tar/* TarError */.mt(this.archive, `more than ${this.limits.maxMembers} members`);
        const n = (0,tar/* memberName */.eg)(h.name);
        if ('refused' in n)
            throw new tar/* TarError */.mt(this.archive, `refused: ${n.refused}`, h.name);
        const rel = n.name;
        if (this.byName.has(rel) && h.type !== '5')
            throw new tar/* TarError */.mt(this.archive, 'it appears twice', rel);
        if (h.size > 0 && (h.type === '5' || h.type === '2' || h.type === '1'))
            throw new tar/* TarError */.mt(this.archive, `its header declares ${h.size} bytes of data, which a folder or link does not hold`, rel);
        if (h.type === '5')
            return this.folder(rel);
        if (this.folders.has(rel))
            throw new tar/* TarError */.mt(this.archive, 'a folder already stands at its path', rel);
        if (h.type === '2')
            return this.link(rel, h.linkname);
        if (h.type === '1')
            return this.hardLink(rel, h.linkname);
        if (!FILE_TYPES.has(h.type)) {
            const what = REFUSED_TYPES[h.type] ?? `an entry of type '${(0,tar/* printable */.g$)(h.type)}'`;
            throw new tar/* TarError */.mt(this.archive, `refused: ${what}; only files, folders and symlinks are accepted`, rel);
        }
        this.addBytes(rel, h.size);
        this.parents(rel);
        const file = { id: this.nextId++, mode: h.mode & 0o111 ? 0o755 : 0o644, size: h.size };
        const abs = external_node_path_.join(this.root, rel);
        const fd = external_node_fs_.openSync(abs, CREATE, file.mode);
        this.created.push(abs);
        this.current = { fd, file };
        this.files.set(rel, file);
        this.byName.add(rel);
        this.order.push({ path: rel, file });
    }
    data(piece) {
        // the scanner hands on exactly the bytes the header declares, and only after a member's header
        const c = this.current;
        if (!c)
            throw new tar/* TarError */.mt(this.archive, 'data for a member that holds none');
        for (let at = 0; at < piece.length;)
            at += external_node_fs_.writeSync(c.fd, piece, at);
        this.hasher.update(c.file.id, piece);
    }
    end() {
        const c = this.current;
        if (!c)
            return;
        this.current = undefined;
        external_node_fs_.fchmodSync(c.fd, c.file.mode); // the umask may have narrowed it
        external_node_fs_.closeSync(c.fd);
        this.hasher.end(c.file.id);
    }
    /** Close the file being written and stop hashing (after a failure). */
    abort() {
        if (this.current)
            external_node_fs_.closeSync(this.current.fd);
        this.current = undefined;
        this.hasher.close();
    }
    /** The members in archive order, each file with its sha256. */
    async finish() {
        const digests = await this.hasher.digests();
        return this.order.map(o => 'member' in o ? o.member : { path: o.path, type: 'file', mode: o.file.mode, size: o.file.size, sha256: digests.get(o.file.id) });
    }
    add(m) {
        this.order.push({ path: m.path, member: m });
        this.byName.add(m.path);
    }
    addBytes(rel, size) {
        if (size > this.limits.maxFileBytes)
            throw new tar/* TarError */.mt(this.archive, `${size} bytes passes the limit of ${this.limits.maxFileBytes} per file`, rel);
        if (this.total + size > this.limits.maxTotalBytes)
            throw new tar/* TarError */.mt(this.archive, `the files pass the limit of ${this.limits.maxTotalBytes} bytes in all`, rel);
        this.total += size;
    }
    folder(rel) {
        if (this.links.has(rel))
            throw new tar/* TarError */.mt(this.archive, 'it is both a symlink and a folder', rel);
        if (this.files.has(rel))
            throw new tar/* TarError */.mt(this.archive, 'it is both a file and a folder', rel);
        if (!this.folders.has(rel)) {
            this.parents(rel);
            this.makeFolder(rel);
        }
        this.add({ path: rel, type: 'dir', mode: 0o755, size: 0 });
    }
    link(rel, target) {
        this.parents(rel);
        this.links.set(rel, target); // judged by its chain once every member is known
        this.add({ path: rel, type: 'symlink', mode: 0o777, size: 0, target });
    }
    /** A hard link to an earlier file of the archive becomes a copy of it (written whole by now). */
    hardLink(rel, linkname) {
        const t = (0,tar/* memberName */.eg)(linkname);
        const source = 'name' in t ? this.files.get(t.name) : undefined;
        if (!source || !('name' in t))
            throw new tar/* TarError */.mt(this.archive, `a hard link to '${(0,tar/* printable */.g$)(linkname)}', which is not a file earlier in the archive`, rel);
        this.addBytes(rel, source.size);
        this.parents(rel);
        const abs = external_node_path_.join(this.root, rel);
        external_node_fs_.copyFileSync(external_node_path_.join(this.root, t.name), abs, external_node_fs_.constants.COPYFILE_EXCL);
        this.created.push(abs);
        this.files.set(rel, source);
        this.byName.add(rel);
        this.order.push({ path: rel, file: source });
    }
    /** Make the folders above rel, refusing to pass through a symlink or a file of the archive. */
    parents(rel) {
        for (let i = rel.indexOf('/'); i >= 0; i = rel.indexOf('/', i + 1)) {
            const folder = rel.slice(0, i);
            if (this.folders.has(folder))
                continue;
            if (this.links.has(folder))
                throw new tar/* TarError */.mt(this.archive, `its folder '${(0,tar/* printable */.g$)(folder)}' is a symlink; refusing to write through it (an earlier member of this archive)`, rel);
            if (this.files.has(folder))
                throw new tar/* TarError */.mt(this.archive, `its folder '${(0,tar/* printable */.g$)(folder)}' is a file`, rel);
            this.makeFolder(folder);
        }
    }
    makeFolder(rel) {
        const abs = external_node_path_.join(this.root, rel);
        external_node_fs_.mkdirSync(abs, { mode: 0o755 });
        this.created.push(abs);
        this.folders.add(rel);
    }
}
function asTarError(archive, e) {
    if (e instanceof tar/* TarError */.mt)
        return e;
    if (e instanceof TarHeaderError)
        return new tar/* TarError */.mt(archive, `unreadable tar (${e.message})`);
    // a failed system call (open, write, mkdir): the disk, not the archive
    if (e instanceof Error && 'syscall' in e)
        return new tar/* TarError */.mt(archive, `its files could not be written (${e.message})`);
    return new tar/* TarError */.mt(archive, `unreadable (${e instanceof Error ? e.message : String(e)})`);
}
/**
 * The archive's bytes: zstd and gzip decompressed on a worker thread when `recycle` is given (the
 * port the hashing thread gives the buffers back on), else as tar.ts reads them.
 */
async function tar_fresh_open(archive, recycle) {
    if (!recycle)
        return (0,tar/* openDecompressed */.TO)(archive);
    const head = Buffer.alloc(8);
    const fd = external_node_fs_.openSync(archive, 'r');
    try {
        external_node_fs_.readSync(fd, head, 0, head.length, 0);
    }
    finally {
        external_node_fs_.closeSync(fd);
    }
    const kind = (0,tar/* detectCompression */.IR)(head);
    if (kind === 'zstd' || kind === 'gzip')
        return inflateOffThread(archive, kind, recycle);
    recycle.close();
    return (0,tar/* openDecompressed */.TO)(archive);
}
/** Read the archive through the tree's handler; the first problem, or undefined. */
async function scan(archive, tree, recycle) {
    const scanner = new TarScanner(tree);
    let input;
    try {
        input = await tar_fresh_open(archive, recycle);
        for await (const chunk of input.stream) {
            tree.hasher.adopt(chunk, input.ownsChunks);
            scanner.push(chunk);
            await tree.hasher.flush();
        }
        await input.done(); // the decompressor's own complaint comes before the parser's about where the bytes ended
        scanner.finish();
        return undefined;
    }
    catch (e) {
        input?.stop();
        return asTarError(archive, e);
    }
}
/**
 * Extract `archive` into `dest`, which must be a new, empty folder (created if missing). Returns the
 * members written, files with their sha256, and what was created. Throws TarError, leaving nothing.
 */
async function extractTarFresh(archive, dest, opts = {}) {
    external_node_fs_.mkdirSync(dest, { recursive: true });
    const root = external_node_fs_.realpathSync(dest);
    if (external_node_fs_.readdirSync(root).length > 0)
        throw new Error(`internal: extractTarFresh needs an empty folder, and ${dest} holds files`);
    const workers = opts.workers ?? external_node_fs_.statSync(archive).size >= OFF_THREAD_FROM_BYTES;
    // the hashing thread gives the decompressor its buffers back, to be filled again
    const recycle = workers ? new external_node_worker_threads_.MessageChannel() : undefined;
    const tree = new FreshTree(archive, root, { ...tar/* DEFAULT_TAR_LIMITS */.by, ...opts.limits }, recycle ? new OffThreadHasher(recycle.port1) : new InThreadHasher());
    let failure = await scan(archive, tree, recycle?.port2);
    let members = [];
    if (!failure)
        try {
            members = await tree.finish();
        }
        catch (e) {
            failure = asTarError(archive, e);
        }
    if (!failure && members.length === 0 && !opts.allowEmpty)
        failure = new tar/* TarError */.mt(archive, 'an empty archive');
    if (!failure && tree.links.size) {
        try {
            (0,tar/* makeLinks */.S_)(root, tree.links, false, tree.created);
        }
        catch (e) {
            failure = e instanceof tar/* LinkRefused */.b_ ? new tar/* TarError */.mt(archive, e.message, e.member) : asTarError(archive, e);
        }
    }
    if (failure) {
        tree.abort();
        (0,tar/* removeCreated */.hZ)(tree.created);
        throw failure;
    }
    return { members, created: tree.created };
}

// EXTERNAL MODULE: ./src/archive/tar-write.ts
var tar_write = __webpack_require__(16703);
// EXTERNAL MODULE: ./src/lib/names.ts
var names = __webpack_require__(71967);
// EXTERNAL MODULE: ./src/cache/tree.ts
var tree = __webpack_require__(14068);
;// CONCATENATED MODULE: ./src/cache/entry.ts
/**
 * A cache entry of a built tree: a zstd-compressed tar of the files in sorted order with normalised
 * metadata, then a manifest (every file's path, type, mode, size and sha256, and the key it was
 * saved under), so the same tree always gives the same bytes. The manifest is written last because
 * the files are hashed as they are packed; readers find it by name (older entries hold it first).
 *
 * An entry is untrusted input. Restoring extracts it into a private folder inside the tree,
 * checks every member against the manifest and the manifest against the expected key, and only
 * then moves the files into place: a bad entry leaves the tree as it was.
 */








const ENTRY_FORMAT = 'build-wheel-tree-entry/1';
const MANIFEST_NAME = 'build-wheel-entry.json';
/** An entry that is sound but not the one this tree needs (kept in the store, not dropped). */
class EntryMismatch extends Error {
    name = 'EntryMismatch';
}
/** A problem with an entry: it is not used (and dropped where the store can). */
class EntryError extends Error {
    name = 'EntryError';
}
function byPath(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** A file or symlink to pack, by lstat (a FIFO, socket or device is refused, never opened). */
function lstatToPack(abs, rel) {
    const st = external_node_fs_.lstatSync(abs, { throwIfNoEntry: false });
    if (!st && (0,names/* looksMangled */.z8)(rel))
        throw new EntryError(`'${rel}' cannot be packed: its name is not UTF-8, and the string given for it names no file`);
    if (!st)
        throw new EntryError(`'${rel}' cannot be packed: it is not there any more (${abs})`);
    if (!st.isFile() && !st.isSymbolicLink())
        throw new EntryError(`'${rel}' cannot be packed: it is ${st.isDirectory() ? 'a folder' : specialKind(st)}, not a file or symlink`);
    return st;
}
function specialKind(st) {
    if (st.isFIFO())
        return 'a FIFO';
    if (st.isSocket())
        return 'a socket';
    if (st.isCharacterDevice())
        return 'a character device';
    if (st.isBlockDevice())
        return 'a block device';
    return 'of an unknown kind';
}
/**
 * Write the files (relative to root) into `out` as an entry for `key`: one pass over the files, each
 * hashed as it is read into the archive; the manifest, known only then, is the last member.
 */
async function packEntry(root, files, key, out, opts) {
    const sorted = [...new Set(files)].sort(byPath);
    const modes = new Map();
    for (const rel of sorted) {
        const st = lstatToPack(external_node_path_.join(root, rel), rel);
        modes.set(rel, st.isSymbolicLink() ? 0o777 : st.mode & 0o111 ? 0o755 : 0o644);
    }
    const written = [];
    const rewritten = Object.fromEntries(Object.entries(opts.rewritten ?? {}).sort(([a], [b]) => byPath(a, b)));
    let manifest;
    const describe = (m) => m.type === 'symlink'
        ? { path: m.name, type: 'symlink', mode: 0o777, size: 0, target: m.target }
        : { path: m.name, type: 'file', mode: modes.get(m.name) ?? 0o644, size: m.size, sha256: m.sha256 };
    function* chunks() {
        yield* (0,tar_write/* tarChunks */.MI)(sorted.map(rel => ({ name: rel, abs: external_node_path_.join(root, rel) })), { mtime: opts.mtime, hash: true, end: false, onMember: m => written.push(m) });
        const list = written.map(describe);
        manifest = { format: ENTRY_FORMAT, key, files: list, ...(Object.keys(rewritten).length ? { rewritten } : {}) };
        yield* (0,tar_write/* tarChunks */.MI)([], { mtime: opts.mtime, prepend: [{ path: MANIFEST_NAME, data: Buffer.from(`${JSON.stringify(manifest)}\n`) }] });
    }
    await (0,tar_write/* writeChunks */.a7)(chunks(), out, { zstdLevel: opts.zstdLevel });
    if (!manifest)
        throw new EntryError('internal: the entry was written without its manifest');
    const rawBytes = manifest.files.reduce((n, f) => n + (f.type === 'file' ? f.size : 0), 0);
    return { manifest, rawBytes, bytes: external_node_fs_.statSync(out).size };
}
const MANIFEST_MAX_BYTES = 64 * 1024 * 1024;
function readManifest(staging, members, key) {
    const m = members.find(x => x.path === MANIFEST_NAME);
    if (!m || m.type !== 'file')
        throw new EntryError(`it has no ${MANIFEST_NAME}`);
    if (m.size > MANIFEST_MAX_BYTES)
        throw new EntryError(`its manifest is ${m.size} bytes, past the limit of ${MANIFEST_MAX_BYTES}`);
    let parsed;
    try {
        parsed = JSON.parse(external_node_fs_.readFileSync(external_node_path_.join(staging, MANIFEST_NAME), 'utf8'));
    }
    catch (e) {
        throw new EntryError(`its manifest is not JSON (${e instanceof Error ? e.message : String(e)})`);
    }
    const man = parsed;
    if (man.format !== ENTRY_FORMAT)
        throw new EntryError(`its manifest has format '${String(man.format)}', expected '${ENTRY_FORMAT}'`);
    if (man.key !== key)
        throw new EntryError(`it was saved under another key ('${String(man.key)}')`);
    if (!Array.isArray(man.files))
        throw new EntryError('its manifest lists no files');
    return man;
}
/** Check the extracted members against the manifest: the same files, each with its recorded content. */
function compareWithManifest(members, manifest) {
    const got = new Map(members.filter(m => m.type !== 'dir' && m.path !== MANIFEST_NAME).map(m => [m.path, m]));
    const seen = new Set();
    for (const f of manifest.files) {
        const n = (0,tar/* memberName */.eg)(String(f.path));
        if ('refused' in n || n.name !== f.path)
            throw new EntryError(`its manifest lists an unsafe path '${String(f.path)}'`);
        if (seen.has(f.path))
            throw new EntryError(`its manifest lists '${f.path}' twice`);
        seen.add(f.path);
        const m = got.get(f.path);
        if (!m)
            throw new EntryError(`'${f.path}' is listed in its manifest but missing (a truncated or partial entry)`);
        if (m.type !== f.type)
            throw new EntryError(`'${f.path}' is a ${m.type} where the manifest says ${f.type}`);
        if (f.type === 'file' && (m.size !== f.size || m.sha256 !== f.sha256 || m.mode !== f.mode))
            throw new EntryError(`'${f.path}' does not match its manifest (size ${m.size} vs ${f.size}, or its sha256 or mode differ)`);
        if (f.type === 'symlink' && m.target !== f.target)
            throw new EntryError(`symlink '${f.path}' does not match its manifest`);
    }
    for (const p of got.keys())
        if (!seen.has(p))
            throw new EntryError(`'${p}' is in the entry but not in its manifest`);
}
/**
 * Make the parent folders of every file in root, refusing any that resolve outside root, and refuse
 * a file whose place holds a folder. Each folder is resolved once.
 */
function parentsInside(root, realRoot, files) {
    const checked = new Set();
    for (const f of files) {
        const parent = external_node_path_.dirname(external_node_path_.join(root, f.path));
        if (!checked.has(parent)) {
            external_node_fs_.mkdirSync(parent, { recursive: true });
            const real = external_node_fs_.realpathSync(parent);
            if (real !== realRoot && !real.startsWith(`${realRoot}${external_node_path_.sep}`))
                throw new EntryError(`'${f.path}' would be written through a link to '${real}', outside the tree`);
            checked.add(parent);
        }
        const st = external_node_fs_.lstatSync(external_node_path_.join(root, f.path), { throwIfNoEntry: false });
        if (st?.isDirectory())
            throw new EntryError(`'${f.path}' is a folder in the tree; the entry has a file there`);
    }
}
/**
 * Move the restored files from staging into the tree. A top-level folder the tree does not have at
 * all moves whole, in one rename (nothing in the tree can lead it elsewhere), when `whole` (the entry
 * had no folder members, so the folder holds exactly the manifest's files); the rest file by file.
 * rename replaces a file or link in place; the files were written during this restore, so they are
 * newer than the sources and make finds nothing to do.
 */
function moveIntoPlace(staging, root, realRoot, files, whole) {
    const moved = new Set();
    if (whole)
        for (const f of files) {
            const top = f.path.split('/', 1)[0];
            if (top === f.path || moved.has(top) || top === tree/* STATE_DIR */.e$ || external_node_fs_.lstatSync(external_node_path_.join(root, top), { throwIfNoEntry: false }))
                continue;
            external_node_fs_.renameSync(external_node_path_.join(staging, top), external_node_path_.join(root, top));
            moved.add(top);
        }
    const rest = files.filter(f => !moved.has(f.path.split('/', 1)[0]));
    parentsInside(root, realRoot, rest);
    for (const f of rest)
        external_node_fs_.renameSync(external_node_path_.join(staging, f.path), external_node_path_.join(root, f.path));
}
/**
 * The entry's links judged by their chains against the tree as it will be once the entry is in
 * place (what the tree holds now, the entry's files over it), and the tree's own links again with
 * them: refused as the archive reader refuses a link of its own tree.
 */
function checkLinkChains(realRoot, files) {
    const look = (0,archive_links/* overlayTree */.tV)((0,archive_links/* diskTree */.cF)(realRoot), files.map((f) => [f.path, f.type === 'symlink' ? { kind: 'link', target: String(f.target) } : archive_links/* FILE */.PW]));
    const links = files.filter(f => f.type === 'symlink').map((f) => [f.path, String(f.target)]);
    const problem = (0,archive_links/* firstLinkProblem */.c7)(look, links) ??
        (links.length
            ? (0,archive_links/* firstLinkProblem */.c7)(look, (0,archive_links/* linksOnDisk */.Ms)(realRoot, rel => rel === tree/* STATE_DIR */.e$ || rel === '.git'), 'existing')
            : null);
    if (problem)
        throw new EntryError(`${(0,archive_links/* describeLinkProblem */.Pw)(problem)} (in the tree it would be restored into)`);
}
/**
 * Restore `entryFile` into root, verified. Returns the manifest's files. Throws EntryError (the
 * tree untouched) when anything is wrong.
 */
async function restoreEntry(entryFile, root, key, limits, 
/** Whether this tree may use the entry (checked on its manifest before anything is moved); a reason throws EntryMismatch. */
accept) {
    const realRoot = external_node_fs_.realpathSync(root);
    const base = external_node_path_.join(root, tree/* STATE_DIR */.e$);
    external_node_fs_.mkdirSync(base, { recursive: true });
    const staging = external_node_fs_.mkdtempSync(external_node_path_.join(base, 'restore-'));
    try {
        let members;
        try {
            members = (await extractTarFresh(entryFile, staging, { limits })).members;
        }
        catch (e) {
            throw new EntryError(e instanceof Error ? e.message : String(e));
        }
        const manifest = readManifest(staging, members, key);
        const refused = accept?.(manifest);
        if (refused)
            throw new EntryMismatch(refused);
        compareWithManifest(members, manifest);
        const files = [...manifest.files].sort((a, b) => byPath(a.path, b.path));
        checkLinkChains(realRoot, files);
        moveIntoPlace(staging, root, realRoot, files, !members.some(m => m.type === 'dir'));
        return files;
    }
    finally {
        external_node_fs_.rmSync(staging, { recursive: true, force: true });
    }
}


/***/ }),

/***/ 86320:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ HostRuntime)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _lib_exec_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(10766);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(69704);
/* harmony import */ var _runtime_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(62536);
/** The host runtime: commands run directly on this machine; paths are the same on both sides. */






function stringEnv(env) {
    const out = {};
    for (const [k, v] of Object.entries(env))
        if (v !== undefined)
            out[k] = v;
    return out;
}
class HostRuntime {
    kind = 'host';
    description = `host (${node_os__WEBPACK_IMPORTED_MODULE_1__.platform()} ${node_os__WEBPACK_IMPORTED_MODULE_1__.arch()})`;
    mounts = _paths_js__WEBPACK_IMPORTED_MODULE_4__/* .HOST_MOUNTS */ .II;
    toRuntimePath(p) {
        return (0,_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .runtimePath */ .Ej)(node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(p));
    }
    toHostPath(p) {
        return (0,_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .hostPath */ .y4)(p);
    }
    run(argv, opts = {}) {
        return (0,_lib_exec_js__WEBPACK_IMPORTED_MODULE_3__/* .run */ .e)(argv, opts);
    }
    runOrThrow(argv, opts = {}) {
        return (0,_lib_exec_js__WEBPACK_IMPORTED_MODULE_3__/* .runOrThrow */ .n)(argv, opts);
    }
    /** This process's environment; PATH the usual default when the process has none. */
    async env() {
        const env = stringEnv(process.env);
        return env.PATH ? env : { ...env, PATH: _runtime_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_PATH */ .O };
    }
    async tempDir(prefix) {
        return node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync(node_path__WEBPACK_IMPORTED_MODULE_2__.join(process.env.RUNNER_TEMP || node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir(), prefix));
    }
    async removeTree(hostPath) {
        node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync(hostPath, { recursive: true, force: true });
    }
    async readFile(runtimePath) {
        try {
            return node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(runtimePath, 'utf8');
        }
        catch {
            return undefined;
        }
    }
    async identity() {
        return `host-${node_os__WEBPACK_IMPORTED_MODULE_1__.platform()}-${node_os__WEBPACK_IMPORTED_MODULE_1__.arch()}`;
    }
    async dispose() { }
}


/***/ }),

/***/ 62536:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ DEFAULT_PATH)
/* harmony export */ });
/** The PATH docker and podman give a container whose image sets none; the host runtime's when the process has none. */
const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';


/***/ })

};
