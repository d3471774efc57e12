/**
 * The statement interpreter: output, if, for (with `loop`), set, macros and call blocks, filter blocks,
 * with, do, and the template-loading statements (include, import, from-import), which go through the loader
 * the caller gives (confined to the recipe's folders) and count against the depth bound.
 */
import type { Expr, Param, Stmt, Target } from './ast.js'
import { LimitError, TemplateError } from './errors.js'
import { Evaluator, Frame, type EvalOptions } from './evaluate.js'
import { call } from './lookup.js'
import { lineCol } from './lexer.js'
import { state } from './limits.js'
import { Loop } from './loop.js'
import { iterate } from './ops.js'
import { parseTemplate } from './parser.js'
import { str } from './pystr.js'
import { checkName } from './sandbox.js'
import { PyDict, PyFunc, PyObject, truthy, tuple, typeName, Undefined, type Kw, type Value } from './values.js'

export interface Sink {
  write(text: string, pos: number, literal: boolean): void
}

/** A template found by the loader: its text and the name errors give it. */
export interface Loaded {
  readonly name: string
  readonly text: string
}
/** Finds an included or imported template; throws `TemplateNotFound` when there is none. */
export type Loader = (name: string) => Loaded

export class TemplateNotFound extends TemplateError {
  override name = 'TemplateNotFound'
}

/** Output collected into a string (a macro's, a block set's, a filter block's). */
export class Capture implements Sink {
  private readonly parts: string[] = []
  private size = 0
  write(text: string): void {
    this.size += text.length
    state().budget.string(this.size, text.length)
    this.parts.push(text)
  }
  text(): string {
    return this.parts.join('')
  }
}

export interface Shared {
  readonly loader?: Loader
  /** The globals and the context: the scope imports without context start from. */
  readonly root: Frame
}

const parsed = new Map<string, Stmt[]>()

export function parseCached(src: string): Stmt[] {
  let t = parsed.get(src)
  if (!t) {
    t = parseTemplate(src)
    if (parsed.size > 256) parsed.clear()
    parsed.set(src, t)
  }
  return t
}

export class Interpreter extends Evaluator {
  constructor(
    readonly src: string,
    /** undefined for the main template. */
    readonly templateName: string | undefined,
    readonly shared: Shared,
    opts: EvalOptions
  ) {
    super(opts)
  }

  /** Give an error this template's position, or, coming from another template, say where it was. */
  locate(e: unknown): TemplateError {
    let err: TemplateError
    if (e instanceof TemplateError) err = e
    else if (e instanceof RangeError && /call stack/.test(e.message)) err = new LimitError('the template recursed too deeply')
    else throw e
    if (err.line0 !== undefined && err.template === this.templateName) return err
    if (err.line0 !== undefined) err.message = `${err.template ?? 'the recipe'}, line ${err.line0 + 1}: ${err.message}`
    const { line0, column0 } = lineCol(this.src, this.pos)
    err.line0 = line0
    err.column0 = column0
    err.template = this.templateName
    return err
  }

  exec(body: Stmt[], frame: Frame, out: Sink): void {
    for (const s of body) {
      try {
        this.stmt(s, frame, out)
      } catch (e) {
        throw this.locate(e)
      }
    }
  }

  private stmt(s: Stmt, frame: Frame, out: Sink): void {
    state().budget.step()
    this.pos = s.pos
    switch (s.t) {
      case 'data':
        return out.write(s.text, s.pos, true)
      case 'print': {
        const v = this.eval(s.e, frame)
        this.pos = s.pos
        return out.write(str(v), s.pos, false)
      }
      case 'if': {
        for (const [test, body] of s.branches) if (truthy(this.eval(test, frame))) return this.exec(body, frame, out)
        return this.exec(s.orelse, frame, out)
      }
      case 'for':
        return this.forLoop(s, frame, out)
      case 'set':
        return this.assign(s.target, this.eval(s.e, frame), frame)
      case 'setblock':
        return this.assign(s.target, this.applyFilter(s.filter, this.capture(s.body, frame), frame), frame)
      case 'macro':
        frame.vars.set(s.name, this.macro(s.name, s.params, s.body, frame))
        return
      case 'callblock':
        return out.write(str(this.callBlock(s.call, s.params, s.body, frame)), s.pos, false)
      case 'filterblock':
        return out.write(str(this.applyFilter(s.filter, this.capture(s.body, frame), frame)), s.pos, false)
      case 'with': {
        const inner = new Frame(frame)
        for (const [t, e] of s.assigns) this.assign(t, this.eval(e, frame), inner)
        return this.exec(s.body, inner, out)
      }
      case 'do':
        this.eval(s.e, frame)
        return
      case 'block':
        return this.exec(s.body, frame, out)
      case 'include':
        return this.include(s.template, s.ignoreMissing, s.withContext, frame, out, s.pos)
      case 'import':
        frame.vars.set(s.alias, this.importModule(s.template, s.withContext, frame))
        return
      case 'from': {
        const mod = this.importModule(s.template, s.withContext, frame) as PyObject
        for (const [n, alias] of s.names) {
          if (!mod.attrs.has(n)) throw new TemplateError(`the template does not export the requested name '${n}'`)
          frame.vars.set(alias, mod.attrs.get(n) as Value)
        }
      }
    }
  }

  private capture(body: Stmt[], frame: Frame): string {
    const c = new Capture()
    this.exec(body, frame, c)
    return c.text()
  }

  private applyFilter(f: Expr | undefined, value: Value, frame: Frame): Value {
    if (!f || f.t !== 'filter') return value
    const base = this.applyFilter(f.a, value, frame)
    const { args, kw } = this.args(frame, f)
    return this.filter(f.name, base, args, kw)
  }

