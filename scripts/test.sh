#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Breakwater developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs what is missing (the test peers included), builds, and runs the whole suite. Exits
# non-zero when any step or any test fails. The UI tests select the offscreen platform
# themselves through their CTest environment.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

bash scripts/deps.sh test
bash scripts/build.sh
# The package as a user gets it: built, installed with apt, started, removed (root only).
bash scripts/installcheck.sh
ctest --test-dir build --output-on-failure -j2
