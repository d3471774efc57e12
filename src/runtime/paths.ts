/**
 * Host paths and runtime paths are different types: a path the host's file system reads, and a
 * path a command in the runtime (a container) is given, are never mixed up by accident. They are
 * mapped through the runtime's mounts (the host runtime: one mount of `/` at `/`). Pure.
 */
import * as path from 'node:path'
import { UserError } from '../lib/errors.js'

declare const hostBrand: unique symbol
declare const runtimeBrand: unique symbol

/** An absolute path on the host (the runner) side. */
export type HostPath = string & { readonly [hostBrand]: true }
/** An absolute path as commands in the runtime see it. */
export type RuntimePath = string & { readonly [runtimeBrand]: true }

/** A host folder seen by the runtime at `container`. */
export interface Mount {
  readonly host: string
  readonly container: string
  readonly readOnly?: boolean
}

/** The host runtime sees every host path as it is. */
export const HOST_MOUNTS: readonly Mount[] = Object.freeze([{ host: '/', container: '/' }])

export function hostPath(p: string): HostPath {
  return path.resolve(p) as HostPath
}

/** A path that is already in the runtime's terms (an interpreter found there, a path it printed). */
export function runtimePath(p: string): RuntimePath {
  return path.posix.normalize(p) as RuntimePath
}

function inside(p: string, dir: string): string | undefined {
  if (p === dir) return ''
  const base = dir.endsWith('/') ? dir : `${dir}/`
  return p.startsWith(base) ? p.slice(base.length) : undefined
}

/** Map a path through mounts (the longest matching one wins); undefined when no mount holds it. */
export function mapPath(p: string, mounts: readonly Mount[], from: 'host' | 'container'): string | undefined {
  const to = from === 'host' ? 'container' : 'host'
  const sorted = [...mounts].sort((a, b) => b[from].length - a[from].length)
  for (const m of sorted) {
    const rest = inside(path.posix.normalize(p), m[from])
    if (rest !== undefined) return rest ? path.posix.join(m[to], rest) : m[to]
  }
  return undefined
}

function mountList(mounts: readonly Mount[]): string {
  return mounts.map(m => (m.host === m.container ? m.host : `${m.host} -> ${m.container}`)).join(', ') || 'no mounts'
}

/** A host path as the runtime sees it; a UserError naming the mounts when the runtime cannot see it. */
export function toRuntime(mounts: readonly Mount[], p: string, where = 'the runtime'): RuntimePath {
  const r = mapPath(path.resolve(p), mounts, 'host')
  if (r === undefined)
    throw new UserError(
      `${p} is not visible in ${where}: it is outside every folder mounted into it (${mountList(mounts)}). Keep the project inside the workspace.`
    )
  return r as RuntimePath
}

/** A runtime path as the host sees it; a UserError when it is not in a mounted folder. */
export function toHost(mounts: readonly Mount[], p: string, where = 'the runtime'): HostPath {
  const r = mapPath(p, mounts, 'container')
  if (r === undefined) throw new UserError(`${p} in ${where} is not in a folder mounted from the host (${mountList(mounts)})`)
  return r as HostPath
}
