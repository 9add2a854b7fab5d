// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

namespace {

// 2026-08-20T09:00:00Z, the instant the engine tests also start from.
const QString now = QStringLiteral("1787216400");

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

/// `breakwater hints` as a user runs it: one JSON object out, exit 2 on bad arguments.
class tst_HintsCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void printsTheEnginesReading_data();
    void printsTheEnginesReading();
    void printsOneLineWithEveryKeyInOrder();
    void defaultsToTheCurrentTime();
    void badArgumentsExitWith2_data();
    void badArgumentsExitWith2();
    void helpExitsWith0();

private:
    Run runHints(const QStringList &arguments);

    QString m_binary;
};

void tst_HintsCli::initTestCase()
{
    m_binary = qEnvironmentVariable("BREAKWATER_BINARY");
    if (m_binary.isEmpty() || !QFile::exists(m_binary))
        QSKIP("BREAKWATER_BINARY does not name the built breakwater executable");
}

Run tst_HintsCli::runHints(const QStringList &arguments)
{
    QProcess process;
    process.start(m_binary, QStringList{QStringLiteral("hints")} + arguments);
    Run run;
    if (!process.waitForFinished(10000)) {
        process.kill();
        process.waitForFinished(2000);
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

void tst_HintsCli::printsTheEnginesReading_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QJsonObject>("expected");

    QTest::newRow("429 with Retry-After")
        << QStringList{"--status", "429", "--header", "Retry-After: 30", "--now", now}
        << QJsonObject{{"retry", true},
                       {"waitMs", 30000},
                       {"notBeforeUtc", "2026-08-20T09:00:30.000Z"},
                       {"source", "Retry-After"},
                       {"capped", false},
                       {"paceMs", QJsonValue::Null},
                       {"throttled", true},
                       {"quotaExhausted", false},
                       {"limit", QJsonValue::Null},
                       {"remaining", QJsonValue::Null}};
    QTest::newRow("GitHub 403 with remaining 0, judged against Date")
        << QStringList{"--status", "403",
                       "--header", "x-ratelimit-limit: 5000",
                       "--header", "x-ratelimit-remaining: 0",
                       "--header", "x-ratelimit-reset: 1787216445",
                       "--header", "Date: Thu, 20 Aug 2026 08:59:50 GMT",
                       "--now",    now}
        << QJsonObject{{"retry", true},
                       {"waitMs", 55000},
                       {"notBeforeUtc", "2026-08-20T09:00:55.000Z"},
                       {"source", "X-RateLimit-Reset"},
                       {"throttled", true},
                       {"limit", 5000},
                       {"remaining", 0}};
    QTest::newRow("an hour's Retry-After beyond the ceiling")
        << QStringList{"--status",
                       "503",
                       "--header",
                       "Retry-After: 3600",
                       "--max-server-delay-ms",
                       "60000",
                       "--now",
                       now}
        << QJsonObject{{"retry", false},
                       {"waitMs", 3600000},
                       {"notBeforeUtc", "2026-08-20T10:00:00.000Z"},
                       {"capped", true},
                       {"throttled", false}};
    QTest::newRow("reset format forced to epoch-ms")
        << QStringList{"--status",       "429",
                       "--header",       "X-RateLimit-Remaining: 0",
                       "--header",       "X-RateLimit-Reset: 1787216412500",
                       "--reset-format", "epoch-ms",
                       "--now",          now}
        << QJsonObject{{"waitMs", 12500}, {"source", "X-RateLimit-Reset"}};
    QTest::newRow("Google RetryInfo in the body")
        << QStringList{"--status",
                       "429",
                       "--body",
                       R"({"error":{"status":"RESOURCE_EXHAUSTED","details":[{"@type":)"
                       R"("type.googleapis.com/google.rpc.RetryInfo","retryDelay":"2.5s"}]}})",
                       "--now",
                       now}
        << QJsonObject{{"retry", true}, {"waitMs", 2500}, {"source", "body:RetryInfo"}};
    QTest::newRow("insufficient quota")
        << QStringList{"--status", "429", "--body", R"({"error":{"code":"insufficient_quota"}})",
                       "--now",    now}
        << QJsonObject{{"retry", false},
                       {"waitMs", QJsonValue::Null},
                       {"quotaExhausted", true},
                       {"source", "body:insufficient_quota"}};
    QTest::newRow("pacing on a success")
        << QStringList{"--status", "200",
                       "--header", R"(RateLimit: "m";r=4;t=50)",
                       "--header", R"(RateLimit-Policy: "m";q=100;w=60)",
                       "--now",    now}
        << QJsonObject{{"retry", false},
                       {"waitMs", QJsonValue::Null},
                       {"paceMs", 10000},
                       {"limit", 100},
                       {"remaining", 4}};
}

void tst_HintsCli::printsTheEnginesReading()
{
    QFETCH(QStringList, arguments);
    QFETCH(QJsonObject, expected);

    const Run run = runHints(arguments);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), run.err.constData());
    QJsonParseError error;
    const QJsonObject actual = QJsonDocument::fromJson(run.out, &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, run.out.constData());
    for (auto it = expected.constBegin(); it != expected.constEnd(); ++it)
        QVERIFY2(actual.value(it.key()) == it.value(), qPrintable(it.key() + ": " + run.out));
    QVERIFY(!actual.value(QLatin1String("reason")).toString().isEmpty());
}

