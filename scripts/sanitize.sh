#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Breakwater developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Builds everything with AddressSanitizer and UndefinedBehaviorSanitizer in ./build-asan
# (-DBREAKWATER_SANITIZE=ON, g++), runs the whole CTest suite there, then runs the headless
# engine on its embedded demo for SANITIZE_LEAK_SECONDS (default 10) under LeakSanitizer.
# Exits non-zero on any test failure, sanitizer report or leak.
#
# Timing: instrumented code runs two to five times slower, so the suite runs with
# BREAKWATER_TEST_TIME_SCALE=3; tests that judge durations widen their tolerances (and only
# those) by that factor (tests/support/testpeers.h, testTimeScale()). Leak detection is off
# for the test executables (QTest programs exit with Qt's own process-lifetime allocations,
# which is not what this check is about) and on for the engine run, with the suppressions in
# scripts/lsan.supp.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
build=build-asan
leak_seconds="${SANITIZE_LEAK_SECONDS:-10}"

launcher=()
if command -v ccache >/dev/null 2>&1; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBREAKWATER_SANITIZE=ON \
    "${launcher[@]}" >/dev/null
cmake --build "$build" --parallel "$(nproc)"

export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
export BREAKWATER_TEST_TIME_SCALE="${BREAKWATER_TEST_TIME_SCALE:-3}"
ASAN_OPTIONS="halt_on_error=1:detect_leaks=0:detect_stack_use_after_return=0" \
    ctest --test-dir "$build" --output-on-failure -j2 --timeout 900

echo "sanitize.sh: headless demo for ${leak_seconds} s under LeakSanitizer"
log="$build/leakcheck.log"
if ! ASAN_OPTIONS="halt_on_error=1:detect_leaks=1" \
    LSAN_OPTIONS="suppressions=$root/scripts/lsan.supp:print_suppressions=0" \
    QT_QPA_PLATFORM=offscreen XDG_DATA_HOME="$build/leak-home" \
    "$build/app/breakwater" --headless --duration "$leak_seconds" --status-interval 0 \
    >"$log" 2>&1; then
    tail -n 60 "$log" >&2
    echo "sanitize.sh: the engine run failed or leaked (full log: $log)" >&2
    exit 1
fi
if grep -q "ERROR: LeakSanitizer\|runtime error:" "$log"; then
    tail -n 60 "$log" >&2
    exit 1
fi
echo "sanitize.sh: the suite passed and the engine run leaked nothing"
