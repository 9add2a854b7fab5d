#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Breakwater developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Builds the libFuzzer targets of tests/fuzz with clang, AddressSanitizer and UBSan in
# ./build-fuzz and runs each one for a bounded time on its seed corpus (tests/fuzz/corpus/<name>).
# Exits non-zero when a target crashes, leaks, trips a sanitizer or breaks one of its checks;
# the input that did it is left in build-fuzz/artifacts/ and is the start of a regression test.
#   FUZZ_SECONDS  seconds per target at most (default 20)
#   FUZZ_RUNS     inputs per target (default 200000)
#   FUZZ_SEED     the fuzzers' random seed (default 1)
#   FUZZ_RSS_MB   memory limit per target in MB (default 2048)
# With the fixed seed and input count, a fresh checkout tries the same inputs on every machine,
# so CI passes or fails for the code, not for luck; set FUZZ_SEED=0 (a random seed) and a
# larger FUZZ_RUNS and FUZZ_SECONDS to hunt for new findings.
# New inputs the fuzzers find go to build-fuzz/corpus/<name>, never into the repository.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
seconds="${FUZZ_SECONDS:-20}"
runs="${FUZZ_RUNS:-200000}"
seed="${FUZZ_SEED:-1}"
rss_mb="${FUZZ_RSS_MB:-2048}"
build=build-fuzz

launcher=()
if command -v ccache >/dev/null 2>&1; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER=clang++-14 -DBREAKWATER_FUZZ=ON -DBREAKWATER_BUILD_TESTS=OFF \
    "${launcher[@]}" >/dev/null
cmake --build "$build" --parallel "$(nproc)" --target fuzz

mkdir -p "$build/artifacts"
failed=()
for seeds in tests/fuzz/corpus/*/; do
    name="$(basename "$seeds")"
    binary="$build/tests/fuzz/fuzz_$name"
    if [[ ! -x "$binary" ]]; then
        echo "fuzz.sh: corpus $seeds has no target fuzz_$name" >&2
        failed+=("$name")
        continue
    fi
    mkdir -p "$build/corpus/$name"
    echo "fuzz.sh: fuzz_$name, $runs inputs from seed $seed, at most ${seconds} s"
    # -timeout: one input taking over 10 s is a hang, reported like a crash.
    if ! ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}" \
        "$binary" -max_total_time="$seconds" -runs="$runs" -seed="$seed" \
        -rss_limit_mb="$rss_mb" -timeout=10 \
        -print_final_stats=1 -artifact_prefix="$build/artifacts/$name-" \
        "$build/corpus/$name" "$seeds" >"$build/fuzz_$name.log" 2>&1; then
        tail -n 40 "$build/fuzz_$name.log" >&2
        failed+=("$name")
    fi
    grep -E '^stat::number_of_executed_units|^stat::new_units_added' "$build/fuzz_$name.log" \
        | sed "s/^/fuzz.sh:   /" || true
done

if ((${#failed[@]} > 0)); then
    echo "fuzz.sh: FAILED: ${failed[*]} (inputs in $build/artifacts/)" >&2
    exit 1
fi
echo "fuzz.sh: every target ran without a finding"
