// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/prometheus.h"

#include <QTest>

using namespace bw;

namespace {

AttemptRecord record(const QString &endpoint, Outcome outcome, std::chrono::microseconds latency,
                     int attempt = 1, int httpStatus = 200)
{
    AttemptRecord r;
    r.endpointId = endpoint;
    r.outcome = outcome;
    r.latency = latency;
    r.attempt = attempt;
    r.httpStatus = httpStatus;
    return r;
}

/// The value of the one sample line that starts with `series` followed by a space.
QByteArray valueOf(const QByteArray &exposition, const QByteArray &series)
{
    const QByteArray prefix = series + ' ';
    QByteArray found;
    int matches = 0;
    for (const QByteArray &line : exposition.split('\n')) {
        if (line.startsWith(prefix)) {
            found = line.mid(prefix.size());
            ++matches;
        }
    }
    return matches == 1 ? found : QByteArray("<" + QByteArray::number(matches) + " matches>");
}

} // namespace

class tst_Prometheus : public QObject
{
    Q_OBJECT

private slots:
    void countsAttemptsRetriesShortCircuitsAnd429s();
    void startsEveryOutcomeAtZero();
    void histogramBucketsAreCumulative();
    void gaugesFollowTheLatestStatus();
    void escapesLabelValues_data();
    void escapesLabelValues();
    void everyFamilyHasHelpThenTypeBeforeItsSamples();
    void exportsNoErrorTextOrUrl();
    void emptyRegistryStillDescribesItsFamilies();
};

void tst_Prometheus::countsAttemptsRetriesShortCircuitsAnd429s()
{
    PrometheusRegistry registry;
    EngineUpdate first;
    first.records = {record(QStringLiteral("api"), Outcome::Ok, 20ms),
                     record(QStringLiteral("api"), Outcome::RateLimited, 5ms, 1, 429),
                     record(QStringLiteral("api"), Outcome::RateLimited, 5ms, 2, 429)};
    EngineUpdate second;
    second.records = {record(QStringLiteral("api"), Outcome::ShortCircuited, 0ms, 3, 0),
                      record(QStringLiteral("api"), Outcome::Ok, 30ms, 4),
                      record(QStringLiteral("other"), Outcome::ServerError, 1ms, 1, 503)};
    registry.apply(first);
    registry.apply(second);
    const QByteArray text = registry.exposition();

    QCOMPARE(valueOf(text, R"(breakwater_attempts_total{endpoint="api",outcome="ok"})"), "2");
    QCOMPARE(valueOf(text, R"(breakwater_attempts_total{endpoint="api",outcome="rate_limited"})"),
             "2");
    QCOMPARE(valueOf(text,
                     R"(breakwater_attempts_total{endpoint="api",outcome="short_circuited"})"),
             "1");
    QCOMPARE(valueOf(text, R"(breakwater_attempts_total{endpoint="other",outcome="server_error"})"),
             "1");
    QCOMPARE(valueOf(text, R"(breakwater_retries_total{endpoint="api"})"), "3");
    QCOMPARE(valueOf(text, R"(breakwater_retries_total{endpoint="other"})"), "0");
    QCOMPARE(valueOf(text, R"(breakwater_short_circuits_total{endpoint="api"})"), "1");
    QCOMPARE(valueOf(text, R"(breakwater_rate_limited_total{endpoint="api"})"), "2");
    QCOMPARE(valueOf(text, R"(breakwater_rate_limited_total{endpoint="other"})"), "0");
    // The short-circuited attempt sent nothing, so it has no latency to count.
    QCOMPARE(valueOf(text, R"(breakwater_attempt_duration_seconds_count{endpoint="api"})"), "4");
}

void tst_Prometheus::startsEveryOutcomeAtZero()
{
    PrometheusRegistry registry;
    EngineUpdate update;
    update.records = {record(QStringLiteral("api"), Outcome::Ok, 1ms)};
    registry.apply(update);
    const QByteArray text = registry.exposition();
    for (const char *outcome : {"ok", "rate_limited", "server_error", "client_error",
                                "network_error", "timeout", "short_circuited", "tls_error",
                                "redirect_error"}) {
        const QByteArray series =
            QByteArray(R"(breakwater_attempts_total{endpoint="api",outcome=")") + outcome + "\"}";
        QCOMPARE(valueOf(text, series), QByteArray(qstrcmp(outcome, "ok") == 0 ? "1" : "0"));
    }
}

