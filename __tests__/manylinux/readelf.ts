/** Run binutils' readelf on a file and parse what the ELF reader is compared with. */
import { execFileSync } from 'node:child_process'

export interface ReadelfFacts {
  needed: string[]
  soname: string | null
  rpath: string | null
  runpath: string | null
  versionNeeds: Record<string, string[]>
  versionDefs: string[]
  symbols: Array<{ name: string; type: string; bind: string; defined: boolean; version: string | null }>
}

export function readelf(file: string): ReadelfFacts {
  const out = execFileSync('readelf', ['-d', '-V', '--dyn-syms', '-W', file], { encoding: 'utf8', maxBuffer: 256 << 20 })
  const f: ReadelfFacts = { needed: [], soname: null, rpath: null, runpath: null, versionNeeds: {}, versionDefs: [], symbols: [] }
  let section: 'dyn' | 'vneed' | 'vdef' | 'syms' | null = null
  let file_: string | null = null
  for (const line of out.split('\n')) {
    if (line.startsWith('Dynamic section')) section = 'dyn'
    else if (line.startsWith('Version needs section')) section = 'vneed'
    else if (line.startsWith('Version definition section')) section = 'vdef'
    else if (line.startsWith('Version symbols section')) section = null
    else if (line.startsWith("Symbol table '.dynsym'")) section = 'syms'
    let m: RegExpExecArray | null
    if (section === 'dyn') {
      if ((m = /\(NEEDED\)\s+Shared library: \[(.*)\]$/.exec(line))) f.needed.push(m[1])
      else if ((m = /\(SONAME\)\s+Library soname: \[(.*)\]$/.exec(line))) f.soname = m[1]
      else if ((m = /\(RPATH\)\s+Library rpath: \[(.*)\]$/.exec(line))) f.rpath = m[1]
      else if ((m = /\(RUNPATH\)\s+Library runpath: \[(.*)\]$/.exec(line))) f.runpath = m[1]
    } else if (section === 'vneed') {
      if ((m = /File: (\S+)\s+Cnt:/.exec(line))) f.versionNeeds[(file_ = m[1])] = []
      else if ((m = /Name: (\S+)\s+Flags:/.exec(line)) && file_) f.versionNeeds[file_]?.push(m[1])
    } else if (section === 'vdef') {
      if ((m = /Index: \d+\s+Cnt: \d+\s+Name: (\S+)/.exec(line))) f.versionDefs.push(m[1])
    } else if (section === 'syms') {
      m = /^\s*(\d+): [0-9a-f]+\s+\S+\s+(\S+)\s+(\S+)\s+(\S+)\s+(?:\[[^\]]*\]\s+)?(\S+)\s?(.*)$/.exec(line)
      if (!m || m[1] === '0') continue
      let name = (m[6] ?? '').replace(/ \(\d+\)$/, '')
      let version: string | null = null
      const at = name.indexOf('@')
      if (at > 0) {
        version = name.slice(at).replace(/^@@?/, '')
        name = name.slice(0, at)
      }
      f.symbols.push({ name, type: m[2], bind: m[3], defined: m[5] !== 'UND', version })
    }
  }
  return f
}
