// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/historystore.h"
#include "history/rollups.h"
#include "metrics/metricsstore.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace bw;

namespace {

// 2026-08-20T09:00:00Z
constexpr qint64 baseMs = 1'787'216'400'000;

AttemptRecord record(const QString &endpoint, qint64 atMs, Outcome outcome, int latencyUs)
{
    AttemptRecord r;
    r.timestamp = fromEpochMs(atMs);
    r.endpointId = endpoint;
    r.requestId = static_cast<quint64>(atMs % 100000);
    r.outcome = outcome;
    r.latency = std::chrono::microseconds(outcome == Outcome::ShortCircuited ? 0 : latencyUs);
    return r;
}

BreakerEvent transition(const QString &endpoint, qint64 atMs, BreakerState from, BreakerState to)
{
    return BreakerEvent{endpoint, fromEpochMs(atMs), from, to, QStringLiteral("test")};
}

void compareRecords(const AttemptRecord &actual, const AttemptRecord &expected)
{
    QCOMPARE(toEpochMs(actual.timestamp), toEpochMs(expected.timestamp));
    QCOMPARE(actual.endpointId, expected.endpointId);
    QCOMPARE(actual.requestId, expected.requestId);
    QCOMPARE(actual.attempt, expected.attempt);
    QCOMPARE(actual.outcome, expected.outcome);
    QCOMPARE(actual.httpStatus, expected.httpStatus);
    QCOMPARE(actual.latency.count(), expected.latency.count());
    QCOMPARE(actual.retryAfter.has_value(), expected.retryAfter.has_value());
    if (expected.retryAfter)
        QCOMPARE(actual.retryAfter->count(), expected.retryAfter->count());
    QCOMPARE(actual.breakerAfter, expected.breakerAfter);
    QCOMPARE(actual.queueDepth, expected.queueDepth);
    QCOMPARE(actual.slow, expected.slow);
    QCOMPARE(actual.willRetry, expected.willRetry);
    QCOMPARE(actual.nextDelay.count(), expected.nextDelay.count());
    QCOMPARE(actual.error, expected.error);
}

} // namespace

/// The SQLite history file and the pure rollup computation.
class tst_HistoryStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void recordsSurviveCloseAndReopen();
    void readModeRefusesMissingOrForeignFiles();
    void everyOutcomeNameLoadsBackAndAnUnknownOneReadsAsNetworkError();
    void rollupCountsOutcomesRetriesAndQueueDepth();
    void rollupPercentilesUseSentAttemptsOnly();
    void rollupSplitsBreakerTimeAtTransitions();
    void rollupBreakerTimeStopsAtUntil();
    void rollupFromRawMatchesStoredRecords();
    void storingARollupTwiceKeepsOneRow();
    void unrolledMinutesStartShortlyBeforeTheLastRollup();
    void pruneDeletesOnlyExpiredRowsInChunks();

private:
    QString m_path;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_HistoryStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("sub/history.sqlite"));
}

