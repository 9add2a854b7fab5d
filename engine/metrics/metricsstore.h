// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "attemptrecord.h"

#include <QHash>
#include <QStringList>

#include <array>
#include <deque>
#include <limits>
#include <vector>

namespace bw {

/// Milliseconds since the Unix epoch, the x unit of every chart.
qint64 toEpochMs(WallTime t);
WallTime fromEpochMs(qint64 ms);

/// One attempt's latency, for the latency chart.
struct LatencyPoint
{
    qint64 atMs = 0;
    double latencyMs = 0;
    Outcome outcome = Outcome::Ok;
    int attempt = 1;
};

/// Counts for one endpoint over one second (UTC, aligned to whole seconds).
struct SecondBucket
{
    qint64 second = 0; ///< epoch seconds
    int attempts = 0;  ///< including short-circuited ones
    int ok = 0;
    int rateLimited = 0;
    int serverErrors = 0;
    int clientErrors = 0;
    int networkErrors = 0;
    int timeouts = 0;
    int shortCircuited = 0;
    int retries = 0;   ///< attempts with number > 1
    int slow = 0;      ///< attempts at or over the breaker's slow-call threshold
    double latencyMaxMs = 0;
    double latencySumMs = 0;
    int latencyCount = 0;

    int errors() const { return serverErrors + clientErrors + networkErrors + timeouts; }
};

/// The latencies of one endpoint's sent attempts over the last five minutes, exact, at four
/// bytes an attempt: a ring of ten-second slots, each holding the latencies of the attempts
/// that started in it. An attempt lands in the slot of its start whenever it completes, so
/// nothing beyond the window is kept for attempts that finish after newer ones.
///
/// Each slot stores its first `inlineCapacity` latencies in place, inside the window (and so
/// inside the EndpointSeries, allocated and zeroed when the endpoint is declared): an
/// endpoint checked every second with up to three attempts a check stays in place, and the
/// window's memory is reached when the endpoint is set up, not five minutes into the run.
/// That is about 5 KiB an endpoint (1 MiB for 200). Only a slot with more attempts takes
/// the rest on the heap; it gives that capacity back when the slot is reused for ten seconds
/// that need far less, so bursts do not add up over a long run.
/// Beyond slotCapacity attempts in a slot (over about 100 a second) the slot holds a uniform
/// sample of them (reservoir sampling), which keeps the percentiles unbiased.
class LatencyWindow
{
public:
    static constexpr qint64 spanMs = 5 * 60 * 1000;
    static constexpr qint64 slotMs = 10'000;
    static constexpr std::size_t slotCount = std::size_t(spanMs / slotMs) + 1;
    static constexpr std::size_t slotCapacity = 1024;
    static constexpr std::size_t inlineCapacity = 32;

    void add(qint64 startMs, double latencyMs);
    /// Appends the latencies of the slots that overlap [nowMs - spanMs, nowMs].
    void collect(qint64 nowMs, std::vector<double> &out) const;
    /// Latencies held, inside the window or not.
    std::size_t size() const;
    /// Latencies held on the heap (beyond each slot's inline capacity).
    std::size_t spilled() const;

private:
    struct Slot
    {
        qint64 startMs = std::numeric_limits<qint64>::min();
        quint64 seen = 0;
        std::size_t count = 0;
        std::array<float, inlineCapacity> inlineValues{};
        std::vector<float> more; ///< the latencies after the first inlineCapacity

