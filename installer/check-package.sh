#!/usr/bin/env bash
# The package check of `installer/setup.sh test`: lintian on the .deb, desktop-file-validate on
# its .desktop file and appstreamcli on its metainfo, each failing on errors (lintian also on
# warnings, apart from the tags accepted below with their reason), and the keychain module where
# the programs look for it.
# Usage: check-package.sh <clusterwright_VERSION_ARCH.deb>
set -euo pipefail
deb=${1:?the .deb}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/cw-lint.XXXXXX")
trap 'rm -rf "$work"' EXIT
status=0

# No lintian tag is accepted today: the package is clean even at --pedantic. Should one ever
# have to be, list it here with the reason, e.g. accepted=(some-tag) # because ...
accepted=()

echo "== lintian $(lintian --version | awk '{print $2}') on $(basename "$deb")"
suppress=()
((${#accepted[@]} == 0)) || suppress=(--suppress-tags "$(IFS=,; echo "${accepted[*]}")")
if ! lintian --fail-on error,warning "${suppress[@]}" --info "$deb"; then
    echo "FAIL: lintian reported errors or warnings" >&2
    status=1
fi

dpkg-deb --extract "$deb" "$work/root"
desktop=$(find "$work/root/usr/share/applications" -name '*.desktop')
metainfo=$(find "$work/root/usr/share/metainfo" -name '*.metainfo.xml')
[[ -n $desktop && -n $metainfo ]] || { echo "FAIL: the package has no .desktop or metainfo file" >&2; exit 1; }

# The keychain module (QtKeychain behind it) is loaded on the first keychain operation from
# ../lib/<multiarch>/clusterwright/ beside the programs (src/secrets/KeychainBackend.h): the
# package must put it there, with its entry point, and the programs must look there.
multiarch=$(gcc -print-multiarch)
module=usr/lib/$multiarch/clusterwright/libclusterwright-keychain.so
echo "== keychain module $module"
if [[ ! -f $work/root/$module ]]; then
    echo "FAIL: the package has no $module" >&2
    status=1
else
    nm -D --defined-only "$work/root/$module" | grep -qw cw_keychain_backend \
        || { echo "FAIL: $module does not export cw_keychain_backend" >&2; status=1; }
    ! ldd "$work/root/$module" | grep -q 'not found' \
        || { echo "FAIL: $module needs a library that is not installed" >&2; status=1; }
    # No RPATH/RUNPATH: the libraries come from the system's directories only (CMakeLists.txt).
    for binary in usr/bin/clusterwright usr/bin/clusterwright-cli usr/bin/clusterwright-sandbox "$module"; do
        ! readelf -d "$work/root/$binary" | grep -qE '\((RPATH|RUNPATH)\)' \
            || { echo "FAIL: $binary has a library search path: $(readelf -d "$work/root/$binary" | grep -E 'R(UN)?PATH')" >&2; status=1; }
    done
    for program in clusterwright clusterwright-cli; do
        grep -qaF "../lib/$multiarch/clusterwright/libclusterwright-keychain.so" "$work/root/usr/bin/$program" \
            || { echo "FAIL: usr/bin/$program does not look for the module at ../$module" >&2; status=1; }
        ! readelf -d "$work/root/usr/bin/$program" | grep -q 'libqt6keychain' \
            || { echo "FAIL: usr/bin/$program links QtKeychain itself (it is the module's)" >&2; status=1; }
    done
fi

echo "== desktop-file-validate $(basename "$desktop")"
# It exits non-zero on errors only; hints and warnings are printed, and refused here too.
out=$(desktop-file-validate "$desktop" 2>&1) || status=1
if [[ -n $out ]]; then
    echo "$out"
    grep -qE ': (error|warning):' <<<"$out" && status=1
fi

echo "== appstreamcli validate $(basename "$metainfo")"
# No network in CI: the screenshot URL is not fetched.
appstreamcli validate --no-net --explain "$metainfo" || status=1

if ((status != 0)); then
    echo "check-package: FAILED" >&2
    exit 1
fi
echo "check-package: lintian, desktop-file-validate and appstreamcli found no error; the keychain module is in place"
