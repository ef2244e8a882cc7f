#!/usr/bin/env bash
# Builds optimised and runs the benchmarks: every competitor on the same input in one run, with the
# scaling and adversarial series. Pass --quick for a short run; other arguments go to the benchmark.
set -euo pipefail
cd "$(dirname "$0")/.."
. tools/deps.sh
install_missing "${BUILD_PACKAGES[@]}"
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DWIRECOPY_BUILD_BENCHMARKS=ON >/dev/null
cmake --build build -j "$(nproc)" --target wirecopy_benchmarks
build/bin/wirecopy_benchmarks "$@"
