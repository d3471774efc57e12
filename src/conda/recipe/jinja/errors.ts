/**
 * Errors raised while a template is parsed or evaluated. The interpreter adds the template's name and line;
 * the code below it (values, methods, filters) throws them without a position.
 */
export class TemplateError extends Error {
  override name = 'TemplateError'
  /** 0-based line and column in the template, once the interpreter knows them. */
  line0?: number
  column0?: number
  /** The included or imported template the error is in, when it is not the main one. */
  template?: string
}

/** An undefined value used where a value is required (written out in strict mode, called, computed with). */
export class UndefinedError extends TemplateError {
  override name = 'UndefinedError'
}

/** A refused member, name or function: the sandbox speaking. */
export class SecurityError extends TemplateError {
  override name = 'SecurityError'
}

/** A resource bound reached: steps, string or output size, recursion depth. */
export class LimitError extends TemplateError {
  override name = 'LimitError'
}

/** A template that does not parse. */
export class TemplateSyntaxError extends TemplateError {
  override name = 'TemplateSyntaxError'
  constructor(message: string, line0: number, column0: number) {
    super(message)
    this.line0 = line0
    this.column0 = column0
  }
}
