#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Breakwater developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Packs the built tree into a .deb, installs it for real with apt (which also pulls in any
# declared dependency that is missing), runs the installed binary the way the desktop entry
# does, then removes the package again. Needs root; scripts/test.sh runs it only as root.
# Assumes ./build is configured and built (scripts/build.sh).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

if [[ "$(id -u)" != 0 ]]; then
    echo "installcheck.sh: needs root to install the package; skipped" >&2
    exit 0
fi

if dpkg-query -W -f='${Status}' breakwater 2>/dev/null | grep -q "install ok installed"; then
    echo "installcheck.sh: a breakwater package is already installed; left alone, check skipped" >&2
    exit 0
fi

out="$(mktemp -d)"
trap 'apt-get remove -y -qq breakwater >/dev/null 2>&1 || true; rm -rf "$out"' EXIT

cpack --config build/CPackConfig.cmake -G DEB -B "$out" >/dev/null
deb=("$out"/*.deb)
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${deb[0]}" \
    >/dev/null
echo "installcheck.sh: installed $(basename "${deb[0]}")"

exec_line="$(sed -n 's/^Exec=//p' /usr/share/applications/io.github.breakwater.Breakwater.desktop)"
installed="$(command -v "${exec_line%% *}")"
[[ "$installed" == /usr/bin/breakwater ]] || {
    echo "installcheck.sh: the desktop entry runs '$installed', not /usr/bin/breakwater" >&2
    exit 1
}
"$installed" --version
# A short run as the desktop entry starts it (offscreen: CI has no display), and a headless
# one; both keep their history out of the user's home.
export XDG_DATA_HOME="$out/data" XDG_CONFIG_HOME="$out/config"
QT_QPA_PLATFORM=offscreen $exec_line --duration 2 >/dev/null 2>&1
"$installed" --headless --duration 2 --status-interval 0 --export-csv "$out/run.csv" \
    >/dev/null 2>&1
rows=$(($(wc -l <"$out/run.csv") - 1))
((rows > 0)) || { echo "installcheck.sh: the installed binary recorded no attempt" >&2; exit 1; }
echo "installcheck.sh: the installed binary ran from the desktop entry and headless ($rows attempts)"
