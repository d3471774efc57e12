/**
 * The main template's output, written in pieces that each know where they came from: text copied from the
 * template (a literal, with its offset) or the value of an expression (the offset of its `{{`). From them,
 * a map from every output line and column back to the template's.
 */
import type { LineMap } from '../location.js'
import { LimitError } from './errors.js'
import { LIMITS } from './limits.js'
import type { Sink } from './interp.js'

interface Piece {
  /** Column in the output line where the piece starts. */
  readonly col: number
  readonly pos: number
  readonly literal: boolean
}

export class Output implements Sink {
  private readonly text: string[] = []
  private size = 0
  private readonly lines: Piece[][] = [[]]
  /** Offset in the template of the first character of each output line (or of the newline ending it). */
  private readonly origins: Array<number | undefined> = [undefined]
  private col = 0

  constructor(private readonly max = LIMITS.outputChars) {}

  write(text: string, pos: number, literal: boolean): void {
    if (!text) return
    this.size += text.length
    if (this.size > this.max) throw new LimitError(`the rendered recipe is over ${this.max} characters`)
    this.text.push(text)
    let start = 0
    for (;;) {
      const nl = text.indexOf('\n', start)
      const end = nl < 0 ? text.length : nl
      const at = literal ? pos + start : pos
      const line = this.lines.length - 1
      if (end > start || nl >= 0) {
        this.origins[line] ??= literal ? pos + start : pos
        if (end > start) this.lines[line].push({ col: this.col, pos: at, literal })
      }
      if (nl < 0) {
        this.col += end - start
        return
      }
      this.lines.push([])
      this.origins.push(undefined)
      this.col = 0
      start = nl + 1
    }
  }

  result(src: string): { text: string; map: LineMap } {
    const starts = [0]
    for (let i = src.indexOf('\n'); i >= 0; i = src.indexOf('\n', i + 1)) starts.push(i + 1)
    const toLineCol = (pos: number): { line0: number; col0: number } => {
      let lo = 0
      let hi = starts.length - 1
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1
        if (starts[mid] <= pos) lo = mid
        else hi = mid - 1
      }
      return { line0: lo, col0: pos - starts[lo] }
    }
    const lines: number[] = []
    this.origins.forEach((o, i) => lines.push(o !== undefined ? toLineCol(o).line0 : (lines[i - 1] ?? 0)))
    const at = (l: number, c: number): { line0: number; col0: number } => {
      const pieces = this.lines[l] ?? []
      let p: Piece | undefined
      for (const x of pieces) if (x.col <= c) p = x
      if (!p) return { line0: lines[l] ?? 0, col0: c }
      return toLineCol(p.literal ? p.pos + (c - p.col) : p.pos)
    }
    return { text: this.text.join(''), map: { lines, at } }
  }
}
