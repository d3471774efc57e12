/** Temporary recipe folders for the conda tests; each is removed after the test file. */
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { RecipeError } from '../../src/conda/recipe/location.js'

const made: string[] = []

afterAll(() => {
  for (const d of made.splice(0)) fs.rmSync(d, { recursive: true, force: true })
})

export function tmp(prefix = 'conda-test-'): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), prefix))
  made.push(d)
  return d
}

/** A recipe folder with the given files (name -> text). */
export function recipe(files: Record<string, string>): string {
  const dir = tmp('conda-recipe-')
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
    fs.writeFileSync(path.join(dir, name), text)
  }
  return dir
}

export const ENV = { PATH: '/usr/bin', HOME: '/home/u' }

/** The RecipeError `fn` throws (any other error, or none, fails the test). */
export function recipeErrorOf(fn: () => unknown): RecipeError {
  try {
    fn()
  } catch (e) {
    if (e instanceof RecipeError) return e
    throw e
  }
  throw new Error('no error: the recipe rendered')
}
