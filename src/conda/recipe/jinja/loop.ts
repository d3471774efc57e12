/**
 * The `loop` object of a for loop: index, index0, revindex, revindex0, first, last, length, previtem,
 * nextitem, cycle(), changed(). One object per loop, its attributes moved on at each iteration (as Jinja2's is).
 */
import { TemplateError } from './errors.js'
import { pyEquals } from './ops.js'
import { PyFunc, PyObject, Undefined, type Value } from './values.js'

const NO_PREVIOUS = new Undefined('there is no previous item')
const NO_NEXT = new Undefined('there is no next item')

export class Loop {
  readonly obj = new PyObject('LoopContext', new Map())
  private i = 0
  private last?: Value[]

  constructor(private readonly items: Value[]) {
    const a = this.obj.attrs
    a.set('length', items.length)
    a.set('depth', 1)
    a.set('depth0', 0)
    a.set(
      'cycle',
      new PyFunc('loop.cycle', args => {
        if (!args.length) throw new TemplateError('loop.cycle() needs at least one item')
        return args[this.i % args.length]
      })
    )
    a.set(
      'changed',
      new PyFunc('loop.changed', args => {
        const same = this.last !== undefined && this.last.length === args.length && this.last.every((v, k) => pyEquals(v, args[k]))
        this.last = args
        return !same
      })
    )
  }

  /** Move to item `i`. */
  at(i: number): PyObject {
    const n = this.items.length
    const a = this.obj.attrs
    this.i = i
    a.set('index', i + 1)
    a.set('index0', i)
    a.set('revindex', n - i)
    a.set('revindex0', n - i - 1)
    a.set('first', i === 0)
    a.set('last', i === n - 1)
    a.set('previtem', i > 0 ? this.items[i - 1] : NO_PREVIOUS)
    a.set('nextitem', i < n - 1 ? this.items[i + 1] : NO_NEXT)
    return this.obj
  }
}
