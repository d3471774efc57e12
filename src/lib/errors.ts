/** Errors the suite raises on purpose. Each says what went wrong and what to do next. */

/** A problem with what the user gave us: inputs, project settings, paths. */
export class UserError extends Error {
  override name = 'UserError'
  constructor(
    message: string,
    /** A file of the user's the problem is in, for an annotation. */
    readonly file?: string,
    readonly line?: number
  ) {
    super(message)
  }
}

/** A command that ran and failed. */
export class CommandError extends Error {
  override name = 'CommandError'
  constructor(
    readonly argv: readonly string[],
    readonly exitCode: number,
    /** The last lines the command printed (stdout and stderr, in order). */
    readonly tail: string,
    readonly hint?: string
  ) {
    super(
      `command failed with exit code ${exitCode}: ${formatArgv(argv)}` +
        (tail ? `\nlast lines of its output:\n${indent(tail)}` : '') +
        (hint ? `\n${hint}` : '')
    )
  }
}

/** A phase that exists in the suite's shape but is not built yet. */
export class NotImplementedError extends Error {
  override name = 'NotImplementedError'
  constructor(what: string, instead: string) {
    super(`${what} is not implemented yet. ${instead}`)
  }
}

/** Show an argv list the way a shell user could paste it back (for messages only, never executed). */
export function formatArgv(argv: readonly string[]): string {
  return argv.map(shellQuote).join(' ')
}

/** Quote one word for POSIX sh. Used for display and for paths put into the user's own shell commands. */
export function shellQuote(word: string): string {
  if (word !== '' && /^[A-Za-z0-9_@%+=:,./-]+$/.test(word)) return word
  return `'${word.replace(/'/g, `'\\''`)}'`
}

function indent(text: string): string {
  return text
    .split('\n')
    .map(l => `  | ${l}`)
    .join('\n')
}

export function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e)
}
