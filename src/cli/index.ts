import * as fs from 'node:fs'
import * as path from 'node:path'
import { main } from './main.js'

// Started as bin/build-wheel.js or dist/cli/index.js: either way the package root is two levels up.
const home = path.dirname(path.dirname(fs.realpathSync(process.argv[1])))
process.exitCode = await main(process.argv.slice(2), home)
