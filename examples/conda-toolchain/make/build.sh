#!/bin/bash
# Copies the machine's make (the file itself, not a link or a wrapper naming the machine's path).
set -euo pipefail
mkdir -p "${PREFIX}/bin"
cp -L "${BW_MAKE}" "${PREFIX}/bin/make"
chmod 755 "${PREFIX}/bin/make"
