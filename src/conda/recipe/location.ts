/**
 * Positions in the original recipe. Each rendering pass (selectors, Jinja, selectors again) changes the
 * text; each keeps a map from its output lines to its input lines, and the maps compose so that an
 * error found in the YAML points at the line and column the user wrote.
 */
import { UserError } from '../../lib/errors.js'

export interface Position {
  readonly file: string
  /** 1-based. */
  readonly line: number
  /** 1-based. */
  readonly column: number
}

/** One pass's map: for each output line (0-based), the input line (0-based); columns unchanged unless `at` says. */
export interface LineMap {
  readonly lines: readonly number[]
  /** The input position of an output position, for passes that move text within lines. */
  at?(line0: number, col0: number): { line0: number; col0: number }
}

/** Compose maps from the last pass to the first: a position in the final text -> a position in the recipe. */
export function traceBack(maps: readonly LineMap[], line0: number, col0: number): { line0: number; col0: number } {
  let pos = { line0, col0 }
  for (let i = maps.length - 1; i >= 0; i--) {
    const m = maps[i]
    const l = Math.max(0, Math.min(pos.line0, m.lines.length - 1))
    pos = m.at ? m.at(l, pos.col0) : { line0: m.lines.length ? m.lines[l] : pos.line0, col0: pos.col0 }
  }
  return pos
}

/** An error in the user's recipe (or variant file): file, line, column, and what to do. */
export class RecipeError extends UserError {
  override name = 'RecipeError'
  constructor(
    readonly problem: string,
    readonly at?: Position
  ) {
    super(at ? `${at.file}:${at.line}:${at.column}: ${problem}` : problem, at?.file, at?.line)
  }
}

/** A non-fatal finding (an unknown key, a selector read from a flow list). */
export interface RecipeWarning {
  readonly message: string
  readonly at?: Position
}

export function formatWarning(w: RecipeWarning): string {
  return w.at ? `${w.at.file}:${w.at.line}:${w.at.column}: ${w.message}` : w.message
}
