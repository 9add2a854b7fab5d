// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "policy/outcome.h"

#include <QTest>

using namespace bw;

class tst_Outcome : public QObject
{
    Q_OBJECT

private slots:
    void namesAreStable_data();
    void namesAreStable();
    void classifiesReplies_data();
    void classifiesReplies();
    void breakerSeesOnlyServerHealth_data();
    void breakerSeesOnlyServerHealth();
    void statusesReachTheBreakerAsExpected_data();
    void statusesReachTheBreakerAsExpected();
    void retriesOnlyTransientOutcomes_data();
    void retriesOnlyTransientOutcomes();
};

void tst_Outcome::namesAreStable_data()
{
    QTest::addColumn<Outcome>("outcome");
    QTest::addColumn<QString>("name");

    QTest::newRow("ok") << Outcome::Ok << "ok";
    QTest::newRow("rate limited") << Outcome::RateLimited << "rate_limited";
    QTest::newRow("server error") << Outcome::ServerError << "server_error";
    QTest::newRow("client error") << Outcome::ClientError << "client_error";
    QTest::newRow("network error") << Outcome::NetworkError << "network_error";
    QTest::newRow("timeout") << Outcome::Timeout << "timeout";
    QTest::newRow("short circuited") << Outcome::ShortCircuited << "short_circuited";
    QTest::newRow("tls error") << Outcome::TlsError << "tls_error";
    QTest::newRow("redirect error") << Outcome::RedirectError << "redirect_error";
}

void tst_Outcome::namesAreStable()
{
    QFETCH(Outcome, outcome);
    QFETCH(QString, name);

    QCOMPARE(outcomeName(outcome), name);
    QCOMPARE(outcomeFromName(name), std::optional<Outcome>(outcome));
    QCOMPARE(outcomeFromName(u"no_such_outcome"), std::nullopt);
}

