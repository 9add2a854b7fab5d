// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeclock.h"
#include "history/exporter.h"
#include "history/historystore.h"
#include "history/historywriter.h"
#include "metrics/csv.h"
#include "metrics/metricsstore.h"
#include "testpeers.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace bw;

/// The history as the breakwater binary records and exports it.
class tst_HistoryCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedRunLeavesAConsistentFileThatARestartCompletes();
    void exportMatchesTheHistory_data();
    void exportMatchesTheHistory();
    void badArgumentsExitWithTwo_data();
    void badArgumentsExitWithTwo();

private:
    QProcessEnvironment environment() const;
    QProcess *startBreakwater(const QStringList &arguments);
    static qint64 countRows(const QString &path);

    QString m_binary;
    QTemporaryDir m_dir;
    QString m_fixture;    // a history written in-process with known records
    qint64 m_fixtureEndMs = 0;
};

void tst_HistoryCli::initTestCase()
{
    m_binary = qEnvironmentVariable("BREAKWATER_BINARY");
    if (m_binary.isEmpty() || !QFile::exists(m_binary))
        QSKIP("BREAKWATER_BINARY does not name the built breakwater executable");
    QVERIFY(m_dir.isValid());

    // Two endpoints over three hours, ending in the middle of a minute.
    FakeClock clock;
    clock.advance(45s);
    m_fixtureEndMs = toEpochMs(clock.wallNow());
    m_fixture = m_dir.filePath(QStringLiteral("fixture.sqlite"));
    HistoryWriter::Settings settings;
    settings.flushInterval = Millis(20);
    HistoryWriter writer(clock, settings);
    QVERIFY(writer.start(m_fixture).has_value());
    EngineUpdate update;
    for (int i = 0; i < 2000; ++i) {
        AttemptRecord r;
        r.timestamp = fromEpochMs(m_fixtureEndMs - 10'800'000 + i * 5400);
        r.endpointId = i % 4 == 0 ? QStringLiteral("=orders, eu") : QStringLiteral("billing");
        r.requestId = quint64(i);
        r.attempt = 1 + i % 3;
        r.outcome = i % 10 == 0 ? Outcome::RateLimited : (i % 13 == 0 ? Outcome::Timeout
                                                                      : Outcome::Ok);
        r.httpStatus = r.outcome == Outcome::RateLimited ? 429 : 200;
        if (r.outcome == Outcome::RateLimited)
            r.retryAfter = Millis(1500);
        r.latency = std::chrono::microseconds((i * 7919) % 900'000);
        r.queueDepth = i % 11;
        r.willRetry = r.outcome != Outcome::Ok;
        r.nextDelay = r.willRetry ? Millis(1500) : Millis(0);
        r.error = r.outcome == Outcome::Ok ? QString() : QStringLiteral("said \"wait\", twice");
        update.records.append(r);
    }
    update.breakerEvents.append(BreakerEvent{QStringLiteral("billing"),
                                             fromEpochMs(m_fixtureEndMs - 5'000'000),
                                             BreakerState::Closed, BreakerState::Open,
                                             QStringLiteral("failures")});
    writer.enqueue(update);
    writer.stop();
    QCOMPARE(writer.stats().recordsWritten, 2000);
}

QProcessEnvironment tst_HistoryCli::environment() const
{
    QProcessEnvironment env = headlessEnvironment();
    // Keeps the default history file, should anything fall back to it, out of the home folder.
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg")));
    return env;
}

QProcess *tst_HistoryCli::startBreakwater(const QStringList &arguments)
{
    auto *process = new QProcess(this);
    process->setProcessEnvironment(environment());
    process->start(m_binary, arguments);
    return process;
}

qint64 tst_HistoryCli::countRows(const QString &path)
{
    HistoryStore store;
    if (!store.open(path, HistoryStore::Mode::Read))
        return -1;
    const auto rows = store.forEachAttempt({0, std::numeric_limits<qint64>::max(), {}},
                                           [](const AttemptRecord &) {});
    return rows.value_or(-1);
}

void tst_HistoryCli::killedRunLeavesAConsistentFileThatARestartCompletes()
{
    const QString path = m_dir.filePath(QStringLiteral("killed/history.sqlite"));
    QProcess *run = startBreakwater({QStringLiteral("--headless"),
                                     QStringLiteral("--status-interval"), QStringLiteral("0"),
                                     QStringLiteral("--history"), path});
    QVERIFY(run->waitForStarted(5000));
    // The embedded demo answers within milliseconds; the writer commits every 500 ms.
    QTRY_VERIFY_WITH_TIMEOUT(countRows(path) > 20, 10000);
    QTest::qWait(300); // let a commit be under way when the kill lands
    run->kill();       // SIGKILL: no flush, no rollups
    QVERIFY(run->waitForFinished(5000));
    QCOMPARE(run->exitStatus(), QProcess::CrashExit);

    qint64 rawAfterKill = 0;
    {
        HistoryStore store;
        const auto opened = store.open(path, HistoryStore::Mode::Read);
        QVERIFY2(opened.has_value(), qPrintable(opened ? QString() : opened.error()));
        QCOMPARE(store.integrityCheck().value(), QStringLiteral("ok"));
        rawAfterKill = countRows(path);
        QVERIFY(rawAfterKill > 20);
    }

    // A second, orderly run on the same file keeps the old rows, adds its own and rolls up
    // the minutes the killed run left raw only.
    QProcess *rerun = startBreakwater({QStringLiteral("--headless"),
                                       QStringLiteral("--status-interval"), QStringLiteral("0"),
                                       QStringLiteral("--duration"), QStringLiteral("1"),
                                       QStringLiteral("--history"), path});
    QVERIFY(rerun->waitForFinished(15000));
    QCOMPARE(rerun->exitStatus(), QProcess::NormalExit);
    QCOMPARE(rerun->exitCode(), 0);
    QVERIFY(countRows(path) > rawAfterKill);

    HistoryStore store;
    QVERIFY(store.open(path, HistoryStore::Mode::Read).has_value());
    QCOMPARE(store.integrityCheck().value(), QStringLiteral("ok"));
    const HistoryRange all{0, std::numeric_limits<qint64>::max(), {}};
    const QList<AttemptRecord> raw = store.attempts(all).value();
    const QList<Rollup> minutes = store.rollups(RollupLevel::Minute, all).value();
    qint64 rolledAttempts = 0;
    for (const Rollup &r : minutes)
        rolledAttempts += r.attempts;
    QCOMPARE(rolledAttempts, raw.size()); // every raw row is in exactly one minute rollup
}

void tst_HistoryCli::exportMatchesTheHistory_data()
{
    QTest::addColumn<QString>("level");
    QTest::addColumn<QStringList>("endpoints");
    QTest::addColumn<qint64>("fromOffsetMs"); // from the fixture's end
    QTest::addColumn<qint64>("toOffsetMs");

    const QStringList all;
    QTest::newRow("raw, all") << "raw" << all << -11'000'000LL << 1LL;
    QTest::newRow("raw, one endpoint, 30 min")
        << "raw" << QStringList{QStringLiteral("=orders, eu")} << -4'000'000LL << -2'200'000LL;
    QTest::newRow("raw, both named") << "raw"
                                     << QStringList{QStringLiteral("billing"),
                                                    QStringLiteral("=orders, eu")}
                                     << -600'000LL << 0LL;
    QTest::newRow("1m, all") << "1m" << all << -11'000'000LL << 60'000LL;
    QTest::newRow("1m, billing") << "1m" << QStringList{QStringLiteral("billing")}
                                 << -3'600'000LL << 0LL;
    QTest::newRow("1h, all") << "1h" << all << -11'000'000LL << 3'600'000LL;
}

void tst_HistoryCli::exportMatchesTheHistory()
{
    QFETCH(QString, level);
    QFETCH(QStringList, endpoints);
    QFETCH(qint64, fromOffsetMs);
    QFETCH(qint64, toOffsetMs);

    const HistoryRange range{m_fixtureEndMs + fromOffsetMs, m_fixtureEndMs + toOffsetMs,
                             endpoints};
    const QString out = m_dir.filePath(QStringLiteral("export-%1.csv").arg(QTest::currentDataTag())
                                           .replace(QRegularExpression(QStringLiteral("\\W")),
                                                    QStringLiteral("_")));
    QStringList arguments{QStringLiteral("export"), QStringLiteral("--history"), m_fixture,
                          QStringLiteral("--from"), isoUtc(fromEpochMs(range.fromMs)),
                          QStringLiteral("--to"), isoUtc(fromEpochMs(range.toMs)),
                          QStringLiteral("--level"), level, QStringLiteral("--out"), out};
    for (const QString &endpoint : endpoints)
        arguments << QStringLiteral("--endpoint") << endpoint;
    QProcess *process = startBreakwater(arguments);
    QVERIFY(process->waitForFinished(15000));
    QVERIFY2(process->exitCode() == 0, process->readAllStandardError().constData());

    // What the file must hold, built from the store directly.
    HistoryStore store;
    QVERIFY(store.open(m_fixture, HistoryStore::Mode::Read).has_value());
    QByteArray expected;
    qint64 rows = 0;
    if (level == u"raw") {
        expected = attemptCsvHeader();
        const QList<AttemptRecord> records = store.attempts(range).value();
        for (const AttemptRecord &r : records) {
            QVERIFY(toEpochMs(r.timestamp) >= range.fromMs && toEpochMs(r.timestamp) < range.toMs);
            QVERIFY(endpoints.isEmpty() || endpoints.contains(r.endpointId));
            expected += attemptCsvRow(r);
            ++rows;
        }
    } else {
        expected = rollupCsvHeader();
        const RollupLevel rollupLevel = level == u"1m" ? RollupLevel::Minute : RollupLevel::Hour;
        const QList<Rollup> rollups = store.rollups(rollupLevel, range).value();
        for (const Rollup &r : rollups) {
            expected += rollupCsvRow(r);
            ++rows;
        }
    }
    QVERIFY(rows > 0);

    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    QCOMPARE(written, expected);
    QCOMPARE(written.count("\r\n"), rows + 1);
    // An endpoint id that starts with "=" and holds a comma is guarded and quoted.
    if (endpoints.contains(QStringLiteral("=orders, eu")))
        QVERIFY(written.contains("\"'=orders, eu\""));
    const QString printed = QString::fromUtf8(process->readAllStandardOutput());
    QVERIFY2(printed.startsWith(QStringLiteral("%1 rows").arg(rows)), qPrintable(printed));
}

void tst_HistoryCli::badArgumentsExitWithTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");

    const QString fixture = m_fixture;
    const QString out = m_dir.filePath(QStringLiteral("never.csv"));
    const QStringList base{QStringLiteral("--history"), fixture, QStringLiteral("--out"), out};
    const QString from = QStringLiteral("2026-08-20T00:00:00Z");
    const QString to = QStringLiteral("2026-08-21");
    QTest::newRow("no --from") << (base + QStringList{QStringLiteral("--to"), to})
                               << "--from is required";
    QTest::newRow("bad --from") << (base + QStringList{QStringLiteral("--from"),
                                                       QStringLiteral("yesterday"),
                                                       QStringLiteral("--to"), to})
                                << "--from: expected an ISO 8601";
    QTest::newRow("--to before --from")
        << (base + QStringList{QStringLiteral("--from"), to, QStringLiteral("--to"), from})
        << "--to must be later";
    QTest::newRow("bad level") << (base + QStringList{QStringLiteral("--from"), from,
                                                      QStringLiteral("--to"), to,
                                                      QStringLiteral("--level"),
                                                      QStringLiteral("5m")})
                               << "expected raw, 1m or 1h";
    QTest::newRow("missing history")
        << QStringList{QStringLiteral("--history"), m_dir.filePath(QStringLiteral("none.sqlite")),
                       QStringLiteral("--out"), out, QStringLiteral("--from"), from,
                       QStringLiteral("--to"), to}
        << "no such history file";
    QTest::newRow("unknown option") << (base + QStringList{QStringLiteral("--frm"), from})
                                    << "Unknown option";
    QTest::newRow("stray argument") << (base + QStringList{QStringLiteral("--from"), from,
                                                           QStringLiteral("--to"), to,
                                                           QStringLiteral("extra")})
                                    << "unexpected argument";
}

void tst_HistoryCli::badArgumentsExitWithTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QProcess *process = startBreakwater(QStringList{QStringLiteral("export")} + arguments);
    QVERIFY(process->waitForFinished(15000));
    const QString error = QString::fromUtf8(process->readAllStandardError());
    QCOMPARE(process->exitCode(), 2);
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("never.csv"))));
}

QTEST_GUILESS_MAIN(tst_HistoryCli)
#include "tst_historycli.moc"
