#!/bin/bash
# Copies the libgcc_s the machine's gcc links with (a real file, symlinks resolved).
set -euo pipefail
lib="$("${BW_CC}" -print-file-name=libgcc_s.so.1)"
if [ "${lib#/}" = "${lib}" ] || [ ! -f "${lib}" ]; then
  echo "error: ${BW_CC} does not know where libgcc_s.so.1 is (-print-file-name gave '${lib}')" >&2
  exit 1
fi
mkdir -p "${PREFIX}/lib"
cp -L "${lib}" "${PREFIX}/lib/libgcc_s.so.1"
chmod 644 "${PREFIX}/lib/libgcc_s.so.1"
