// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../clock.h"

namespace bw {

struct RateLimitSettings
{
    double requestsPerSecond = 0; ///< 0 means unlimited
    double burst = 1;             ///< bucket size at the configured rate, >= 1
    /// Adapt to 429s: each throttle multiplies the rate by `decreaseFactor`; sustained success
    /// adds back `increasePerSecond` (requests/s gained per second of success) toward the
    /// configured rate.
    bool adaptive = true;
    double decreaseFactor = 0.5;
    /// 0 means 5% of the rate at the last throttle (of the configured rate before the first),
    /// at least 0.05.
    double increasePerSecond = 0;
    double minimumRate = 0.05;    ///< the adaptive rate never drops below this

    friend bool operator==(const RateLimitSettings &, const RateLimitSettings &) = default;
};

/// A client-side token bucket for one endpoint, with additive-increase /
/// multiplicative-decrease adaptation to server throttling. Pure: every call takes `now`.
///
/// The bucket's size scales with the current rate (burst * currentRate / configuredRate, at
/// least 1 token), so after a throttle the client cannot fire a burst that the server just
/// refused. A throttle also empties the bucket. After a throttle the rate grows back slowly
/// near the rate at which the last throttle happened, and faster below it, so a client
/// configured above the server's limit settles just under it.
class RateLimiter
{
public:
    explicit RateLimiter(const RateLimitSettings &settings = {}, SteadyTime now = {});

    /// Takes a token if one is available and returns 0; otherwise takes nothing and returns
    /// how long until one will be (rounded up). Unlimited buckets always return 0.
    Millis tryAcquire(SteadyTime now);
    /// The wait tryAcquire would report, without taking a token.
    Millis timeUntilAvailable(SteadyTime now) const;

    void onThrottled(SteadyTime now);
    void onSuccess(SteadyTime now);

    /// Applies new settings at run time. Keeps the tokens (clamped to the new size) and, when
    /// adaptive, keeps the learned rate if it lies below the new configured rate.
    void reconfigure(const RateLimitSettings &settings, SteadyTime now);

    const RateLimitSettings &settings() const { return m_settings; }
    bool isUnlimited() const { return m_settings.requestsPerSecond <= 0; }
    double currentRate() const { return m_rate; }
    double tokens(SteadyTime now) const;
    double capacity() const;

private:
    void refill(SteadyTime now);

    RateLimitSettings m_settings;
    double m_rate = 0;
    double m_tokens = 0;
    double m_lastThrottleRate = 0; ///< rate at the last throttle, 0 if none yet
    SteadyTime m_lastRefill{};
    SteadyTime m_lastIncrease{};
};

} // namespace bw
