/** Files written so that no half-written one is ever left behind: a temporary name beside it, then a rename. */
import * as fs from 'node:fs'
import * as path from 'node:path'

/** Write `data` to `dest` (creating its folder) through a temporary name. */
export function writeAtomically(dest: string, data: string | Uint8Array): void {
  replaceAtomically(dest, tmp => fs.writeFileSync(tmp, data))
}

/** Copy `src` to `dest` (creating its folder) through a temporary name. */
export function copyAtomically(src: string, dest: string): void {
  replaceAtomically(dest, tmp => fs.copyFileSync(src, tmp))
}

/** Let `fill` write a temporary file beside `dest`, then rename it into place; nothing is left on failure. */
export function replaceAtomically(dest: string, fill: (tmp: string) => void): void {
  fs.mkdirSync(path.dirname(dest), { recursive: true })
  const tmp = path.join(path.dirname(dest), `.${path.basename(dest)}.tmp-${process.pid}`)
  try {
    fill(tmp)
    fs.renameSync(tmp, dest)
  } finally {
    fs.rmSync(tmp, { force: true })
  }
}
