#!/usr/bin/env bash
# Builds wirecopy and runs every test: once optimised, once under AddressSanitizer and UBSan.
set -euo pipefail
cd "$(dirname "$0")/.."
. tools/deps.sh
install_missing "${BUILD_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
jobs=$(nproc)

# Every option the pass relies on is named: build/ may have been configured before (tools/demo.sh turns the
# tests off there) and the cache would otherwise keep that choice. Debian's Python, where apt installed
# pybind11, pytest and Dask (a pyenv python3 may come first on PATH).
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DWIRECOPY_BUILD_TESTS=ON -DWIRECOPY_BUILD_EXAMPLES=ON \
    -DWIRECOPY_BUILD_BENCHMARKS=ON -DWIRECOPY_PYTHON=ON -DWIRECOPY_INSTALL=ON -DWIRECOPY_CHECK_HEADERS=ON \
    -DWIRECOPY_BUILD_FUZZERS=OFF -DPython3_EXECUTABLE=/usr/bin/python3
cmake --build build -j "$jobs"
# A pass that finds no tests fails instead of passing.
ctest --test-dir build --output-on-failure --no-tests=error -j "$jobs"

# The same suite with the sanitizers (the header checks are compile-only: built once above is enough;
# -g1 keeps line tables for the reports: full debug information of the X3 grammars fills gigabytes).
# (The Python module is left out: an instrumented module cannot load into an uninstrumented interpreter.
# The benchmarks too: GCC 12 at -O1 with sanitizers warns falsely inside libstdc++'s <regex>, which the
# regex baseline needs; their correctness check already ran in the optimised pass.)
cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DWIRECOPY_BUILD_TESTS=ON -DWIRECOPY_BUILD_EXAMPLES=ON \
    -DWIRECOPY_BUILD_BENCHMARKS=OFF -DWIRECOPY_PYTHON=OFF -DWIRECOPY_INSTALL=OFF -DWIRECOPY_CHECK_HEADERS=OFF \
    -DWIRECOPY_BUILD_FUZZERS=OFF \
    -DCMAKE_CXX_FLAGS="-O1 -g1 -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer"
cmake --build build-asan -j "$jobs"
# The sanitizer pass also takes the portable scalar scanners end to end (the first pass used the best SIMD).
WIRECOPY_SIMD=scalar ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
    ctest --test-dir build-asan --output-on-failure --no-tests=error -j "$jobs" -E '^consumer_'
