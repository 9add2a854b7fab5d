// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../clock.h"
#include "retrypolicy.h"

namespace bw {

enum class BackoffKind { Constant, Linear, Exponential };
enum class Jitter { None, Full, Equal, Decorrelated };

/// Retry settings of one endpoint. Attempts count the first try, so maxAttempts 1 means
/// "never retry".
struct RetrySettings
{
    int maxAttempts = 4;
    Millis baseDelay{200};
    Millis maxDelay{5000};   ///< cap, applied before jitter
    Millis minDelay{0};      ///< every delay is at least this
    double multiplier = 2.0; ///< growth factor for Exponential
    BackoffKind kind = BackoffKind::Exponential;
    Jitter jitter = Jitter::Full;
    /// A server hint (Retry-After) longer than this is not waited for in-line: the attempt
    /// ends with the server's instant recorded, and the endpoint stays paused until then.
    Millis maxServerDelay{120000};
    /// A deadline for the whole piece of work from when it arrived: queue wait, every attempt
    /// and every backoff. 0 means none; each attempt then has only its own timeout.
    Millis deadline{0};
    RetryOn retryOn;

    friend bool operator==(const RetrySettings &, const RetrySettings &) = default;
};

/// The delay before retry number `retry` (1 = the delay between attempt 1 and attempt 2).
///
/// Without jitter the ceiling is: Constant base; Linear base*retry; Exponential
/// base*multiplier^(retry-1); always capped at maxDelay. Jitter then draws, with `random01`
/// uniform in [0,1):
///   Full         uniform in [0, ceiling]
///   Equal        ceiling/2 + uniform in [0, ceiling/2]
///   Decorrelated min(maxDelay, uniform in [base, 3*previous]) (previous = base for retry 1)
/// and the result is raised to minDelay. `previous` is the delay returned for the previous
/// retry (only Decorrelated uses it). Pure: no clock, no global random state.
Millis backoffDelay(const RetrySettings &settings, int retry, Millis previous, double random01);

/// The range [low, high] that backoffDelay can return for `retry` (Decorrelated uses
/// `previous` as above). For previews and for tests.
std::pair<Millis, Millis> backoffRange(const RetrySettings &settings, int retry, Millis previous);

} // namespace bw
