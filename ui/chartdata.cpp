// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartdata.h"

#include "history/historystore.h"

#include <QElapsedTimer>

#include <algorithm>
#include <array>
#include <map>
#include <vector>

namespace bw {

namespace {

struct Accumulator
{
    ChartBucket bucket;
    std::vector<double> latencies;
};

qint64 bucketStart(qint64 ms, qint64 bucketMs)
{
    return ms >= 0 ? ms / bucketMs * bucketMs : (ms - bucketMs + 1) / bucketMs * bucketMs;
}

Accumulator &slot(std::map<qint64, Accumulator> &buckets, qint64 ms, qint64 bucketMs)
{
    const qint64 start = bucketStart(ms, bucketMs);
    Accumulator &acc = buckets[start];
    acc.bucket.startMs = start;
    acc.bucket.spanMs = bucketMs;
    return acc;
}

QList<ChartBucket> finish(std::map<qint64, Accumulator> &buckets)
{
    QList<ChartBucket> result;
    result.reserve(qsizetype(buckets.size()));
    for (auto &[start, acc] : buckets) {
        if (!acc.latencies.empty()) {
            acc.bucket.p50Ms = quantile(acc.latencies, 0.50);
            acc.bucket.p95Ms = quantile(acc.latencies, 0.95);
            acc.bucket.p99Ms = quantile(acc.latencies, 0.99);
            acc.bucket.maxMs = quantile(acc.latencies, 1.0);
        }
        result.append(acc.bucket);
    }
    return result;
}

} // namespace

HistoryLevel historyLevelForSpan(qint64 spanMs)
{
    if (spanMs <= 30 * 60'000)
        return HistoryLevel::Raw;
    if (spanMs <= 48 * 3'600'000LL)
        return HistoryLevel::Minute;
    return HistoryLevel::Hour;
}

qint64 chartBucketMsForSpan(qint64 spanMs)
{
    static constexpr std::array<qint64, 13> steps{
        1'000, 2'000, 5'000, 10'000, 15'000, 30'000, 60'000, 120'000, 300'000, 900'000,
        1'800'000, 3'600'000, 86'400'000};
    // About 120 buckets: at one poll per second, a 5-minute view gets 5-second buckets with
    // several attempts each, so p50, p95, p99 and max tell something apart.
    const qint64 wanted = spanMs / 120;
    // Never coarser than the rollups read for the same span, so memory and history match.
    const qint64 ceiling = historyLevelForSpan(spanMs) == HistoryLevel::Hour ? 3'600'000 : 60'000;
    for (const qint64 step : steps) {
        if (step >= wanted)
            return std::min(step, ceiling);
    }
    return ceiling;
}

QList<ChartBucket> bucketsFromSeries(const EndpointSeries &series, qint64 fromMs, qint64 toMs,
                                     qint64 bucketMs)
{
    std::map<qint64, Accumulator> buckets;
    for (const LatencyPoint &point : series.latencies) {
        if (point.atMs >= fromMs && point.atMs < toMs)
            slot(buckets, point.atMs, bucketMs).latencies.push_back(point.latencyMs);
    }
    for (const SecondBucket &second : series.seconds) {
        const qint64 ms = second.second * 1000;
        if (ms < fromMs || ms >= toMs)
            continue;
        ChartBucket &b = slot(buckets, ms, bucketMs).bucket;
        b.attempts += second.attempts;
        b.rateLimited += second.rateLimited;
        b.errors += second.errors();
        b.retries += second.retries;
    }
    for (const DepthPoint &point : series.queueDepth) {
        if (point.atMs < fromMs || point.atMs >= toMs)
            continue;
        ChartBucket &b = slot(buckets, point.atMs, bucketMs).bucket;
        b.maxQueueDepth = std::max(b.maxQueueDepth, point.depth);
        // Points come in time order, so the last one of the bucket wins.
        if (point.drainRate >= 0)
            b.drainRate = point.drainRate;
        if (point.deadLetters >= 0)
            b.deadLetters = point.deadLetters;
    }
    return finish(buckets);
}

QList<ChartBucket> bucketsFromRecords(const QList<AttemptRecord> &records, qint64 bucketMs)
{
    std::map<qint64, Accumulator> buckets;
    for (const AttemptRecord &record : records) {
        Accumulator &acc = slot(buckets, toEpochMs(record.timestamp), bucketMs);
        ChartBucket &b = acc.bucket;
        ++b.attempts;
        if (record.attempt > 1)
            ++b.retries;
        switch (record.outcome) {
        case Outcome::RateLimited: ++b.rateLimited; break;
        case Outcome::ServerError:
        case Outcome::ClientError:
        case Outcome::NetworkError:
        case Outcome::TlsError:
        case Outcome::RedirectError:
        case Outcome::Timeout: ++b.errors; break;
        case Outcome::Ok:
        case Outcome::ShortCircuited: break;
        }
        if (record.outcome != Outcome::ShortCircuited)
            acc.latencies.push_back(
                std::chrono::duration<double, std::milli>(record.latency).count());
        b.maxQueueDepth = std::max(b.maxQueueDepth, record.queueDepth);
    }
    return finish(buckets);
}

ChartBucket bucketFromRollup(const Rollup &rollup, RollupLevel level)
{
    ChartBucket b;
    b.startMs = rollup.bucketMs;
    b.spanMs = rollupSpanMs(level);
    b.attempts = rollup.attempts;
    b.rateLimited = rollup.rateLimited;
    b.errors = rollup.serverErrors + rollup.clientErrors + rollup.networkErrors + rollup.timeouts;
    b.retries = rollup.retries;
    b.p50Ms = rollup.p50Ms;
    b.p95Ms = rollup.p95Ms;
    b.p99Ms = rollup.p99Ms;
    b.maxMs = rollup.maxMs;
    b.maxQueueDepth = rollup.maxQueueDepth;
    return b;
}

HistorySlice readHistorySlice(const HistoryStore &store, const QString &endpointId,
                              HistoryLevel level, qint64 fromMs, qint64 toMs, qint64 bucketMs)
{
    QElapsedTimer timer;
    timer.start();
    HistorySlice slice;
    slice.endpointId = endpointId;
    slice.level = level;
    slice.fromMs = fromMs;
    slice.toMs = toMs;
    const HistoryRange range{fromMs, toMs, {endpointId}};
    if (level == HistoryLevel::Raw) {
        slice.bucketMs = bucketMs;
        QList<AttemptRecord> chunk;
        const auto read = store.forEachAttempt(range, [&](const AttemptRecord &record) {
            chunk.append(record);
        });
        if (!read) {
            slice.error = read.error();
            return slice;
        }
        slice.buckets = bucketsFromRecords(chunk, bucketMs);
    } else {
        const RollupLevel rollupLevel = level == HistoryLevel::Minute ? RollupLevel::Minute
                                                                      : RollupLevel::Hour;
        slice.bucketMs = rollupSpanMs(rollupLevel);
        // Rollup buckets start on whole minutes or hours: include the one holding fromMs.
        const HistoryRange aligned{rollupBucketOf(rollupLevel, fromMs), toMs, {endpointId}};
        const auto read = store.forEachRollup(rollupLevel, aligned, [&](const Rollup &rollup) {
            slice.buckets.append(bucketFromRollup(rollup, rollupLevel));
        });
        if (!read) {
            slice.error = read.error();
            return slice;
        }
    }
    const auto initial = store.breakerStateAt(endpointId, fromMs);
    const auto events = store.breakerEvents(range);
    if (!initial || !events) {
        slice.error = !initial ? initial.error() : events.error();
        return slice;
    }
    slice.breaker.append(StatePoint{fromMs, *initial});
    for (const BreakerEvent &event : *events)
        slice.breaker.append(StatePoint{toEpochMs(event.at), event.to});
    slice.events = *events;
    slice.queryMs = timer.elapsed();
    return slice;
}

} // namespace bw
