#!/usr/bin/env bash
# Writes the gzipped manual page of one of the built programs from its --help (help2man), as
# Debian wants it (gzip -9n: no name or time stamp, so the package is reproducible).
# Usage: make-manpage.sh <folder of the program> <program> <version> <one-line description> <out.1.gz>
set -euo pipefail
dir=${1:?folder}
program=${2:?program}
version=${3:?version}
name=${4:?description}
out=${5:?output}
# Run by name (argv[0] is what the program prints in its usage line), without a display.
export PATH="$dir:$PATH" QT_QPA_PLATFORM=offscreen
tmp="$out.tmp"
help2man --no-info --no-discard-stderr --section=1 --version-string="$version" --name="$name" \
    --output="$tmp" "$program"
gzip -9n --stdout "$tmp" >"$out"
rm -f "$tmp"
