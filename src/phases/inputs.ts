/** The raw inputs layered over the project's settings, and the runtime inputs every step shares. */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { InputProblems, type InputSource } from '../lib/inputs.js'
import { readProjectSettings, withProjectSettings, type ProjectSettings } from '../project/settings.js'
export { readRuntimeChoice } from '../runtime/choice.js'

export interface Gathered {
  readonly problems: InputProblems
  readonly settings: ProjectSettings
  readonly source: InputSource
}

/** Layer the project's [tool.build-wheel] under the given inputs. */
export function gather(raw: InputSource, base: string): Gathered {
  const root = path.resolve(base, raw('path').trim() || '.')
  const settings = fs.existsSync(root) && fs.statSync(root).isDirectory() ? readProjectSettings(root) : { values: {} }
  return { problems: new InputProblems(), settings, source: withProjectSettings(raw, settings) }
}
