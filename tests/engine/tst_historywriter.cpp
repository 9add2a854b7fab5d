// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeclock.h"
#include "history/historystore.h"
#include "history/historywriter.h"
#include "metrics/metricsstore.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <limits>
#include <memory>

using namespace bw;

namespace {

/// `count` records spread over `spanMs` from `startMs`, on endpoints "a" and "b", with varied
/// outcomes and latencies; deterministic.
QList<AttemptRecord> makeRecords(qint64 startMs, qint64 spanMs, int count)
{
    QList<AttemptRecord> records;
    records.reserve(count);
    quint32 seed = 12345;
    for (int i = 0; i < count; ++i) {
        seed = seed * 1103515245u + 12345u;
        AttemptRecord r;
        r.timestamp = fromEpochMs(startMs + spanMs * i / count);
        r.endpointId = i % 3 == 0 ? QStringLiteral("b") : QStringLiteral("a");
        r.requestId = static_cast<quint64>(i / 2);
        r.attempt = 1 + i % 2;
        r.outcome = static_cast<Outcome>((seed >> 8) % 7);
        r.httpStatus = r.outcome == Outcome::RateLimited ? 429 : 200;
        r.latency = std::chrono::microseconds(
            r.outcome == Outcome::ShortCircuited ? 0 : (seed >> 4) % 400'000);
        r.queueDepth = static_cast<int>((seed >> 12) % 20);
        r.error = i % 5 == 0 ? QStringLiteral("reset, \"peer\"") : QString();
        records.append(r);
    }
    return records;
}

EngineUpdate updateOf(const QList<AttemptRecord> &records, const QList<BreakerEvent> &events = {})
{
    EngineUpdate update;
    update.records = records;
    update.breakerEvents = events;
    return update;
}

/// Every stored rollup of `level` must equal a recomputation from the raw rows, and every
/// bucket holding raw rows must have one.
void verifyRollupsMatchRaw(const HistoryStore &store, RollupLevel level, qint64 untilMs)
{
    const HistoryRange all{0, std::numeric_limits<qint64>::max(), {}};
    const QList<AttemptRecord> raw = store.attempts(all).value();
    const QList<BreakerEvent> events = store.breakerEvents(all).value();
    std::set<std::pair<QString, qint64>> buckets;
    for (const AttemptRecord &r : raw)
        buckets.insert({r.endpointId, rollupBucketOf(level, toEpochMs(r.timestamp))});

    const QList<Rollup> stored = store.rollups(level, all).value();
    QCOMPARE(stored.size(), qsizetype(buckets.size()));
    for (const Rollup &rollup : stored) {
        QVERIFY(buckets.contains({rollup.endpointId, rollup.bucketMs}));
        BreakerState initial = BreakerState::Closed;
        for (const BreakerEvent &e : events) {
            if (e.endpointId == rollup.endpointId && toEpochMs(e.at) < rollup.bucketMs)
                initial = e.to;
        }
        const Rollup expected = computeRollup(rollup.endpointId, level, rollup.bucketMs, raw,
                                              initial, events, untilMs);
        QCOMPARE(rollup, expected);
    }
}

} // namespace

/// The writer thread: batching, rollups once a bucket is complete, flush on stop, recovery.
class tst_HistoryWriter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void stopFlushesRowsAndRollsUpEveryBucket();
    void completeMinutesAreRolledUpBeforeStop();
    void restartRollsUpWhatAKilledWriterLeft();
    void refusesAnUnwritablePath();
    void measuresInsertThroughput();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    FakeClock m_clock;
    HistoryWriter::Settings m_fast;
};

void tst_HistoryWriter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("history.sqlite"));
    m_fast.flushInterval = Millis(20);
    m_clock = FakeClock();
}

