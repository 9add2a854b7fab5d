// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Proves the test peers themselves, so that a failing network test points at the engine and
// not at its fixtures. Every peer runs on 127.0.0.1 and is stopped by its destructor.

#include "scriptedserver.h"
#include "testpeers.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace bw;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(bw::StepEnding)

class tst_Peers : public QObject
{
    Q_OBJECT

private slots:
    void nginxLimitsPastTheBurstWithRetryAfter_data();
    void nginxLimitsPastTheBurstWithRetryAfter();
    void nginxServesOkUnlimitedAndLogsEachRequest();
    void httpbinAnswersStatusAndEchoesHeaders();
    void scriptedServerPlaysStepsInOrderAndRecordsRequests();
    void scriptedServerPrefersStepsQueuedForThePath();
    void scriptedServerKeepsTheConnectionAlive();
    void scriptedServerGarbageStatusLineIsANetworkError();
    void scriptedServerCutsTheBodyShort_data();
    void scriptedServerCutsTheBodyShort();
    void scriptedServerDelaysAndTrickles();
    void scriptedServerThatNeverAnswersTimesOut();
    void scriptedServerSurvivesClientsThatHangUp();
};

// Each test gets its own manager so that no pooled connection leaks between peers.
static std::unique_ptr<QNetworkAccessManager> loopbackManager()
{
    auto manager = std::make_unique<QNetworkAccessManager>();
    manager->setProxy(QNetworkProxy::NoProxy);
    return manager;
}

#define START_OR_FAIL(peer)                                                                        \
    do {                                                                                           \
        const auto started = (peer).start();                                                       \
        QVERIFY2(started.has_value(),                                                              \
                 qPrintable(started.has_value() ? QString() : started.error()));                   \
    } while (false)

void tst_Peers::nginxLimitsPastTheBurstWithRetryAfter_data()
{
    QTest::addColumn<int>("rate");
    QTest::addColumn<int>("burst");
    QTest::addColumn<int>("retryAfter");

    QTest::newRow("defaults 5r/s burst 2") << 5 << 2 << 1;
    QTest::newRow("1r/s no burst") << 1 << 0 << 7;
}

void tst_Peers::nginxLimitsPastTheBurstWithRetryAfter()
{
    if (!NginxPeer::isAvailable()) {
        QSKIP("nginx is not installed at /usr/sbin/nginx (Debian package nginx-light)");
    }
    QFETCH(int, rate);
    QFETCH(int, burst);
    QFETCH(int, retryAfter);

    NginxPeer nginx({.ratePerSecond = rate, .burst = burst, .retryAfterSeconds = retryAfter});
    START_OR_FAIL(nginx);
    auto manager = loopbackManager();

    int admitted = 0;
    FetchResult limited;
    for (int i = 0; i < 20 && limited.status == 0; ++i) {
        const FetchResult reply = fetch(*manager, QNetworkRequest(nginx.url(u"/limited"_s)));
        if (reply.status == 429) {
            limited = reply;
        } else {
            QCOMPARE(reply.status, 200);
            QCOMPARE(reply.body, QByteArray("limited\n"));
            ++admitted;
        }
    }

    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.header("Retry-After"), QByteArray::number(retryAfter));
    // Requests go out back to back, so at least the first one and the whole burst get in.
    QVERIFY2(admitted >= burst + 1, qPrintable(QString::number(admitted)));
    QTRY_VERIFY_WITH_TIMEOUT(std::ranges::any_of(nginx.accessLog(),
                                                 [](const NginxLogEntry &entry) {
                                                     return entry.status == 429
                                                            && entry.uri == "/limited";
                                                 }),
                             2000);
}

void tst_Peers::nginxServesOkUnlimitedAndLogsEachRequest()
{
    if (!NginxPeer::isAvailable()) {
        QSKIP("nginx is not installed at /usr/sbin/nginx (Debian package nginx-light)");
    }
    NginxPeer nginx;
    START_OR_FAIL(nginx);
    auto manager = loopbackManager();
    // Start-up polled /ok; only the requests below matter.
    QTRY_VERIFY_WITH_TIMEOUT(!nginx.accessLog().isEmpty(), 2000);
    const qsizetype before = nginx.accessLog().size();

    constexpr int count = 10;
    const WallTime first = std::chrono::system_clock::now();
    for (int i = 0; i < count; ++i) {
        QNetworkRequest request(nginx.url(u"/ok?n=%1"_s.arg(i)));
        request.setRawHeader("X-Request-Id", "peer-" + QByteArray::number(i));
        request.setRawHeader("Idempotency-Key", "key-" + QByteArray::number(i));
        const FetchResult reply = fetch(*manager, request);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body, QByteArray("ok\n"));
    }
    const WallTime last = std::chrono::system_clock::now();

    QTRY_COMPARE_WITH_TIMEOUT(nginx.accessLog().size(), before + count, 2000);
    const QList<NginxLogEntry> entries = nginx.accessLog().mid(before);
    bool sawMilliseconds = false;
    for (int i = 0; i < count; ++i) {
        const NginxLogEntry &entry = entries[i];
        QCOMPARE(entry.status, 200);
        QCOMPARE(entry.method, QByteArray("GET"));
        QCOMPARE(entry.uri, "/ok?n=" + QByteArray::number(i));
        QCOMPARE(entry.requestId, "peer-" + QByteArray::number(i));
        QCOMPARE(entry.idempotencyKey, "key-" + QByteArray::number(i));
        // nginx stamps the end of the request; allow a little slack for rounding to ms.
        QVERIFY(entry.time >= first - 5ms && entry.time <= last + 5ms);
        if (i > 0) {
            QVERIFY(entry.time >= entries[i - 1].time);
        }
        sawMilliseconds = sawMilliseconds || std::fmod(entry.epochSeconds, 1.0) > 0.0;
    }
    // Ten stamps all on whole seconds would mean the parser dropped the fraction.
    QVERIFY(sawMilliseconds);
}

