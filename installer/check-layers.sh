#!/usr/bin/env bash
# The layering check (a unit test, tests/unit/layers): every `#include "x/..."` in src/, ui/ and
# app/ and every cw_* library a folder's CMakeLists.txt links must follow the arrows below.
# The compiler already refuses a header of a library the target does not link (each library
# exports only its own folder, cw_export_folder in CMakeLists.txt); this check keeps the links
# themselves pointing one way: ui -> ops -> azure -> arm -> auth -> secrets -> common.
# Usage: check-layers.sh [SOURCE_DIR]   (default: the checkout this script is in)
set -euo pipefail
root=${1:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}
cd "$root"

# THE TABLE: one line per folder, then the include prefixes (library folders) it may use besides
# its own. A folder may include only what it links directly in its CMakeLists.txt. Changing an
# arrow = changing one line here and the matching target_link_libraries.
table=$(cat <<'EOF'
src/common      cw
src/secrets     common
src/rules       common
src/tls         rules common
src/auth        secrets common
src/arm         auth secrets common
src/kube        common
src/azure       arm rules common
src/export      azure rules common
src/sandboxlink common
src/sandbox     sandboxlink common
src/session     azure arm auth kube rules secrets sandboxlink common
src/ops         arm azure kube tls secrets rules export common
src/cli         session ops azure arm auth kube rules tls export sandboxlink secrets common
ui/widgets      rules tls common
ui/shell        widgets session sandboxlink ops auth secrets common
ui/signin       widgets shell session ops auth secrets
ui/wizard       widgets rules export tls session ops azure common
ui/dialogs      widgets operations ops kube tls rules export common
ui/operations   widgets ops arm common
ui/clusters     widgets dialogs azure arm session kube ops rules export tls common
app/gui         shell signin clusters operations dialogs wizard ops session sandboxlink common
app/cli         cli common
app/sandbox     sandbox sandboxlink common
EOF
)
# (src/common's `cw` is its generated cw/Version.h; src/session and src/cli start and reach the
# emulator process through src/sandboxlink, its options, endpoint and ready line, and never link
# the emulator itself.)

declare -A allowed
while read -r folder deps; do
    [[ -n "$folder" ]] && allowed[$folder]=" $deps "
done <<<"$table"

failures=0
fail() { echo "$1" >&2; failures=$((failures + 1)); }
rule() {
    local deps
    deps=$(echo ${allowed[$1]})
    echo "$1 may use its own folder and: ${deps:-nothing} (table in installer/check-layers.sh)"
}

# Every folder has its line, so a new library cannot slip in without an arrow.
for dir in src/*/ ui/*/ app/*/; do
    folder=${dir%/}
    [[ -v allowed[$folder] ]] || fail "$folder: no line in the layering table of installer/check-layers.sh"
done

# Includes: the first path component of a quoted include names a library folder.
include_re='^[[:space:]]*#[[:space:]]*include[[:space:]]*"([A-Za-z_]+)/'
while IFS=: read -r file line text; do
    [[ "$text" =~ $include_re ]] || continue
    prefix=${BASH_REMATCH[1]}
    rest=${file#*/}
    folder=${file%%/*}/${rest%%/*}
    [[ -v allowed[$folder] ]] || continue   # reported above
    own=${folder#*/}
    if [[ "$folder" == src/* || "$folder" == ui/* ]] && [[ "$prefix" == "$own" ]]; then continue; fi
    [[ "${allowed[$folder]}" == *" $prefix "* ]] && continue
    fail "$file:$line: includes \"$prefix/...\": against the layering; $(rule "$folder")"
done < <(grep -rnE --include='*.h' --include='*.cpp' --include='*.h.in' \
              '^[[:space:]]*#[[:space:]]*include[[:space:]]*"[A-Za-z_]+/' src ui app)

# Links: cw_<folder> and cw_ui_<folder> name library folders; the rest (Qt, cw_resources,
# cw_app_workbench) are not layers.
for folder in "${!allowed[@]}"; do
    cmake=$folder/CMakeLists.txt
    [[ -f "$cmake" ]] || { fail "$cmake: missing"; continue; }
    own=${folder#*/}
    for lib in $(tr '\n' ' ' <"$cmake" | grep -oE 'target_link_libraries\([^)]*\)' | grep -oE '\bcw_[a-z_]+' || true); do
        dep=${lib#cw_ui_}
        dep=${dep#cw_}
        [[ -d src/$dep || -d ui/$dep ]] || continue
        [[ "$dep" == "$own" || "${allowed[$folder]}" == *" $dep "* ]] && continue
        fail "$cmake: links $lib: against the layering; $(rule "$folder")"
    done
done

# The arrows point one way: the table has no cycle.
# (app/ folders are mains, never included: they cannot close a cycle.)
if ! cycle=$(while read -r folder deps; do
                 [[ "$folder" == app/* ]] && continue
                 for dep in $deps; do echo "${folder#*/} $dep"; done
             done <<<"$table" | tsort 2>&1 >/dev/null); then
    fail "the layering table has a cycle: $(tr '\n' ' ' <<<"$cycle")"
fi

if ((failures > 0)); then
    echo "check-layers: $failures violation(s)" >&2
    exit 1
fi
echo "check-layers: ${#allowed[@]} folders, includes and links follow the layering"
