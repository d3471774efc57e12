/**
 * Channels as the user names them: a name (`conda-forge` -> https://conda.anaconda.org/conda-forge),
 * an https:// (or http://) URL, a file:// URL or a local directory. Credentials come from the
 * environment: `$VAR` / `${VAR}` in a channel are expanded (as conda expands them in .condarc) and the
 * expanded values are secrets; a URL's user:password becomes a Basic authorization header, an
 * anaconda.org-style `/t/<token>/` stays in the request path. Everything shown or recorded uses the
 * redacted form. Pure functions: no network, no filesystem.
 */
import * as path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

export const DEFAULT_CHANNEL = 'conda-forge'
export const CHANNEL_ALIAS = 'https://conda.anaconda.org/'

export interface Channel {
  readonly kind: 'http' | 'local'
  /** Base for requests, ending in `/` (token path kept, user:password removed); a directory for local channels. */
  readonly base: string
  /** Shown in logs and written to conda-meta: no user:password, `/t/<TOKEN>/` for a token. No trailing slash. */
  readonly display: string
  /** Headers every request to this channel carries (authorization). */
  readonly headers: Readonly<Record<string, string>>
  /** Values that must never be printed. */
  readonly secrets: readonly string[]
}

export class ChannelError extends Error {
  override name = 'ChannelError'
}

/** Expand `$VAR` and `${VAR}`; the values used are returned as secrets. A missing variable is an error naming it. */
export function expandEnv(text: string, env: Readonly<Record<string, string | undefined>>): { text: string; secrets: string[] } {
  const secrets: string[] = []
  const out = text.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (_m, a: string | undefined, b: string | undefined) => {
    const name = (a ?? b) as string
    const value = env[name]
    if (value === undefined) throw new ChannelError(`the channel refers to $${name}, which is not set in the environment`)
    if (value) secrets.push(value)
    return value
  })
  return { text: out, secrets }
}

const TOKEN_PATH = /\/t\/([^/]+)\//

/** A URL with credentials removed: no user:password, `/t/<token>/` shown as `/t/<TOKEN>/`. */
export function redactUrl(url: string): string {
  let u: URL
  try {
    u = new URL(url)
  } catch {
    return url.replace(/\/\/[^/@]*@/, '//').replace(TOKEN_PATH, '/t/<TOKEN>/')
  }
  u.username = ''
  u.password = ''
  return u.toString().replace(TOKEN_PATH, '/t/<TOKEN>/')
}

/** Parse one channel as given on the command line (or an input); `cwd` resolves relative directories. */
export function parseChannel(given: string, opts: { cwd?: string; env?: Readonly<Record<string, string | undefined>> } = {}): Channel {
  const raw = given.trim()
  if (!raw) throw new ChannelError('an empty channel')
  const { text, secrets } = expandEnv(raw, opts.env ?? process.env)
  if (/^file:\/\//i.test(text)) {
    let dir: string
    try {
      dir = fileURLToPath(text)
    } catch (e) {
      throw new ChannelError(`'${raw}' is not a usable file:// URL (${(e as Error).message})`)
    }
    return local(dir)
  }
  if (/^https?:\/\//i.test(text)) {
    let u: URL
    try {
      u = new URL(text)
    } catch {
      throw new ChannelError(`'${redactUrl(raw)}' is not a valid URL`)
    }
    const headers: Record<string, string> = {}
    const user = decodeURIComponent(u.username)
    const pass = decodeURIComponent(u.password)
    if (user || pass) {
      headers.authorization = `Basic ${Buffer.from(`${user}:${pass}`).toString('base64')}`
      secrets.push(...[user, pass, u.password, u.username].filter(s => s.length > 0 && !secrets.includes(s)))
    }
    const token = TOKEN_PATH.exec(u.pathname)?.[1]
    if (token) secrets.push(token, decodeURIComponent(token))
    u.username = ''
    u.password = ''
    u.search = ''
    u.hash = ''
    const base = u.toString().replace(/\/*$/, '/')
    return { kind: 'http', base, display: redactUrl(base).replace(/\/$/, ''), headers, secrets: [...new Set(secrets)] }
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text))
    throw new ChannelError(`'${redactUrl(raw)}': only https://, http://, file:// channels, names and directories are accepted`)
  const looksLikePath = text.startsWith('/') || text.startsWith('.') || text.startsWith('~') || text.includes(path.sep)
  if (!looksLikePath) {
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(text)) throw new ChannelError(`'${raw}' is neither a channel name, a URL nor a directory`)
    return parseChannel(`${CHANNEL_ALIAS}${text}`, opts)
  }
  const home = process.env.HOME ?? ''
  return local(path.resolve(opts.cwd ?? process.cwd(), text.startsWith('~/') ? path.join(home, text.slice(2)) : text))
}

function local(dir: string): Channel {
  const abs = path.resolve(dir)
  return { kind: 'local', base: abs, display: abs, headers: {}, secrets: [] }
}

/** Where a subdir's file lives: a URL for http channels, a path for local ones. */
export function channelFile(ch: Channel, subdir: string, file: string): string {
  return ch.kind === 'local' ? path.join(ch.base, subdir, file) : new URL(`${subdir}/${encodeURIComponent(file)}`, ch.base).toString()
}

/** The channel as conda-meta records it: the redacted URL, a file:// URL for a local channel. */
export function channelUrl(ch: Channel): string {
  return ch.kind === 'local' ? pathToFileURL(ch.base).toString() : ch.display
}

/** The command that builds a channel from this machine's own tools (the suggestion when no channel can be reached). */
export const TOOLCHAIN_COMMAND = 'build-wheel conda toolchain --output-dir DIR'

/** Whether `e` is a failure to connect (DNS, refused, reset, timed out) rather than an answer from the server. */
export function isConnectFailure(e: unknown): boolean {
  return e instanceof Error && e.name === 'HttpError' && (e as Error & { status?: number }).status === 0
}

/**
 * The error for a channel that cannot be reached: it names the channel (the default one when none
 * was given), says the machine is offline or the URL unreachable with the system's words, and what to
 * do instead. `e` is returned as it is when it is not a failure to connect.
 */
export function unreachableChannel(ch: Channel, e: unknown): unknown {
  if (!isConnectFailure(e)) return e
  const cause = /cannot connect: (.*)$/s.exec((e as Error).message)?.[1]?.trim() || (e as Error).message
  const isDefault = ch.display === `${CHANNEL_ALIAS}${DEFAULT_CHANNEL}`
  const which = isDefault ? `the default channel ${ch.display} (used because no channel was given)` : `the channel ${ch.display}`
  return new ChannelError(
    `cannot reach ${which}: this machine is offline or the URL is unreachable (${cause}). ` +
      `Give a channel it can reach: a folder with --channel DIR (the channels input of the action), ` +
      `for instance one built from this machine's tools with \`${TOOLCHAIN_COMMAND}\`, or a mirror URL`,
    { cause: e }
  )
}
