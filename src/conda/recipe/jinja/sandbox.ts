/**
 * The names no template may use as a member or a variable, whatever the object: JavaScript's ways to a
 * prototype or a constructor (and so to `Function`), Python's dunders and frame/function internals.
 * Member lookup reads only our own value model, so these lead nowhere anyway; they are refused by name
 * so that an attempt is a clear render error at its line, never a silent empty string.
 */
import { SecurityError } from './errors.js'

const BLOCKED = new Set([
  'constructor',
  'prototype',
  'mro',
  'func_globals',
  'func_code',
  'func_closure',
  'f_globals',
  'f_locals',
  'f_builtins',
  'f_code',
  'f_back',
  'gi_frame',
  'gi_code',
  'cr_frame',
  'cr_code',
  'ag_frame',
  'ag_code',
  'tb_frame',
  'im_func',
  'im_self',
  'im_class',
  'valueOf',
  'toString',
  'toLocaleString',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'apply',
  'bind',
  'call',
  'arguments',
  'caller_frame'
])

export const isBlockedName = (name: string): boolean => name.startsWith('__') || name.endsWith('__') || BLOCKED.has(name)

export function checkName(name: string): void {
  if (isBlockedName(name)) throw new SecurityError(`access to '${name}' is not allowed in a recipe template`)
}
