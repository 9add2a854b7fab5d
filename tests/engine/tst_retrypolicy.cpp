// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "policy/retrypolicy.h"

#include <QTest>

using namespace bw;

class tst_RetryPolicy : public QObject
{
    Q_OBJECT

private slots:
    void decides_data();
    void decides();
    void parsesRetryOnNames_data();
    void parsesRetryOnNames();
    void roundTripsNames();
};

void tst_RetryPolicy::decides_data()
{
    QTest::addColumn<QStringList>("retryOn");
    QTest::addColumn<int>("outcome");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<bool>("idempotencyKey");
    QTest::addColumn<bool>("refused");
    QTest::addColumn<int>("attempt");
    QTest::addColumn<bool>("expected");

    const QStringList defaults = RetryOn().toNames();
    auto row = [&](const char *tag, QStringList on, Outcome outcome, int status,
                   QByteArray method, bool key, bool refused, int attempt, bool expected) {
        QTest::newRow(tag) << on << int(outcome) << status << method << key << refused << attempt
                           << expected;
    };
    row("503 retried", defaults, Outcome::ServerError, 503, "GET", false, false, 1, true);
    row("500 502 504 retried", defaults, Outcome::ServerError, 502, "GET", false, false, 1, true);
    row("501 not retried", defaults, Outcome::ServerError, 501, "GET", false, false, 1, false);
    row("505 not retried", defaults, Outcome::ServerError, 505, "GET", false, false, 1, false);
    row("429 retried", defaults, Outcome::RateLimited, 429, "GET", false, false, 1, true);
    row("408 retried as timeout", defaults, Outcome::Timeout, 408, "GET", false, false, 1, true);
    row("timeout retried", defaults, Outcome::Timeout, 0, "GET", false, false, 1, true);
    row("network error retried", defaults, Outcome::NetworkError, 0, "GET", false, false, 1, true);
    row("404 not retried", defaults, Outcome::ClientError, 404, "GET", false, false, 1, false);
    row("ok not retried", defaults, Outcome::Ok, 200, "GET", false, false, 1, false);
    row("short-circuit not retried", defaults, Outcome::ShortCircuited, 0, "GET", false, false, 1,
        false);
    row("last attempt", defaults, Outcome::ServerError, 503, "GET", false, false, 4, false);
    row("attempts count the first try", defaults, Outcome::ServerError, 503, "GET", false, false,
        3, true);
    // Bug log #21: a POST that may have reached the server is not resent silently.
    row("POST 503 not retried", defaults, Outcome::ServerError, 503, "POST", false, false, 1,
        false);
    row("PATCH reset not retried", defaults, Outcome::NetworkError, 0, "PATCH", false, false, 1,
        false);
    row("POST with key retried", defaults, Outcome::ServerError, 503, "POST", true, false, 1, true);
    row("POST refused retried", defaults, Outcome::NetworkError, 0, "POST", false, true, 1, true);
    row("PUT retried", defaults, Outcome::ServerError, 503, "PUT", false, false, 1, true);
    row("DELETE retried", defaults, Outcome::Timeout, 0, "DELETE", false, false, 1, true);
    row("custom: only 503", {QStringLiteral("503")}, Outcome::RateLimited, 429, "GET", false,
        false, 1, false);
    row("custom: 5xx covers 501", {QStringLiteral("5xx")}, Outcome::ServerError, 501, "GET", false,
        false, 1, true);
    row("custom: 409 listed", {QStringLiteral("409")}, Outcome::ClientError, 409, "GET", false,
        false, 1, true);
    row("empty list never retries", {}, Outcome::ServerError, 503, "GET", false, false, 1, false);
    row("TLS error never retried", defaults, Outcome::TlsError, 0, "GET", false, false, 1, false);
    row("redirect loop never retried, even with its 3xx listed", {QStringLiteral("302")},
        Outcome::RedirectError, 302, "GET", false, false, 1, false);
}

void tst_RetryPolicy::decides()
{
    QFETCH(QStringList, retryOn);
    QFETCH(int, outcome);
    QFETCH(int, status);
    QFETCH(QByteArray, method);
    QFETCH(bool, idempotencyKey);
    QFETCH(bool, refused);
    QFETCH(int, attempt);
    QFETCH(bool, expected);
    QString error;
    const auto on = RetryOn::fromNames(retryOn, &error);
    QVERIFY2(on.has_value(), qPrintable(error));
    RetryContext c;
    c.outcome = Outcome(outcome);
    c.httpStatus = status;
    c.method = method;
    c.hasIdempotencyKey = idempotencyKey;
    c.connectionRefused = refused;
    c.attempt = attempt;
    c.maxAttempts = 4;
    QString why;
    QCOMPARE(mayRetry(*on, c, &why), expected);
    if (!expected && outcome != int(Outcome::Ok) && outcome != int(Outcome::ShortCircuited))
        QVERIFY(!why.isEmpty());
}

void tst_RetryPolicy::parsesRetryOnNames_data()
{
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<bool>("valid");
    QTest::newRow("defaults") << RetryOn().toNames() << true;
    QTest::newRow("server_error") << QStringList{QStringLiteral("server_error")} << true;
    QTest::newRow("unknown") << QStringList{QStringLiteral("sometimes")} << false;
    QTest::newRow("status out of range") << QStringList{QStringLiteral("99")} << false;
    QTest::newRow("status 600") << QStringList{QStringLiteral("600")} << false;
}

void tst_RetryPolicy::parsesRetryOnNames()
{
    QFETCH(QStringList, names);
    QFETCH(bool, valid);
    QString error;
    QCOMPARE(RetryOn::fromNames(names, &error).has_value(), valid);
    QCOMPARE(error.isEmpty(), valid);
}

void tst_RetryPolicy::roundTripsNames()
{
    QString error;
    QCOMPARE(RetryOn::fromNames(RetryOn().toNames(), &error), RetryOn());
    RetryOn custom;
    custom.anyServerError = true;
    custom.rateLimited = false;
    custom.statuses = {409};
    QCOMPARE(RetryOn::fromNames(custom.toNames(), &error), custom);
}

QTEST_GUILESS_MAIN(tst_RetryPolicy)
#include "tst_retrypolicy.moc"
