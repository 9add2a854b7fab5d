// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "queue/deliverystore.h"
#include "scriptedserver.h"
#include "testpeers.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace bw;

/// The acceptance test of the durable queue: 10,000 deliveries drained by the headless agent
/// into a sink that records every delivery, with the agent killed (SIGKILL) three times at
/// random moments and restarted. Nothing may be lost, a repeat must carry the same key, and
/// the file must stay sound.
class tst_QueueDrain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void survivesThreeKillsWithoutLosingADelivery();

private:
    QProcess *startBreakwater(const QStringList &arguments);
    QString m_binary;
    QTemporaryDir m_dir;
};

void tst_QueueDrain::initTestCase()
{
    m_binary = qEnvironmentVariable("BREAKWATER_BINARY");
    if (m_binary.isEmpty() || !QFile::exists(m_binary))
        QSKIP("BREAKWATER_BINARY does not name the built breakwater executable");
    QVERIFY(m_dir.isValid());
}

QProcess *tst_QueueDrain::startBreakwater(const QStringList &arguments)
{
    auto *process = new QProcess(this);
    process->setProcessEnvironment(headlessEnvironment());
    process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process->start(m_binary, arguments);
    return process;
}

void tst_QueueDrain::survivesThreeKillsWithoutLosingADelivery()
{
    constexpr int total = 10'000;
    ScriptedServer sink;
    QVERIFY(sink.listen());
    sink.setFallback(ScriptedServer::reply(204));

    // Every arrival: event number -> the idempotency keys it came with.
    QHash<int, QByteArray> keyOf;
    int arrivals = 0;
    int keyMismatches = 0;
    int missingKeys = 0;
    connect(&sink, &ScriptedServer::requestReceived, this, [&](int index) {
        const RecordedRequest request = sink.requests().at(index);
        ++arrivals;
        const int n = QJsonDocument::fromJson(request.body).object().value("n").toInt(-1);
        const QByteArray key = request.header("Idempotency-Key");
        if (key.isEmpty())
            ++missingKeys;
        const auto it = keyOf.constFind(n);
        if (it == keyOf.constEnd())
            keyOf.insert(n, key);
        else if (*it != key)
            ++keyMismatches;
    });

    const QString config = m_dir.filePath(QStringLiteral("config.json"));
    {
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral(R"({"version":1,"endpoints":[{"id":"sink","mode":"deliver",
            "url":"%1","maxInFlight":6,"timeoutMs":5000,
            "retry":{"maxAttempts":100,"baseDelayMs":50,"maxDelayMs":500},
            "breaker":{"mode":"disabled"},"retryBudget":{"enabled":false}}]})")
                       .arg(sink.url(QStringLiteral("/sink")).toString())
                       .toUtf8());
    }
    const QString events = m_dir.filePath(QStringLiteral("events.jsonl"));
    {
        QFile file(events);
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (int i = 0; i < total; ++i)
            file.write("{\"n\":" + QByteArray::number(i) + ",\"payload\":\"event\"}\n");
    }
    const QString queue = m_dir.filePath(QStringLiteral("queue.sqlite"));
    const QString history = m_dir.filePath(QStringLiteral("history.sqlite"));

    QProcess *enqueue = startBreakwater({QStringLiteral("enqueue"), QStringLiteral("--config"),
                                         config, QStringLiteral("--queue-db"), queue,
                                         QStringLiteral("--endpoint"), QStringLiteral("sink"),
                                         QStringLiteral("--file"), events});
    QVERIFY(enqueue->waitForFinished(30000));
    QCOMPARE(enqueue->exitCode(), 0);
    QVERIFY(enqueue->readAllStandardOutput().contains("10000"));

    const QStringList run{QStringLiteral("--config"), config, QStringLiteral("--headless"),
                          QStringLiteral("--queue-db"), queue, QStringLiteral("--history"),
                          history, QStringLiteral("--status-interval"), QStringLiteral("0")};
    QElapsedTimer clock;
    clock.start();
    QProcess *agent = startBreakwater(run);
    QVERIFY(agent->waitForStarted(10000));

    // Three kills at random points of the drain: somewhere in each third of it.
    QRandomGenerator random = QRandomGenerator::securelySeeded();
    for (int kill = 0; kill < 3; ++kill) {
        const int at = total * kill / 3 + 300 + int(random.bounded(total / 3 - 600));
        QTRY_VERIFY_WITH_TIMEOUT(keyOf.size() >= at, 60000);
        agent->kill(); // SIGKILL
        QVERIFY(agent->waitForFinished(5000));
        QCOMPARE(agent->exitStatus(), QProcess::CrashExit);
        qInfo("killed after %d distinct deliveries (%d arrivals), %.1f s in",
              int(keyOf.size()), arrivals, double(clock.elapsed()) / 1000);
        agent->deleteLater();
        agent = startBreakwater(run);
        QVERIFY(agent->waitForStarted(10000));
    }

    QTRY_VERIFY_WITH_TIMEOUT(keyOf.size() >= total, 90000);
    DeliveryStore store;
    QVERIFY(store.open(queue));
    QTRY_COMPARE_WITH_TIMEOUT(store.counts(QStringLiteral("sink"))->pending, 0, 10000);
    agent->terminate();
    QVERIFY(agent->waitForFinished(10000));
    QCOMPARE(agent->exitStatus(), QProcess::NormalExit);
    qInfo("drained %d deliveries in %.1f s with %d arrivals (%d repeats)", total,
          double(clock.elapsed()) / 1000, arrivals, arrivals - int(keyOf.size()));

    for (int n = 0; n < total; ++n)
        QVERIFY2(keyOf.contains(n), qPrintable(QStringLiteral("event %1 never arrived").arg(n)));
    QCOMPARE(keyOf.size(), total);
    QCOMPARE(missingKeys, 0);
    QCOMPARE(keyMismatches, 0);
    QCOMPARE(store.counts(QStringLiteral("sink"))->deadLetters, 0);
    QCOMPARE(*store.integrityCheck(), QStringLiteral("ok"));
    QVERIFY(clock.elapsed() < 150'000);
}

QTEST_GUILESS_MAIN(tst_QueueDrain)
#include "tst_queuedrain.moc"
