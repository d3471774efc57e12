/** Build small wheels for tests: the given files plus WHEEL, METADATA and a valid RECORD. */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { buildRecord } from '../../src/manylinux/wheel-file.js'
import { writeZip } from '../../src/archive/zip.js'

export interface WheelSpec {
  name: string
  version: string
  /** e.g. cp311-cp311-linux_x86_64 */
  tag: string
  files: Record<string, Buffer | string>
  modes?: Record<string, number>
}

export function makeWheel(outDir: string, spec: WheelSpec): string {
  const info = `${spec.name}-${spec.version}.dist-info`
  const files: Array<{ name: string; data: Buffer; mode?: number }> = Object.entries(spec.files).map(([name, d]) => ({
    name,
    data: Buffer.from(d),
    ...(spec.modes?.[name] ? { mode: spec.modes[name] } : {})
  }))
  files.push({ name: `${info}/METADATA`, data: Buffer.from(`Metadata-Version: 2.1\nName: ${spec.name}\nVersion: ${spec.version}\n`) })
  files.push({ name: `${info}/WHEEL`, data: Buffer.from(`Wheel-Version: 1.0\nGenerator: test\nRoot-Is-Purelib: false\nTag: ${spec.tag}\n`) })
  files.push({ name: `${info}/RECORD`, data: Buffer.from(buildRecord(files, `${info}/RECORD`)) })
  fs.mkdirSync(outDir, { recursive: true })
  const file = path.join(outDir, `${spec.name}-${spec.version}-${spec.tag}.whl`)
  fs.writeFileSync(file, writeZip(files, new Date(Date.UTC(2020, 0, 1))))
  return file
}
