// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/rollups.h"
#include "metrics/metricsstore.h"

#include <QList>
#include <QString>

namespace bw {

class HistoryStore;

/// Which history table a chart reads for a view of a given span.
enum class HistoryLevel { Raw, Minute, Hour };

/// Raw attempts up to 30 minutes, 1-minute rollups up to 48 hours, 1-hour rollups beyond.
HistoryLevel historyLevelForSpan(qint64 spanMs);
/// The bucket the detail charts aggregate in-memory data into: about 120 buckets per view,
/// rounded to 1, 2, 5, 10, 15 or 30 s or 1 min (1 h beyond 48 hours).
qint64 chartBucketMsForSpan(qint64 spanMs);

/// What the detail charts draw for one bucket of time, whatever its source (the live store,
/// raw history or a rollup). Latencies are negative when no attempt was sent; queue depth is
/// negative when unknown.
struct ChartBucket
{
    qint64 startMs = 0;
    qint64 spanMs = 1000;
    int attempts = 0; ///< including short-circuited ones
    int rateLimited = 0;
    int errors = 0;
    int retries = 0;
    double p50Ms = -1;
    double p95Ms = -1;
    double p99Ms = -1;
    double maxMs = -1;
    int maxQueueDepth = -1;
    /// Deliver mode, live data only (history does not keep them); negative when unknown:
    /// the last drain rate (deliveries/s) and dead-letter count reported in the bucket.
    double drainRate = -1;
    qint64 deadLetters = -1;

    double perSecond(int count) const
    {
        return count * 1000.0 / double(std::max<qint64>(spanMs, 1));
    }
};

/// Buckets of `bucketMs` over [fromMs, toMs) from the in-memory series, in time order.
QList<ChartBucket> bucketsFromSeries(const EndpointSeries &series, qint64 fromMs, qint64 toMs,
                                     qint64 bucketMs);
/// Buckets of `bucketMs` from raw attempt records (in any order), in time order.
QList<ChartBucket> bucketsFromRecords(const QList<AttemptRecord> &records, qint64 bucketMs);
ChartBucket bucketFromRollup(const Rollup &rollup, RollupLevel level);

/// A part of one endpoint's history, read for the charts.
struct HistorySlice
{
    quint64 requestId = 0;
    QString path;
    QString endpointId;
    HistoryLevel level = HistoryLevel::Raw;
    qint64 bucketMs = 0;
    qint64 fromMs = 0;
    qint64 toMs = 0;
    QList<ChartBucket> buckets;
    /// The breaker state in force at fromMs, then each transition in the slice.
    QList<StatePoint> breaker;
    QList<BreakerEvent> events;
    qint64 queryMs = 0; ///< how long the read took
    QString error;
};

/// Reads [fromMs, toMs) of `endpointId` at `level` (raw attempts aggregated into `bucketMs`
/// buckets). Synchronous: HistoryReader runs it on its own thread.
HistorySlice readHistorySlice(const HistoryStore &store, const QString &endpointId,
                              HistoryLevel level, qint64 fromMs, qint64 toMs, qint64 bucketMs);

} // namespace bw
