#!/usr/bin/env bash
# Memory checks of chosen tests, by hand (too slow for CI's 90 minutes on 2 cores):
#   installer/sanitize.sh valgrind [-b BUILD_DIR] TEST...
#       runs the tests of an existing build (default build/) under valgrind's memcheck: nothing is
#       rebuilt, and Qt's own code is checked too. Needs valgrind (not in deps.sh).
#   installer/sanitize.sh asan TEST...
#       configures build-asan/ (-DCW_SANITIZE=ON, RelWithDebInfo at -O1; every object is compiled
#       anew, which takes long), builds the tests and runs them with ASan and UBSan.
# Each test runs as CTest runs it (tests/harness/run-test.sh, the test's environment). Qt's noise
# is switched off, not suppressed wholesale: QT_ENABLE_REGEXP_JIT=0 (PCRE2's JIT code reads a
# string 16 bytes at a time, past its end, which memcheck reports) and one suppression for the
# waitid() of QProcess's forkfd. Memcheck's logs: <build>/sanitize/<test>.<pid>.log.
# Exit status: non-zero when a test fails or memcheck reports an error.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
mode=${1:-}
shift || true
case "$mode" in
valgrind)
    build=$root/build
    if [ "${1:-}" = "-b" ]; then build=$(cd "$2" && pwd); shift 2; fi
    [ $# -gt 0 ] || { echo "usage: $0 valgrind [-b BUILD_DIR] TEST..." >&2; exit 2; }
    command -v valgrind >/dev/null || { echo "valgrind is not installed" >&2; exit 2; }
    mkdir -p "$build/sanitize"
    supp=$build/sanitize/qt.supp
    printf '{\n   qt-forkfd-waitid\n   Memcheck:Param\n   waitid(infop)\n   fun:syscall\n   obj:*libQt6Core.so*\n}\n' >"$supp"
    status=0
    for test in "$@"; do
        # The command (harness, options, binary), working directory and environment CTest uses.
        json=$(ctest --test-dir "$build" -R "^$test\$" --show-only=json-v1)
        field() {
            python3 -c '
import json, sys
tests = json.loads(sys.stdin.read())["tests"]
if not tests: sys.exit("no test named " + sys.argv[2])
t = tests[0]
props = {p["name"]: p["value"] for p in t.get("properties", [])}
value = {"env": props.get("ENVIRONMENT", []), "dir": [props.get("WORKING_DIRECTORY", ".")], "cmd": t["command"]}
print("\n".join(value[sys.argv[1]]))' "$1" "$test" <<<"$json"
        }
        mapfile -t env_vars < <(field env 2>/dev/null)
        mapfile -t cmd < <(field cmd)
        if [ ${#cmd[@]} -eq 0 ]; then status=1; continue; fi
        dir=$(field dir)
        binary=${cmd[-1]}
        unset 'cmd[-1]'
        echo "== $test"
        (cd "$dir" && env QT_ENABLE_REGEXP_JIT=0 CI=true "${env_vars[@]}" "${cmd[@]}" \
            valgrind --error-exitcode=99 --num-callers=40 --suppressions="$supp" \
            "--log-file=$build/sanitize/$test.%p.log" "$binary") || { echo "** $test failed ($?)"; status=1; }
    done
    exit "$status"
    ;;
asan)
    [ $# -gt 0 ] || { echo "usage: $0 asan TEST..." >&2; exit 2; }
    cmake -S "$root" -B "$root/build-asan" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_CXX_FLAGS_RELWITHDEBINFO='-O1 -g' -DCW_SANITIZE=ON -DCMAKE_CXX_COMPILER_LAUNCHER=ccache
    nice -n 5 cmake --build "$root/build-asan" --parallel "${JOBS:-1}" --target "$@"
    regex="^($(IFS='|'; echo "$*"))\$"
    ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 CI=true \
        ctest --test-dir "$root/build-asan" --output-on-failure -R "$regex"
    ;;
*)
    echo "usage: $0 valgrind [-b BUILD_DIR] TEST... | $0 asan TEST..." >&2
    exit 2
    ;;
esac
