// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "retrybudget.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace bw {

namespace {

constexpr int bucketCount = 10;

// 0.1 * 200 must allow the 20th retry even if the product comes out a hair under 20.
constexpr double allowanceSlack = 1e-9;

std::chrono::nanoseconds bucketLength(const RetryBudgetSettings &settings)
{
    // Divide in nanoseconds: seconds / 10 would truncate a 5 s window to 0 s buckets.
    const std::chrono::nanoseconds window = settings.window;
    return std::max<std::chrono::nanoseconds>(window / bucketCount, Millis{1});
}

// Floor division, so that instants before the clock's epoch still map to the right slot.
qint64 slotAt(SteadyTime now, const RetryBudgetSettings &settings)
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

RetryBudget::RetryBudget(const RetryBudgetSettings &settings)
    : m_settings(settings)
    , m_buckets(bucketCount)
{
}

RetryBudget::Bucket RetryBudget::totals(SteadyTime now) const
{
    const qint64 current = slotAt(now, m_settings);
    Bucket sum;
    for (const Bucket &b : m_buckets) {
        if (b.index > current - bucketCount && b.index <= current) {
            sum.requests += b.requests;
            sum.retries += b.retries;
        }
    }
    return sum;
}

RetryBudget::Bucket &RetryBudget::bucketAt(SteadyTime now)
{
    const qint64 slot = slotAt(now, m_settings);
    Bucket &bucket = m_buckets[positionOf(slot)];
    if (bucket.index != slot) {
        bucket = Bucket{slot, 0, 0};
    }
    return bucket;
}

double RetryBudget::allowance(int requests) const
{
    const double seconds = std::chrono::duration<double>(m_settings.window).count();
    const double byRatio = std::max(m_settings.ratio, 0.0) * requests;
    const double floor = std::max(m_settings.minRetriesPerSecond, 0.0) * seconds;
    return std::max(byRatio, floor) + allowanceSlack;
}

void RetryBudget::recordRequest(SteadyTime now)
{
    ++bucketAt(now).requests;
}

bool RetryBudget::tryAcquireRetry(SteadyTime now)
{
    if (m_settings.enabled) {
        const Bucket t = totals(now);
        if (double(t.retries) + 1.0 > allowance(t.requests)) {
            return false;
        }
    }
    ++bucketAt(now).retries;
    return true;
}

double RetryBudget::ratio(SteadyTime now) const
{
    const Bucket t = totals(now);
    return double(t.retries) / double(std::max(t.requests, 1));
}

int RetryBudget::requests(SteadyTime now) const
{
    return totals(now).requests;
}

int RetryBudget::retries(SteadyTime now) const
{
    return totals(now).retries;
}

int RetryBudget::retriesAvailable(SteadyTime now) const
{
    if (!m_settings.enabled) {
        return std::numeric_limits<int>::max();
    }
    const Bucket t = totals(now);
    const double room = std::floor(allowance(t.requests)) - t.retries;
    return room > 0 ? int(std::min(room, double(std::numeric_limits<int>::max()))) : 0;
}

void RetryBudget::reconfigure(const RetryBudgetSettings &settings)
{
    const bool sameBuckets = bucketLength(settings) == bucketLength(m_settings);
    m_settings = settings;
    if (!sameBuckets) {
        std::fill(m_buckets.begin(), m_buckets.end(), Bucket{});
    }
}

} // namespace bw