void tst_Peers::httpbinAnswersStatusAndEchoesHeaders()
{
    if (!HttpbinPeer::isAvailable()) {
        QSKIP("/usr/bin/python3 cannot import httpbin (Debian package python3-httpbin)");
    }
    HttpbinPeer httpbin;
    START_OR_FAIL(httpbin);
    auto manager = loopbackManager();

    const FetchResult unavailable = fetch(*manager, QNetworkRequest(httpbin.url(u"/status/503"_s)));
    QCOMPARE(unavailable.status, 503);

    const FetchResult echoed
        = fetch(*manager, QNetworkRequest(httpbin.url(u"/response-headers?Retry-After=7"_s)));
    QCOMPARE(echoed.status, 200);
    QCOMPARE(echoed.header("Retry-After"), QByteArray("7"));
}

void tst_Peers::scriptedServerPlaysStepsInOrderAndRecordsRequests()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    const WallTime retryAt = std::chrono::sys_days{std::chrono::year{2026} / 8 / 20} + 9h;
    server.enqueue(
        ScriptedServer::reply(503, {{"Retry-After", ScriptedServer::httpDate(retryAt)}}));
    server.enqueue(ScriptedServer::reply(429, {{"Retry-After", "2"}}));
    server.enqueue(ScriptedServer::reply(201, {{"X-Step", "3"}}, "third"));
    QSignalSpy received(&server, &ScriptedServer::requestReceived);
    auto manager = loopbackManager();

    const WallTime before = std::chrono::system_clock::now();
    QList<FetchResult> replies;
    for (int i = 0; i < 3; ++i) {
        QNetworkRequest request(server.url(u"/hook?attempt=%1"_s.arg(i + 1)));
        request.setRawHeader("X-Request-Id", "delivery-7");
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        replies.append(
            fetch(*manager, request, 5s, "POST", "{\"n\":" + QByteArray::number(i) + "}"));
    }
    const WallTime after = std::chrono::system_clock::now();

    QCOMPARE(replies[0].status, 503);
    QCOMPARE(replies[0].header("Retry-After"), QByteArray("Thu, 20 Aug 2026 09:00:00 GMT"));
    QCOMPARE(replies[1].status, 429);
    QCOMPARE(replies[1].header("Retry-After"), QByteArray("2"));
    QCOMPARE(replies[2].status, 201);
    QCOMPARE(replies[2].body, QByteArray("third"));
    QCOMPARE(server.pendingSteps(), 0);

    QCOMPARE(received.count(), 3);
    const QList<RecordedRequest> requests = server.requests();
    QCOMPARE(requests.size(), 3);
    for (int i = 0; i < 3; ++i) {
        const RecordedRequest &request = requests[i];
        QCOMPARE(received[i].first().toInt(), i);
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path, QByteArray("/hook"));
        QCOMPARE(request.target, "/hook?attempt=" + QByteArray::number(i + 1));
        QCOMPARE(request.header("x-request-id"), QByteArray("delivery-7"));
        QCOMPARE(request.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(request.body, "{\"n\":" + QByteArray::number(i) + "}");
        QVERIFY(request.receivedAt >= before && request.receivedAt <= after);
    }
}

void tst_Peers::scriptedServerPrefersStepsQueuedForThePath()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    server.enqueue(ScriptedServer::reply(500));
    server.enqueue("/special", ScriptedServer::reply(202));
    auto manager = loopbackManager();

    QCOMPARE(fetch(*manager, QNetworkRequest(server.url(u"/special?x=1"_s))).status, 202);
    QCOMPARE(fetch(*manager, QNetworkRequest(server.url(u"/special"_s))).status, 500);
    // Both queues are used up: the fallback answers.
    QCOMPARE(fetch(*manager, QNetworkRequest(server.url(u"/special"_s))).status, 200);
}

void tst_Peers::scriptedServerKeepsTheConnectionAlive()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    auto manager = loopbackManager();

    for (int i = 0; i < 3; ++i) {
        QCOMPARE(fetch(*manager, QNetworkRequest(server.url())).status, 200);
    }
    QCOMPARE(server.connectionCount(), 1);
    QCOMPARE(server.requests().last().connection, 1);
}

