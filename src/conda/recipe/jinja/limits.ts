/**
 * Resource bounds of one render: a step budget (every evaluated node, loop iteration and write counts),
 * a size cap for each string and list built, a cap on everything built (so that many strings under the cap
 * cannot add up), the output's size, and the depth of macro calls and includes. A render that reaches one
 * ends with a `LimitError` naming it, long before the machine is exhausted.
 */
import { LimitError } from './errors.js'

export const LIMITS = {
  steps: 2_000_000,
  /** Characters in one string (UTF-16 units). */
  stringChars: 32 * 1024 * 1024,
  /** Characters and list items built over the whole render. */
  builtUnits: 128 * 1024 * 1024,
  /** Items in one list, or in a range(). */
  listItems: 1_000_000,
  outputChars: 64 * 1024 * 1024,
  depth: 100
} as const

export class Budget {
  steps = 0
  built = 0
  depth = 0
  constructor(readonly limits: typeof LIMITS = LIMITS) {}

  step(): void {
    if (++this.steps > this.limits.steps)
      throw new LimitError(`the template took more than ${this.limits.steps} steps (a loop too long, or recursion); rendering stopped`)
  }

  /** A string of `chars` characters is about to be built, of which `added` are new memory (all, by default). */
  string(chars: number, added = chars): void {
    if (chars > this.limits.stringChars) throw new LimitError(`a string of ${chars} characters is over the limit of ${this.limits.stringChars} characters`)
    this.spend(added)
  }

  /** A list of `items` items is about to be built. */
  list(items: number): void {
    if (items > this.limits.listItems) throw new LimitError(`a list of ${items} items is over the limit of ${this.limits.listItems} items`)
    this.spend(items)
  }

  private spend(units: number): void {
    this.built += units
    if (this.built > this.limits.builtUnits)
      throw new LimitError(`the template built more than ${this.limits.builtUnits} characters and list items in all; rendering stopped`)
  }

  enter(what: string): void {
    if (++this.depth > this.limits.depth) throw new LimitError(`${what} nested more than ${this.limits.depth} levels deep (recursion?)`)
  }

  leave(): void {
    this.depth--
  }
}

/** The render in progress: its budget and mode, read by the value code that builds strings and lists. */
export interface RenderState {
  readonly budget: Budget
  /** Undefined values written out (or computed with) are errors. */
  readonly strict: boolean
}

let current: RenderState = { budget: new Budget(), strict: false }

export const state = (): RenderState => current

/** Run `f` with `s` as the render in progress (restored after, so renders can nest). */
export function withState<T>(s: RenderState, f: () => T): T {
  const saved = current
  current = s
  try {
    return f()
  } finally {
    current = saved
  }
}
