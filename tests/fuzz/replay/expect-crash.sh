#!/bin/sh
# Runs the replay self-test target and succeeds only if it crashed AND saved the crashing input.
set -u
binary=$1 seed=$2
work=$(mktemp -d "${TMPDIR:-/tmp}/cw-replay.XXXXXX")
trap 'rm -rf "$work"' EXIT
if (cd "$work" && "$binary" -runs=5000 "$seed" >/dev/null 2>&1); then
    echo "the planted crash was not found"; exit 1
fi
[ -s "$work/crash-replay-input" ] || { echo "no crash-replay-input written"; exit 1; }
head -c 5 "$work/crash-replay-input" | grep -q CRASH || { echo "saved input is not the crashing one"; exit 1; }
echo "planted crash found and saved"
