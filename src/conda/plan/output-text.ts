/**
 * The recipe text that belongs to each output, for the variant keys an output uses (conda-build's
 * extract_outputs_text and extract_single_output_text): the `outputs:` section up to the next top-level
 * `test:`, `extra:` or `about:`, cut at each `- name:` / `- type:` item. The top-level package's text is the
 * recipe without its outputs section, plus the block of an output of the same name.
 */
import { usedVariables, type Requirements } from '../recipe/used-vars.js'

const OUTPUTS = /^outputs:[\s\S]*?(?=^test:|^extra:|^about:|(?![\s\S]))/m
const BLOCK = /^ +- +(?:name|type):[\s\S]+?(?=^\w|(?![\s\S])|^ +- +(?:name|type):)/gm

export function outputsText(raw: string): string {
  return OUTPUTS.exec(raw)?.[0] ?? ''
}

/** A block's item as top-level text (`  - name: a` / `    requirements:` -> `name: a` / `requirements:`), so section rules apply. */
function dedent(block: string): string {
  const lead = /^( +- +)/.exec(block)?.[1].length ?? 0
  return block
    .split('\n')
    .map((l, i) => (i === 0 ? l.slice(lead) : /^\s*$/.test(l.slice(0, lead)) ? l.slice(lead) : l))
    .join('\n')
}

/** The raw text blocks of the outputs, in order, dedented to top-level text. */
export function outputBlocks(raw: string): string[] {
  return (outputsText(raw).match(BLOCK) ?? []).map(dedent)
}

/** The top-level text: the recipe without the outputs section, with the block of an output of its name. */
export function topLevelText(raw: string, ownBlock: string | undefined): string {
  const outs = outputsText(raw)
  return (outs ? raw.replace(outs.trim(), '') : raw) + (ownBlock ?? '')
}

export interface OutputUseInput {
  readonly keys: readonly string[]
  readonly text: string
  readonly reqs: Requirements
  readonly ignoreBuildOnly: readonly string[]
  /** The output's script (or build.sh for the top level) when it is a shell script. */
  readonly script?: string
  /** The output's script when it is a batch file (or bld.bat for the top level on Windows). */
  readonly batch?: string
  readonly noarch: boolean
  readonly forceUse: readonly string[]
  readonly forceIgnore: readonly string[]
}

/** The variant keys one output uses. */
export function outputUsedKeys(i: OutputUseInput): Set<string> {
  return usedVariables({
    variantKeys: i.keys,
    rawText: i.text,
    selectedText: i.text,
    reqs: i.reqs,
    ignoreBuildOnly: i.ignoreBuildOnly,
    buildSh: i.script,
    bldBat: i.batch,
    noarch: i.noarch,
    forceUse: i.forceUse,
    forceIgnore: i.forceIgnore
  })
}
