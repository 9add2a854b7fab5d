// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipeline/engine.h"
#include "scriptedserver.h"

#include <QTest>

using namespace bw;
using namespace Qt::StringLiterals;

/// The engine against servers that misbehave on purpose (the scripted loopback server): each
/// run is bounded, the engine keeps running, and the outcome is classified, never a crash.
class tst_HostileServers : public QObject
{
    Q_OBJECT

private slots:
    void endsARedirectLoopAfterMaxRedirects();
    void endsARedirectPingPongAfterMaxRedirects();
    void ignoresMalformedRateLimitHeadersOnA200();
    void ignoresAGarbageRetryAfterOnA503();
    void survivesHeaderBytesThatAreNotUtf8();
    void treatsAResetMidChunkedBodyAsNetworkError();
    void cannotTellAResetMidUndelimitedBody();

private:
    struct Run
    {
        QList<AttemptRecord> records;
        QList<EndpointStatus> lastStatuses;
    };
    static Run runEngine(const EndpointConfig &endpoint, Millis duration, int enoughRecords);
    static EndpointConfig endpoint(const QUrl &url);
};

EndpointConfig tst_HostileServers::endpoint(const QUrl &url)
{
    EndpointConfig e;
    e.id = u"hostile"_s;
    e.name = e.id;
    e.url = url;
    e.interval = Millis(60000);
    e.timeout = Millis(3000);
    e.retry.maxAttempts = 1;
    return e;
}

tst_HostileServers::Run tst_HostileServers::runEngine(const EndpointConfig &endpoint,
                                                      Millis duration, int enoughRecords)
{
    SystemClock clock;
    Engine engine(clock);
    Run run;
    connect(&engine, &Engine::updated, &engine, [&run](const EngineUpdate &u) {
        run.records += u.records;
        run.lastStatuses = u.statuses;
    });
    engine.setEndpoints({endpoint});
    engine.start();
    QDeadlineTimer deadline(duration);
    while (!deadline.hasExpired() && run.records.size() < enoughRecords)
        QTest::qWait(50);
    engine.stop(Millis(2000));
    return run;
}

void tst_HostileServers::endsARedirectLoopAfterMaxRedirects()
{
    ScriptedServer server;
    QVERIFY(server.listen().has_value());
    server.setFallback(ScriptedServer::reply(302, {{"Location", "/loop"}}));
    EndpointConfig e = endpoint(server.url(u"/loop"_s));
    e.maxRedirects = 3;
    const Run run = runEngine(e, Millis(5000), 1);
    QCOMPARE(run.records.size(), 1);
    const AttemptRecord &r = run.records.first();
    QCOMPARE(r.outcome, Outcome::RedirectError);
    QCOMPARE(outcomeName(r.outcome), u"redirect_error"_s);
    QCOMPARE(r.errorKind, ErrorKind::Network);
    QCOMPARE(r.networkError, int(QNetworkReply::TooManyRedirectsError));
    QCOMPARE(r.error, u"too many redirects"_s);
    // The first request and three redirects followed; the fourth Location is refused.
    QCOMPARE(server.requestCount(), 4);
}

void tst_HostileServers::endsARedirectPingPongAfterMaxRedirects()
{
    ScriptedServer server;
    QVERIFY(server.listen().has_value());
    for (int i = 0; i < 20; ++i) {
        server.enqueue("/ping", ScriptedServer::reply(307, {{"Location", "/pong"}}));
        server.enqueue("/pong", ScriptedServer::reply(308, {{"Location", "/ping"}}));
    }
    EndpointConfig e = endpoint(server.url(u"/ping"_s));
    e.maxRedirects = 10;
    // Retries allowed and quick, yet a redirect loop is what the server answers every time,
    // so the first attempt is the only one. Two records would mean a retry; 1.5 s leaves
    // dozens of backoff periods for one to show.
    e.retry.maxAttempts = 3;
    e.retry.baseDelay = Millis(10);
    e.retry.maxDelay = Millis(10);
    const Run run = runEngine(e, Millis(1500), 2);
    QCOMPARE(run.records.size(), 1);
    const AttemptRecord &r = run.records.first();
    QCOMPARE(r.attempt, 1);
    QCOMPARE(r.outcome, Outcome::RedirectError);
    QVERIFY(!r.willRetry);
    QCOMPARE(r.networkError, int(QNetworkReply::TooManyRedirectsError));
    QCOMPARE(server.requestCount(), 11); // the first request and ten redirects followed
}

