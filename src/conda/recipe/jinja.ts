/**
 * The Jinja pass of a recipe, through our own sandboxed Jinja2 engine (./jinja/): a template can reach only
 * plain values and the context's functions, never JavaScript's objects, and its resource use is bounded.
 * The result keeps a map from each output line and column to the template's, so later passes (selectors
 * again, YAML, schema) can point at what the user wrote.
 */
import { renderTemplate, TemplateError, type Loader } from './jinja/index.js'
import type { LineMap } from './location.js'

export { SecurityError, TemplateNotFound, type Loader, type Loaded } from './jinja/index.js'

export interface JinjaResult {
  readonly text: string
  readonly map: LineMap
}

/** An error from the engine, with the template line and column (0-based) when it gave them. */
export class JinjaError extends Error {
  constructor(
    message: string,
    readonly line0?: number,
    readonly column0?: number
  ) {
    super(message)
  }
}

export interface JinjaOptions {
  /** Finds `{% include %}`d and `{% import %}`ed templates (confined to the recipe's folders). */
  readonly loader?: Loader
}

/**
 * Render a template. `strict`: an undefined name written out is an error (conda-build's final pass);
 * otherwise it renders as nothing (its first pass, which only needs name and version).
 */
export function renderJinja(template: string, context: Record<string, unknown>, strict: boolean, opts: JinjaOptions = {}): JinjaResult {
  try {
    return renderTemplate(template, context, { strict, loader: opts.loader })
  } catch (e) {
    if (e instanceof TemplateError) {
      const err = new JinjaError(e.message, e.line0, e.column0)
      err.cause = e
      throw err
    }
    throw e
  }
}