void tst_Outcome::classifiesReplies_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QNetworkReply::NetworkError>("error");
    QTest::addColumn<bool>("timedOut");
    QTest::addColumn<Outcome>("expected");

    using E = QNetworkReply::NetworkError;
    QTest::newRow("200") << 200 << E::NoError << false << Outcome::Ok;
    QTest::newRow("204") << 204 << E::NoError << false << Outcome::Ok;
    QTest::newRow("101") << 101 << E::NoError << false << Outcome::Ok;
    QTest::newRow("304 not modified") << 304 << E::NoError << false << Outcome::Ok;
    QTest::newRow("302 not followed") << 302 << E::NoError << false << Outcome::Ok;

    QTest::newRow("429") << 429 << E::UnknownContentError << false << Outcome::RateLimited;
    QTest::newRow("429 without error") << 429 << E::NoError << false << Outcome::RateLimited;
    QTest::newRow("408 is a timeout") << 408 << E::UnknownContentError << false << Outcome::Timeout;

    QTest::newRow("500") << 500 << E::InternalServerError << false << Outcome::ServerError;
    QTest::newRow("501") << 501 << E::OperationNotImplementedError << false << Outcome::ServerError;
    QTest::newRow("502") << 502 << E::UnknownServerError << false << Outcome::ServerError;
    QTest::newRow("503") << 503 << E::ServiceUnavailableError << false << Outcome::ServerError;
    QTest::newRow("599") << 599 << E::UnknownServerError << false << Outcome::ServerError;
    QTest::newRow("503 then reset mid-body")
        << 503 << E::RemoteHostClosedError << false << Outcome::ServerError;

    QTest::newRow("400") << 400 << E::ProtocolInvalidOperationError << false
                         << Outcome::ClientError;
    QTest::newRow("401") << 401 << E::AuthenticationRequiredError << false << Outcome::ClientError;
    QTest::newRow("403") << 403 << E::ContentAccessDenied << false << Outcome::ClientError;
    QTest::newRow("404") << 404 << E::ContentNotFoundError << false << Outcome::ClientError;
    QTest::newRow("407") << 407 << E::ProxyAuthenticationRequiredError << false
                         << Outcome::ClientError;
    QTest::newRow("409") << 409 << E::ContentConflictError << false << Outcome::ClientError;
    QTest::newRow("410") << 410 << E::ContentGoneError << false << Outcome::ClientError;
    QTest::newRow("422") << 422 << E::UnknownContentError << false << Outcome::ClientError;

    // An error that only restates a status never overrides a success status.
    QTest::newRow("200 with echoed content error")
        << 200 << E::ContentNotFoundError << false << Outcome::Ok;
    QTest::newRow("200 with echoed server error")
        << 200 << E::InternalServerError << false << Outcome::Ok;
    QTest::newRow("200 then reset")
        << 200 << E::RemoteHostClosedError << false << Outcome::NetworkError;
    QTest::newRow("200 then malformed body")
        << 200 << E::ProtocolFailure << false << Outcome::NetworkError;
    QTest::newRow("200 then cancelled by user")
        << 200 << E::OperationCanceledError << false << Outcome::NetworkError;

    QTest::newRow("refused") << 0 << E::ConnectionRefusedError << false << Outcome::NetworkError;
    QTest::newRow("closed") << 0 << E::RemoteHostClosedError << false << Outcome::NetworkError;
    QTest::newRow("dns") << 0 << E::HostNotFoundError << false << Outcome::NetworkError;
    QTest::newRow("proxy refused")
        << 0 << E::ProxyConnectionRefusedError << false << Outcome::NetworkError;
    QTest::newRow("malformed status line")
        << 0 << E::ProtocolFailure << false << Outcome::NetworkError;
    QTest::newRow("status out of range") << 600 << E::NoError << false << Outcome::NetworkError;
    QTest::newRow("no status, no error") << 0 << E::NoError << false << Outcome::NetworkError;
    QTest::newRow("cancelled, not by deadline")
        << 0 << E::OperationCanceledError << false << Outcome::NetworkError;
    QTest::newRow("qt transfer timeout") << 0 << E::TimeoutError << false << Outcome::Timeout;

    QTest::newRow("TLS handshake") << 0 << E::SslHandshakeFailedError << false
                                   << Outcome::TlsError;
    QTest::newRow("redirect loop, last 302")
        << 302 << E::TooManyRedirectsError << false << Outcome::RedirectError;
    QTest::newRow("redirect to http")
        << 301 << E::InsecureRedirectError << false << Outcome::RedirectError;
    QTest::newRow("redirect loop, no status")
        << 0 << E::TooManyRedirectsError << false << Outcome::RedirectError;
    QTest::newRow("deadline during the handshake")
        << 0 << E::OperationCanceledError << true << Outcome::Timeout;

    QTest::newRow("deadline, no status")
        << 0 << E::OperationCanceledError << true << Outcome::Timeout;
    QTest::newRow("deadline after 200 headers")
        << 200 << E::OperationCanceledError << true << Outcome::Timeout;
    QTest::newRow("deadline after 503 headers")
        << 503 << E::OperationCanceledError << true << Outcome::Timeout;
}

void tst_Outcome::classifiesReplies()
{
    QFETCH(int, status);
    QFETCH(QNetworkReply::NetworkError, error);
    QFETCH(bool, timedOut);
    QFETCH(Outcome, expected);

    QCOMPARE(classifyReply(status, error, timedOut), expected);
}

