/**
 * A sandboxed Jinja2 engine: our own lexer, parser and tree-walking interpreter over a Python-like value
 * model (values.ts). A template reaches only plain values and the functions we registered; resource use is
 * bounded (limits.ts). `renderTemplate` renders one template with a context of JavaScript values from our code.
 */
import type { LineMap } from '../location.js'
import { TemplateError } from './errors.js'
import { Frame } from './evaluate.js'
import { jinjaGlobals } from './globals.js'
import { Interpreter, parseCached, type Loader } from './interp.js'
import { Budget, withState } from './limits.js'
import { Output } from './output.js'
import { toValue, Undefined } from './values.js'

export { TemplateError, UndefinedError, SecurityError, LimitError, TemplateSyntaxError } from './errors.js'
export { TemplateNotFound, type Loader, type Loaded } from './interp.js'
export { LIMITS, Budget } from './limits.js'

export interface RenderOptions {
  /** Undefined values written out are errors (conda-build's final pass); otherwise they render as nothing. */
  readonly strict: boolean
  /** Finds `{% include %}`d and `{% import %}`ed templates. */
  readonly loader?: Loader
  readonly budget?: Budget
}

export function renderTemplate(src: string, context: Readonly<Record<string, unknown>>, opts: RenderOptions): { text: string; map: LineMap } {
  return withState({ budget: opts.budget ?? new Budget(), strict: opts.strict }, () => {
    const body = parseCached(src)
    const root = new Frame()
    for (const [k, v] of jinjaGlobals()) root.vars.set(k, v)
    for (const k of Object.keys(context)) root.vars.set(k, toValue(context[k], k))
    const interp = new Interpreter(src, undefined, { loader: opts.loader, root }, { missing: n => new Undefined(`'${n}' is undefined`) })
    const out = new Output()
    try {
      interp.exec(body, new Frame(root), out)
    } catch (e) {
      if (e instanceof TemplateError && e.template !== undefined && e.line0 !== undefined) {
        e.message = `${e.template}, line ${e.line0 + 1}: ${e.message}`
        e.line0 = undefined
      }
      throw e
    }
    return out.result(src)
  })
}