void tst_Peers::scriptedServerGarbageStatusLineIsANetworkError()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    // Qt 6.4 drops the connection on a status line it cannot parse and silently sends the
    // request again (four requests in all here), so every answer must be garbage.
    server.setFallback(
        ScriptStep{.bytes = "NONSENSE banana 42\r\nX: y\r\n\r\nbody", .ending = StepEnding::Close});
    auto manager = loopbackManager();

    const FetchResult broken = fetch(*manager, QNetworkRequest(server.url(u"/garbage"_s)));
    QVERIFY2(broken.error != QNetworkReply::NoError, qPrintable(broken.errorString));
    QCOMPARE(broken.status, 0);
    QVERIFY(!broken.timedOut);
    QVERIFY(server.requestCount() >= 1);

    // The server is still there for the next request.
    server.setFallback(ScriptedServer::reply(200));
    QCOMPARE(fetch(*manager, QNetworkRequest(server.url(u"/after"_s))).status, 200);
    QCOMPARE(server.requests().last().path, QByteArray("/after"));
}

void tst_Peers::scriptedServerCutsTheBodyShort_data()
{
    QTest::addColumn<StepEnding>("ending");

    QTest::newRow("close") << StepEnding::Close;
    QTest::newRow("reset") << StepEnding::Reset;
}

void tst_Peers::scriptedServerCutsTheBodyShort()
{
    QFETCH(StepEnding, ending);
    ScriptedServer server;
    QVERIFY(server.listen());
    const QByteArray full = ScriptedServer::response(200, {}, QByteArray(4000, 'x'));
    const qsizetype headerBytes = full.indexOf("\r\n\r\n") + 4;
    server.enqueue(
        ScriptStep{.bytes = full, .stopAfterBytes = headerBytes + 1000, .ending = ending});
    auto manager = loopbackManager();

    const FetchResult cut = fetch(*manager, QNetworkRequest(server.url(u"/cut"_s)));
    QVERIFY(!cut.timedOut);
    QCOMPARE(cut.header("Content-Length"), QByteArray("4000"));
    QCOMPARE(cut.body.size(), 1000);
    // Qt 6.4 reports the FIN as RemoteHostClosedError, but after an RST it usually finishes
    // the reply with NoError and the short body: only Content-Length tells the two apart.
    if (ending == StepEnding::Close) {
        QCOMPARE(cut.error, QNetworkReply::RemoteHostClosedError);
    }
    QCOMPARE(fetch(*manager, QNetworkRequest(server.url(u"/after"_s))).status, 200);
}

void tst_Peers::scriptedServerDelaysAndTrickles()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    const QByteArray body(200, 'b');
    server.enqueue(ScriptStep{.bytes = ScriptedServer::response(200, {}, body),
                              .delay = 150ms,
                              .trickleBytes = 40,
                              .trickleInterval = 10ms});
    auto manager = loopbackManager();

    QElapsedTimer elapsed;
    elapsed.start();
    const FetchResult slow = fetch(*manager, QNetworkRequest(server.url(u"/slow"_s)));
    QCOMPARE(slow.status, 200);
    QCOMPARE(slow.body, body);
    QVERIFY2(elapsed.elapsed() >= 150, qPrintable(QString::number(elapsed.elapsed())));
}

void tst_Peers::scriptedServerThatNeverAnswersTimesOut()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    server.enqueue(ScriptStep{.bytes = {}, .respond = false});
    auto manager = loopbackManager();

    const FetchResult silent = fetch(*manager, QNetworkRequest(server.url(u"/silent"_s)), 300ms);
    QCOMPARE(silent.status, 0);
    QVERIFY(silent.error != QNetworkReply::NoError);
    QCOMPARE(server.requestCount(), 1);
}

void tst_Peers::scriptedServerSurvivesClientsThatHangUp()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    server.enqueue(ScriptStep{.bytes = ScriptedServer::response(200, {}, "late"), .delay = 300ms});
    server.enqueue(ScriptStep{.bytes = ScriptedServer::response(200, {}, QByteArray(2000, 't')),
                              .trickleBytes = 1,
                              .trickleInterval = 10ms});
    auto manager = loopbackManager();

    // Both clients give up while the server is still waiting or writing.
    QVERIFY(fetch(*manager, QNetworkRequest(server.url(u"/delayed"_s)), 100ms).status == 0);
    QVERIFY(fetch(*manager, QNetworkRequest(server.url(u"/trickle"_s)), 100ms).body.size() < 2000);
    {
        QTcpSocket half;
        half.connectToHost(QHostAddress::LocalHost, server.port());
        QVERIFY(half.waitForConnected(2000));
        half.write("POST /half HTTP/1.1\r\nContent-Length: 100\r\n\r\nonly part");
        QVERIFY(half.waitForBytesWritten(2000));
    }
    // Let the delay timer fire on its closed connection.
    QTest::qWait(400);

    QCOMPARE(fetch(*manager, QNetworkRequest(server.url(u"/after"_s))).status, 200);
    QCOMPARE(server.requests().last().path, QByteArray("/after"));
}

QTEST_GUILESS_MAIN(tst_Peers)
#include "tst_peers.moc"
