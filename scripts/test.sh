#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Breakwater developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs what is missing (the test peers included), builds, and runs the whole suite, then the
# checked builds: every fuzz target for a bounded time (scripts/fuzz.sh) and the whole suite
# again under AddressSanitizer and UBSan with a LeakSanitizer engine run (scripts/sanitize.sh).
# Exits non-zero when any step or any test fails. The UI tests select the offscreen platform
# themselves through their CTest environment. BREAKWATER_SKIP_CHECKED_BUILDS=1 stops after
# the normal suite, for a quick local run.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

bash scripts/deps.sh test
bash scripts/build.sh
# The package as a user gets it: built, installed with apt, started, removed (root only).
bash scripts/installcheck.sh
ctest --test-dir build --output-on-failure -j2
if [[ "${BREAKWATER_SKIP_CHECKED_BUILDS:-0}" != 1 ]]; then
    bash scripts/fuzz.sh
    bash scripts/sanitize.sh
fi