void tst_Outcome::breakerSeesOnlyServerHealth_data()
{
    QTest::addColumn<Outcome>("outcome");
    QTest::addColumn<CallVerdict>("verdict");

    QTest::newRow("ok") << Outcome::Ok << CallVerdict::Success;
    QTest::newRow("server error") << Outcome::ServerError << CallVerdict::Failure;
    QTest::newRow("network error") << Outcome::NetworkError << CallVerdict::Failure;
    QTest::newRow("timeout") << Outcome::Timeout << CallVerdict::Failure;
    // Bug log #20: back-pressure must not open the breaker of the busiest endpoint.
    QTest::newRow("#20 rate limited") << Outcome::RateLimited << CallVerdict::Neutral;
    // Bug log #14: bad input or an expired token says nothing about the server.
    QTest::newRow("#14 client error") << Outcome::ClientError << CallVerdict::Neutral;
    QTest::newRow("short circuited") << Outcome::ShortCircuited << CallVerdict::Neutral;
    // Not transient, but the endpoint gives nothing usable: the breaker opens and its
    // half-open probes notice the fix.
    QTest::newRow("tls error") << Outcome::TlsError << CallVerdict::Failure;
    QTest::newRow("redirect error") << Outcome::RedirectError << CallVerdict::Failure;
}

void tst_Outcome::breakerSeesOnlyServerHealth()
{
    QFETCH(Outcome, outcome);
    QFETCH(CallVerdict, verdict);

    QCOMPARE(breakerVerdict(outcome), verdict);
}

void tst_Outcome::statusesReachTheBreakerAsExpected_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<CallVerdict>("verdict");

    QTest::newRow("200") << 200 << CallVerdict::Success;
    QTest::newRow("#14 400 bad input") << 400 << CallVerdict::Neutral;
    QTest::newRow("#14 401 expired token") << 401 << CallVerdict::Neutral;
    QTest::newRow("#14 404") << 404 << CallVerdict::Neutral;
    QTest::newRow("#14 422") << 422 << CallVerdict::Neutral;
    QTest::newRow("#20 429") << 429 << CallVerdict::Neutral;
    QTest::newRow("408 counts as a timeout") << 408 << CallVerdict::Failure;
    QTest::newRow("500") << 500 << CallVerdict::Failure;
    QTest::newRow("503") << 503 << CallVerdict::Failure;
}

void tst_Outcome::statusesReachTheBreakerAsExpected()
{
    QFETCH(int, status);
    QFETCH(CallVerdict, verdict);

    const auto error = status >= 400 ? QNetworkReply::UnknownContentError : QNetworkReply::NoError;
    QCOMPARE(breakerVerdict(classifyReply(status, error, false)), verdict);
}

void tst_Outcome::retriesOnlyTransientOutcomes_data()
{
    QTest::addColumn<Outcome>("outcome");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("retryable");

    QTest::newRow("network error") << Outcome::NetworkError << 0 << true;
    QTest::newRow("timeout") << Outcome::Timeout << 0 << true;
    QTest::newRow("408") << Outcome::Timeout << 408 << true;
    QTest::newRow("429") << Outcome::RateLimited << 429 << true;
    QTest::newRow("500") << Outcome::ServerError << 500 << true;
    QTest::newRow("502") << Outcome::ServerError << 502 << true;
    QTest::newRow("503") << Outcome::ServerError << 503 << true;
    QTest::newRow("504") << Outcome::ServerError << 504 << true;
    QTest::newRow("501 not implemented") << Outcome::ServerError << 501 << false;
    QTest::newRow("505 version") << Outcome::ServerError << 505 << false;
    QTest::newRow("507 storage") << Outcome::ServerError << 507 << false;
    QTest::newRow("400") << Outcome::ClientError << 400 << false;
    QTest::newRow("404") << Outcome::ClientError << 404 << false;
    QTest::newRow("ok") << Outcome::Ok << 200 << false;
    QTest::newRow("short circuited") << Outcome::ShortCircuited << 0 << false;
    QTest::newRow("tls error") << Outcome::TlsError << 0 << false;
    QTest::newRow("redirect error") << Outcome::RedirectError << 302 << false;
}

void tst_Outcome::retriesOnlyTransientOutcomes()
{
    QFETCH(Outcome, outcome);
    QFETCH(int, status);
    QFETCH(bool, retryable);

    QCOMPARE(isRetryableByDefault(outcome, status), retryable);
}

QTEST_GUILESS_MAIN(tst_Outcome)
#include "tst_outcome.moc"
