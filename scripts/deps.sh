#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Breakwater developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs the Debian 12 packages Breakwater needs, and only those that are missing.
# Usage: scripts/deps.sh [build|package|test|all]   (default: all)
#   build    compiler, CMake, Ninja, the Qt 6 development packages, rsvg-convert for the icons
#   package  build, plus what CPack and the desktop-file checks use (scripts/package.sh)
#   test     package, plus the real peers the integration tests start (nginx, httpbin), promtool,
#            openssl and the clang toolchain for the fuzz targets
#   all      test, plus what the screenshot script uses (Xvfb, ImageMagick, xdotool, trayer)
set -euo pipefail

build_packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6opengl6-dev qt6-httpserver-dev qt6-websockets-dev libqt6sql6-sqlite libsqlite3-dev
    qt6-qpa-plugins qt6-translations-l10n
    libxkbcommon-dev libvulkan-dev libgl-dev libgl1-mesa-dri fonts-dejavu-core
    librsvg2-bin
)
# dpkg-dev runs dpkg-shlibdeps for the .deb's Depends, which needs file; groff renders the man
# page in tst_installer.
package_packages=(desktop-file-utils appstream dpkg-dev fakeroot file groff-base)
# prometheus provides /usr/bin/promtool, which tst_metricsserver runs to check the /metrics
# format. Its postinst enables prometheus.service: under systemd that starts a Prometheus on
# port 9090 (stop it with 'systemctl disable --now prometheus'); in containers, policy-rc.d
# usually denies the start.
# valgrind counts instructions for scripts/bench-callgrind.sh (its headers are optional for
# the build; curl is bench_latency's baseline). openssl makes tst_tls's certificates at test
# time; clang-14 and its compiler-rt (libFuzzer, the sanitizer runtimes) build the fuzz
# targets (scripts/fuzz.sh).
test_packages=(nginx-light python3-httpbin prometheus valgrind curl openssl clang-14
    libclang-rt-14-dev)
# xdotool drives the window under Xvfb (select an endpoint, open a dialog) before `import`.
# trayer is a small X11 system tray host: without one Xvfb has no tray, and the app no tray
# icon or notification to show (scripts/screenshots.sh).
screenshot_packages=(xvfb xauth imagemagick xdotool trayer)

group="${1:-all}"
case "$group" in
    build) wanted=("${build_packages[@]}") ;;
    package) wanted=("${build_packages[@]}" "${package_packages[@]}") ;;
    test) wanted=("${build_packages[@]}" "${package_packages[@]}" "${test_packages[@]}") ;;
    all)
        wanted=("${build_packages[@]}" "${package_packages[@]}" "${test_packages[@]}"
            "${screenshot_packages[@]}")
        ;;
    *)
        echo "deps.sh: unknown group '$group'; use build, package, test or all" >&2
        exit 2
        ;;
esac

if ! command -v dpkg-query >/dev/null 2>&1; then
    echo "deps.sh: dpkg-query not found; this script supports Debian 12 only" >&2
    exit 1
fi

missing=()
for package in "${wanted[@]}"; do
    status="$(dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null || true)"
    if [[ "$status" != "installed" ]]; then
        missing+=("$package")
    fi
done

if ((${#missing[@]} == 0)); then
    echo "deps.sh: nothing is missing for '$group' (${#wanted[@]} packages installed)"
    exit 0
fi

export DEBIAN_FRONTEND="${DEBIAN_FRONTEND:-noninteractive}"
if ((EUID == 0)); then
    as_root=(env "DEBIAN_FRONTEND=$DEBIAN_FRONTEND")
elif command -v sudo >/dev/null 2>&1; then
    # sudo resets the environment, so the frontend is passed explicitly.
    as_root=(sudo env "DEBIAN_FRONTEND=$DEBIAN_FRONTEND")
else
    echo "deps.sh: missing packages: ${missing[*]}" >&2
    echo "deps.sh: installing them needs root, and sudo is not available" >&2
    exit 1
fi

echo "deps.sh: installing ${#missing[@]} missing package(s): ${missing[*]}"
if ! "${as_root[@]}" apt-get update; then
    echo "deps.sh: 'apt-get update' failed; check the network and /etc/apt/sources.list" >&2
    exit 1
fi
if ! "${as_root[@]}" apt-get install -y --no-install-recommends "${missing[@]}"; then
    echo "deps.sh: 'apt-get install' failed for: ${missing[*]}" >&2
    exit 1
fi
echo "deps.sh: done"
