import { fileURLToPath } from 'node:url'
import { main } from './main.js'

// This file is bundled to dist/cli/index.js: the package root is two levels up.
process.exitCode = await main(process.argv.slice(2), fileURLToPath(new URL('../..', import.meta.url)))
