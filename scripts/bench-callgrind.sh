#!/bin/sh
# SPDX-FileCopyrightText: 2026 The Breakwater developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Instructions per policy decision, counted by callgrind. bench_policy switches callgrind's
# instrumentation on around each section only and dumps it under the section's name, so
# set-up, warm-up and the other sections are excluded. Usage:
#   scripts/bench-callgrind.sh [build-dir]        (default: build)
set -eu
build=${1:-$(dirname "$0")/../build}
program="$build/tests/bench_policy"
[ -x "$program" ] || { echo "bench-callgrind: $program missing; build the bench target" >&2; exit 2; }
command -v valgrind >/dev/null || { echo "bench-callgrind: valgrind is not installed" >&2; exit 2; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT INT TERM
calls=20000 # bench_policy runs this many per section under valgrind

valgrind --tool=callgrind --instr-atstart=no --callgrind-out-file="$out/cg.out" \
    "$program" >"$out/stdout" 2>"$out/stderr" || { cat "$out/stderr" >&2; exit 1; }

echo "## Policy decisions under callgrind ($calls calls per section)"
echo
echo "Measured $(date -u +%Y-%m-%dT%H:%M:%SZ), valgrind $(valgrind --version | sed 's/valgrind-//'), load average $(cut -d' ' -f1-3 /proc/loadavg)."
echo
echo "| section | instructions per call |"
echo "|---|---|"
# One dump file per section: its "desc: Trigger: Client Request: <name>" line names it and
# its "totals:" line holds the instructions (Ir) counted while it ran.
for file in "$out"/cg.out.*; do
    name=$(sed -n 's/^desc: Trigger: Client Request: //p' "$file")
    total=$(sed -n 's/^totals: *//p' "$file" | cut -d' ' -f1)
    [ -n "$name" ] && [ -n "$total" ] || continue
    echo "| $name | $(awk -v t="$total" -v n="$calls" 'BEGIN { printf "%.0f", t / n }') |"
done
