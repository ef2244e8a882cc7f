#!/usr/bin/env bash
# Builds the wirecopy annotator and runs it on the bundled sample story.
set -euo pipefail
cd "$(dirname "$0")/.."
. tools/deps.sh
install_missing "${BUILD_PACKAGES[@]}" python3
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DWIRECOPY_BUILD_TESTS=OFF >/dev/null
cmake --build build -j "$(nproc)" --target wirecopy_cli
build/bin/wirecopy examples/sample/story.txt | python3 -m json.tool --no-ensure-ascii
