/**
 * conda's version order (enough of it for pins) and conda-build's pin expressions:
 * `apply_pin_expressions("1.2.3", "x.x", "x")` is ">=1.2,<2.0a0".
 */

type Part = number | string

interface ParsedVersion {
  readonly epoch: number
  readonly components: readonly (readonly Part[])[]
}

export function parseVersion(version: string): ParsedVersion {
  let v = version.trim().toLowerCase()
  let epoch = 0
  const bang = v.indexOf('!')
  if (bang >= 0) {
    epoch = parseInt(v.slice(0, bang), 10) || 0
    v = v.slice(bang + 1)
  }
  v = v.split('+')[0].replace(/[-_]/g, '.')
  const components = v.split('.').map(c => {
    const parts: Part[] = (c.match(/[0-9]+|\*+|[^0-9*]+/g) ?? ['']).map(p =>
      /^\d+$/.test(p) ? parseInt(p, 10) : p === 'post' ? Infinity : p === 'dev' ? 'DEV' : p
    )
    return /^\d/.test(c) ? parts : [0, ...parts]
  })
  return { epoch, components }
}

function comparePart(a: Part, b: Part): number {
  if (typeof a === 'number' && typeof b === 'number') return a === b ? 0 : a < b ? -1 : 1
  if (typeof a === 'number') return a === Infinity ? 1 : 1
  if (typeof b === 'number') return b === Infinity ? -1 : -1
  return a < b ? -1 : a > b ? 1 : 0
}

export function compareVersions(x: string, y: string): number {
  const a = parseVersion(x)
  const b = parseVersion(y)
  if (a.epoch !== b.epoch) return a.epoch - b.epoch
  for (let i = 0; i < Math.max(a.components.length, b.components.length); i++) {
    const ca = a.components[i] ?? [0]
    const cb = b.components[i] ?? [0]
    for (let j = 0; j < Math.max(ca.length, cb.length); j++) {
      const r = comparePart(ca[j] ?? 0, cb[j] ?? 0)
      if (r !== 0) return r
    }
  }
  return 0
}

function increment(v: Part, alpha: boolean): string {
  if (typeof v === 'number' || /^\d+$/.test(v)) return `${Number(v) + 1}${alpha ? 'a' : '.0a0'}`
  return String.fromCharCode(v.charCodeAt(0) + 1)
}

const pinLength = (pin: string | null | undefined): number | undefined => (pin ? pin.split('.').length : undefined)

/** The version range a pin expression gives: lower bound from min_pin places, upper bound one past max_pin places. */
export function applyPinExpressions(version: string, minPin: string | null = 'x.x.x.x.x.x.x', maxPin: string | null = 'x'): string {
  const parsed = parseVersion(version).components
  const flat: Part[] = parsed.flat()
  const nesting = parsed.length - 1
  const pins = [pinLength(minPin), pinLength(maxPin)]
  if (maxPin && maxPin.split('.').length > flat.length) pins[1] = flat.length
  const bounds = ['', '']
  pins.forEach((pin, which) => {
    if (!pin) return
    flat.slice(0, pin).forEach((v, i) => {
      let text = String(v)
      if (which === 1 && i === pin - 1) text = increment(v, /^[a-z]+$/i.test(String(flat[Math.min(pin, flat.length - 1)])))
      bounds[which] += text
      if (i !== nesting) bounds[which] += '.'
    })
    if (bounds[which].endsWith('.')) bounds[which] = bounds[which].slice(0, -1)
  })
  if (bounds[0]) {
    const base = version.endsWith('.*') ? version.slice(0, -2) : version.endsWith('*') ? version.slice(0, -1) : version
    bounds[0] = compareVersions(base, bounds[0]) < 0 ? `>=${version}` : `>=${bounds[0]}`
  }
  if (bounds[1]) bounds[1] = `<${bounds[1]}`
  return bounds.filter(Boolean).join(',')
}
