#!/usr/bin/env bash
# Packs the Debian package with CPack into a private folder, then checks it as dpkg would see
# it: name and version, declared dependencies, the files a desktop needs, and that the packed
# binary runs and reports the version. Exits non-zero with a reason on the first problem.
set -euo pipefail
build=${1:?build dir}
version=${2:?version}
work=$(mktemp -d "${TMPDIR:-/tmp}/cw-deb.XXXXXX")
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

(cd "$work" && cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1) \
    || { cat "$work/cpack.log" >&2; fail "cpack failed"; }
deb="$work/out/clusterwright_${version}_amd64.deb"
[[ -f "$deb" ]] || { ls -la "$work/out" >&2; fail "expected $deb"; }

info=$(dpkg-deb --field "$deb" Package Version Depends)
echo "$info"
grep -q "^Package: clusterwright$" <<<"$info" || fail "package name"
grep -q "^Version: ${version}$" <<<"$info" || fail "package version"
for dep in libqt6widgets6 libqt6network6 libqt6keychain1 libssl3 qt6-qpa-plugins libqt6svg6; do
    grep -q "$dep" <<<"$info" || fail "Depends lacks $dep"
done

contents=$(dpkg-deb --contents "$deb")
for f in ./usr/bin/clusterwright ./usr/bin/clusterwright-sandbox \
         ./usr/share/applications/io.github.clusterwright.Clusterwright.desktop \
         ./usr/share/icons/hicolor/scalable/apps/io.github.clusterwright.Clusterwright.svg \
         ./usr/share/metainfo/io.github.clusterwright.Clusterwright.metainfo.xml \
         ./usr/share/doc/clusterwright/copyright ./usr/share/doc/clusterwright/changelog.gz \
         ./usr/share/man/man1/clusterwright.1.gz ./usr/share/man/man1/clusterwright-cli.1.gz \
         ./usr/share/man/man1/clusterwright-sandbox.1.gz \
         ./usr/share/bash-completion/completions/clusterwright-cli; do
    grep -q " $f\$" <<<"$contents" || fail "missing $f"
done

dpkg-deb --extract "$deb" "$work/root"
out=$(QT_QPA_PLATFORM=offscreen "$work/root/usr/bin/clusterwright" --version)
echo "$out"
grep -q "$version" <<<"$out" || fail "--version printed '$out'"
# The app starts its embedded sandbox from beside its own executable.
"$work/root/usr/bin/clusterwright-sandbox" --help >/dev/null || fail "the packed clusterwright-sandbox does not run"
# The extended description is not empty (lintian: extended-description-is-empty).
[[ $(dpkg-deb --field "$deb" Description | wc -l) -gt 2 ]] || fail "no extended description"
# The manual pages are the programs' (help2man from --help), and man can format them.
for program in clusterwright clusterwright-cli clusterwright-sandbox; do
    page="$work/root/usr/share/man/man1/$program.1.gz"
    zcat "$page" | grep -q "^\.TH \"\?${program^^}" || fail "$program.1.gz has no .TH header for $program"
    if command -v man >/dev/null; then
        MANWIDTH=80 man -l "$page" 2>"$work/man.err" | grep -q "^OPTIONS" || fail "man -l $program.1.gz has no OPTIONS section"
        [[ ! -s "$work/man.err" ]] || { cat "$work/man.err" >&2; fail "man -l $program.1.gz warned"; }
    fi
done
zcat "$work/root/usr/share/man/man1/clusterwright-cli.1.gz" | grep -q "kubeconfig" || fail "clusterwright-cli.1 lacks the commands"
echo "package_deb: the package is complete"