void tst_HostileServers::ignoresMalformedRateLimitHeadersOnA200()
{
    ScriptedServer server;
    QVERIFY(server.listen().has_value());
    server.setFallback(ScriptedServer::reply(
        200,
        {{"RateLimit", "\"default\";r=;t=??, ;;=="},
         {"RateLimit-Policy", "\"default\";q=-5;w=abc"},
         {"Retry-After", "whenever you like"},
         {"X-RateLimit-Limit", "-1"},
         {"X-RateLimit-Remaining", "NaN"},
         {"X-RateLimit-Reset", "999999999999999999999999999999"},
         {"RateLimit-Reset", "-7"}},
        "ok"));
    EndpointConfig e = endpoint(server.url(u"/limits"_s));
    e.interval = Millis(100);
    const Run run = runEngine(e, Millis(3000), 6);
    QVERIFY2(run.records.size() >= 6, qPrintable(QString::number(run.records.size())));
    for (const AttemptRecord &r : run.records) {
        QCOMPARE(r.outcome, Outcome::Ok);
        QVERIFY(!r.retryAfter.has_value());
    }
    QCOMPARE(run.lastStatuses.size(), 1);
    QVERIFY(!run.lastStatuses.first().pausedUntil.has_value());
    QCOMPARE(run.lastStatuses.first().currentRate, 0.0); // no limit learned from garbage
}

void tst_HostileServers::ignoresAGarbageRetryAfterOnA503()
{
    ScriptedServer server;
    QVERIFY(server.listen().has_value());
    server.setFallback(ScriptedServer::reply(
        503, {{"Retry-After", "\xff\xfe tomorrow \x01"}, {"Date", "yesterday"}}));
    EndpointConfig e = endpoint(server.url(u"/busy"_s));
    e.retry.maxAttempts = 2;
    e.retry.baseDelay = Millis(10);
    e.retry.maxDelay = Millis(10);
    const Run run = runEngine(e, Millis(3000), 2);
    QCOMPARE(run.records.size(), 2);
    QCOMPARE(run.records.first().outcome, Outcome::ServerError);
    QVERIFY(!run.records.first().retryAfter.has_value());
    QVERIFY(run.records.first().willRetry); // with the backoff, not with a made-up wait
    QVERIFY(run.records.first().nextDelay <= Millis(10));
}

void tst_HostileServers::survivesHeaderBytesThatAreNotUtf8()
{
    ScriptedServer server;
    QVERIFY(server.listen().has_value());
    ScriptStep step;
    step.bytes = "HTTP/1.1 200 \xc3\x28\xff\r\n"
                 "X-Latin1: caf\xe9\r\n"
                 "X-Broken: \xed\xa0\x80\xf4\x90\x80\x80\xc0\xaf\r\n"
                 "X-Control: a\x01\x7f" "b\r\n"
                 "X-RateLimit-Remaining: \xef\xbc\x95\r\n"
                 "Content-Length: 2\r\n\r\nok";
    server.setFallback(step);
    EndpointConfig e = endpoint(server.url(u"/bytes"_s));
    e.interval = Millis(100);
    const Run run = runEngine(e, Millis(3000), 3);
    QVERIFY(run.records.size() >= 3);
    for (const AttemptRecord &r : run.records) {
        QCOMPARE(r.outcome, Outcome::Ok);
        QCOMPARE(r.httpStatus, 200);
    }
}

void tst_HostileServers::treatsAResetMidChunkedBodyAsNetworkError()
{
    // Chunked bodies announce no length, so the cut must show as a failed transfer.
    ScriptedServer server;
    QVERIFY(server.listen().has_value());
    ScriptStep cut;
    cut.bytes = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                "400\r\n" + QByteArray(0x400, 'x') + "\r\n"
                "400\r\n" + QByteArray(0x400, 'y') + "\r\n0\r\n\r\n";
    cut.stopAfterBytes = 1500;
    cut.ending = StepEnding::Reset;
    server.setFallback(cut);
    const Run run = runEngine(endpoint(server.url(u"/chunked"_s)), Millis(4000), 1);
    QCOMPARE(run.records.size(), 1);
    QCOMPARE(run.records.first().outcome, Outcome::NetworkError);
    QVERIFY2(!run.records.first().error.isEmpty(), "a network error carries a description");
}

void tst_HostileServers::cannotTellAResetMidUndelimitedBody()
{
    // No Content-Length, no chunks: the body runs to the end of the connection. Qt 6.4 ends
    // such a body at any disconnect, a reset included, and reports success: Breakwater cannot
    // tell it from a whole body (README, Known limitations). Qt's socket layer already reads
    // ECONNRESET as an end of stream, so a raw QTcpSocket sees the same "remote host closed"
    // error for a reset and for a FIN; nothing above it can tell them apart. The test records
    // that limit and fails loudly (XPASS) on the day Qt reports the reset.
    ScriptedServer server;
    QVERIFY(server.listen().has_value());
    ScriptStep cut;
    cut.bytes = "HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n" + QByteArray(8000, 'z');
    cut.stopAfterBytes = 3000;
    cut.ending = StepEnding::Reset;
    server.setFallback(cut);
    const Run run = runEngine(endpoint(server.url(u"/undelimited"_s)), Millis(4000), 1);
    QCOMPARE(run.records.size(), 1);
    QEXPECT_FAIL("", "Qt 6.4 reads a reset as the end of a body without a length", Continue);
    QCOMPARE(run.records.first().outcome, Outcome::NetworkError);
}

QTEST_GUILESS_MAIN(tst_HostileServers)
#include "tst_hostileservers.moc"
