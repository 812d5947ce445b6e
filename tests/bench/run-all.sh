#!/usr/bin/env bash
# Runs every benchmark (CTest label "bench") and shows what each prints.
# Usage: tests/bench/run-all.sh <build-dir>
set -euo pipefail
build=${1:?usage: run-all.sh <build-dir>}
exec ctest --test-dir "$build" --label-regex '^bench$' --verbose --timeout 1800
