#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Breakwater developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs what is missing, builds, and starts Breakwater on its embedded demo. Arguments go
# to the application. Without a display it runs the headless monitor until Ctrl-C.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

bash scripts/deps.sh build
bash scripts/build.sh

if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
    echo "demo.sh: no display available (neither DISPLAY nor WAYLAND_DISPLAY is set)."
    echo "demo.sh: running the headless monitor on the embedded demo instead; stop it with Ctrl-C."
    exec ./build/app/breakwater --headless "$@"
fi
exec ./build/app/breakwater "$@"
