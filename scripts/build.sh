#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Breakwater developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Configures Breakwater into ./build (Ninja, RelWithDebInfo) and builds everything, tests
# included. Extra arguments go to the configure step, e.g. -DBREAKWATER_BUILD_TESTS=OFF.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

# ccache, when installed, spares the recompiles of unchanged files, as in fuzz.sh and sanitize.sh.
launcher=()
if command -v ccache >/dev/null 2>&1; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${launcher[@]}" "$@"
cmake --build build --parallel "$(nproc)"
