/**
 * Which variant keys a recipe's rendering can read, found in its texts before anything is rendered, so that
 * variants differing only in other keys are rendered once (conda-build's get_used_loop_vars and
 * get_reduced_variant_set do the same before render_recipe loops over the variants).
 *
 * This is a superset of the keys the rendered recipe is found to use (./used-vars.ts): a key counts when its
 * name is written anywhere in the texts as a whole name (`-` and `_` alike: `r-base` names r_base), or when
 * the texts name something the context derives from it:
 * - python: the selectors py, py3k, py27... and PY_VER, CONDA_PY, PYTHON; compiler() and stdlib() on Windows;
 * - numpy: np, NPY_VER, CONDA_NPY; perl: pl, PERL_VER; lua: luajit, LUA_VER; r_base: R_VER, CONDA_R;
 * - `<lang>_compiler(_version)` and CONDA_BUILD_SYSROOT: compiler(); `<lang>_stdlib(_version)`: stdlib();
 *   `cdt_*`: cdt();
 * - target_platform and channel_targets always (conda-build always uses them).
 * What it cannot see is a key read through a name computed while rendering: a requirement rendered as
 * `{{ mpi }}` that names the key `openmpi` (insert_variant_versions then pins it), pin_compatible(name). The
 * renderer therefore also gives the rendered texts to this function and renders again when they name a key
 * it had not counted (src/conda/recipe/distinct.ts). Keys read only through `environ[name]` with a computed
 * name are not seen.
 */

const ALWAYS = new Set(['target_platform', 'channel_targets'])

/** A key (by pattern) and what in a text reads it without writing its name. */
const DERIVED: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/^python$/, /py|compiler|stdlib/i],
  [/^numpy$/, /np/i],
  [/^perl$/, /pl|perl/i],
  [/^lua$/, /lua/i],
  [/^r_base$/, /r_ver|conda_r/i],
  [/_compiler(_version)?$/, /compiler/],
  [/^CONDA_BUILD_SYSROOT$/, /compiler|stdlib/],
  [/_stdlib(_version)?$/, /stdlib/],
  [/^cdt_/, /cdt/]
]

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Whether `text` has `name` as a whole name (not inside a longer one: `mpi` is not in `compiler`). */
function names(text: string, name: string): boolean {
  return text.includes(name) && new RegExp(`(?<![A-Za-z0-9_])${escape(name)}(?![A-Za-z0-9_])`).test(text)
}

/** The keys among `candidates` that `texts` may read (see the module's comment). */
export function keysTextsMayRead(candidates: Iterable<string>, texts: readonly string[]): Set<string> {
  const raw = texts.join('\n')
  const folded = raw.replace(/-/g, '_')
  const out = new Set<string>()
  for (const key of candidates) {
    const named = names(raw, key) || names(folded, key.replace(/-/g, '_'))
    if (named || ALWAYS.has(key) || DERIVED.some(([k, t]) => k.test(key) && t.test(raw))) out.add(key)
  }
  return out
}