void tst_HistoryWriter::stopFlushesRowsAndRollsUpEveryBucket()
{
    m_clock.advance(90s);
    const qint64 nowMs = toEpochMs(m_clock.wallNow());
    // Two and a half hours up to now, so the last minute and hour are incomplete at stop.
    const QList<AttemptRecord> records = makeRecords(nowMs - 9'000'000, 9'000'000 - 1, 3000);
    const QList<BreakerEvent> events{
        BreakerEvent{QStringLiteral("a"), fromEpochMs(nowMs - 4'000'000), BreakerState::Closed,
                     BreakerState::Open, QStringLiteral("failures")},
        BreakerEvent{QStringLiteral("a"), fromEpochMs(nowMs - 3'990'000), BreakerState::Open,
                     BreakerState::HalfOpen, QStringLiteral("cooldown")}};
    {
        HistoryWriter writer(m_clock, m_fast);
        QVERIFY(writer.start(m_path).has_value());
        for (qsizetype i = 0; i < records.size(); i += 250)
            writer.enqueue(updateOf(records.mid(i, 250), i == 0 ? events : QList<BreakerEvent>{}));
        writer.stop();
        QCOMPARE(writer.stats().recordsWritten, records.size());
        QCOMPARE(writer.stats().recordsDropped, 0);
    }

    HistoryStore store;
    QVERIFY(store.open(m_path, HistoryStore::Mode::Read).has_value());
    QCOMPARE(store.attempts({0, nowMs, {}})->size(), records.size());
    verifyRollupsMatchRaw(store, RollupLevel::Minute, nowMs);
    verifyRollupsMatchRaw(store, RollupLevel::Hour, nowMs);
    const auto hours = store.rollups(RollupLevel::Hour, {0, nowMs, {QStringLiteral("a")}}).value();
    QCOMPARE(hours.size(), 4);
    QCOMPARE(hours.at(1).openMs, 10'000); // the breaker was open for 10 s in the second hour
}

void tst_HistoryWriter::completeMinutesAreRolledUpBeforeStop()
{
    const qint64 nowMs = toEpochMs(m_clock.wallNow()) + 30'000; // half way into a minute
    m_clock.advance(30s);
    const qint64 pastMinute = rollupBucketOf(RollupLevel::Minute, nowMs) - 60'000;
    const qint64 currentMinute = pastMinute + 60'000;

    HistoryWriter writer(m_clock, m_fast);
    QVERIFY(writer.start(m_path).has_value());
    writer.enqueue(updateOf(makeRecords(pastMinute, 60'000, 10) + makeRecords(currentMinute,
                                                                              20'000, 10)));
    HistoryStore reader;
    QVERIFY(reader.open(m_path, HistoryStore::Mode::Read).has_value());
    const HistoryRange range{pastMinute, currentMinute + 60'000, {QStringLiteral("a")}};
    QTRY_COMPARE_WITH_TIMEOUT(reader.rollups(RollupLevel::Minute, range)->size(), 1, 5000);
    QCOMPARE(reader.rollups(RollupLevel::Minute, range)->constFirst().bucketMs, pastMinute);

    writer.stop();
    QCOMPARE(reader.rollups(RollupLevel::Minute, range)->size(), 2);
}

void tst_HistoryWriter::restartRollsUpWhatAKilledWriterLeft()
{
    const qint64 nowMs = toEpochMs(m_clock.wallNow());
    const QList<AttemptRecord> records = makeRecords(nowMs - 600'000, 300'000, 200);
    {
        // What a writer killed between its raw commit and its rollups leaves behind.
        HistoryStore store;
        QVERIFY(store.open(m_path, HistoryStore::Mode::Write).has_value());
        QVERIFY(store.append(records, {}).has_value());
    }
    {
        HistoryWriter writer(m_clock, m_fast);
        QVERIFY(writer.start(m_path).has_value());
        writer.stop();
    }
    HistoryStore store;
    QVERIFY(store.open(m_path, HistoryStore::Mode::Read).has_value());
    QCOMPARE(store.rollups(RollupLevel::Minute, {0, nowMs, {}})->size(), 10); // 5 min x 2 ids
    verifyRollupsMatchRaw(store, RollupLevel::Minute, nowMs);
    verifyRollupsMatchRaw(store, RollupLevel::Hour, nowMs);
}

void tst_HistoryWriter::refusesAnUnwritablePath()
{
    const QString blocker = m_dir->filePath(QStringLiteral("file"));
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    HistoryWriter writer(m_clock, m_fast);
    const auto started = writer.start(blocker + QStringLiteral("/history.sqlite"));
    QVERIFY(!started.has_value());
    QVERIFY(!writer.isRunning());
    writer.enqueue(updateOf(makeRecords(0, 10, 1))); // ignored, no crash
}

void tst_HistoryWriter::measuresInsertThroughput()
{
    const qint64 nowMs = toEpochMs(m_clock.wallNow());
    const int count = 50'000;
    const QList<AttemptRecord> records = makeRecords(nowMs - 3'600'000, 3'600'000, count);
    HistoryWriter writer(m_clock, HistoryWriter::Settings{});
    QVERIFY(writer.start(m_path).has_value());
    QElapsedTimer timer;
    timer.start();
    for (qsizetype i = 0; i < records.size(); i += 100)
        writer.enqueue(updateOf(records.mid(i, 100)));
    writer.stop();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    QCOMPARE(writer.stats().recordsWritten, count);
    qInfo("history: %d records and %lld rollups written in %.2f s (%.0f records/s)", count,
          writer.stats().rollupsWritten, seconds, count / seconds);
}

QTEST_GUILESS_MAIN(tst_HistoryWriter)
#include "tst_historywriter.moc"
