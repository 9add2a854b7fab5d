#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Breakwater developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs what is missing, builds ./build, and packs Breakwater with CPack into build/packages/:
# a .deb for Debian 12 and a .tar.gz. Extra arguments go to the configure step. The package
# check (pack, unpack with dpkg-deb, run the unpacked binary) is the "installer" CTest label:
#   ctest --test-dir build -L installer --output-on-failure
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

bash scripts/deps.sh package
bash scripts/build.sh "$@"

rm -rf build/packages
cpack --config build/CPackConfig.cmake -B build/packages
rm -rf build/packages/_CPack_Packages

shopt -s nullglob
packages=(build/packages/*.deb build/packages/*.tar.gz)
if ((${#packages[@]} != 2)); then
    echo "package.sh: expected one .deb and one .tar.gz in build/packages," \
        "found: ${packages[*]:-none}" >&2
    exit 1
fi
for package in "${packages[@]}"; do
    echo "package.sh: built $package"
done
dpkg-deb --field build/packages/*.deb Package Version Depends
