/**
 * The files a recipe's templates may read (load_file_data, load_file_regex, load_setup_py_data, include,
 * import): only inside the recipe folder and the fetched source folder. A name that leads outside them,
 * with `..`, as an absolute path or through a symbolic link, is refused with the name and where it leads.
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { decodeRecipeText } from './yaml.js'

/** A file a recipe template may not read: outside the recipe and source folders, or too large. */
export class RecipeFileError extends Error {
  override name = 'RecipeFileError'
}

const MAX_FILE_BYTES = 32 * 1024 * 1024

const inside = (p: string, root: string): boolean => p === root || p.startsWith(root.endsWith(path.sep) ? root : root + path.sep)

function realRoot(r: string): string {
  try {
    return fs.realpathSync(r)
  } catch {
    return path.resolve(r)
  }
}

/**
 * The real path of the file `name` (relative to `base`, or absolute) when it exists inside one of `roots`;
 * undefined when there is no such file; an `RecipeFileError` when it would be outside them.
 */
export function confinedFile(roots: ReadonlyArray<string | undefined>, base: string, name: string): string | undefined {
  const dirs = roots.filter((r): r is string => Boolean(r)).map(r => path.resolve(r))
  const reals = dirs.map(realRoot)
  const where = `the recipe folder${dirs.length > 1 ? ' or the source folder' : ''} (${dirs.join(', ')})`
  const p = path.resolve(base, name)
  if (!dirs.some(r => inside(p, r)) && !reals.some(r => inside(p, r)))
    throw new RecipeFileError(`'${name}' is outside ${where}; a recipe may read files only inside them`)
  if (!fs.existsSync(p)) return undefined
  const real = fs.realpathSync(p)
  if (!reals.some(r => inside(real, r)))
    throw new RecipeFileError(`'${name}' resolves (through a symbolic link) to ${real}, outside ${where}; a recipe may read files only inside them`)
  return fs.statSync(real).isFile() ? real : undefined
}

/** A confined file's text: at most 32 MB, valid UTF-8. */
export function readConfined(file: string): string {
  const size = fs.statSync(file).size
  if (size > MAX_FILE_BYTES) throw new RecipeFileError(`'${file}' is ${size} bytes; files read by a recipe template may be at most ${MAX_FILE_BYTES} bytes`)
  return decodeRecipeText(fs.readFileSync(file), file)
}
