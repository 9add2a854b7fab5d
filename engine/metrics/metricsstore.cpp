// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricsstore.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace bw {

qint64 toEpochMs(WallTime t)
{
    return std::chrono::duration_cast<Millis>(t.time_since_epoch()).count();
}

WallTime fromEpochMs(qint64 ms)
{
    return WallTime(std::chrono::duration_cast<WallTime::duration>(Millis(ms)));
}

template<typename T>
static void pushBounded(std::deque<T> &queue, T value, std::size_t capacity)
{
    queue.push_back(std::move(value));
    while (queue.size() > capacity)
        queue.pop_front();
}

static qint64 slotStartOf(qint64 ms)
{
    const qint64 slot = LatencyWindow::slotMs;
    return ms >= 0 ? ms / slot * slot : (ms - slot + 1) / slot * slot;
}

void LatencyWindow::add(qint64 startMs, double latencyMs)
{
    const qint64 slotStart = slotStartOf(startMs);
    const auto index = std::size_t((slotStart / slotMs) % qint64(slotCount) + qint64(slotCount))
                       % slotCount;
    Slot &slot = m_slots[index];
    if (slot.startMs > slotStart)
        return; // older than the window: the slot already holds a newer ten seconds
    if (slot.startMs < slotStart) {
        slot.startMs = slotStart;
        slot.seen = 0;
        // The heap part's capacity is kept for the next ten seconds, unless it is far above
        // what these ten seconds needed: otherwise every slot would keep the largest burst it
        // ever saw, and over a long run the bursts' capacities would add up.
        const std::size_t held = slot.more.size();
        if (slot.more.capacity() > 2 * held + 16) {
            std::vector<float> smaller;
            smaller.reserve(held);
            slot.more.swap(smaller);
        } else {
            slot.more.clear();
        }
        slot.count = 0;
    }
    ++slot.seen;
    if (slot.count < slotCapacity) {
        if (slot.count < inlineCapacity)
            slot.inlineValues[slot.count] = float(latencyMs);
        else
            slot.more.push_back(float(latencyMs));
        ++slot.count;
        return;
    }
    // xorshift64: a cheap, fixed sequence; the sample only needs to be uniform.
    m_random ^= m_random << 13;
    m_random ^= m_random >> 7;
    m_random ^= m_random << 17;
    const quint64 pick = m_random % slot.seen;
    if (pick < slotCapacity)
        slot.at(std::size_t(pick)) = float(latencyMs);
}

void LatencyWindow::collect(qint64 nowMs, std::vector<double> &out) const
{
    const qint64 first = slotStartOf(nowMs - spanMs);
    for (const Slot &slot : m_slots) {
        if (slot.startMs >= first && slot.startMs <= nowMs) {
            const std::size_t inPlace = std::min(slot.count, inlineCapacity);
            out.insert(out.end(), slot.inlineValues.begin(),
                       slot.inlineValues.begin() + std::ptrdiff_t(inPlace));
            out.insert(out.end(), slot.more.begin(), slot.more.end());
        }
    }
}

std::size_t LatencyWindow::size() const
{
    std::size_t total = 0;
    for (const Slot &slot : m_slots)
        total += slot.count;
    return total;
}

std::size_t LatencyWindow::spilled() const
{
    std::size_t total = 0;
    for (const Slot &slot : m_slots)
        total += slot.more.size();
    return total;
}

SecondBucket EndpointSeries::sumBuckets(qint64 fromMs, qint64 toMs) const
{
    SecondBucket sum;
    for (auto it = seconds.rbegin(); it != seconds.rend(); ++it) {
        const qint64 ms = it->second * 1000;
        if (ms < fromMs)
            break;
        if (ms >= toMs)
            continue;
        sum.attempts += it->attempts;
        sum.ok += it->ok;
        sum.rateLimited += it->rateLimited;
        sum.serverErrors += it->serverErrors;
        sum.clientErrors += it->clientErrors;
        sum.networkErrors += it->networkErrors;
        sum.timeouts += it->timeouts;
        sum.shortCircuited += it->shortCircuited;
        sum.retries += it->retries;
        sum.slow += it->slow;
        sum.latencyMaxMs = std::max(sum.latencyMaxMs, it->latencyMaxMs);
        sum.latencySumMs += it->latencySumMs;
        sum.latencyCount += it->latencyCount;
    }
    return sum;
}

void MetricsStore::setEndpoints(const QList<std::pair<QString, QString>> &idsAndNames)
{
    QHash<QString, EndpointSeries> kept;
    m_order.clear();
    for (const auto &[id, name] : idsAndNames) {
        EndpointSeries series = m_series.take(id);
        series.id = id;
        series.name = name;
        kept.insert(id, std::move(series));
        m_order.append(id);
    }
    m_series = std::move(kept);
}

const EndpointSeries *MetricsStore::series(const QString &id) const
{
    const auto it = m_series.constFind(id);
    return it == m_series.cend() ? nullptr : &*it;
}

