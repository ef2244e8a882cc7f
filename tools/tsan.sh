#!/usr/bin/env bash
# Builds the test suite with ThreadSanitizer and runs the tests that share input between threads.
set -euo pipefail
cd "$(dirname "$0")/.."
. tools/deps.sh
install_missing "${BUILD_PACKAGES[@]}" doctest-dev
cmake -S . -B build-tsan -DCMAKE_BUILD_TYPE=Debug -DWIRECOPY_BUILD_TESTS=ON -DWIRECOPY_BUILD_EXAMPLES=OFF \
    -DWIRECOPY_BUILD_BENCHMARKS=OFF -DWIRECOPY_PYTHON=OFF -DWIRECOPY_INSTALL=OFF -DWIRECOPY_CHECK_HEADERS=OFF \
    -DWIRECOPY_BUILD_FUZZERS=OFF -DCMAKE_CXX_FLAGS="-O1 -g1 -fsanitize=thread" >/dev/null
cmake --build build-tsan -j "$(nproc)" --target wirecopy_thread_tests
TSAN_OPTIONS=halt_on_error=1 build-tsan/bin/wirecopy_thread_tests
