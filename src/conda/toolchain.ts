/**
 * The toolchain channel: the recipes of examples/conda-toolchain (the machine's gcc, g++, their
 * runtimes, make and a relocatable CPython) built in order into one channel, so that a recipe such as
 * the example's builds with `-c <channel>` and no conda-forge. Before anything builds, every recipe
 * is rendered: a tool the machine lacks fails them all at once, naming the tool and what to install.
 *
 * cachedToolchain keeps the channel under a cache folder, keyed by the recipes' files and what they
 * rendered to (the tools' real paths and versions), the package format and compression: it is built
 * again only when one of those changes.
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { sha256Hex } from '../cache/key.js'
import { buildRecipe, type BuiltPackage } from './builder/build.js'
import { indexChannel } from './index/index.js'
import type { PackageFormat } from './package/write.js'
import { renderRecipe, type RenderResult } from './recipe/render.js'
import type { Spec } from './recipe/variants.js'

/** The recipes, in the order they build: each one's test finds what it needs in the channel already. */
export const TOOLCHAIN_RECIPES = ['libgcc-ng', 'libstdcxx-ng', 'gcc_linux-64', 'gxx_linux-64', 'make', 'python'] as const

/** The toolchain recipes of the package whose root is `home`. */
export function recipesDirOf(home: string): string {
  return path.join(home, 'examples', 'conda-toolchain')
}

export class ToolchainMissing extends Error {
  override name = 'ToolchainMissing'
}

export interface ToolchainOptions {
  /** The folder holding one folder per recipe (a package's examples/conda-toolchain). */
  readonly recipesDir: string
  /** The channel written. */
  readonly outputDir: string
  /** Variants for the recipes (python=3.12 picks the CPython). */
  readonly variants?: Spec
  readonly format?: PackageFormat
  readonly level?: number
  readonly test: boolean
  readonly croot: string
  readonly cacheDir: string
  readonly sourceDateEpoch: string
  readonly log?: (l: string) => void
  readonly warn?: (l: string) => void
}

export interface Rendered {
  readonly name: string
  readonly dir: string
  /** What the recipe rendered to (name, version, variant, metadata) as JSON: the machine's side of the key. */
  readonly rendered: string
  /** The render itself, built from without rendering again. */
  readonly result: RenderResult
}

/** The message of a render failure, shortened to the tool's own error when a tool is missing. */
function renderProblem(name: string, e: unknown): string {
  const msg = e instanceof Error ? e.message : String(e)
  // the template's error as the tool gave it, without the place in meta.yaml (the recipe is named)
  const tool = /(?:ToolchainError: |machine_tool\(\): )([\s\S]*)$/.exec(msg)?.[1]
  return `${name}: ${(tool ?? msg).trim()}`
}

/** Render every recipe; a ToolchainMissing listing every problem when one or more cannot render. */
export function renderToolchain(o: Pick<ToolchainOptions, 'recipesDir' | 'variants'>): Rendered[] {
  const dir = o.recipesDir
  if (!fs.existsSync(dir)) throw new ToolchainMissing(`the toolchain recipes are not there: ${dir} does not exist`)
  const problems: string[] = []
  const out: Rendered[] = []
  for (const name of TOOLCHAIN_RECIPES) {
    const recipe = path.join(dir, name)
    try {
      const r = renderRecipe({ recipe, variants: o.variants })
      const kept = r.variants.filter(v => !v.skip)
      out.push({ name, dir: recipe, rendered: JSON.stringify(kept.map(v => [v.name, v.version, v.buildString, v.variant, v.meta])), result: r })
    } catch (e) {
      problems.push(renderProblem(name, e))
    }
  }
  if (problems.length) throw new ToolchainMissing(`the toolchain cannot be built on this machine:\n  ${problems.join('\n  ')}`)
  return out
}

