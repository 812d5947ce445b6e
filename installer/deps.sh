#!/usr/bin/env bash
# Installs every Debian 12 package Clusterwright needs to build, test, package and run.
# Idempotent: when everything is present it returns at once without touching apt.
# Usage: installer/deps.sh [--with-fuzz]
set -euo pipefail

packages=(
    # toolchain and build
    cmake ninja-build g++ pkg-config git dpkg-dev file
    # the package check (check-package.sh): linters of the .deb, its .desktop and metainfo files,
    # manual pages generated from --help, and bash-completion for the completion test
    lintian desktop-file-utils appstream help2man bash-completion
    # libraries
    qt6-base-dev qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev libqt6svg6 qt6-qpa-plugins
    # uic (the Designer forms, *.ui, of the dialogs whose layout is static), moc, rcc
    qt6-base-dev-tools
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qtkeychain-qt6-dev nlohmann-json3-dev libyaml-cpp-dev libssl-dev libgl-dev
    # running headless, the real Secret Service for keychain tests, fonts for offscreen text
    xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools fonts-dejavu-core
    # official clients the sandbox must satisfy, the HTTPS load generator, screenshots
    python3 python3-azure azure-cli wrk curl imagemagick
)
if [[ "${1:-}" == "--with-fuzz" ]]; then
    packages+=(clang libclang-rt-14-dev)
fi
# kubectl: Debian's kubernetes-client, unless the machine already has a kubectl (some images ship
# one from another package that conflicts with it).
if ! command -v kubectl >/dev/null 2>&1; then
    packages+=(kubernetes-client)
fi

missing=()
for p in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)
    [[ "$status" == "installed" ]] || missing+=("$p")
done
if ((${#missing[@]} == 0)); then
    exit 0
fi

echo "clusterwright: installing ${#missing[@]} missing Debian packages: ${missing[*]}"
sudo=""
if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || { echo "clusterwright: run as root or install sudo" >&2; exit 1; }
    sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
