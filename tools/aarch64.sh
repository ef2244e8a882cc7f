#!/usr/bin/env bash
# Builds the scanner and golden-output tests for AArch64 with Debian's cross compiler and runs them under
# qemu, so that the NEON scanner is tested as the x86-64 ones are: alone against the scalar search, and
# end to end on the fixture stories (once with NEON, once with the scalar scanner).
set -euo pipefail
cd "$(dirname "$0")/.."
. tools/deps.sh
install_missing g++-aarch64-linux-gnu qemu-user libboost1.81-dev doctest-dev
out=build-aarch64
mkdir -p "$out/include"
# Boost and doctest are headers only: the cross compiler reads them from the host's include directory,
# without the rest of it (the host's C library headers are not AArch64's).
ln -sfn /usr/include/boost "$out/include/boost"
ln -sfn /usr/include/doctest "$out/include/doctest"
flags=(-std=c++17 -O1 -Wall -Wextra -Wpedantic -Werror -Iinclude -isystem "$out/include"
       "-DWIRECOPY_SOURCE_DIR=\"$PWD\"" "-DWIRECOPY_SHARED_DIR=\"$PWD/../shared\"")
pids=()
objects=()
for source in main test_scanner test_fixtures; do
    aarch64-linux-gnu-g++ "${flags[@]}" -c "tests/$source.cpp" -o "$out/$source.o" &
    pids+=($!)
    objects+=("$out/$source.o")
done
for pid in "${pids[@]}"; do wait "$pid"; done
aarch64-linux-gnu-g++ "${objects[@]}" -o "$out/wirecopy_tests"
qemu-aarch64 -L /usr/aarch64-linux-gnu "$out/wirecopy_tests"
WIRECOPY_SIMD=scalar qemu-aarch64 -L /usr/aarch64-linux-gnu "$out/wirecopy_tests"