        float &at(std::size_t i)
        {
            return i < inlineCapacity ? inlineValues[i] : more[i - inlineCapacity];
        }
    };
    std::array<Slot, slotCount> m_slots;
    quint64 m_random = 0x9e3779b97f4a7c15ULL;
};

struct StatePoint
{
    qint64 atMs = 0;
    BreakerState state = BreakerState::Closed;
};

struct DepthPoint
{
    qint64 atMs = 0;
    int depth = 0;
    /// Deliver mode (else negative): the drain rate (deliveries/s over 10 s) and the
    /// dead-letter count last reported in this second.
    double drainRate = -1;
    qint64 deadLetters = -1;
};

/// Everything the UI and the headless monitor show for one endpoint, bounded in memory:
/// the last `latencyCapacity` attempts, one hour of per-second buckets, the last 2048
/// breaker transitions and one hour of queue-depth samples (one per second at most), by
/// default (see MetricsRetention); and the latencies of the percentile window.
struct EndpointSeries
{
    QString id;
    QString name;
    std::optional<AttemptRecord> last;
    QString lastError;
    std::optional<AttemptRecord> lastErrorRecord; ///< the attempt behind lastError
    qint64 lastErrorAtMs = 0;
    EndpointStatus status;
    std::deque<LatencyPoint> latencies; ///< for the latency chart
    LatencyWindow recent; ///< what p50Ms, p95Ms and p99Ms are computed from
    std::deque<SecondBucket> seconds;
    std::deque<StatePoint> breakerTimeline;
    std::deque<DepthPoint> queueDepth;
    quint64 totalAttempts = 0;
    quint64 totalRateLimited = 0;
    quint64 totalRetries = 0;
    quint64 totalShortCircuited = 0;
    /// Percentiles of attempt latency (sent attempts only) over the last five minutes (the
    /// ten-second slots of `recent` that overlap them), recomputed when records arrive;
    /// negative when there is no sample.
    double p50Ms = -1;
    double p95Ms = -1;
    double p99Ms = -1;

    /// Sums buckets whose second lies in [fromMs, toMs).
    SecondBucket sumBuckets(qint64 fromMs, qint64 toMs) const;
};

/// How much each endpoint's series keeps for its charts. The defaults serve the window's
/// charts (an hour); the headless monitor draws none and keeps only what its table reads.
/// The percentile window (EndpointSeries::recent) is kept whatever the retention.
struct MetricsRetention
{
    std::size_t latencies = 8192;     ///< chart points: attempts kept, newest first (0: none)
    qint64 latencyMaxAgeMs = 0;       ///< > 0: chart points older than this are dropped too
    std::size_t seconds = 3600;       ///< per-second buckets
    std::size_t depthSamples = 3600;  ///< queue-depth samples (one a second at most), >= 1
    std::size_t timeline = 2048;      ///< breaker transitions, >= 1
};

/// Aggregates EngineUpdates into per-endpoint series. Pure and single-threaded: the UI owns
/// one on the UI thread and the headless monitor one on its thread; nothing here locks.
class MetricsStore
{
public:
    static constexpr std::size_t latencyCapacity = 8192;
    static constexpr std::size_t secondsCapacity = 3600;
    static constexpr std::size_t timelineCapacity = 2048;
    static constexpr qint64 percentileWindowMs = LatencyWindow::spanMs;

    explicit MetricsStore(MetricsRetention retention = {}) : m_retention(retention) {}

    /// Declares the endpoints, in display order. Series of ids that remain keep their data.
    void setEndpoints(const QList<std::pair<QString, QString>> &idsAndNames);
    void apply(const EngineUpdate &update);

    QStringList ids() const { return m_order; }
    const EndpointSeries *series(const QString &id) const;
    /// The wall time of the newest update applied, in epoch ms (0 before any).
    qint64 latestMs() const { return m_latestMs; }

private:
    void addRecord(EndpointSeries &series, const AttemptRecord &record);
    static void recomputePercentiles(EndpointSeries &series, qint64 nowMs);

    MetricsRetention m_retention;
    QStringList m_order;
    QHash<QString, EndpointSeries> m_series;
    qint64 m_latestMs = 0;
};

/// The value at quantile q (0..1) of `values` by nearest rank; reorders `values`.
double quantile(std::vector<double> &values, double q);

} // namespace bw
