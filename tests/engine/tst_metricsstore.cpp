// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/metricsstore.h"

#include <QTest>

#include <algorithm>

using namespace bw;

class tst_MetricsStore : public QObject
{
    Q_OBJECT

private slots:
    void bucketsRecordsPerSecond();
    void acceptsRecordsOutOfOrder();
    void computesPercentilesOverRecentAttempts();
    void staysBounded();
    void keepsOnlyWhatAShortRetentionAsks();
    void keepsPercentilesWithoutChartPoints();
    void latencyWindowSamplesABusySlot();
    void latencyWindowSpillsBeyondInlineCapacity();
    void keepsSeriesWhenEndpointsChange();
    void tracksBreakerTimelineAndQueueDepth();
};

static AttemptRecord record(qint64 atMs, Outcome outcome, double latencyMs, int attempt = 1)
{
    AttemptRecord r;
    r.timestamp = fromEpochMs(atMs);
    r.endpointId = QStringLiteral("a");
    r.outcome = outcome;
    r.attempt = attempt;
    r.latency = std::chrono::microseconds(qint64(latencyMs * 1000));
    return r;
}

static MetricsStore storeWithA()
{
    MetricsStore store;
    store.setEndpoints({{QStringLiteral("a"), QStringLiteral("A")}});
    return store;
}

