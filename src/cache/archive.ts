/**
 * Pack a list of files into a tar and unpack it again, with the system's tar and argv only.
 * Unpacking checks every member first: no absolute path, no `..`, no link that leaves the tree.
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { runOrThrow } from '../lib/exec.js'
import { UserError } from '../lib/errors.js'

/**
 * Write `files` (relative to root) into `tarFile`. The caller packs into a folder of its own; a
 * store then copies the tar into place atomically.
 */
export async function packFiles(root: string, files: readonly string[], tarFile: string): Promise<void> {
  const list = `${tarFile}.files`
  fs.writeFileSync(list, files.map(f => `${f}\0`).join(''))
  try {
    await runOrThrow(['tar', '--create', '--file', tarFile, '--directory', root, '--null', '--files-from', list], { silent: true })
  } finally {
    fs.rmSync(list, { force: true })
  }
}

/** Is `name` a relative path that stays inside its destination? */
export function staysInside(name: string): boolean {
  if (name.startsWith('/') || name === '') return false
  let depth = 0
  for (const part of name.split('/')) {
    if (part === '..') depth--
    else if (part !== '.' && part !== '') depth++
    if (depth < 0) return false
  }
  return true
}

/** Check a member list as printed by `tar --list --verbose`: names and link targets. Returns the names. */
export function checkMembers(verbose: string, archive: string): string[] {
  const names: string[] = []
  for (const line of verbose.split('\n')) {
    if (!line.trim()) continue
    // mode owner size date time name[ -> target | link to target]
    const m = /^(\S)\S*\s+\S+\s+\d+\s+\S+\s+\S+\s+(.*)$/.exec(line)
    if (!m) throw new UserError(`${archive}: unreadable member line '${line}'`)
    const [, type, rest] = m
    let name = rest
    let target: string | undefined
    if (type === 'l') [name, target] = rest.split(' -> ')
    else if (type === 'h') [name, target] = rest.split(' link to ')
    if (!staysInside(name)) throw new UserError(`${archive}: member '${name}' would be written outside the tree`)
    if (target !== undefined) {
      const resolved = type === 'l' ? path.posix.join(path.posix.dirname(name), target) : target
      if (target.startsWith('/') || !staysInside(resolved))
        throw new UserError(`${archive}: link '${name}' points outside the tree ('${target}')`)
    }
    if (type !== 'd') names.push(name.replace(/^\.\//, ''))
  }
  return names
}

/** Unpack `tarFile` into root after checking its members; returns their names. Extracted files get the current time. */
export async function unpackFiles(tarFile: string, root: string): Promise<string[]> {
  const listing = await runOrThrow(['tar', '--list', '--verbose', '--file', tarFile], {
    silent: true,
    env: { LC_ALL: 'C', TZ: 'UTC' }
  })
  const names = checkMembers(listing.stdout, tarFile)
  await runOrThrow(['tar', '--extract', '--file', tarFile, '--directory', root, '--touch', '--no-same-owner'], {
    silent: true
  })
  return names
}
