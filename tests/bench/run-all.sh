#!/usr/bin/env bash
# Runs every benchmark (CTest label "bench"), one after the other, shows everything each prints,
# then repeats the figure lines (those with a goal verdict) in one summary with the machine load.
# It starts once the machine is quiet (wait-for-quiet.sh: the build's write-back flushed, the CPUs idle).
# Usage: tests/bench/run-all.sh <build-dir>
set -uo pipefail
build=${1:?usage: run-all.sh <build-dir>}
log=$(mktemp "${TMPDIR:-/tmp}/cw-bench.XXXXXX.log")
echo "benchmarks start: $(date -u '+%F %T UTC'), load: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
quiet=$("$(dirname "$0")/wait-for-quiet.sh" 60)
echo "$quiet"
ctest --test-dir "$build" --label-regex '^bench$' --verbose --timeout 1800 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
echo
echo "=== benchmark summary ($(date -u '+%F %T UTC'), load: $(cut -d' ' -f1-3 /proc/loadavg)) ==="
echo "before the run: $quiet"
# ctest --verbose prefixes each output line with "<test number>: ".
sed -n 's/^[0-9]*: //p' "$log" | grep -E '^(=== |list|lro|gui-start|time-to-clusters|gui-stall|table|memory|sandbox|GET)' | grep -vE '^=== benchmark summary'
grep -E 'tests passed|tests failed' "$log" || true
rm -f "$log"
exit "$status"
