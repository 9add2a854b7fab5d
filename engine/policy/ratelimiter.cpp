// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ratelimiter.h"

#include "../logging.h"

#include <algorithm>
#include <cmath>

namespace bw {

namespace {

// Token counts are sums of rate * elapsed seconds, so "exactly one token" can come out a hair
// short. Without this slack a caller that sleeps for the reported wait could be refused again
// for one more millisecond.
constexpr double tokenSlack = 1e-9;

// Close to the last throttle rate the server is likely to refuse again, so the rate creeps
// there instead of walking.
constexpr double nearThrottleShare = 0.9;
constexpr double nearThrottleSpeed = 0.25;

// A rate of zero would never refill; this is one token in about eleven days.
constexpr double lowestRate = 1e-6;

double seconds(std::chrono::nanoseconds d)
{
    return std::chrono::duration<double>(d).count();
}

double floorRate(const RateLimitSettings &s)
{
    return std::min(s.requestsPerSecond, std::max(s.minimumRate, lowestRate));
}

/// Requests/s regained per second of success. The default is a share of the rate the server
/// last refused (or of the configured rate before any refusal): a client configured far
/// above a server's limit must climb back at the server's scale, not at its own, or it
/// returns to the limit faster than the server frees it.
double increasePerSecond(const RateLimitSettings &s, double lastThrottleRate)
{
    if (s.increasePerSecond > 0)
        return s.increasePerSecond;
    const double reference = lastThrottleRate > 0 ? lastThrottleRate : s.requestsPerSecond;
    return std::max(0.05, 0.05 * reference);
}

} // namespace

RateLimiter::RateLimiter(const RateLimitSettings &settings, SteadyTime now)
    : m_settings(settings)
    , m_rate(std::max(settings.requestsPerSecond, 0.0))
    , m_lastRefill(now)
    , m_lastIncrease(now)
{
    m_tokens = capacity();
}

double RateLimiter::capacity() const
{
    const double burst = std::max(m_settings.burst, 1.0);
    if (isUnlimited()) {
        return burst;
    }
    return std::max(1.0, burst * m_rate / m_settings.requestsPerSecond);
}

double RateLimiter::tokens(SteadyTime now) const
{
    if (isUnlimited()) {
        return capacity();
    }
    const double elapsed = now > m_lastRefill ? seconds(now - m_lastRefill) : 0.0;
    return std::min(capacity(), m_tokens + elapsed * m_rate);
}

void RateLimiter::refill(SteadyTime now)
{
    if (now <= m_lastRefill) {
        return;
    }
    m_tokens = tokens(now);
    m_lastRefill = now;
}

Millis RateLimiter::timeUntilAvailable(SteadyTime now) const
{
    if (isUnlimited()) {
        return Millis{0};
    }
    const double missing = 1.0 - tokens(now);
    if (missing <= tokenSlack) {
        return Millis{0};
    }
    // Subtracting the slack keeps this in step with tryAcquire: after exactly this wait the
    // missing part is within the slack and the token is granted.
    const double ms = std::ceil((missing - tokenSlack) / m_rate * 1000.0);
    return Millis{static_cast<Millis::rep>(std::max(ms, 1.0))};
}

Millis RateLimiter::tryAcquire(SteadyTime now)
{
    if (isUnlimited()) {
        return Millis{0};
    }
    refill(now);
    const Millis wait = timeUntilAvailable(now);
    if (wait == Millis{0}) {
        m_tokens = std::max(m_tokens - 1.0, 0.0);
    }
    return wait;
}

void RateLimiter::onThrottled(SteadyTime now)
{
    if (isUnlimited() || !m_settings.adaptive) {
        return;
    }
    refill(now);
    const double factor = std::clamp(m_settings.decreaseFactor, 0.0, 1.0);
    m_lastThrottleRate = m_rate;
    m_rate = std::max(floorRate(m_settings), m_rate * factor);
    // The server just refused: whatever burst was saved up would be refused too.
    m_tokens = 0;
    // Time before the throttle earned nothing; growth starts again from here.
    m_lastIncrease = now;
    qCDebug(lcRateLimit) << "throttled at" << m_lastThrottleRate << "req/s; now" << m_rate;
}

void RateLimiter::onSuccess(SteadyTime now)
{
    if (isUnlimited() || !m_settings.adaptive) {
        return;
    }
    // Growth is per second of success, not per success, so a busy client does not climb
    // faster than a quiet one.
    const double elapsed = now > m_lastIncrease ? seconds(now - m_lastIncrease) : 0.0;
    m_lastIncrease = std::max(now, m_lastIncrease);
    if (m_rate >= m_settings.requestsPerSecond || elapsed <= 0) {
        return;
    }
    refill(now);
    double gain = increasePerSecond(m_settings, m_lastThrottleRate) * elapsed;
    if (m_lastThrottleRate > 0 && m_rate >= nearThrottleShare * m_lastThrottleRate) {
        gain *= nearThrottleSpeed;
    }
    m_rate = std::min(m_settings.requestsPerSecond, m_rate + gain);
}

void RateLimiter::reconfigure(const RateLimitSettings &settings, SteadyTime now)
{
    refill(now);
    const bool wasUnlimited = isUnlimited();
    const double learned = m_rate;
    m_settings = settings;
    m_lastRefill = now;
    m_lastIncrease = now;

    if (isUnlimited()) {
        m_rate = 0;
        m_lastThrottleRate = 0;
        return;
    }
    if (wasUnlimited) {
        m_rate = settings.requestsPerSecond;
        m_lastThrottleRate = 0;
        m_tokens = capacity();
        return;
    }
    if (settings.adaptive && learned < settings.requestsPerSecond) {
        m_rate = std::max(learned, floorRate(settings));
    } else {
        m_rate = settings.requestsPerSecond;
    }
    if (!settings.adaptive) {
        m_lastThrottleRate = 0;
    }
    m_tokens = std::min(m_tokens, capacity());
}

} // namespace bw
