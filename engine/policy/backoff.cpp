// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backoff.h"

#include <algorithm>
#include <cmath>

namespace bw {

namespace {

// All arithmetic runs in double milliseconds, where multiplier^n and base*retry can grow past
// any integer without undefined behaviour, and is converted back only after the cap. NaN
// (from a NaN multiplier, say) saturates too: waiting longer is the safe mistake.
Millis toMillis(double ms, Millis cap)
{
    if (ms <= 0) {
        return Millis{0};
    }
    if (!(ms < static_cast<double>(cap.count()))) {
        return cap;
    }
    return Millis{std::llround(ms)};
}

double ceilingMs(const RetrySettings &settings, int retry)
{
    const double base = static_cast<double>(std::max<Millis::rep>(settings.baseDelay.count(), 0));
    if (base == 0) {
        return 0;
    }
    switch (settings.kind) {
    case BackoffKind::Constant:
        return base;
    case BackoffKind::Linear:
        return base * retry;
    case BackoffKind::Exponential:
        return base * std::pow(settings.multiplier, retry - 1);
    }
    return base;
}

// The delay for a random draw r in [0, 1]; monotonic in r, so r = 0 and r = 1 give the range.
Millis delayAt(const RetrySettings &settings, int retry, Millis previous, double r)
{
    retry = std::max(retry, 1);
    const Millis cap = std::max(settings.maxDelay, Millis{0});
    const double ceiling = std::min(ceilingMs(settings, retry), static_cast<double>(cap.count()));

    double ms = ceiling;
    switch (settings.jitter) {
    case Jitter::None:
        break;
    case Jitter::Full:
        ms = ceiling * r;
        break;
    case Jitter::Equal:
        ms = ceiling / 2 + ceiling / 2 * r;
        break;
    case Jitter::Decorrelated: {
        const double base
            = static_cast<double>(std::max<Millis::rep>(settings.baseDelay.count(), 0));
        const double last = retry == 1 ? base : static_cast<double>(previous.count());
        const double high = std::max(base, 3 * last);
        ms = base + (high - base) * r;
        break;
    }
    }

    return std::max(toMillis(ms, cap), settings.minDelay);
}

} // namespace

Millis backoffDelay(const RetrySettings &settings, int retry, Millis previous, double random01)
{
    // The largest double below 1, so that a source returning 1.0 cannot step outside the
    // documented half-open interval.
    constexpr double belowOne = 1.0 - 0x1p-53;
    const double r = std::isnan(random01) ? 0.0 : std::clamp(random01, 0.0, belowOne);
    return delayAt(settings, retry, previous, r);
}

std::pair<Millis, Millis> backoffRange(const RetrySettings &settings, int retry, Millis previous)
{
    return {delayAt(settings, retry, previous, 0.0), delayAt(settings, retry, previous, 1.0)};
}

} // namespace bw
