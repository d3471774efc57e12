/**
 * Files a recipe's templates read (load_file_data, load_file_regex, load_setup_py_data, include, import)
 * stay inside the recipe folder and the fetched source folder: `..`, absolute paths and symbolic links that
 * lead outside are render errors naming the path, at the template's line.
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { renderRecipe } from '../../src/conda/recipe/render.js'
import { ENV, recipe, recipeErrorOf, tmp } from './helpers.js'

const HEAD = 'package:\n  name: x\n  version: "1"\n'

/** A recipe folder and a source folder next to a secret file outside both, with links pointing at it. */
function layout(meta: string, files: Record<string, string> = {}) {
  const outside = tmp('conda-outside-')
  fs.writeFileSync(path.join(outside, 'secret.json'), '{"token": "s3cret"}')
  fs.writeFileSync(path.join(outside, 'secret.yaml'), 'token: s3cret\n')
  const dir = recipe({ 'meta.yaml': `${HEAD}${meta}\n`, 'data.json': '{"v": "1.2"}', 'inc.yaml': 'a: 1  # [linux]\nb: 2  # [win]\n', ...files })
  fs.symlinkSync(path.join(outside, 'secret.json'), path.join(dir, 'link.json'))
  fs.symlinkSync(path.join(outside, 'secret.yaml'), path.join(dir, 'link.yaml'))
  fs.symlinkSync(outside, path.join(dir, 'linkdir'))
  const work = tmp('conda-work-')
  fs.writeFileSync(path.join(work, 'src.json'), '{"w": "from source"}')
  fs.symlinkSync(path.join(outside, 'secret.json'), path.join(work, 'setup.cfg'))
  fs.writeFileSync(path.join(work, 'setup.py'), 'setup(name="p", version="1")\n')
  return { dir, work, outside }
}

function render(meta: string, files: Record<string, string> = {}) {
  const { dir, work, outside } = layout(meta, files)
  return { run: () => renderRecipe({ recipe: dir, targetPlatform: 'linux-64', buildPlatform: 'linux-64', env: ENV, workDir: work }), dir, work, outside }
}

const errorOf = (meta: string) => recipeErrorOf(render(meta).run)

describe('a path outside the recipe and source folders is a render error naming it', () => {
  test.each([
    ["{% set d = load_file_data('../secret.json', from_recipe_dir=True) %}", '../secret.json', /is outside the recipe folder/],
    ["{% set d = load_file_data('../../../../../../etc/passwd', 'yaml') %}", '../../../../../../etc/passwd', /is outside/],
    ["{% set d = load_file_data('/etc/passwd', 'yaml') %}", '/etc/passwd', /is outside/],
    ["{% set d = load_file_data('link.json', from_recipe_dir=True) %}", 'link.json', /resolves \(through a symbolic link\) to .*secret\.json, outside/],
    ["{% set d = load_file_data('linkdir/secret.json', from_recipe_dir=True) %}", 'linkdir/secret.json', /through a symbolic link/],
    ["{% set m = load_file_regex(load_file='../secret.json', regex_pattern='(.*)', from_recipe_dir=True) %}", '../secret.json', /is outside/],
    ["{% set m = load_file_regex(load_file='link.json', regex_pattern='(.*)', from_recipe_dir=True) %}", 'link.json', /through a symbolic link/],
    ['{% set s = load_setup_py_data() %}', 'setup.cfg', /through a symbolic link/],
    ["{% include '../secret.yaml' %}", '../secret.yaml', /is outside/],
    ["{% include '/etc/hostname' %}", '/etc/hostname', /is outside/],
    ["{% include 'link.yaml' %}", 'link.yaml', /through a symbolic link/],
    ["{% include 'linkdir/secret.yaml' ignore missing %}", 'linkdir/secret.yaml', /through a symbolic link/],
    ["{% import '../secret.yaml' as m %}", '../secret.yaml', /is outside/],
    ["{% from 'link.yaml' import token %}", 'link.yaml', /through a symbolic link/]
  ])('%s', (line, name, msg) => {
    const e = errorOf(line)
    expect(e.message).toContain(`'${name}'`)
    expect(e.message).toMatch(msg)
    expect(e.message).not.toMatch(/s3cret/)
    expect(e.at?.line).toBe(4)
  })

  test('a missing template is an error unless ignored', () => {
    expect(errorOf("{% include 'nope.yaml' %}").message).toMatch(/no template 'nope\.yaml' in the recipe folder/)
    expect(render("{% include 'nope.yaml' ignore missing %}").run().variants).toHaveLength(1)
  })
})

describe('inside the folders, files are read', () => {
  test('recipe and source files, with `..` that stays inside', () => {
    const { run } = render(
      [
        "{% set d = load_file_data('sub/../data.json', from_recipe_dir=True) %}",
        "{% set w = load_file_data('src.json') %}",
        'about:',
        '  summary: "{{ d.v }} {{ w.w }}"'
      ].join('\n')
    )
    expect((run().variants[0].meta.about as { summary: string }).summary).toBe('1.2 from source')
  })

  test('an included file is rendered with the selectors of the target, a macro file imported', () => {
    const { run } = render(
      "{% import 'macros.j2' as m %}\n{% from 'macros.j2' import tool as t %}\nrequirements:\n  build:\n    - {{ m.tool('make') }}\n    - {{ t('cmake') }}\n{% include 'inc.yaml' %}",
      {
        'macros.j2': '{% macro tool(n) %}{{ n }}-tool{% endmacro %}'
      }
    )
    const meta = run().variants[0].meta
    expect(meta.a).toBe('1')
    expect(meta.b).toBeUndefined()
    expect(meta.requirements).toEqual({ build: ['make-tool', 'cmake-tool'] })
  })

  test('load_file_data of a source file by an absolute path inside the source folder', () => {
    const { dir, work } = layout('about:\n  summary: "{{ load_file_data(src).w }}"')
    const r = renderRecipe({ recipe: dir, targetPlatform: 'linux-64', env: ENV, workDir: work, variants: { src: path.join(work, 'src.json') } })
    expect((r.variants[0].meta.about as { summary: string }).summary).toBe('from source')
  })
})
