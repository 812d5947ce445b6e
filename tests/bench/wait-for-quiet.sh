#!/usr/bin/env bash
# Waits (at most ${1:-60} s) until this machine is quiet before a benchmark run, and says how long
# it waited and how idle the CPUs were. Why: `installer/setup.sh bench` builds first, and a build
# leaves the kernel writing its objects back to disk for seconds after ninja ends, beside
# whatever else was running. The load average cannot tell (a one-minute mean still near 2 long
# after the compilers ended); the CPUs' idle time over one second can.
# Quiet: the CPUs >= 90% idle over one second, after `sync` (the written-back data flushed).
set -uo pipefail
limit=${1:-60}
idle_ratio() {
    # /proc/stat's "cpu" line: user nice system idle iowait irq softirq steal ...; one second apart.
    local a b
    read -r -a a < <(grep '^cpu ' /proc/stat)
    sleep 1
    read -r -a b < <(grep '^cpu ' /proc/stat)
    local total=0 i
    for i in 1 2 3 4 5 6 7 8; do total=$((total + b[i] - a[i])); done
    local idle=$((b[4] - a[4] + b[5] - a[5]))
    echo $((total > 0 ? idle * 100 / total : 100))
}
start=$(date +%s)
sync
while :; do
    idle=$(idle_ratio)
    waited=$(($(date +%s) - start))
    if ((idle >= 90)); then
        echo "quiet machine: CPUs ${idle}% idle over 1 s (waited ${waited} s, sync included), load: $(cut -d' ' -f1-3 /proc/loadavg)"
        exit 0
    fi
    if ((waited >= limit)); then
        echo "machine still busy after ${waited} s: CPUs ${idle}% idle over 1 s; benchmarking anyway (figures may be slower), load: $(cut -d' ' -f1-3 /proc/loadavg)"
        exit 0
    fi
done
