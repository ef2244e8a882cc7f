#!/usr/bin/env bash
# What a process costs that annotates nothing, beyond a bare process: the CPU time (perf stat -e task-clock)
# of `wirecopy --version` and of `wirecopy --jsonl` on empty input, against /bin/true, RUNS runs each
# (default 30), in ROUNDS rounds (default 3) that take turns, so that a busy machine slows them alike.
#   benchmarks/startup.sh [RUNS] [ROUNDS]        WIRECOPY=path/to/wirecopy benchmarks/startup.sh
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-30}
rounds=${2:-3}
wirecopy=${WIRECOPY:-build/bin/wirecopy}
command -v perf >/dev/null || { echo "needs perf (Debian: linux-perf)" >&2; exit 1; }
[ -x "$wirecopy" ] || { echo "no $wirecopy: cmake --build build --target wirecopy_cli" >&2; exit 1; }

# The mean task-clock of one run of the command, in ms (perf's CSV output: value,unit,event,…).
task_clock() {
    perf stat -x, -e task-clock -r "$runs" "$@" 2>&1 >/dev/null </dev/null | awk -F, '$3 ~ /task-clock/ { print $1 }'
}

echo "$wirecopy, task-clock in ms, mean of $runs runs, $rounds rounds, $(nproc) cores"
printf '%-6s %12s %12s %12s %14s %14s\n' round /bin/true --version "--jsonl </dev/null" "--version - true" \
    "--jsonl - true"
for round in $(seq "$rounds"); do
    bare=$(task_clock /bin/true)
    version=$(task_clock "$wirecopy" --version)
    empty=$(task_clock "$wirecopy" --jsonl)
    awk -v r="$round" -v b="$bare" -v v="$version" -v e="$empty" \
        'BEGIN { printf "%-6s %12.3f %12.3f %12.3f %14.3f %14.3f\n", r, b, v, e, v - b, e - b }'
done
