// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testpeers.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace bw;

/// The breakwater binary as a user runs it: headless runs, CSV export, refused configs.
class tst_Headless : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void printsVersionAndHelp();
    void refusesBadConfigWithPathAndReason_data();
    void refusesBadConfigWithPathAndReason();
    void csvAgreesWithServerLog();
    void interruptWritesTheCsvAndExitsCleanly();
    void demoShowsRetries429sAndBreakerCycles();

private:
    QString writeConfig(const QByteArray &json);
    QProcess *startBreakwater(const QStringList &arguments);
    static QList<QByteArrayList> readCsv(const QString &path);

    QString m_binary;
    QTemporaryDir m_dir;
};

void tst_Headless::initTestCase()
{
    m_binary = qEnvironmentVariable("BREAKWATER_BINARY");
    if (m_binary.isEmpty() || !QFile::exists(m_binary))
        QSKIP("BREAKWATER_BINARY does not name the built breakwater executable");
    QVERIFY(m_dir.isValid());
}

QString tst_Headless::writeConfig(const QByteArray &json)
{
    static int serial = 0;
    const QString path = m_dir.filePath(QStringLiteral("config-%1.json").arg(++serial));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QString();
    file.write(json);
    return path;
}

QProcess *tst_Headless::startBreakwater(const QStringList &arguments)
{
    auto *process = new QProcess(this);
    process->setProcessEnvironment(headlessEnvironment());
    process->start(m_binary, arguments);
    return process;
}

QList<QByteArrayList> tst_Headless::readCsv(const QString &path)
{
    // The fields these tests read never contain commas or quotes; the error column can, so
    // it is not split reliably here and not asserted on.
    QList<QByteArrayList> rows;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return rows;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (!line.trimmed().isEmpty())
            rows.append(line.trimmed().split(','));
    }
    return rows;
}

void tst_Headless::printsVersionAndHelp()
{
    QProcess *version = startBreakwater({QStringLiteral("--version")});
    QVERIFY(version->waitForFinished(10000));
    QCOMPARE(version->exitCode(), 0);
    QVERIFY(version->readAllStandardOutput().contains(BREAKWATER_VERSION));

    QProcess *help = startBreakwater({QStringLiteral("--help")});
    QVERIFY(help->waitForFinished(10000));
    QCOMPARE(help->exitCode(), 0);
    const QByteArray text = help->readAllStandardOutput();
    for (const char *option : {"--config", "--headless", "--duration", "--export-csv"})
        QVERIFY2(text.contains(option), option);
}

void tst_Headless::refusesBadConfigWithPathAndReason_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("invalid json") << QByteArray("{\"version\":1,") << QByteArray("not valid JSON");
    QTest::newRow("wrong type")
        << QByteArray(R"({"version":1,"endpoints":[{"id":"a","url":"http://127.0.0.1:1/",)"
                      R"("timeoutMs":"fast"}]})")
        << QByteArray("endpoints[0].timeoutMs: must be a number, got a string");
    QTest::newRow("missing url") << QByteArray(R"({"version":1,"endpoints":[{"id":"a"}]})")
                                 << QByteArray("endpoints[0].url: is required");
    QTest::newRow("unsupported scheme")
        << QByteArray(R"({"version":1,"endpoints":[{"id":"a","url":"ftp://127.0.0.1/"}]})")
        << QByteArray("endpoints[0].url: scheme \"ftp\" is not supported");
    QTest::newRow("negative duration")
        << QByteArray(R"({"version":1,"endpoints":[{"id":"a","url":"http://127.0.0.1:1/",)"
                      R"("retry":{"maxDelayMs":-1}}]})")
        << QByteArray("endpoints[0].retry.maxDelayMs: must be at least 0, got -1");
}

void tst_Headless::refusesBadConfigWithPathAndReason()
{
    QFETCH(QByteArray, json);
    QFETCH(QByteArray, expected);
    const QString path = writeConfig(json);
    QProcess *process = startBreakwater({QStringLiteral("--config"), path,
                                         QStringLiteral("--headless"),
                                         QStringLiteral("--duration"), QStringLiteral("5")});
    QVERIFY(process->waitForFinished(10000));
    QCOMPARE(process->exitStatus(), QProcess::NormalExit);
    QCOMPARE(process->exitCode(), 2);
    const QByteArray err = process->readAllStandardError();
    QVERIFY2(err.contains(expected), err.constData());
}

