/** Files never packaged, whatever the build leaves in the prefix (conda-build's post-processing removals). */
import { isDropped } from '../../src/conda/post/files.js'

describe('files never packaged', () => {
  test.each([
    ['share/info/dir', false, true],
    ['lib/python3.13/site-packages/a.pyo', false, true],
    ['.DS_Store', false, true],
    ['share/doc/.DS_Store', false, true],
    ['lib/python3.13/site-packages/easy-install.pth', false, true],
    ['lib/python3.13/site-packages/easy-install.pth', true, false],
    ['share/doc/DS_Store', false, false],
    ['share/doc/.DS_Store.txt', false, false],
    ['bin/tool', false, false]
  ])('%s (preserve_egg_dir %s): dropped %s', (rel, preserve, dropped) => {
    expect(isDropped(rel, preserve)).toBe(dropped)
  })
})
