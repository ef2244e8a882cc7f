#!/usr/bin/env bash
# How long a translation unit that calls parse() takes to compile at -O2, in one run: through the full
# header, through <wirecopy/compiled.hpp> (the program links wirecopy::compiled), and a reference unit that
# includes <regex> and calls std::regex_search. The compiler's wall time and peak memory, each unit
# compiled RUNS times (default 3), the units taking turns so that a busy machine slows them alike.
#   benchmarks/compile_time.sh [RUNS]          CXX=clang++ benchmarks/compile_time.sh
set -euo pipefail
cd "$(dirname "$0")/.."
. tools/deps.sh
install_missing "${BUILD_PACKAGES[@]}" time
runs=${1:-3}
cxx=${CXX:-g++}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

names=("parse(), <wirecopy/wirecopy.hpp>" "parse(), <wirecopy/compiled.hpp>" "std::regex_search, <regex>")
units=("benchmarks/compile_time/parse.cpp" "-DWIRECOPY_COMPILE_TIME_COMPILED benchmarks/compile_time/parse.cpp"
       "benchmarks/compile_time/regex_search.cpp")
echo "$cxx $("$cxx" -dumpfullversion), -std=c++17 -O2, $runs runs, $(nproc) cores"
for run in $(seq "$runs"); do
    for i in "${!units[@]}"; do
        # shellcheck disable=SC2086 # a unit is its flags and its file
        /usr/bin/time -f "%e %M" -a -o "$out/unit$i" "$cxx" -std=c++17 -O2 -Iinclude -c ${units[$i]} -o "$out/unit.o"
    done
done
# Per unit: the median and the fastest of its runs, its largest peak memory, and the median's ratio to the
# reference's.
reference=$(sort -n "$out/unit2" | awk '{ t[NR] = $1 } END { print t[int((NR + 1) / 2)] }')
printf '%-36s %10s %10s %12s %12s\n' "translation unit" "median s" "fastest s" "peak MB" "x reference"
for i in "${!units[@]}"; do
    sort -n "$out/unit$i" | awk -v name="${names[$i]}" -v ref="$reference" '
        { t[NR] = $1; if ($2 > peak) peak = $2 }
        END { m = t[int((NR + 1) / 2)]; printf "%-36s %10.2f %10.2f %12.0f %12.2f\n", name, m, t[1], peak / 1024, m / ref }'
done
