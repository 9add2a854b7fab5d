// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Valgrind's client requests (RUNNING_ON_VALGRIND, CALLGRIND_*) for benchmarks that measure
// sections under callgrind (scripts/bench-callgrind.sh). They cost a few instructions when not
// under valgrind; without its headers (package valgrind) a benchmark builds and runs the same,
// uncounted.
#if __has_include(<valgrind/callgrind.h>)
#include <valgrind/callgrind.h>
#else
#define RUNNING_ON_VALGRIND 0
#define CALLGRIND_ZERO_STATS
#define CALLGRIND_START_INSTRUMENTATION
#define CALLGRIND_STOP_INSTRUMENTATION
#define CALLGRIND_DUMP_STATS_AT(name) static_cast<void>(name)
#endif
