#!/usr/bin/env bash
# Builds optimised and runs the benchmarks: every competitor on the same input in one run, with the
# scaling and adversarial series; then the annotator on ~100 MB of JSON Lines with 1, 2, N threads.
# Pass --quick for a short run; other arguments go to the benchmark.
set -euo pipefail
cd "$(dirname "$0")/.."
. tools/deps.sh
install_missing "${BUILD_PACKAGES[@]}" python3
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DWIRECOPY_BUILD_BENCHMARKS=ON >/dev/null
cmake --build build -j "$(nproc)" --target wirecopy_benchmarks wirecopy_cli
build/bin/wirecopy_benchmarks "$@"
echo
case " $* " in
*" --quick "*) python3 benchmarks/cli_threads.py --megabytes 10 --runs 1 ;;
*) python3 benchmarks/cli_threads.py ;;
esac
