// The C tree's line in the summary: what happened, the entry's size and ratio, why nothing was saved.
import { cTreeNote } from '../../src/phases/report.js'

const base = { cacheKey: 'k', files: 1400, seconds: 2.04 }

test.each([
  [
    { ...base, cacheHit: true, saved: false, entryBytes: 254e6, rawBytes: 658e6 },
    'C tree: restored from the cache in 2.0 s (make not run, 1400 files verified, entry 254.0 MB for 658.0 MB (39%)), key k'
  ],
  [
    { ...base, cacheHit: false, saved: true, entryBytes: 1e6, rawBytes: 4e6 },
    'C tree: built with make in 2.0 s (1400 files, saved to the cache, entry 1.0 MB for 4.0 MB (25%)), key k'
  ],
  [
    { ...base, cacheHit: false, saved: false, notSaved: 'the tree did not start clean' },
    'C tree: built with make in 2.0 s (1400 files, not saved: the tree did not start clean), key k'
  ],
  [{ ...base, cacheHit: false, saved: false }, 'C tree: built with make in 2.0 s (1400 files), key k']
])('%o', (m, line) => {
  expect(cTreeNote(m)).toBe(line)
})
