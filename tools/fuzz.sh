#!/usr/bin/env bash
# Builds the libFuzzer target with clang (ASan+UBSan) and fuzzes parse()/annotate() for a bounded time.
#   tools/fuzz.sh [SECONDS]      default 120; a long run: tools/fuzz.sh 1800
# The corpus grows in build-fuzz/corpus (seeded from tests/fixtures and the sample story); a crash leaves
# its input as build-fuzz/crash-* — add it to fuzz/regressions/ and to the tests as a regression case.
set -euo pipefail
cd "$(dirname "$0")/.."
. tools/deps.sh
install_missing "${BUILD_PACKAGES[@]}" clang libclang-rt-14-dev
seconds=${1:-120}
CXX=clang++ cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DWIRECOPY_BUILD_FUZZERS=ON \
    -DWIRECOPY_BUILD_TESTS=OFF -DWIRECOPY_BUILD_EXAMPLES=OFF -DWIRECOPY_BUILD_BENCHMARKS=OFF \
    -DWIRECOPY_INSTALL=OFF >/dev/null
cmake --build build-fuzz -j "$(nproc)" --target fuzz_annotate
mkdir -p build-fuzz/corpus
# Seeds: the fixtures, the sample, and every input that once broke the fuzzer (run first, so a
# regression stops it at once).
cp -n tests/fixtures/*.txt examples/sample/story.txt fuzz/regressions/* build-fuzz/corpus/ 2>/dev/null || true
cd build-fuzz
status=0
./bin/fuzz_annotate corpus -dict=../fuzz/wire.dict -max_len=65536 -max_total_time="$seconds" \
    -timeout=10 -rss_limit_mb=4096 -print_final_stats=1 >fuzz.log 2>&1 || status=$?
grep -E '^#[0-9]+[[:space:]]+DONE' fuzz.log | tail -n 1 || true
grep -E '^(stat::|SUMMARY|==[0-9]+==ERROR|invariant broken)' fuzz.log || true
[ "$status" -eq 0 ] || { tail -n 60 fuzz.log; echo "fuzzing found a failure: see build-fuzz/crash-*"; }
exit "$status"
