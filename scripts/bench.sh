#!/bin/sh
# SPDX-FileCopyrightText: 2026 The Breakwater developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Builds the `bench` target and runs every benchmark in full, then the callgrind count of the
# policy decisions; prints the Markdown tables docs/PERFORMANCE.md quotes. Takes about ten
# minutes on two cores. Every figure depends on the machine's load, which each table prints:
# run it on an otherwise idle machine.
#   scripts/bench.sh [build-dir]        (default: build in the source tree; configured when missing)
#   BENCH_ONLY="pipeline latency" scripts/bench.sh     runs only those benchmarks
set -eu
# A build folder given on the command line is relative to where the script was started.
build=${1:-}
if [ -n "$build" ]; then
    case "$build" in /*) ;; *) build="$PWD/$build" ;; esac
fi
cd "$(dirname "$0")/.."
build=${build:-$PWD/build}
if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
cmake --build "$build" --target bench
export QT_QPA_PLATFORM=offscreen
all="pipeline endpoints latency pauses policy uirefresh overview history memory"
for name in ${BENCH_ONLY:-$all}; do
    program="$build/tests/bench_$name"
    [ -x "$program" ] || { echo "bench.sh: $program missing" >&2; exit 1; }
    echo "<!-- $(date -u +%Y-%m-%dT%H:%M:%SZ) bench_$name, load $(cut -d' ' -f1-3 /proc/loadavg) -->"
    # The history benchmark writes its database in the current directory: keep it in build.
    (cd "$build" && "./tests/bench_$name")
done
case " ${BENCH_ONLY:-$all} " in
*" policy "*) scripts/bench-callgrind.sh "$build" ;;
esac
