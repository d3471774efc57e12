#!/usr/bin/env node
// The local command: runs the committed bundle of src/cli (`build-wheel --help` lists the commands).
// The bundle takes the package's root (for the demo's example) from this file's own path.
import '../dist/cli/index.js'
