#!/usr/bin/env bash
# Builds the wirecopy annotator and runs it on the bundled sample story.
set -euo pipefail
cd "$(dirname "$0")/.."
. tools/deps.sh
install_missing "${BUILD_PACKAGES[@]}" python3
# The tests and the Python module need packages the demo does not install: they are off here, and
# tools/test.sh, which names every option, turns them on in the same build/ and reuses the annotator built
# below (same build type, same flags).
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DWIRECOPY_BUILD_EXAMPLES=ON -DWIRECOPY_BUILD_TESTS=OFF \
    -DWIRECOPY_PYTHON=OFF -DWIRECOPY_BUILD_FUZZERS=OFF >/dev/null
cmake --build build -j "$(nproc)" --target wirecopy_cli
build/bin/wirecopy examples/sample/story.txt | python3 -m json.tool --no-ensure-ascii