void tst_HintsCli::printsOneLineWithEveryKeyInOrder()
{
    const Run run = runHints({"--status", "429", "--header", "Retry-After: 1", "--now", now});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.endsWith('\n'));
    QCOMPARE(run.out.count('\n'), 1);

    const QByteArrayList keys{"retry",          "waitMs", "notBeforeUtc", "source",
                              "capped",         "paceMs", "reason",       "throttled",
                              "quotaExhausted", "limit",  "remaining"};
    qsizetype previous = -1;
    for (const QByteArray &key : keys) {
        const qsizetype at = run.out.indexOf('"' + key + "\":");
        QVERIFY2(at > previous, key.constData());
        previous = at;
    }
}

void tst_HintsCli::defaultsToTheCurrentTime()
{
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const Run run = runHints({"--status", "429", "--header", "Retry-After: 600"});
    const QDateTime after = QDateTime::currentDateTimeUtc();
    QCOMPARE(run.exitCode, 0);

    const QJsonObject actual = QJsonDocument::fromJson(run.out).object();
    const QDateTime notBefore = QDateTime::fromString(
        actual.value(QLatin1String("notBeforeUtc")).toString(), Qt::ISODateWithMs);
    QVERIFY(notBefore.isValid());
    QVERIFY(notBefore >= before.addSecs(600).addMSecs(-1));
    QVERIFY(notBefore <= after.addSecs(600).addMSecs(1));
}

void tst_HintsCli::badArgumentsExitWith2_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("mentions");

    QTest::newRow("no status") << QStringList{"--header", "Retry-After: 1"}
                               << QByteArray("--status");
    QTest::newRow("status not a number")
        << QStringList{"--status", "abc"} << QByteArray("--status");
    QTest::newRow("status out of range") << QStringList{"--status", "42"} << QByteArray("--status");
    QTest::newRow("header without colon")
        << QStringList{"--status", "429", "--header", "Retry-After 5"} << QByteArray("--header");
    QTest::newRow("header without name")
        << QStringList{"--status", "429", "--header", ": 5"} << QByteArray("--header");
    QTest::newRow("header name with a space")
        << QStringList{"--status", "429", "--header", "Retry After: 5"} << QByteArray("--header");
    QTest::newRow("unknown reset format")
        << QStringList{"--status", "429", "--reset-format", "epoch"}
        << QByteArray("--reset-format");
    QTest::newRow("negative ceiling")
        << QStringList{"--status", "429", "--max-server-delay-ms", "-5"}
        << QByteArray("--max-server-delay-ms");
    QTest::newRow("now not a number")
        << QStringList{"--status", "429", "--now", "yesterday"} << QByteArray("--now");
    QTest::newRow("unknown option")
        << QStringList{"--status", "429", "--frobnicate"} << QByteArray("frobnicate");
    QTest::newRow("stray argument")
        << QStringList{"--status", "429", "extra"} << QByteArray("extra");
    QTest::newRow("option without its value") << QStringList{"--status"} << QByteArray("status");
}

void tst_HintsCli::badArgumentsExitWith2()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, mentions);

    const Run run = runHints(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(mentions), run.err.constData());
}

void tst_HintsCli::helpExitsWith0()
{
    const Run run = runHints({"--help"});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("--reset-format"));
    QVERIFY(run.out.contains("--max-server-delay-ms"));
}

QTEST_GUILESS_MAIN(tst_HintsCli)
#include "tst_hintscli.moc"
