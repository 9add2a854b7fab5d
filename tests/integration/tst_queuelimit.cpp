// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "queue/deliverystore.h"
#include "testpeers.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace bw;

/// A queue drained into a real nginx limiting to 5 requests/s: the client-side limiter keeps
/// the drain at the server's pace, so almost nothing is answered 429 and 200 deliveries take
/// about 40 s.
class tst_QueueLimit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void drainsAtTheServersPace();

private:
    QString m_binary;
    QTemporaryDir m_dir;
};

void tst_QueueLimit::initTestCase()
{
    m_binary = qEnvironmentVariable("BREAKWATER_BINARY");
    if (m_binary.isEmpty() || !QFile::exists(m_binary))
        QSKIP("BREAKWATER_BINARY does not name the built breakwater executable");
    if (!NginxPeer::isAvailable())
        QSKIP("nginx is not installed (scripts/deps.sh installs it)");
    QVERIFY(m_dir.isValid());
}

void tst_QueueLimit::drainsAtTheServersPace()
{
    constexpr int total = 200;
    NginxPeer nginx(NginxOptions{5, 2, 1});
    const auto started = nginx.start();
    QVERIFY2(started, qPrintable(started ? QString() : started.error()));

    const QString config = m_dir.filePath(QStringLiteral("config.json"));
    {
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral(R"({"version":1,"endpoints":[{"id":"limited","mode":"deliver",
            "url":"%1","maxInFlight":2,
            "retry":{"maxAttempts":20},
            "rateLimit":{"requestsPerSecond":5,"burst":1}}]})")
                       .arg(nginx.url(QStringLiteral("/limited")).toString())
                       .toUtf8());
    }
    // nginx serves /limited as a static file, which only GET may read.
    const QString events = m_dir.filePath(QStringLiteral("events.jsonl"));
    {
        QFile file(events);
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (int i = 0; i < total; ++i)
            file.write("{\"method\":\"GET\",\"body\":\"\"}\n");
    }
    const QString queue = m_dir.filePath(QStringLiteral("queue.sqlite"));
    const QProcessEnvironment env = headlessEnvironment();

    QProcess enqueue;
    enqueue.setProcessEnvironment(env);
    enqueue.start(m_binary, {QStringLiteral("enqueue"), QStringLiteral("--config"), config,
                             QStringLiteral("--queue-db"), queue, QStringLiteral("--endpoint"),
                             QStringLiteral("limited"), QStringLiteral("--file"), events});
    QVERIFY(enqueue.waitForFinished(20000));
    QCOMPARE(enqueue.exitCode(), 0);

    DeliveryStore store;
    QVERIFY(store.open(queue));
    QCOMPARE(store.counts(QStringLiteral("limited"))->pending, total);

    QProcess agent;
    agent.setProcessEnvironment(env);
    agent.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer clock;
    clock.start();
    agent.start(m_binary, {QStringLiteral("--config"), config, QStringLiteral("--headless"),
                           QStringLiteral("--queue-db"), queue, QStringLiteral("--history"),
                           m_dir.filePath(QStringLiteral("history.sqlite")),
                           QStringLiteral("--status-interval"), QStringLiteral("0")});
    QVERIFY(agent.waitForStarted(10000));
    QTRY_COMPARE_WITH_TIMEOUT(store.counts(QStringLiteral("limited"))->pending, 0, 65000);
    const double seconds = double(clock.elapsed()) / 1000;
    agent.terminate();
    QVERIFY(agent.waitForFinished(10000));

    QTRY_VERIFY_WITH_TIMEOUT(nginx.accessLog().size() >= total, 5000);
    const QList<NginxLogEntry> log = nginx.accessLog();
    int ok = 0;
    int limited = 0;
    QSet<QByteArray> keys;
    for (const NginxLogEntry &entry : log) {
        if (entry.uri != "/limited")
            continue;
        QVERIFY(!entry.idempotencyKey.isEmpty());
        if (entry.status == 200) {
            ++ok;
            keys.insert(entry.idempotencyKey);
        } else if (entry.status == 429) {
            ++limited;
        }
    }
    const double share = double(limited) / double(ok + limited);
    qInfo("drained %d deliveries in %.1f s: %d attempts answered 200, %d answered 429 (%.1f%%)",
          total, seconds, ok, limited, share * 100);
    QCOMPARE(keys.size(), total);
    QCOMPARE(store.counts(QStringLiteral("limited"))->deadLetters, 0);
    QVERIFY2(share < 0.05, qPrintable(QStringLiteral("%1% answered 429").arg(share * 100)));
    QVERIFY2(seconds <= 60, qPrintable(QStringLiteral("took %1 s").arg(seconds)));
    QVERIFY2(seconds >= 30, qPrintable(QStringLiteral("only %1 s: faster than the server's "
                                                      "limit allows")
                                           .arg(seconds)));
}

QTEST_GUILESS_MAIN(tst_QueueLimit)
#include "tst_queuelimit.moc"