void tst_HistoryStore::recordsSurviveCloseAndReopen()
{
    AttemptRecord full = record(QStringLiteral("billing, eu"), baseMs + 1234, Outcome::RateLimited,
                                1'500'250);
    full.requestId = 0xFFFF'FFFF'FFFF'FFF0ULL; // above INT64_MAX: stored by bit pattern
    full.attempt = 3;
    full.httpStatus = 429;
    full.retryAfter = Millis(2500);
    full.breakerAfter = BreakerState::HalfOpen;
    full.queueDepth = 17;
    full.slow = true;
    full.willRetry = true;
    full.nextDelay = Millis(2500);
    full.error = QStringLiteral("HTTP 429 \"slow down\", then\nretry");
    const AttemptRecord plain = record(QStringLiteral("orders"), baseMs + 5, Outcome::Ok, 800);
    const BreakerEvent opened = transition(QStringLiteral("orders"), baseMs + 7,
                                           BreakerState::Closed, BreakerState::Open);
    {
        HistoryStore store;
        QVERIFY(store.open(m_path, HistoryStore::Mode::Write).has_value());
        QVERIFY(store.append({full, plain}, {opened}).has_value());
    }

    HistoryStore reopened;
    const auto opening = reopened.open(m_path, HistoryStore::Mode::Read);
    QVERIFY2(opening.has_value(), qPrintable(opening ? QString() : opening.error()));
    const auto rows = reopened.attempts({baseMs, baseMs + 60'000, {}});
    QVERIFY(rows.has_value());
    QCOMPARE(rows->size(), 2);
    compareRecords(rows->at(0), plain); // ordered by time
    compareRecords(rows->at(1), full);
    const auto events = reopened.breakerEvents({baseMs, baseMs + 60'000, {}});
    QVERIFY(events.has_value());
    QCOMPARE(events->size(), 1);
    QCOMPARE(events->constFirst().to, BreakerState::Open);
    QCOMPARE(reopened.breakerStateAt(QStringLiteral("orders"), baseMs + 8).value(),
             BreakerState::Open);
    QCOMPARE(reopened.integrityCheck().value(), QStringLiteral("ok"));

    const auto filtered = reopened.attempts({baseMs, baseMs + 60'000, {QStringLiteral("orders")}});
    QCOMPARE(filtered->size(), 1);
}

void tst_HistoryStore::everyOutcomeNameLoadsBackAndAnUnknownOneReadsAsNetworkError()
{
    // Outcomes are stored by name. Files written before tls_error and redirect_error existed
    // hold those failures as network_error, which still loads as it was written; a name from a
    // newer build loads as a network error rather than failing the read.
    QList<AttemptRecord> written;
    for (int i = 0; i < outcomeCount; ++i)
        written.append(record(QStringLiteral("e"), baseMs + i, static_cast<Outcome>(i), 100));
    written.append(record(QStringLiteral("e"), baseMs + 100, Outcome::Ok, 100));
    {
        HistoryStore store;
        QVERIFY(store.open(m_path, HistoryStore::Mode::Write).has_value());
        QVERIFY(store.append(written, {}).has_value());
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                    QStringLiteral("future"));
        db.setDatabaseName(m_path);
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("UPDATE attempts SET outcome = "
                                                  "'from_the_future' WHERE ts_ms = %1")
                                       .arg(baseMs + 100)));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("future"));

    HistoryStore reopened;
    QVERIFY(reopened.open(m_path, HistoryStore::Mode::Read).has_value());
    const auto rows = reopened.attempts({baseMs, baseMs + 60'000, {}});
    QVERIFY(rows.has_value());
    QCOMPARE(rows->size(), outcomeCount + 1);
    for (int i = 0; i < outcomeCount; ++i)
        QCOMPARE(rows->at(i).outcome, static_cast<Outcome>(i));
    QCOMPARE(rows->last().outcome, Outcome::NetworkError);
}

void tst_HistoryStore::readModeRefusesMissingOrForeignFiles()
{
    HistoryStore store;
    const auto missing = store.open(m_path, HistoryStore::Mode::Read);
    QVERIFY(!missing.has_value());
    QVERIFY2(missing.error().contains(QStringLiteral("no such")), qPrintable(missing.error()));

    const QString foreign = m_dir->filePath(QStringLiteral("foreign.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                    QStringLiteral("foreign"));
        db.setDatabaseName(foreign);
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("CREATE TABLE t (x)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    QVERIFY(!store.open(foreign, HistoryStore::Mode::Read).has_value());
}

void tst_HistoryStore::rollupCountsOutcomesRetriesAndQueueDepth()
{
    const QString id = QStringLiteral("a");
    QList<AttemptRecord> records;
    records << record(id, baseMs, Outcome::Ok, 1000) << record(id, baseMs + 1, Outcome::Ok, 1000);
    AttemptRecord limited = record(id, baseMs + 2, Outcome::RateLimited, 1000);
    limited.httpStatus = 429;
    limited.attempt = 2;
    limited.queueDepth = 9;
    records << limited << record(id, baseMs + 3, Outcome::ServerError, 1000)
            << record(id, baseMs + 4, Outcome::ClientError, 1000)
            << record(id, baseMs + 5, Outcome::NetworkError, 1000)
            << record(id, baseMs + 6, Outcome::Timeout, 1000)
            << record(id, baseMs + 7, Outcome::ShortCircuited, 0)
            << record(QStringLiteral("other"), baseMs + 8, Outcome::Ok, 1000)
            << record(id, baseMs + 60'000, Outcome::Ok, 1000); // next minute

    const Rollup r = computeRollup(id, RollupLevel::Minute, baseMs, records, BreakerState::Closed,
                                   {}, baseMs + 60'000);
    QCOMPARE(r.attempts, 8);
    QCOMPARE(r.ok, 2);
    QCOMPARE(r.rateLimited, 1);
    QCOMPARE(r.http429, 1);
    QCOMPARE(r.serverErrors, 1);
    QCOMPARE(r.clientErrors, 1);
    QCOMPARE(r.networkErrors, 1);
    QCOMPARE(r.timeouts, 1);
    QCOMPARE(r.shortCircuited, 1);
    QCOMPARE(r.retries, 1);
    QCOMPARE(r.maxQueueDepth, 9);
    QCOMPARE(r.latencyCount, 7);
    QCOMPARE(r.closedMs, 60'000);
}

void tst_HistoryStore::rollupPercentilesUseSentAttemptsOnly()
{
    const QString id = QStringLiteral("a");
    QList<AttemptRecord> records;
    for (int i = 1; i <= 100; ++i)
        records << record(id, baseMs + i, Outcome::Ok, i * 1000); // 1..100 ms
    records << record(id, baseMs + 200, Outcome::ShortCircuited, 0);

    const Rollup r = computeRollup(id, RollupLevel::Hour, baseMs, records, BreakerState::Closed,
                                   {}, baseMs);
    QCOMPARE(r.latencyCount, 100);
    QCOMPARE(r.p50Ms, 50.0);
    QCOMPARE(r.p95Ms, 95.0);
    QCOMPARE(r.p99Ms, 99.0);
    QCOMPARE(r.maxMs, 100.0);

    const Rollup empty = computeRollup(id, RollupLevel::Minute, baseMs + 120'000, records,
                                       BreakerState::Closed, {}, baseMs);
    QCOMPARE(empty.attempts, 0);
    QCOMPARE(empty.p50Ms, -1.0);
    QCOMPARE(empty.maxMs, -1.0);
}

void tst_HistoryStore::rollupSplitsBreakerTimeAtTransitions()
{
    const QString id = QStringLiteral("a");
    const QList<BreakerEvent> events{
        transition(id, baseMs - 5'000, BreakerState::Closed, BreakerState::Open), // before: ignored
        transition(id, baseMs + 10'000, BreakerState::Open, BreakerState::HalfOpen),
        transition(id, baseMs + 12'000, BreakerState::HalfOpen, BreakerState::Closed),
        transition(QStringLiteral("other"), baseMs + 20'000, BreakerState::Closed,
                   BreakerState::Open),
        transition(id, baseMs + 50'000, BreakerState::Closed, BreakerState::Open),
    };
    const Rollup r = computeRollup(id, RollupLevel::Minute, baseMs, {}, BreakerState::Open, events,
                                   baseMs + 3'600'000);
    QCOMPARE(r.openMs, 10'000 + 10'000);
    QCOMPARE(r.halfOpenMs, 2'000);
    QCOMPARE(r.closedMs, 38'000);
}

void tst_HistoryStore::rollupBreakerTimeStopsAtUntil()
{
    const QString id = QStringLiteral("a");
    const QList<BreakerEvent> events{
        transition(id, baseMs + 10'000, BreakerState::Closed, BreakerState::Open),
        transition(id, baseMs + 40'000, BreakerState::Open, BreakerState::HalfOpen),
    };
    const Rollup r = computeRollup(id, RollupLevel::Minute, baseMs, {}, BreakerState::Closed,
                                   events, baseMs + 30'000);
    QCOMPARE(r.closedMs, 10'000);
    QCOMPARE(r.openMs, 20'000);
    QCOMPARE(r.halfOpenMs, 0);
}

void tst_HistoryStore::rollupFromRawMatchesStoredRecords()
{
    const QString id = QStringLiteral("a");
    QList<AttemptRecord> records;
    for (int i = 0; i < 300; ++i)
        records << record(id, baseMs + i * 397, i % 7 == 0 ? Outcome::ServerError : Outcome::Ok,
                          (i * 7919) % 250'000);
    const QList<BreakerEvent> events{
        transition(id, baseMs + 30'000, BreakerState::Closed, BreakerState::Open)};
    HistoryStore store;
    QVERIFY(store.open(m_path, HistoryStore::Mode::Write).has_value());
    QVERIFY(store.append(records, events).has_value());

    for (qint64 minute = baseMs; minute < baseMs + 120'000; minute += 60'000) {
        const Rollup fromStore = store.computeFromRaw(id, RollupLevel::Minute, minute,
                                                      baseMs + 3'600'000)
                                     .value();
        const Rollup direct = computeRollup(id, RollupLevel::Minute, minute, records,
                                            minute > baseMs ? BreakerState::Open
                                                            : BreakerState::Closed,
                                            events, baseMs + 3'600'000);
        QCOMPARE(fromStore, direct);
        QVERIFY(fromStore.attempts > 0);
    }
}

void tst_HistoryStore::storingARollupTwiceKeepsOneRow()
{
    HistoryStore store;
    QVERIFY(store.open(m_path, HistoryStore::Mode::Write).has_value());
    Rollup first;
    first.endpointId = QStringLiteral("a");
    first.bucketMs = baseMs;
    first.attempts = 3;
    first.p50Ms = 12.5;
    Rollup second = first;
    second.attempts = 4;
    QVERIFY(store.storeRollups(RollupLevel::Minute, {first}).has_value());
    QVERIFY(store.storeRollups(RollupLevel::Minute, {second}).has_value());

    const auto rows = store.rollups(RollupLevel::Minute, {baseMs, baseMs + 60'000, {}});
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->constFirst(), second);
    QCOMPARE(store.rollups(RollupLevel::Hour, {baseMs, baseMs + 60'000, {}})->size(), 0);
}

void tst_HistoryStore::unrolledMinutesStartShortlyBeforeTheLastRollup()
{
    HistoryStore store;
    QVERIFY(store.open(m_path, HistoryStore::Mode::Write).has_value());
    QVERIFY(store.append({record(QStringLiteral("a"), baseMs + 1, Outcome::Ok, 1),
                          record(QStringLiteral("a"), baseMs + 600'001, Outcome::Ok, 1),
                          record(QStringLiteral("a"), baseMs + 660'001, Outcome::Ok, 1),
                          record(QStringLiteral("b"), baseMs + 2, Outcome::Ok, 1)},
                         {})
                  .has_value());
    Rollup done;
    done.endpointId = QStringLiteral("a");
    done.bucketMs = baseMs + 600'000;
    QVERIFY(store.storeRollups(RollupLevel::Minute, {done}).has_value());

    auto left = store.unrolledMinutes(baseMs + 720'000, 3'600'000).value();
    std::sort(left.begin(), left.end());
    // "a" at baseMs lies more than five minutes before its newest rollup.
    const QList<std::pair<QString, qint64>> expected{{QStringLiteral("a"), baseMs + 600'000},
                                                     {QStringLiteral("a"), baseMs + 660'000},
                                                     {QStringLiteral("b"), baseMs}};
    QCOMPARE(left, expected);
}

void tst_HistoryStore::pruneDeletesOnlyExpiredRowsInChunks()
{
    HistoryStore store;
    QVERIFY(store.open(m_path, HistoryStore::Mode::Write).has_value());
    QList<AttemptRecord> records;
    for (int i = 0; i < 25; ++i)
        records << record(QStringLiteral("a"), baseMs + i, Outcome::Ok, 1);
    records << record(QStringLiteral("a"), baseMs + 3 * 86'400'000LL, Outcome::Ok, 1);
    QVERIFY(store.append(records, {}).has_value());

    const HistoryRetention retention{std::chrono::hours(24), std::chrono::hours(48),
                                     std::chrono::hours(72)};
    const qint64 now = baseMs + 3 * 86'400'000LL + 1000;
    QCOMPARE(store.pruneOnce(retention, now, 10).value(), 10);
    QCOMPARE(store.pruneOnce(retention, now, 10).value(), 10);
    QCOMPARE(store.pruneOnce(retention, now, 10).value(), 5);
    QCOMPARE(store.pruneOnce(retention, now, 10).value(), 0);
    QCOMPARE(store.attempts({0, now, {}})->size(), 1);
}

QTEST_GUILESS_MAIN(tst_HistoryStore)
#include "tst_historystore.moc"