void tst_Prometheus::histogramBucketsAreCumulative()
{
    PrometheusRegistry registry;
    EngineUpdate update;
    // 5 ms sits on a bound and belongs to it (le means "less than or equal").
    update.records = {record(QStringLiteral("api"), Outcome::Ok, 5ms),
                      record(QStringLiteral("api"), Outcome::Ok, 7ms),
                      record(QStringLiteral("api"), Outcome::Ok, 300ms),
                      record(QStringLiteral("api"), Outcome::Timeout, 30s, 1, 0)};
    registry.apply(update);
    const QByteArray text = registry.exposition();
    const auto bucket = [&text](const char *le) {
        const QByteArray prefix =
            R"(breakwater_attempt_duration_seconds_bucket{endpoint="api",le=")";
        return valueOf(text, prefix + le + "\"}");
    };
    QCOMPARE(bucket("0.005"), "1");
    QCOMPARE(bucket("0.01"), "2");
    QCOMPARE(bucket("0.25"), "2");
    QCOMPARE(bucket("0.5"), "3");
    QCOMPARE(bucket("10"), "3");
    QCOMPARE(bucket("+Inf"), "4");
    QCOMPARE(valueOf(text, R"(breakwater_attempt_duration_seconds_count{endpoint="api"})"), "4");
    QCOMPARE(valueOf(text, R"(breakwater_attempt_duration_seconds_sum{endpoint="api"})").toDouble(),
             30.312);

    // Buckets never decrease along le, and +Inf equals _count.
    quint64 previous = 0;
    int buckets = 0;
    for (const QByteArray &line : text.split('\n')) {
        if (!line.startsWith("breakwater_attempt_duration_seconds_bucket{"))
            continue;
        const quint64 value = line.mid(line.lastIndexOf(' ') + 1).toULongLong();
        QVERIFY2(value >= previous, line.constData());
        previous = value;
        ++buckets;
    }
    QCOMPARE(buckets, int(PrometheusRegistry::bucketBounds.size()) + 1);
}

void tst_Prometheus::gaugesFollowTheLatestStatus()
{
    PrometheusRegistry registry;
    EndpointStatus status;
    status.endpointId = QStringLiteral("api");
    status.breaker = BreakerState::Open;
    status.queueDepth = 7;
    status.inFlight = 2;
    status.tokens = 1.5;
    status.currentRate = 4.25;
    status.pausedUntil = WallTime{} + 10s;
    EngineUpdate update;
    update.statuses = {status};
    registry.apply(update);
    QByteArray text = registry.exposition();
    QCOMPARE(valueOf(text, R"(breakwater_breaker_state{endpoint="api"})"), "2");
    QCOMPARE(valueOf(text, R"(breakwater_queue_depth{endpoint="api"})"), "7");
    QCOMPARE(valueOf(text, R"(breakwater_in_flight{endpoint="api"})"), "2");
    QCOMPARE(valueOf(text, R"(breakwater_limiter_tokens{endpoint="api"})"), "1.5");
    QCOMPARE(valueOf(text, R"(breakwater_limiter_rate{endpoint="api"})"), "4.25");
    QCOMPARE(valueOf(text, R"(breakwater_paused{endpoint="api"})"), "1");

    status.breaker = BreakerState::HalfOpen;
    status.queueDepth = 0;
    status.pausedUntil.reset();
    update.statuses = {status};
    registry.apply(update);
    text = registry.exposition();
    QCOMPARE(valueOf(text, R"(breakwater_breaker_state{endpoint="api"})"), "1");
    QCOMPARE(valueOf(text, R"(breakwater_queue_depth{endpoint="api"})"), "0");
    QCOMPARE(valueOf(text, R"(breakwater_paused{endpoint="api"})"), "0");

    status.breaker = BreakerState::Closed;
    update.statuses = {status};
    registry.apply(update);
    QCOMPARE(valueOf(registry.exposition(), R"(breakwater_breaker_state{endpoint="api"})"), "0");
}

