#!/bin/bash
# Copies the CPython installation the recipe found (BW_PYTHON_HOME, from build/script_env) into
# $PREFIX and makes it relocatable (repackage.py, run by that same interpreter).
set -euo pipefail
"${BW_PYTHON}" -I "${RECIPE_DIR}/repackage.py" "${BW_PYTHON_HOME}" "${PREFIX}" "${BW_PYTHON_XY}"
