/** Specs that name their channel (`conda-forge::gcc`) are refused before the solver sees them (it aborts on them). */
import { checkUnqualified, solve, SolveError } from '../../../src/conda/env/solve.js'

describe('channel-qualified specs', () => {
  test.each([['conda-forge::gcc_linux-64 13.*'], ['  defaults::zlib'], ['pkgs/main::python >=3.9']])('%s is refused, naming the spec and what to do', spec => {
    expect(() => checkUnqualified(['make', spec])).toThrow(SolveError)
    expect(() => checkUnqualified(['make', spec])).toThrow(
      new RegExp(
        `${spec
          .trim()
          .split(' ')[0]
          .replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}.* names a channel .*drop the 'channel::' prefix`
      )
    )
  })

  test.each([['gcc_linux-64 13.*'], ['python >=3.9,<3.10'], ['foo[build="*_0"]'], ['bar 1.0 *::*']])('%s is solved as usual', spec => {
    expect(() => checkUnqualified([spec])).not.toThrow()
  })

  test('solve refuses them before loading the solver', async () => {
    await expect(solve(['conda-forge::gcc'], [], 'linux-64')).rejects.toThrow(/conda-forge::gcc names a channel/)
  })
})