void MetricsStore::apply(const EngineUpdate &update)
{
    m_latestMs = std::max(m_latestMs, toEpochMs(update.at));
    QSet<QString> touched;
    for (const AttemptRecord &record : update.records) {
        auto it = m_series.find(record.endpointId);
        if (it == m_series.end())
            continue;
        addRecord(*it, record);
        touched.insert(record.endpointId);
    }
    for (const BreakerEvent &event : update.breakerEvents) {
        auto it = m_series.find(event.endpointId);
        if (it != m_series.end())
            pushBounded(it->breakerTimeline, StatePoint{toEpochMs(event.at), event.to},
                        std::max<std::size_t>(m_retention.timeline, 1));
    }
    for (const EndpointStatus &status : update.statuses) {
        auto it = m_series.find(status.endpointId);
        if (it == m_series.end())
            continue;
        it->status = status;
        if (it->breakerTimeline.empty())
            it->breakerTimeline.push_back(StatePoint{m_latestMs, status.breaker});
        const qint64 second = m_latestMs / 1000;
        if (it->queueDepth.empty() || it->queueDepth.back().atMs / 1000 != second)
            pushBounded(it->queueDepth, DepthPoint{second * 1000, status.queueDepth},
                        std::max<std::size_t>(m_retention.depthSamples, 1));
        DepthPoint &point = it->queueDepth.back();
        point.depth = std::max(point.depth, status.queueDepth);
        point.drainRate = status.deliver ? status.drainRate : -1;
        point.deadLetters = status.deliver ? status.deadLetters : -1;
    }
    for (const QString &id : touched)
        recomputePercentiles(m_series[id], m_latestMs);
}

void MetricsStore::addRecord(EndpointSeries &series, const AttemptRecord &record)
{
    const qint64 atMs = toEpochMs(record.timestamp);
    const double latencyMs = std::chrono::duration<double, std::milli>(record.latency).count();
    const bool sent = record.outcome != Outcome::ShortCircuited;

    series.last = record;
    ++series.totalAttempts;
    if (record.attempt > 1)
        ++series.totalRetries;
    if (record.outcome == Outcome::RateLimited)
        ++series.totalRateLimited;
    if (record.outcome == Outcome::ShortCircuited)
        ++series.totalShortCircuited;
    // A short-circuit repeats the breaker's verdict, and a cancellation at shutdown says
    // nothing of the server: the failure before them is the news.
    if (record.outcome != Outcome::Ok && record.outcome != Outcome::ShortCircuited
        && record.errorKind != ErrorKind::Cancelled) {
        series.lastError = record.error.isEmpty() ? outcomeName(record.outcome) : record.error;
        series.lastErrorRecord = record;
        series.lastErrorAtMs = atMs;
    }
    if (sent && m_retention.latencies > 0)
        pushBounded(series.latencies, LatencyPoint{atMs, latencyMs, record.outcome, record.attempt},
                    m_retention.latencies);
    if (m_retention.latencyMaxAgeMs > 0) {
        while (!series.latencies.empty()
               && series.latencies.front().atMs < atMs - m_retention.latencyMaxAgeMs)
            series.latencies.pop_front();
    }
    if (sent) {
        series.recent.add(atMs, latencyMs);
    }

    // Records arrive in completion order, which can differ from start order by up to the
    // slowest attempt, so find the bucket from the back rather than assuming the newest.
    const qint64 second = atMs / 1000;
    auto it = std::find_if(series.seconds.rbegin(), series.seconds.rend(),
                           [second](const SecondBucket &b) { return b.second <= second; });
    SecondBucket *bucket = nullptr;
    if (it != series.seconds.rend() && it->second == second) {
        bucket = &*it;
    } else {
        if (series.seconds.size() >= m_retention.seconds) {
            if (it == series.seconds.rend())
                return; // older than the hour kept: counted in the totals only
            series.seconds.pop_front();
            it = std::find_if(series.seconds.rbegin(), series.seconds.rend(),
                              [second](const SecondBucket &b) { return b.second <= second; });
        }
        bucket = &*series.seconds.insert(it.base(), SecondBucket{.second = second});
    }
    ++bucket->attempts;
    if (record.attempt > 1)
        ++bucket->retries;
    if (record.slow)
        ++bucket->slow;
    switch (record.outcome) {
    case Outcome::Ok: ++bucket->ok; break;
    case Outcome::RateLimited: ++bucket->rateLimited; break;
    case Outcome::ServerError: ++bucket->serverErrors; break;
    case Outcome::ClientError: ++bucket->clientErrors; break;
    case Outcome::NetworkError:
    case Outcome::TlsError:
    case Outcome::RedirectError: ++bucket->networkErrors; break;
    case Outcome::Timeout: ++bucket->timeouts; break;
    case Outcome::ShortCircuited: ++bucket->shortCircuited; break;
    }
    if (sent) {
        bucket->latencyMaxMs = std::max(bucket->latencyMaxMs, latencyMs);
        bucket->latencySumMs += latencyMs;
        ++bucket->latencyCount;
    }
}

double quantile(std::vector<double> &values, double q)
{
    if (values.empty())
        return -1;
    const auto rank = static_cast<std::size_t>(
        std::clamp(std::ceil(q * static_cast<double>(values.size())), 1.0,
                   static_cast<double>(values.size())));
    auto nth = values.begin() + static_cast<std::ptrdiff_t>(rank - 1);
    std::nth_element(values.begin(), nth, values.end());
    return *nth;
}

void MetricsStore::recomputePercentiles(EndpointSeries &series, qint64 nowMs)
{
    std::vector<double> values;
    values.reserve(series.recent.size());
    series.recent.collect(nowMs, values);
    series.p50Ms = quantile(values, 0.50);
    series.p95Ms = quantile(values, 0.95);
    series.p99Ms = quantile(values, 0.99);
}

} // namespace bw
