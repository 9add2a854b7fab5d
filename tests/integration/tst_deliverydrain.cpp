// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipeline/engine.h"
#include "queue/deliverystore.h"
#include "scriptedserver.h"

#include <QDeadlineTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace bw;

/// Deliver mode in-process: the engine drains a queue file into the scripted server, in the
/// test's thread, bounded in time.
class tst_DeliveryDrain : public QObject
{
    Q_OBJECT

private slots:
    void deadLettersPermanentFailuresAndTheLastAttempt();
    void queueWaitsWhileTheBreakerIsOpen();

private:
    struct Run
    {
        QList<AttemptRecord> records;
        QList<BreakerEvent> events;
        QList<EndpointStatus> lastStatuses;
    };
    static Run drain(const QString &queuePath, const EndpointConfig &endpoint, Millis limit,
                     const std::function<bool(const Run &)> &done);
    static EndpointConfig endpoint(const QUrl &url);
};

EndpointConfig tst_DeliveryDrain::endpoint(const QUrl &url)
{
    EndpointConfig e;
    e.id = QStringLiteral("out");
    e.name = e.id;
    e.url = url;
    e.mode = EndpointMode::Deliver;
    e.maxInFlight = 1;
    e.retry.baseDelay = Millis(20);
    e.retry.jitter = Jitter::None;
    e.retryBudget.enabled = false;
    return e;
}

tst_DeliveryDrain::Run tst_DeliveryDrain::drain(const QString &queuePath,
                                                const EndpointConfig &endpoint, Millis limit,
                                                const std::function<bool(const Run &)> &done)
{
    SystemClock clock;
    Engine engine(clock);
    Run run;
    connect(&engine, &Engine::updated, &engine, [&run](const EngineUpdate &u) {
        run.records += u.records;
        run.events += u.breakerEvents;
        run.lastStatuses = u.statuses;
    });
    if (!engine.openDeliveryStore(queuePath))
        return run;
    engine.setEndpoints({endpoint});
    engine.start();
    QDeadlineTimer deadline(limit);
    while (!deadline.hasExpired() && !done(run))
        QTest::qWait(50);
    engine.stop();
    return run;
}

void tst_DeliveryDrain::deadLettersPermanentFailuresAndTheLastAttempt()
{
    ScriptedServer sink;
    QVERIFY(sink.listen());
    sink.enqueue(ScriptedServer::reply(422));
    sink.enqueue(ScriptedServer::reply(503));
    sink.enqueue(ScriptedServer::reply(200));
    sink.enqueue(ScriptedServer::reply(503));
    EndpointConfig e = endpoint(sink.url(QStringLiteral("/in")));
    e.retry.maxAttempts = 2;

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("q.sqlite"));
    QStringList ids;
    {
        DeliveryStore store;
        QVERIFY(store.open(path));
        QList<DeliveryRequest> requests;
        for (const QByteArray body : {"one", "two", "three"}) {
            DeliveryRequest r;
            r.body = body;
            requests.append(r);
        }
        ids = *store.enqueue(e.id, requests, {}, 1000);
    }
    const Run run = drain(path, e, 10s, [&](const Run &) { return sink.requestCount() >= 4; });
    QCOMPARE(sink.requestCount(), 4);
    const QList<RecordedRequest> got = sink.requests();
    QCOMPARE(got.at(0).body, QByteArray("one"));
    QCOMPARE(got.at(1).body, QByteArray("two"));
    QCOMPARE(got.at(2).body, QByteArray("three"));
    QCOMPARE(got.at(3).body, QByteArray("two"));
    QCOMPARE(got.at(1).header("Idempotency-Key"), ids.at(1).toLatin1());
    QCOMPARE(got.at(3).header("Idempotency-Key"), ids.at(1).toLatin1());

    DeliveryStore store;
    QVERIFY(store.open(path));
    QTRY_COMPARE(store.counts(e.id)->pending, 0);
    const auto letters = store.deadLetters(e.id);
    QCOMPARE(letters->size(), 2);
    QCOMPARE(letters->at(0).id, ids.at(0));
    QVERIFY2(letters->at(0).deadReason.contains(QStringLiteral("HTTP 422")),
             qPrintable(letters->at(0).deadReason));
    QCOMPARE(letters->at(0).attempts, 1);
    QCOMPARE(letters->at(1).id, ids.at(1));
    QVERIFY2(letters->at(1).deadReason.contains(QStringLiteral("last of 2 attempts")),
             qPrintable(letters->at(1).deadReason));
    QCOMPARE(letters->at(1).attempts, 2);
    for (const AttemptRecord &r : run.records)
        QVERIFY(!r.deliveryId.isEmpty());
}

void tst_DeliveryDrain::queueWaitsWhileTheBreakerIsOpen()
{
    ScriptedServer sink;
    QVERIFY(sink.listen());
    sink.enqueue(ScriptedServer::reply(503));
    sink.enqueue(ScriptedServer::reply(503));
    EndpointConfig e = endpoint(sink.url(QStringLiteral("/in")));
    e.retry.maxAttempts = 10;
    e.breaker.windowKind = BreakerSettings::WindowKind::Count;
    e.breaker.windowSize = 2;
    e.breaker.minimumCalls = 2;
    e.breaker.failureRateThreshold = 0.5;
    e.breaker.openDuration = std::chrono::seconds(1);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("q.sqlite"));
    {
        DeliveryStore store;
        QVERIFY(store.open(path));
        QList<DeliveryRequest> requests(5);
        QVERIFY(store.enqueue(e.id, requests, {}, 1000));
    }
    const Run run = drain(path, e, 15s, [&](const Run &r) {
        return !r.lastStatuses.isEmpty() && r.lastStatuses.first().queueDepth == 0
               && sink.requestCount() >= 7;
    });
    const QList<RecordedRequest> got = sink.requests();
    QCOMPARE(got.size(), 7); // two 503s, then every delivery once
    const auto gap = got.at(2).receivedSteady - got.at(1).receivedSteady;
    QVERIFY2(gap >= Millis(900), qPrintable(QString::number(ceilMillis(gap).count())));
    bool opened = false;
    for (const BreakerEvent &event : run.events)
        opened = opened || event.to == BreakerState::Open;
    QVERIFY(opened);
    for (const AttemptRecord &r : run.records)
        QVERIFY2(r.outcome != Outcome::ShortCircuited, "a delivery failed fast");
    QCOMPARE(run.lastStatuses.first().deadLetters, 0);
    QCOMPARE(run.lastStatuses.first().delivered, quint64(5));
}

QTEST_GUILESS_MAIN(tst_DeliveryDrain)
#include "tst_deliverydrain.moc"
