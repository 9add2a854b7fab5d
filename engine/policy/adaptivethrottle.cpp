// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "adaptivethrottle.h"

#include <algorithm>

namespace bw {

namespace {

constexpr int bucketCount = 10;

std::chrono::nanoseconds bucketLength(const AdaptiveThrottleSettings &settings)
{
    // Divide in nanoseconds: seconds / 10 would truncate a 5 s window to 0 s buckets.
    const std::chrono::nanoseconds window = settings.window;
    return std::max<std::chrono::nanoseconds>(window / bucketCount, Millis{1});
}

// Floor division, so that instants before the clock's epoch still map to the right slot.
qint64 slotAt(SteadyTime now, const AdaptiveThrottleSettings &settings)
{
    const qint64 t = now.time_since_epoch().count();
    const qint64 l = bucketLength(settings).count();
    return t >= 0 ? t / l : -((-t + l - 1) / l);
}

size_t positionOf(qint64 slot)
{
    return static_cast<size_t>((slot % bucketCount + bucketCount) % bucketCount);
}

} // namespace

AdaptiveThrottle::AdaptiveThrottle(const AdaptiveThrottleSettings &settings)
    : m_settings(settings)
    , m_buckets(bucketCount)
{
}

AdaptiveThrottle::Bucket AdaptiveThrottle::totals(SteadyTime now) const
{
    const qint64 current = slotAt(now, m_settings);
    Bucket sum;
    for (const Bucket &b : m_buckets) {
        if (b.index > current - bucketCount && b.index <= current) {
            sum.requests += b.requests;
            sum.accepts += b.accepts;
            sum.rejections += b.rejections;
        }
    }
    return sum;
}

AdaptiveThrottle::Bucket &AdaptiveThrottle::bucketAt(SteadyTime now)
{
    const qint64 slot = slotAt(now, m_settings);
    Bucket &bucket = m_buckets[positionOf(slot)];
    if (bucket.index != slot) {
        bucket = Bucket{slot, 0, 0, 0};
    }
    return bucket;
}

double AdaptiveThrottle::rejectProbability(SteadyTime now) const
{
    if (!m_settings.enabled) {
        return 0.0;
    }
    // Written so that NaN also falls back to 1.
    const double k = m_settings.k > 1.0 ? m_settings.k : 1.0;
    const Bucket t = totals(now);
    const double requests = t.requests;
    return std::max(0.0, (requests - k * t.accepts) / (requests + 1.0));
}

bool AdaptiveThrottle::shouldReject(SteadyTime now, double random01)
{
    if (!(random01 < rejectProbability(now))) {
        return false;
    }
    ++bucketAt(now).rejections;
    return true;
}

void AdaptiveThrottle::recordRequest(SteadyTime now)
{
    ++bucketAt(now).requests;
}

void AdaptiveThrottle::recordAccept(SteadyTime now)
{
    ++bucketAt(now).accepts;
}

int AdaptiveThrottle::requests(SteadyTime now) const
{
    return totals(now).requests;
}

int AdaptiveThrottle::accepts(SteadyTime now) const
{
    return totals(now).accepts;
}

int AdaptiveThrottle::rejections(SteadyTime now) const
{
    return totals(now).rejections;
}

void AdaptiveThrottle::reconfigure(const AdaptiveThrottleSettings &settings)
{
    const bool sameBuckets = bucketLength(settings) == bucketLength(m_settings);
    m_settings = settings;
    if (!sameBuckets) {
        std::fill(m_buckets.begin(), m_buckets.end(), Bucket{});
    }
}

} // namespace bw
