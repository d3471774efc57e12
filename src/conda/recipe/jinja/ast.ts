/** The syntax tree of a template: expressions and statements, each with its offset in the template. */
import type { Value } from './values.js'

export interface Args {
  readonly args: Expr[]
  readonly kwargs: Array<[string, Expr]>
  readonly star?: Expr
  readonly dstar?: Expr
}

export type Expr = { readonly pos: number } & (
  | { t: 'const'; v: Value }
  | { t: 'name'; n: string }
  | { t: 'list' | 'tuple'; items: Expr[] }
  | { t: 'dict'; pairs: Array<[Expr, Expr]> }
  | { t: 'cond'; test: Expr; a: Expr; b?: Expr }
  | { t: 'and' | 'or'; a: Expr; b: Expr }
  | { t: 'not'; a: Expr }
  | { t: 'cmp'; first: Expr; ops: Array<[string, Expr]> }
  | { t: 'bin'; op: string; a: Expr; b: Expr }
  | { t: 'concat'; items: Expr[] }
  | { t: 'unary'; op: '-' | '+'; a: Expr }
  | { t: 'attr'; obj: Expr; name: string }
  | { t: 'item'; obj: Expr; key: Expr }
  | { t: 'slice'; obj: Expr; start?: Expr; stop?: Expr; step?: Expr }
  | ({ t: 'call'; f: Expr } & Args)
  | ({ t: 'filter'; a?: Expr; name: string } & Args)
  | ({ t: 'test'; a: Expr; name: string; negate: boolean } & Args)
)

/** What `set`, `for` and `with` assign to. */
export type Target = { readonly pos: number } & ({ t: 'name'; n: string } | { t: 'tuple'; items: Target[] } | { t: 'nsattr'; n: string; attr: string })

export interface Param {
  readonly name: string
  readonly dflt?: Expr
}

export type Stmt = { readonly pos: number } & (
  | { t: 'data'; text: string }
  | { t: 'print'; e: Expr }
  | { t: 'if'; branches: Array<[Expr, Stmt[]]>; orelse: Stmt[] }
  | { t: 'for'; target: Target; iter: Expr; cond?: Expr; body: Stmt[]; orelse: Stmt[] }
  | { t: 'set'; target: Target; e: Expr }
  | { t: 'setblock'; target: Target; filter?: Expr; body: Stmt[] }
  | { t: 'macro'; name: string; params: Param[]; body: Stmt[] }
  | { t: 'callblock'; call: Expr; params: Param[]; body: Stmt[] }
  | { t: 'include'; template: Expr; ignoreMissing: boolean; withContext: boolean }
  | { t: 'import'; template: Expr; alias: string; withContext: boolean }
  | { t: 'from'; template: Expr; names: Array<[string, string]>; withContext: boolean }
  | { t: 'filterblock'; filter: Expr; body: Stmt[] }
  | { t: 'with'; assigns: Array<[Target, Expr]>; body: Stmt[] }
  | { t: 'do'; e: Expr }
  | { t: 'block'; name: string; body: Stmt[] }
)
