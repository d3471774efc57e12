/**
 * An action directory whose `runs.main` runs the TypeScript sources (through tsx) instead of the
 * committed bundle, for tests of code newer than `dist/`: the action's own action.yml (inputs,
 * defaults) with `main` replaced. Use with runner.ts's runAction.
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parse, stringify } from 'yaml'

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

/**
 * Write `<dir>/action.yml` (from `actions/<action>/action.yml`, or the root one for '.') whose main
 * imports `src/actions/<entry>/index.ts`. Returns `dir`.
 */
export function sourceAction(dir: string, action: string, entry: string): string {
  const yml = parse(fs.readFileSync(path.join(REPO, action === '.' ? '' : path.join('actions', action), 'action.yml'), 'utf8')) as {
    runs: Record<string, unknown>
  }
  const main = path.join(dir, 'main.mjs')
  const tsx = pathToFileURL(path.join(REPO, 'node_modules', 'tsx', 'dist', 'esm', 'api', 'index.mjs')).href
  const index = pathToFileURL(path.join(REPO, 'src', 'actions', entry, 'index.ts')).href
  fs.mkdirSync(dir, { recursive: true })
  fs.writeFileSync(main, `import { register } from ${JSON.stringify(tsx)}\nregister()\nawait import(${JSON.stringify(index)})\n`)
  yml.runs = { using: 'node24', main: 'main.mjs' }
  fs.writeFileSync(path.join(dir, 'action.yml'), stringify(yml))
  return dir
}
