#!/bin/bash
# gxx_linux-64 from this machine's g++: the activation scripts, filled in with the compiler the
# recipe found when it rendered (BW_CXX, BW_VERSION come from build/script_env). The flags and the
# helpers the scripts use are in gcc_linux-64 (a run requirement).
set -euo pipefail
etc="${PREFIX}/etc/conda"
mkdir -p "${etc}/activate.d" "${etc}/deactivate.d"
text="$(cat "${RECIPE_DIR}/activate.sh")"
text="${text//@CXX@/"${BW_CXX}"}"
text="${text//@VERSION@/"${BW_VERSION}"}"
printf '%s\n' "${text}" > "${etc}/activate.d/activate-${PKG_NAME}.sh"
cp "${RECIPE_DIR}/deactivate.sh" "${etc}/deactivate.d/deactivate-${PKG_NAME}.sh"
