#!/usr/bin/env bash
# The README's two commands (and the benchmark one) in one script.
#   installer/setup.sh run    install what is missing, build, launch the app on the sandbox
#   installer/setup.sh test   install what is missing, build, run every test (CTest), then
#                             build the .deb and check it (lintian, desktop-file-validate,
#                             appstreamcli: installer/check-package.sh)
#   installer/setup.sh bench  install what is missing, build, run the benchmark suite
#   installer/setup.sh fuzz [-n RUNS] [-t SECONDS] [TARGET...]
#                             install clang and libFuzzer too, build the fuzz targets (their own
#                             build folder, build-fuzz), run each for RUNS executions or SECONDS
#                             (both: whichever comes first) and print executions, exec/s, coverage, corpus size and result
#   installer/setup.sh package  build the .deb
# Extra arguments after "run" go to the app. BUILD_DIR overrides the build folder (default ./build).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
build=${BUILD_DIR:-$root/build}
mode=${1:-}
shift || true

case "$mode" in
    run|test|bench|package|fuzz) ;;
    *) echo "usage: installer/setup.sh run|test|bench|package|fuzz [args...]" >&2; exit 2 ;;
esac

if [[ "$mode" == "fuzz" ]]; then
    # clang + libFuzzer/ASan/UBSan runtimes; the fuzz build is its own tree (clang, CW_FUZZ=ON)
    # and builds only the fuzz targets and their libraries, so the gcc build below is skipped.
    "$here/deps.sh" --with-fuzz
    exec "$root/tests/fuzz/run-fuzzers.sh" -b "${FUZZ_BUILD_DIR:-$root/build-fuzz}" "$@"
fi

"$here/deps.sh"

# -O2 without debug info (what the .deb ships: the package target packs this build). The
# precompiled Qt/nlohmann/std headers (CW_PCH, cmake/CwPrecompiledHeaders.cmake) save more
# compile time than -O2 adds over -O1. No -DNDEBUG: assert() and Q_ASSERT stay on
# (QT_FORCE_ASSERTS in cw_strict).
cmake_args=(-S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release "-DCMAKE_CXX_FLAGS_RELEASE=-O2")
# CI treats warnings as errors; a newcomer's build should not fail on a new compiler's warning.
if [[ "${CI:-}" == "true" ]]; then cmake_args+=(-DCW_WERROR=ON); fi
cmake "${cmake_args[@]}" >/dev/null
# Two cores, 24 GiB: two compile jobs keep the machine responsive and memory far from the limit.
cmake --build "$build" --parallel 2

case "$mode" in
run)
    if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && -z "${QT_QPA_PLATFORM:-}" ]]; then
        echo "clusterwright: no display found (DISPLAY and WAYLAND_DISPLAY are empty)." >&2
        echo "  Run it under a virtual display:  xvfb-run -a installer/setup.sh run" >&2
        exit 3
    fi
    exec "$build/app/gui/clusterwright" "$@"
    ;;
test)
    # Benchmarks print figures and are run by "bench"; everything else runs here. Three at a time
    # on two cores: the suite mostly waits (child processes, a sandbox's answers, retries, kills),
    # 274 s of CPU in 337 s with two; with three, 233 s (same build, this machine, 175/175).
    tests=0
    ctest --test-dir "$build" --output-on-failure --label-exclude bench \
        --parallel 3 --timeout 600 "$@" || tests=$?
    # Then the package as Debian's tools judge it: the .deb (the package target), lintian,
    # desktop-file-validate and appstreamcli (installer/check-package.sh).
    package=0
    cmake --build "$build" --target package || package=$?
    if ((package == 0)); then
        # The .deb just written (an older version's may lie beside it).
        deb=""
        for f in "$build"/clusterwright_*.deb; do
            if [[ -z "$deb" || "$f" -nt "$deb" ]]; then deb=$f; fi
        done
        "$here/check-package.sh" "$deb" || package=$?
    fi
    if ((tests != 0 || package != 0)); then
        echo "clusterwright: tests exit $tests, package check exit $package" >&2
        exit 1
    fi
    ;;
bench)
    exec "$root/tests/bench/run-all.sh" "$build" "$@"
    ;;
package)
    cmake --build "$build" --target package
    ls -1 "$build"/clusterwright_*.deb
    ;;
esac