/** Every file of a recipe folder, sorted, as "path\0sha256" lines. */
function recipeFiles(dir: string): string {
  const lines: string[] = []
  const walk = (rel: string): void => {
    for (const d of fs.readdirSync(path.join(dir, rel), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const r = rel ? `${rel}/${d.name}` : d.name
      if (d.isDirectory()) walk(r)
      else if (d.isFile()) lines.push(`${r}\0${sha256Hex(fs.readFileSync(path.join(dir, r)))}`)
    }
  }
  walk('')
  return lines.join('\n')
}

/** The cache key of a toolchain channel: the recipes' files, what they rendered to, the format and level. */
export function toolchainKey(rendered: readonly Rendered[], format: PackageFormat, level: number | undefined): string {
  const parts = rendered.map(r => `${r.name}\n${recipeFiles(r.dir)}\n${r.rendered}`)
  return sha256Hex([`format ${format} level ${level ?? 'default'}`, ...parts].join('\n\n')).slice(0, 24)
}

/** Build every recipe into `outputDir` (indexed as a channel after each); returns the packages. */
export async function buildToolchain(o: ToolchainOptions, rendered = renderToolchain(o)): Promise<BuiltPackage[]> {
  const packages: BuiltPackage[] = []
  for (const r of rendered) {
    o.log?.(`toolchain: ${r.name}`)
    const got = await buildRecipe({
      recipe: r.dir,
      outputDir: o.outputDir,
      channels: [],
      variants: o.variants,
      format: o.format ?? 'conda',
      level: o.level,
      test: o.test,
      keepWork: false,
      croot: o.croot,
      cacheDir: o.cacheDir,
      sourceCacheDir: path.join(o.cacheDir, 'src_cache'),
      sourceDateEpoch: o.sourceDateEpoch,
      log: o.log,
      warn: o.warn,
      rendered: r.result
    })
    packages.push(...got.packages)
  }
  await indexChannel(o.outputDir, { log: o.log })
  return packages
}

export interface CachedToolchain {
  /** The channel (a folder usable with -c). */
  readonly channel: string
  readonly key: string
  /** Whether it came from the cache (nothing built). */
  readonly hit: boolean
  /** The packages built now (empty on a hit). */
  readonly packages: readonly BuiltPackage[]
  /** The channel's package files (also on a hit). */
  readonly files: readonly string[]
}

const DONE = '.complete'

function channelFiles(channel: string): string[] {
  const out: string[] = []
  for (const sub of fs.readdirSync(channel, { withFileTypes: true }))
    if (sub.isDirectory() && sub.name !== 'broken')
      for (const f of fs.readdirSync(path.join(channel, sub.name)).sort())
        if (f.endsWith('.conda') || f.endsWith('.tar.bz2')) out.push(path.join(channel, sub.name, f))
  return out
}

/**
 * The toolchain channel under `<cacheRoot>/conda-toolchain/<key>`: taken as it is when a complete one
 * is there, otherwise built into a temporary folder renamed into place (other keys' channels removed).
 */
export async function cachedToolchain(cacheRoot: string, o: Omit<ToolchainOptions, 'outputDir'>): Promise<CachedToolchain> {
  const rendered = renderToolchain(o)
  const key = toolchainKey(rendered, o.format ?? 'conda', o.level)
  const base = path.join(cacheRoot, 'conda-toolchain')
  const channel = path.join(base, key)
  if (fs.existsSync(path.join(channel, DONE))) {
    o.log?.(`toolchain channel: reused ${channel} (key ${key})`)
    return { channel, key, hit: true, packages: [], files: channelFiles(channel) }
  }
  fs.mkdirSync(base, { recursive: true })
  const tmp = path.join(base, `${key}.tmp-${process.pid}`)
  fs.rmSync(tmp, { recursive: true, force: true })
  const packages = await buildToolchain({ ...o, outputDir: tmp }, rendered)
  fs.writeFileSync(path.join(tmp, DONE), `${key}\n`)
  fs.rmSync(channel, { recursive: true, force: true })
  fs.renameSync(tmp, channel)
  for (const d of fs.readdirSync(base)) if (d !== key && !d.includes('.tmp-')) fs.rmSync(path.join(base, d), { recursive: true, force: true })
  o.log?.(`toolchain channel: built ${channel} (key ${key})`)
  const moved = packages.map(p => ({ ...p, path: path.join(channel, p.subdir, p.fn) }))
  return { channel, key, hit: false, packages: moved, files: channelFiles(channel) }
}
