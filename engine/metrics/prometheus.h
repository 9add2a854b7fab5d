// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "attemptrecord.h"

#include <QByteArray>
#include <QString>

#include <array>
#include <map>

namespace bw {

/// Per-endpoint counters, a latency histogram and the latest gauges, accumulated from
/// EngineUpdates and rendered in the Prometheus text exposition format 0.0.4.
///
/// Pure: no I/O, no clock, no threads of its own; the caller serialises apply() and
/// exposition(). Counters only grow for the registry's lifetime, as Prometheus expects; a
/// restart of the process is a counter reset, which rate() handles. Only endpoint ids, outcome
/// names and numbers are exported, never URLs, headers or error texts, so no secret can leak
/// into a scrape.
///
/// Series of an endpoint appear once it has been seen in a record or a status. Every outcome
/// of breakwater_attempts_total starts at 0, so the first failure shows up in rate() and
/// increase() instead of being the series' first sample. Gauges appear once a status arrived.
class PrometheusRegistry
{
public:
    /// Upper bounds of the latency histogram's buckets, in seconds; +Inf follows implicitly.
    static constexpr std::array<double, 11> bucketBounds{0.005, 0.01, 0.025, 0.05, 0.1, 0.25,
                                                         0.5,   1.0,  2.5,   5.0,  10.0};

    void apply(const EngineUpdate &update);
    [[nodiscard]] QByteArray exposition() const;

    /// Escapes a label value: backslash, double quote and line feed, as the format requires.
    [[nodiscard]] static QByteArray escapeLabelValue(const QString &value);

private:
    struct Series
    {
        std::array<quint64, outcomeCount> attemptsByOutcome{}; ///< indexed by Outcome
        quint64 retries = 0;
        quint64 shortCircuits = 0;
        quint64 rateLimited = 0;
        /// Observations per bucket, not yet cumulative; the last slot is (10 s, +Inf).
        std::array<quint64, bucketBounds.size() + 1> buckets{};
        double latencySumSeconds = 0;
        quint64 latencyCount = 0;
        bool hasStatus = false;
        EndpointStatus status;
    };

    // std::map keeps endpoints sorted, so consecutive scrapes list series in the same order.
    std::map<QString, Series> m_series;
};

} // namespace bw
