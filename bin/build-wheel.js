#!/usr/bin/env node
// The local command: runs the committed bundle of src/cli (see `build-wheel help`).
import '../dist/cli/index.js'