void tst_MetricsStore::bucketsRecordsPerSecond()
{
    MetricsStore store = storeWithA();
    EngineUpdate u;
    u.at = fromEpochMs(10'900);
    u.records = {record(10'000, Outcome::Ok, 10), record(10'500, Outcome::RateLimited, 5),
                 record(10'999, Outcome::ServerError, 30, 2), record(11'000, Outcome::Ok, 1)};
    store.apply(u);
    const EndpointSeries *s = store.series(QStringLiteral("a"));
    QCOMPARE(s->seconds.size(), std::size_t(2));
    const SecondBucket &first = s->seconds.front();
    QCOMPARE(first.second, 10);
    QCOMPARE(first.attempts, 3);
    QCOMPARE(first.rateLimited, 1);
    QCOMPARE(first.serverErrors, 1);
    QCOMPARE(first.retries, 1);
    QCOMPARE(first.latencyMaxMs, 30.0);
    QCOMPARE(s->totalRateLimited, quint64(1));
    QCOMPARE(s->sumBuckets(10'000, 12'000).attempts, 4);
    QCOMPARE(s->sumBuckets(11'000, 12'000).attempts, 1);
    QCOMPARE(s->lastError, QStringLiteral("server_error"));
}

void tst_MetricsStore::acceptsRecordsOutOfOrder()
{
    MetricsStore store = storeWithA();
    EngineUpdate u;
    u.at = fromEpochMs(20'000);
    u.records = {record(15'000, Outcome::Ok, 1), record(12'000, Outcome::Ok, 3000),
                 record(15'100, Outcome::Ok, 1)};
    store.apply(u);
    const EndpointSeries *s = store.series(QStringLiteral("a"));
    QCOMPARE(s->seconds.size(), std::size_t(2));
    QCOMPARE(s->seconds.front().second, 12);
    QCOMPARE(s->seconds.back().attempts, 2);
}

void tst_MetricsStore::computesPercentilesOverRecentAttempts()
{
    MetricsStore store = storeWithA();
    EngineUpdate u;
    u.at = fromEpochMs(1'000'000);
    for (int i = 1; i <= 100; ++i)
        u.records.append(record(1'000'000 - i * 100, Outcome::Ok, i));
    // Older than the five-minute window: ignored for percentiles.
    u.records.prepend(record(1'000'000 - 400'000, Outcome::Ok, 100'000));
    store.apply(u);
    const EndpointSeries *s = store.series(QStringLiteral("a"));
    QCOMPARE(s->p50Ms, 50.0);
    QCOMPARE(s->p95Ms, 95.0);
    QCOMPARE(s->p99Ms, 99.0);
}

void tst_MetricsStore::staysBounded()
{
    MetricsStore store = storeWithA();
    for (int batch = 0; batch < 20; ++batch) {
        EngineUpdate u;
        u.at = fromEpochMs(qint64(batch + 1) * 1'000'000);
        for (int i = 0; i < 1000; ++i)
            u.records.append(record(qint64(batch) * 1'000'000 + i * 1000, Outcome::Ok, 1));
        store.apply(u);
    }
    const EndpointSeries *s = store.series(QStringLiteral("a"));
    QCOMPARE(s->latencies.size(), MetricsStore::latencyCapacity);
    QVERIFY(s->seconds.size() <= MetricsStore::secondsCapacity);
    QCOMPARE(s->totalAttempts, quint64(20'000));
}

void tst_MetricsStore::keepsOnlyWhatAShortRetentionAsks()
{
    // The headless monitor's retention: a flat memory once a few minutes have filled.
    MetricsStore store(MetricsRetention{.latencies = 8192, .latencyMaxAgeMs = 60'000,
                                        .seconds = 120, .timeline = 64});
    store.setEndpoints({{QStringLiteral("a"), QStringLiteral("A")}});
    for (int batch = 0; batch < 10; ++batch) {
        EngineUpdate u;
        u.at = fromEpochMs(qint64(batch + 1) * 100'000);
        for (int i = 0; i < 100; ++i)
            u.records.append(record(qint64(batch) * 100'000 + i * 1000, Outcome::Ok, 1));
        store.apply(u);
    }
    const EndpointSeries *s = store.series(QStringLiteral("a"));
    QCOMPARE(s->seconds.size(), std::size_t(120));
    // The newest attempt is at 999 s; only those from 939 s on are kept.
    QCOMPARE(s->latencies.size(), std::size_t(61));
    QCOMPARE(s->latencies.front().atMs, qint64(939'000));
    QCOMPARE(s->totalAttempts, quint64(1000));
}

void tst_MetricsStore::keepsPercentilesWithoutChartPoints()
{
    // The headless monitor's retention: no chart points, one depth sample, one breaker state;
    // the percentile window is kept all the same, and no further back than it needs.
    MetricsStore store(MetricsRetention{.latencies = 0, .latencyMaxAgeMs = 0, .seconds = 64,
                                        .depthSamples = 1, .timeline = 1});
    store.setEndpoints({{QStringLiteral("a"), QStringLiteral("A")}});
    for (int batch = 0; batch < 10; ++batch) {
        EngineUpdate u;
        u.at = fromEpochMs(qint64(batch + 1) * 100'000);
        for (int i = 0; i < 100; ++i)
            u.records.append(record(qint64(batch) * 100'000 + i * 1000, Outcome::Ok, i + 1));
        EndpointStatus status;
        status.endpointId = QStringLiteral("a");
        status.queueDepth = batch;
        u.statuses = {status};
        u.breakerEvents = {BreakerEvent{QStringLiteral("a"), u.at, BreakerState::Closed,
                                        BreakerState::Open, QStringLiteral("test")}};
        store.apply(u);
    }
    const EndpointSeries *s = store.series(QStringLiteral("a"));
    QVERIFY(s->latencies.empty());
    QCOMPARE(s->seconds.size(), std::size_t(64));
    QCOMPARE(s->queueDepth.size(), std::size_t(1));
    QCOMPARE(s->queueDepth.back().depth, 9);
    QCOMPARE(s->breakerTimeline.size(), std::size_t(1));
    // The newest attempt started at 999 s: the ring holds the 31 ten-second slots from 690 s.
    QCOMPARE(s->recent.size(), std::size_t(310));
    // The percentiles read the slots that overlap the five minutes before 1000 s, from
    // 700 s to 999 s: three runs of 1 to 100 ms.
    QCOMPARE(s->p50Ms, 50.0);
    QCOMPARE(s->p99Ms, 99.0);
}

void tst_MetricsStore::latencyWindowSamplesABusySlot()
{
    LatencyWindow window;
    // 10,000 attempts in one ten-second slot, 1 to 100 ms evenly: a uniform sample is kept.
    for (int i = 0; i < 10'000; ++i)
        window.add(50'000 + i, 1 + i % 100);
    QCOMPARE(window.size(), LatencyWindow::slotCapacity);
    std::vector<double> values;
    window.collect(60'000, values);
    QCOMPARE(values.size(), LatencyWindow::slotCapacity);
    const double p50 = quantile(values, 0.5);
    QVERIFY2(p50 >= 40 && p50 <= 60, qPrintable(QString::number(p50)));
    // A late attempt of a slot the ring has since reused is dropped, not mixed in.
    window.add(50'000 + LatencyWindow::spanMs + LatencyWindow::slotMs, 7);
    window.add(50'000, 100'000);
    values.clear();
    window.collect(50'000 + LatencyWindow::spanMs + LatencyWindow::slotMs, values);
    QCOMPARE(values, std::vector<double>{7});
}

void tst_MetricsStore::latencyWindowSpillsBeyondInlineCapacity()
{
    LatencyWindow window;
    const std::size_t many = LatencyWindow::inlineCapacity + 8;
    for (std::size_t i = 0; i < many; ++i)
        window.add(20'000 + qint64(i), double(i + 1));
    QCOMPARE(window.size(), many);
    QCOMPARE(window.spilled(), std::size_t(8));
    std::vector<double> values;
    window.collect(30'000, values);
    std::sort(values.begin(), values.end());
    QCOMPARE(values.size(), many);
    QCOMPARE(values.front(), 1.0);
    QCOMPARE(values.back(), double(many));
    // Reused for a quiet ten seconds, the slot holds its latencies in place again.
    window.add(20'000 + LatencyWindow::spanMs + LatencyWindow::slotMs, 3);
    QCOMPARE(window.size(), std::size_t(1));
    QCOMPARE(window.spilled(), std::size_t(0));
    values.clear();
    window.collect(20'000 + LatencyWindow::spanMs + LatencyWindow::slotMs, values);
    QCOMPARE(values, std::vector<double>{3});
}

void tst_MetricsStore::keepsSeriesWhenEndpointsChange()
{
    MetricsStore store = storeWithA();
    EngineUpdate u;
    u.at = fromEpochMs(5'000);
    u.records = {record(4'000, Outcome::Ok, 1)};
    store.apply(u);
    store.setEndpoints({{QStringLiteral("b"), QStringLiteral("B")},
                        {QStringLiteral("a"), QStringLiteral("A renamed")}});
    QCOMPARE(store.ids(), QStringList({QStringLiteral("b"), QStringLiteral("a")}));
    QCOMPARE(store.series(QStringLiteral("a"))->totalAttempts, quint64(1));
    QCOMPARE(store.series(QStringLiteral("a"))->name, QStringLiteral("A renamed"));
    store.setEndpoints({{QStringLiteral("b"), QStringLiteral("B")}});
    QVERIFY(!store.series(QStringLiteral("a")));
}

void tst_MetricsStore::tracksBreakerTimelineAndQueueDepth()
{
    MetricsStore store = storeWithA();
    EngineUpdate u;
    u.at = fromEpochMs(7'000);
    u.breakerEvents = {BreakerEvent{QStringLiteral("a"), fromEpochMs(6'500), BreakerState::Closed,
                                    BreakerState::Open, QStringLiteral("failure rate")}};
    EndpointStatus status;
    status.endpointId = QStringLiteral("a");
    status.breaker = BreakerState::Open;
    status.queueDepth = 3;
    u.statuses = {status};
    store.apply(u);
    u.breakerEvents.clear();
    u.at = fromEpochMs(7'250);
    status.queueDepth = 1;
    u.statuses = {status};
    store.apply(u);
    const EndpointSeries *s = store.series(QStringLiteral("a"));
    QCOMPARE(s->breakerTimeline.size(), std::size_t(1));
    QCOMPARE(s->breakerTimeline.front().state, BreakerState::Open);
    QCOMPARE(s->queueDepth.size(), std::size_t(1));
    QCOMPARE(s->queueDepth.front().depth, 3); // the maximum within the second
}

QTEST_GUILESS_MAIN(tst_MetricsStore)
#include "tst_metricsstore.moc"
