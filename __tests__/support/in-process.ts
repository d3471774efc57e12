/**
 * Helpers for calling toolkit libraries (e.g. the real `@actions/cache` / `@actions/artifact`) inside the
 * jest process: set env vars and the working directory for the duration of a call, and capture what the
 * toolkit writes to stdout (`core.info` lines and `::warning::` / `::error::` / `::add-mask::` commands).
 *
 * Jest runs these suites in band (`--runInBand`), so changing `process.env` / `process.cwd()` is safe as
 * long as it is restored afterwards, which these helpers do even when the callback throws.
 */

/** Set (string) or delete (undefined) env vars while `fn` runs; restore the previous values after. */
export async function withEnv<T>(vars: Record<string, string | undefined>, fn: () => Promise<T>): Promise<T> {
  const saved = new Map<string, string | undefined>()
  for (const [k, v] of Object.entries(vars)) {
    saved.set(k, process.env[k])
    if (v === undefined) delete process.env[k]
    else process.env[k] = v
  }
  try {
    return await fn()
  } finally {
    for (const [k, v] of saved) {
      if (v === undefined) delete process.env[k]
      else process.env[k] = v
    }
  }
}

/** Run `fn` with `process.cwd()` set to `dir`. */
export async function inDirectory<T>(dir: string, fn: () => Promise<T>): Promise<T> {
  const before = process.cwd()
  process.chdir(dir)
  try {
    return await fn()
  } finally {
    process.chdir(before)
  }
}

export interface Captured<T> {
  result: T
  /** Everything written to process.stdout while `fn` ran. */
  stdout: string
  /** Messages of `::warning::` lines (any properties stripped). */
  warnings: string[]
  /** Messages of `::error::` lines. */
  errors: string[]
}

/**
 * Capture process.stdout writes while `fn` runs (they are not passed through unless
 * `HARNESS_VERBOSE=1`). Toolkit logging (`core.info`, `core.warning`, ...) goes there.
 */
export async function captureStdout<T>(fn: () => Promise<T>): Promise<Captured<T>> {
  const chunks: string[] = []
  const original = process.stdout.write
  const verbose = process.env['HARNESS_VERBOSE'] === '1'
  const replacement = function (this: NodeJS.WriteStream, chunk: unknown, ...rest: unknown[]): boolean {
    chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8'))
    if (verbose) return (original as (...a: unknown[]) => boolean).call(this, chunk, ...rest)
    const cb = rest.find(r => typeof r === 'function') as (() => void) | undefined
    if (cb) cb()
    return true
  }
  process.stdout.write = replacement
  let result: T
  try {
    result = await fn()
  } finally {
    process.stdout.write = original
  }
  const stdout = chunks.join('')
  const pick = (cmd: string): string[] =>
    stdout
      .split('\n')
      .map(l => l.replace(/\r$/, ''))
      .filter(l => l.startsWith(`::${cmd}`))
      .map(l =>
        l
          .slice(l.indexOf('::', 2) + 2)
          .replace(/%0A/g, '\n')
          .replace(/%0D/g, '\r')
          .replace(/%25/g, '%')
      )
  return { result, stdout, warnings: pick('warning'), errors: pick('error') }
}