  assign(t: Target, v: Value, frame: Frame): void {
    if (t.t === 'name') {
      checkName(t.n)
      frame.vars.set(t.n, v)
    } else if (t.t === 'nsattr') {
      checkName(t.attr)
      const ns = this.name(frame, t.n)
      if (!(ns instanceof PyObject) || !ns.mutable) throw new TemplateError(`cannot assign attribute on non-namespace object '${t.n}'`)
      ns.attrs.set(t.attr, v)
    } else {
      const items = iterate(v)
      if (items.length !== t.items.length)
        throw new TemplateError(
          `${items.length > t.items.length ? 'too many' : 'not enough'} values to unpack (expected ${t.items.length}, got ${items.length})`
        )
      t.items.forEach((x, i) => this.assign(x, items[i], frame))
    }
  }

  private forLoop(s: Extract<Stmt, { t: 'for' }>, frame: Frame, out: Sink): void {
    let items = iterate(this.eval(s.iter, frame))
    if (s.cond) {
      const cond = s.cond
      items = items.filter(x => {
        const f = new Frame(frame)
        this.assign(s.target, x, f)
        return truthy(this.eval(cond, f))
      })
    }
    if (!items.length) return this.exec(s.orelse, frame, out)
    const loop = new Loop(items)
    const budget = state().budget
    for (let i = 0; i < items.length; i++) {
      budget.step()
      const f = new Frame(frame)
      this.assign(s.target, items[i], f)
      f.vars.set('loop', loop.at(i))
      this.exec(s.body, f, out)
    }
  }

  private bind(params: Param[], args: Value[], kw: Kw, frame: Frame, what: string, takesVarargs: boolean): void {
    params.forEach((p, i) => {
      let v: Value
      if (i < args.length) v = args[i]
      else if (kw.has(p.name)) v = kw.get(p.name) as Value
      else if (p.dflt) v = this.eval(p.dflt, frame)
      else v = new Undefined(`parameter '${p.name}' was not provided`)
      frame.vars.set(p.name, v)
    })
    const names = new Set(params.map(p => p.name))
    const extra = new PyDict([...kw].filter(([k]) => !names.has(k) && k !== 'caller'))
    frame.vars.set('varargs', tuple(args.slice(params.length)))
    frame.vars.set('kwargs', extra)
    if (kw.has('caller')) frame.vars.set('caller', kw.get('caller') as Value)
    if (args.length > params.length && !takesVarargs) throw new TemplateError(`macro '${what}' takes not more than ${params.length} argument(s)`)
  }

  private macro(name: string, params: Param[], body: Stmt[], defFrame: Frame): PyFunc {
    // as in Jinja2: extra positional arguments are an error unless the macro reads `varargs` (a caller takes any)
    const takesVarargs = name === 'caller' || JSON.stringify(body).includes('"n":"varargs"')
    return new PyFunc(name, (args, kw) => {
      const budget = state().budget
      budget.enter('macro calls')
      try {
        const f = new Frame(defFrame)
        this.bind(params, args, kw, f, name, takesVarargs)
        return this.capture(body, f)
      } finally {
        budget.leave()
      }
    })
  }

  private callBlock(callExpr: Expr, params: Param[], body: Stmt[], frame: Frame): Value {
    if (callExpr.t !== 'call') throw new TemplateError('{% call %} needs a macro call')
    const caller = this.macro('caller', params, body, frame)
    const f = this.eval(callExpr.f, frame)
    const { args, kw } = this.args(frame, callExpr)
    kw.set('caller', caller)
    return call(f, args, kw)
  }

  private load(template: Expr, frame: Frame): Loaded | undefined {
    const loader = this.shared.loader
    const v = this.eval(template, frame)
    const names = Array.isArray(v) ? v : [v]
    if (!loader) throw new TemplateError('templates cannot be included here (no recipe folder)')
    for (const n of names) {
      if (typeof n !== 'string') throw new TemplateError(`a template name must be a string, not ${typeName(n)}`)
      try {
        return loader(n)
      } catch (e) {
        if (!(e instanceof TemplateNotFound) || n === names[names.length - 1]) throw e
      }
    }
    return undefined
  }

  private run(t: Loaded, frame: Frame, out: Sink): void {
    const budget = state().budget
    budget.enter('includes and imports')
    try {
      let body: Stmt[]
      try {
        body = parseCached(t.text)
      } catch (e) {
        if (e instanceof TemplateError) e.template = t.name
        throw e
      }
      new Interpreter(t.text, t.name, this.shared, this.opts).exec(body, frame, out)
    } finally {
      budget.leave()
    }
  }

  private include(template: Expr, ignoreMissing: boolean, withContext: boolean, frame: Frame, out: Sink, pos: number): void {
    let t: Loaded | undefined
    try {
      t = this.load(template, frame)
    } catch (e) {
      if (ignoreMissing && e instanceof TemplateNotFound) return
      throw e
    }
    if (!t) return
    const sink: Sink = { write: text => out.write(text, pos, false) }
    this.run(t, new Frame(withContext ? frame : this.shared.root), sink)
  }

  private importModule(template: Expr, withContext: boolean, frame: Frame): Value {
    const t = this.load(template, frame) as Loaded
    const f = new Frame(withContext ? frame : this.shared.root)
    this.run(t, f, new Capture())
    const attrs = new Map([...f.vars].filter(([k]) => !k.startsWith('_')))
    return new PyObject('TemplateModule', attrs)
  }
}