void tst_Headless::csvAgreesWithServerLog()
{
    if (!NginxPeer::isAvailable())
        QSKIP("nginx is not installed (Debian package nginx-light)");
    NginxPeer nginx;
    QVERIFY(nginx.start().has_value());
    const QByteArray json = QStringLiteral(
        R"({"version":1,"endpoints":[
             {"id":"limited","url":"%1","intervalMs":100,
              "rateLimit":{"requestsPerSecond":10,"burst":3}},
             {"id":"ok","url":"%2","intervalMs":250}]})")
                                .arg(nginx.url(QStringLiteral("/limited")).toString(),
                                     nginx.url(QStringLiteral("/ok")).toString())
                                .toUtf8();
    const QString csv = m_dir.filePath(QStringLiteral("run.csv"));
    QProcess *process = startBreakwater({QStringLiteral("--config"), writeConfig(json),
                                         QStringLiteral("--headless"),
                                         QStringLiteral("--duration"), QStringLiteral("4"),
                                         QStringLiteral("--status-interval"), QStringLiteral("1"),
                                         QStringLiteral("--export-csv"), csv});
    QVERIFY(process->waitForFinished(20000));
    QCOMPARE(process->exitCode(), 0);
    QVERIFY(process->readAllStandardOutput().contains("ENDPOINT"));

    const QList<QByteArrayList> rows = readCsv(csv);
    QVERIFY(rows.size() > 10);
    QCOMPARE(rows.first().mid(0, 11),
             QByteArrayList({"timestamp_utc", "endpoint_id", "request_id", "attempt", "outcome",
                             "http_status", "latency_ms", "retry_after_ms", "breaker_state",
                             "queue_depth", "error"}));
    QHash<QByteArray, int> serverStatus;
    const auto engineLog = [&nginx] {
        QList<NginxLogEntry> entries = nginx.accessLog();
        entries.removeIf([](const NginxLogEntry &e) { return e.requestId.isEmpty(); });
        return entries;
    };
    for (const NginxLogEntry &entry : engineLog())
        serverStatus.insert(entry.requestId, entry.status);
    int sent = 0;
    for (const QByteArrayList &row : rows.mid(1)) {
        QVERIFY(row.at(0).endsWith('Z'));
        QCOMPARE(row.at(0).size(), 24); // 2026-12-04T15:36:11.123Z
        if (row.at(4) == "short_circuited")
            continue;
        ++sent;
        const QByteArray id = row.at(2) + '-' + row.at(3);
        QVERIFY2(serverStatus.contains(id), id.constData());
        QCOMPARE(QByteArray::number(serverStatus.value(id)), row.at(5));
    }
    QCOMPARE(sent, engineLog().size());
}

void tst_Headless::interruptWritesTheCsvAndExitsCleanly()
{
    const QString csv = m_dir.filePath(QStringLiteral("interrupted.csv"));
    QProcess *process = startBreakwater({QStringLiteral("--headless"),
                                         QStringLiteral("--status-interval"), QStringLiteral("0"),
                                         QStringLiteral("--export-csv"), csv});
    QVERIFY(process->waitForStarted(5000));
    QTest::qWait(2500);
    ::kill(pid_t(process->processId()), SIGINT);
    QVERIFY(process->waitForFinished(10000));
    QCOMPARE(process->exitStatus(), QProcess::NormalExit);
    QCOMPARE(process->exitCode(), 0);
    QVERIFY(readCsv(csv).size() > 5);
}

void tst_Headless::demoShowsRetries429sAndBreakerCycles()
{
    const QString csv = m_dir.filePath(QStringLiteral("demo.csv"));
    QProcess *process = startBreakwater({QStringLiteral("--headless"),
                                         QStringLiteral("--duration"), QStringLiteral("30"),
                                         QStringLiteral("--status-interval"), QStringLiteral("0"),
                                         QStringLiteral("--export-csv"), csv});
    QVERIFY(process->waitForFinished(45000));
    QCOMPARE(process->exitCode(), 0);
    const QList<QByteArrayList> rows = readCsv(csv);
    QSet<QByteArray> retried;
    QSet<QByteArray> limited;
    QHash<QByteArray, QByteArrayList> states;
    for (const QByteArrayList &row : rows.mid(1)) {
        if (row.at(3).toInt() > 1)
            retried.insert(row.at(1));
        if (row.at(4) == "rate_limited")
            limited.insert(row.at(1));
        QByteArrayList &seen = states[row.at(1)];
        if (seen.isEmpty() || seen.last() != row.at(8))
            seen.append(row.at(8));
    }
    QVERIFY2(!retried.isEmpty(), "no retries in 30 s of demo");
    QVERIFY2(limited.contains("ratelimited"), "no 429s in 30 s of demo");
    int cycled = 0;
    for (auto it = states.cbegin(); it != states.cend(); ++it) {
        const int opened = int(it->indexOf("open"));
        if (opened >= 0 && it->indexOf("closed", opened) > opened)
            ++cycled;
    }
    QVERIFY2(cycled >= 1, "no breaker opened and closed again in 30 s of demo");
}

QTEST_GUILESS_MAIN(tst_Headless)
#include "tst_headless.moc"
