// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/attemptrecord.h"

#include <QList>
#include <QString>

namespace bw {

/// The two aggregation levels kept beside the raw attempts. Both are computed from raw rows,
/// never from each other, so their percentiles are exact (not merged estimates).
enum class RollupLevel { Minute, Hour };

constexpr qint64 rollupSpanMs(RollupLevel level)
{
    return level == RollupLevel::Minute ? 60'000 : 3'600'000;
}

/// The start of the bucket holding `epochMs` (UTC, aligned to whole minutes or hours).
constexpr qint64 rollupBucketOf(RollupLevel level, qint64 epochMs)
{
    const qint64 span = rollupSpanMs(level);
    return epochMs >= 0 ? epochMs / span * span : (epochMs - span + 1) / span * span;
}

/// Counts and latency figures of one endpoint over one bucket [bucketMs, bucketMs + span).
/// Latencies are in milliseconds over sent attempts only (short-circuited ones have none);
/// they are negative when the bucket holds no sent attempt.
struct Rollup
{
    QString endpointId;
    qint64 bucketMs = 0;
    int attempts = 0; ///< including short-circuited ones
    int ok = 0;
    int rateLimited = 0;
    int serverErrors = 0;
    int clientErrors = 0;
    int networkErrors = 0;
    int timeouts = 0;
    int shortCircuited = 0;
    int http429 = 0;  ///< attempts answered with status 429 (a subset of rateLimited)
    int retries = 0;  ///< attempts with number > 1
    int slow = 0;
    int latencyCount = 0;
    double p50Ms = -1;
    double p95Ms = -1;
    double p99Ms = -1;
    double maxMs = -1;
    /// Time the breaker spent in each state inside the bucket, up to `untilMs` (see
    /// computeRollup). Their sum is the bucket span once the bucket is complete.
    qint64 closedMs = 0;
    qint64 openMs = 0;
    qint64 halfOpenMs = 0;
    int maxQueueDepth = 0; ///< the largest queue depth an attempt of the bucket reported

    bool operator==(const Rollup &) const = default;
};

/// Builds one bucket from the raw records of that bucket (records outside it are ignored).
/// `stateAtStart` is the breaker state in force when the bucket began and `events` the
/// breaker transitions of this endpoint, in time order; breaker time is counted from the
/// bucket start up to min(bucket end, untilMs). Pure: no clock, no database.
Rollup computeRollup(const QString &endpointId, RollupLevel level, qint64 bucketMs,
                     const QList<AttemptRecord> &records, BreakerState stateAtStart,
                     const QList<BreakerEvent> &events, qint64 untilMs);

} // namespace bw
