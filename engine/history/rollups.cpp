// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rollups.h"

#include "metrics/metricsstore.h"

#include <algorithm>
#include <vector>

namespace bw {

namespace {

void countOutcome(Rollup &rollup, Outcome outcome)
{
    switch (outcome) {
    case Outcome::Ok:
        ++rollup.ok;
        return;
    case Outcome::RateLimited:
        ++rollup.rateLimited;
        return;
    case Outcome::ServerError:
        ++rollup.serverErrors;
        return;
    case Outcome::ClientError:
        ++rollup.clientErrors;
        return;
    // The rollup tables keep one column for every failure of the exchange itself; the attempt
    // rows keep the distinct outcome names.
    case Outcome::NetworkError:
    case Outcome::TlsError:
    case Outcome::RedirectError:
        ++rollup.networkErrors;
        return;
    case Outcome::Timeout:
        ++rollup.timeouts;
        return;
    case Outcome::ShortCircuited:
        ++rollup.shortCircuited;
        return;
    }
}

void addStateTime(Rollup &rollup, BreakerState state, qint64 ms)
{
    if (ms <= 0)
        return;
    switch (state) {
    case BreakerState::Closed:
        rollup.closedMs += ms;
        return;
    case BreakerState::Open:
        rollup.openMs += ms;
        return;
    case BreakerState::HalfOpen:
        rollup.halfOpenMs += ms;
        return;
    }
}

} // namespace

Rollup computeRollup(const QString &endpointId, RollupLevel level, qint64 bucketMs,
                     const QList<AttemptRecord> &records, BreakerState stateAtStart,
                     const QList<BreakerEvent> &events, qint64 untilMs)
{
    const qint64 endMs = bucketMs + rollupSpanMs(level);
    Rollup rollup;
    rollup.endpointId = endpointId;
    rollup.bucketMs = bucketMs;

    std::vector<double> latencies;
    latencies.reserve(static_cast<std::size_t>(records.size()));
    for (const AttemptRecord &record : records) {
        const qint64 at = toEpochMs(record.timestamp);
        if (record.endpointId != endpointId || at < bucketMs || at >= endMs)
            continue;
        ++rollup.attempts;
        countOutcome(rollup, record.outcome);
        if (record.httpStatus == 429)
            ++rollup.http429;
        if (record.attempt > 1)
            ++rollup.retries;
        if (record.slow)
            ++rollup.slow;
        rollup.maxQueueDepth = std::max(rollup.maxQueueDepth, record.queueDepth);
        if (record.outcome != Outcome::ShortCircuited)
            latencies.push_back(std::chrono::duration<double, std::milli>(record.latency).count());
    }
    rollup.latencyCount = static_cast<int>(latencies.size());
    if (!latencies.empty()) {
        rollup.maxMs = *std::max_element(latencies.cbegin(), latencies.cend());
        rollup.p50Ms = quantile(latencies, 0.50);
        rollup.p95Ms = quantile(latencies, 0.95);
        rollup.p99Ms = quantile(latencies, 0.99);
    }

    const qint64 stopMs = std::min(endMs, untilMs);
    qint64 cursor = bucketMs;
    BreakerState state = stateAtStart;
    for (const BreakerEvent &event : events) {
        const qint64 at = toEpochMs(event.at);
        if (event.endpointId != endpointId || at < bucketMs || at >= endMs)
            continue;
        if (at >= stopMs)
            break;
        addStateTime(rollup, state, at - cursor);
        state = event.to;
        cursor = at;
    }
    addStateTime(rollup, state, stopMs - cursor);
    return rollup;
}

} // namespace bw