void tst_Prometheus::escapesLabelValues_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QByteArray>("escaped");
    QTest::newRow("plain") << QStringLiteral("billing-api.v2") << QByteArray("billing-api.v2");
    QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QByteArray(R"(say \"hi\")");
    QTest::newRow("backslash") << QStringLiteral("a\\b") << QByteArray(R"(a\\b)");
    QTest::newRow("newline") << QStringLiteral("a\nb") << QByteArray(R"(a\nb)");
    QTest::newRow("utf-8") << QStringLiteral("zähler") << QByteArray("z\xc3\xa4hler");
    QTest::newRow("braces and comma") << QStringLiteral("a},b=\"c")
                                      << QByteArray(R"(a},b=\"c)");
}

void tst_Prometheus::escapesLabelValues()
{
    QFETCH(QString, id);
    QFETCH(QByteArray, escaped);
    QCOMPARE(PrometheusRegistry::escapeLabelValue(id), escaped);

    PrometheusRegistry registry;
    EngineUpdate update;
    update.records = {record(id, Outcome::Ok, 1ms)};
    registry.apply(update);
    QCOMPARE(valueOf(registry.exposition(),
                     "breakwater_retries_total{endpoint=\"" + escaped + "\"}"),
             "0");
}

void tst_Prometheus::everyFamilyHasHelpThenTypeBeforeItsSamples()
{
    PrometheusRegistry registry;
    EngineUpdate update;
    update.records = {record(QStringLiteral("a"), Outcome::Ok, 1ms),
                      record(QStringLiteral("b"), Outcome::Timeout, 2s, 2, 0)};
    EndpointStatus status;
    status.endpointId = QStringLiteral("a");
    update.statuses = {status};
    registry.apply(update);
    const QByteArray text = registry.exposition();
    QVERIFY(text.endsWith('\n'));

    const QList<QByteArray> expectedFamilies{
        "breakwater_attempts_total",       "breakwater_retries_total",
        "breakwater_short_circuits_total", "breakwater_rate_limited_total",
        "breakwater_attempt_duration_seconds", "breakwater_breaker_state",
        "breakwater_queue_depth",          "breakwater_in_flight",
        "breakwater_limiter_tokens",       "breakwater_limiter_rate",
        "breakwater_paused"};
    QList<QByteArray> families;
    QByteArray current;
    QByteArray expectLine; // what the next line must be, when it is fixed
    for (const QByteArray &line : text.split('\n')) {
        if (line.isEmpty())
            continue;
        if (!expectLine.isEmpty()) {
            QCOMPARE(line.left(expectLine.size()), expectLine);
            expectLine.clear();
        }
        if (line.startsWith("# HELP ")) {
            current = line.mid(7, line.indexOf(' ', 7) - 7);
            QVERIFY2(!families.contains(current), current.constData());
            families.append(current);
            expectLine = "# TYPE " + current + ' ';
            continue;
        }
        if (line.startsWith('#'))
            continue;
        // A sample belongs to the family announced last; a histogram's samples add a suffix.
        const QByteArray name = line.left(line.indexOf('{'));
        QVERIFY2(name == current || name == current + "_bucket" || name == current + "_sum"
                     || name == current + "_count",
                 line.constData());
    }
    QCOMPARE(families, expectedFamilies);
    QVERIFY(text.contains("# TYPE breakwater_attempt_duration_seconds histogram\n"));
    QVERIFY(text.contains("# TYPE breakwater_attempts_total counter\n"));
    QVERIFY(text.contains("# TYPE breakwater_paused gauge\n"));
}

void tst_Prometheus::exportsNoErrorTextOrUrl()
{
    PrometheusRegistry registry;
    EngineUpdate update;
    AttemptRecord failed = record(QStringLiteral("api"), Outcome::NetworkError, 1ms, 1, 0);
    failed.error = QStringLiteral("connection refused by https://user:hunter2@example.test/");
    update.records = {failed};
    registry.apply(update);
    const QByteArray text = registry.exposition();
    QVERIFY(!text.contains("hunter2"));
    QVERIFY(!text.contains("example.test"));
}

void tst_Prometheus::emptyRegistryStillDescribesItsFamilies()
{
    const QByteArray text = PrometheusRegistry().exposition();
    QCOMPARE(text.count("# HELP "), 11);
    QCOMPARE(text.count("# TYPE "), 11);
    for (const QByteArray &line : text.split('\n'))
        QVERIFY2(line.isEmpty() || line.startsWith('#'), line.constData());
}

QTEST_GUILESS_MAIN(tst_Prometheus)
#include "tst_prometheus.moc"
