// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demoserver.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QTcpSocket>
#include <QTest>
#include <QThread>

#include <memory>

using namespace bw;

namespace {

struct Fetched
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QByteArray retryAfter;
    QByteArray date;
    QByteArray connection;
    qint64 elapsedMs = 0;
};

} // namespace

class tst_DemoServer : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void healthyAnswersOkOnOneKeptAliveConnection();
    void rateLimitedAnswers429WithRetryAfterAfterABurst();
    void slowIsSlowInASlowWindowAndQuickInAFastOne();
    void flakyFailsMostlyDuringItsBurstOnly();
    void sinkAcceptsPostsAndThrottlesABurst();
    void unknownPathIsNotFound();
    void wrongMethodIsNotAllowed();
    void oversizedHeaderClosesTheConnection();
    void malformedRequestGetsAnErrorAndTheClose_data();
    void malformedRequestGetsAnErrorAndTheClose();
    void requestsSentTogetherAreAnsweredInTurn();
    void peerLeavingBeforeTheReplyIsCountedAsAbandoned();
    void closedPortRefusesConnections();
    void schedulesHaveTheDocumentedShape();
    void demoConfigHasBothPlaceholders();
    void demoConfigFitsTheSchedules();

private:
    QUrl url(const char *path) const;
    /// Writes `bytes` on a fresh raw connection and returns all that comes back until the
    /// server closes or `expectedReplies` status lines have arrived.
    QByteArray exchangeRaw(const QByteArray &bytes, int expectedReplies);
    /// Sends `count` identical requests at once and waits for all of them.
    QList<Fetched> fetch(const QUrl &target, int count = 1, const QByteArray &verb = "GET");
    static QJsonObject demoConfig();

    QThread *m_thread = nullptr;
    DemoServer *m_server = nullptr;
    std::unique_ptr<QNetworkAccessManager> m_manager;
};

void tst_DemoServer::init()
{
    // As in the app: no parent, listen, then its own thread.
    m_thread = new QThread;
    m_server = new DemoServer;
    QVERIFY(m_server->listen());
    QVERIFY(m_server->port() != 0);
    m_server->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_server, &QObject::deleteLater);
    m_thread->start();

    m_manager = std::make_unique<QNetworkAccessManager>();
    m_manager->setProxy(QNetworkProxy::NoProxy);
}

void tst_DemoServer::cleanup()
{
    m_manager.reset();
    m_thread->quit();
    QVERIFY(m_thread->wait(5000));
    delete m_thread;
    m_thread = nullptr;
    m_server = nullptr;
}

QUrl tst_DemoServer::url(const char *path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server->port()).arg(path));
}

QList<Fetched> tst_DemoServer::fetch(const QUrl &target, int count, const QByteArray &verb)
{
    QList<Fetched> results(count);
    int finished = 0;
    for (int i = 0; i < count; ++i) {
        QNetworkRequest request(target);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        const QByteArray body = verb == "POST" ? QByteArrayLiteral("{\"n\":1}") : QByteArray();
        QNetworkReply *reply = m_manager->sendCustomRequest(request, verb, body);
        auto timer = std::make_shared<QElapsedTimer>();
        timer->start();
        connect(reply, &QNetworkReply::finished, reply, [&results, &finished, reply, timer, i] {
            Fetched &f = results[i];
            f.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            f.error = reply->error();
            f.body = reply->readAll();
            f.retryAfter = reply->rawHeader("Retry-After");
            f.date = reply->rawHeader("Date");
            f.connection = reply->rawHeader("Connection");
            f.elapsedMs = timer->elapsed();
            ++finished;
            reply->deleteLater();
        });
    }
    if (!QTest::qWaitFor([&] { return finished == count; }, 8000)) {
        // Abort what is left, so that no finished() touches these locals after we return;
        // the aborted entries carry OperationCanceledError and fail the caller's checks.
        const auto replies = m_manager->findChildren<QNetworkReply *>();
        for (QNetworkReply *reply : replies)
            reply->abort();
    }
    return results;
}

QByteArray tst_DemoServer::exchangeRaw(const QByteArray &bytes, int expectedReplies)
{
    QTcpSocket socket;
    socket.setProxy(QNetworkProxy::NoProxy);
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    if (!socket.waitForConnected(3000))
        return {};
    socket.write(bytes);
    QByteArray received;
    const bool settled = QTest::qWaitFor(
        [&] {
            received += socket.readAll();
            return socket.state() == QAbstractSocket::UnconnectedState
                   || received.count("HTTP/1.1 ") >= expectedReplies;
        },
        5000);
    // A marker rather than silence, so that the caller's check prints what went wrong.
    return settled ? received + socket.readAll() : "(no reply within 5 s) " + received;
}

QJsonObject tst_DemoServer::demoConfig()
{
    QFile file(QFINDTESTDATA("../../resources/demo/demo.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray text = file.readAll();
    text.replace("${DEMO_PORT}", "18080").replace("${DOWN_PORT}", "18081");
    return QJsonDocument::fromJson(text).object();
}

void tst_DemoServer::healthyAnswersOkOnOneKeptAliveConnection()
{
    for (int i = 0; i < 5; ++i) {
        const Fetched f = fetch(url("/healthy")).first();
        QCOMPARE(f.error, QNetworkReply::NoError);
        QCOMPARE(f.status, 200);
        QCOMPARE(QJsonDocument::fromJson(f.body).object().value("route").toString(), "healthy");
        QCOMPARE(f.connection, QByteArray("keep-alive"));

        QDateTime date = QLocale::c().toDateTime(QString::fromLatin1(f.date),
                                                 QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
        QVERIFY2(date.isValid(), f.date.constData());
        date.setTimeSpec(Qt::UTC);
        QVERIFY(qAbs(date.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    }
    QCOMPARE(m_server->connectionsAccepted(), quint64(1));
    const auto counters = m_server->counters(DemoServer::Route::Healthy);
    QCOMPARE(counters.received, quint64(5));
    QCOMPARE(counters.served, quint64(5));
    QCOMPARE(counters.byStatus.value(200), quint64(5));
}

void tst_DemoServer::rateLimitedAnswers429WithRetryAfterAfterABurst()
{
    const QList<Fetched> results = fetch(url("/ratelimited"), 5);
    int ok = 0;
    int tooMany = 0;
    for (const Fetched &f : results) {
        if (f.status == 200) {
            ++ok;
        } else {
            QCOMPARE(f.status, 429);
            QCOMPARE(f.retryAfter, QByteArray("2"));
            const QJsonObject body = QJsonDocument::fromJson(f.body).object();
            QCOMPARE(body.value("retryAfterSeconds").toInt(), 2);
            ++tooMany;
        }
    }
    // The bucket holds 2 tokens and refills 2/s: the burst of 5 arrives within milliseconds.
    QVERIFY2(ok >= 1 && ok <= 3, qPrintable(QString::number(ok)));
    QVERIFY(tooMany >= 2);
    QCOMPARE(m_server->counters(DemoServer::Route::RateLimited).byStatus.value(429),
             quint64(tooMany));
}

void tst_DemoServer::slowIsSlowInASlowWindowAndQuickInAFastOne()
{
    // The server has just started, so it is in the first window, a slow one.
    const Fetched slow = fetch(url("/slow")).first();
    QCOMPARE(slow.status, 200);
    QVERIFY2(slow.elapsedMs > 2000, qPrintable(QString::number(slow.elapsedMs)));

    m_server->setTimeShift(DemoServer::slowWindow);
    const Fetched quick = fetch(url("/slow")).first();
    QCOMPARE(quick.status, 200);
    QVERIFY2(quick.elapsedMs < 1000, qPrintable(QString::number(quick.elapsedMs)));
}

void tst_DemoServer::flakyFailsMostlyDuringItsBurstOnly()
{
    // At 3% each, 6 or more failures of 10 outside the burst has a chance of about 1e-7.
    const QList<Fetched> calm = fetch(url("/flaky"), 10);
    int calmOk = 0;
    for (const Fetched &f : calm)
        calmOk += f.status == 200;
    QVERIFY2(calmOk >= 5, qPrintable(QString::number(calmOk)));

    // At 80% each, no 503 at all among 10 has a chance of 1e-7.
    m_server->setTimeShift(DemoServer::flakyBurstStart);
    const QList<Fetched> burst = fetch(url("/flaky"), 10);
    int unavailable = 0;
    for (const Fetched &f : burst) {
        QVERIFY(f.status == 200 || f.status == 503);
        if (f.status == 503) {
            QVERIFY(f.retryAfter.isEmpty());
            ++unavailable;
        }
    }
    QVERIFY(unavailable >= 1);
}

void tst_DemoServer::sinkAcceptsPostsAndThrottlesABurst()
{
    for (int i = 0; i < 3; ++i)
        QCOMPARE(fetch(url("/sink"), 1, "POST").first().status, 202);

    const QList<Fetched> burst = fetch(url("/sink"), 8, "POST");
    int throttled = 0;
    for (const Fetched &f : burst) {
        QVERIFY(f.status == 202 || f.status == 429);
        if (f.status == 429) {
            QCOMPARE(f.retryAfter, QByteArray("1"));
            ++throttled;
        }
    }
    QVERIFY(throttled >= 1);
    QCOMPARE(m_server->counters(DemoServer::Route::Sink).received, quint64(11));
}

void tst_DemoServer::unknownPathIsNotFound()
{
    const Fetched f = fetch(url("/nowhere?x=1")).first();
    QCOMPARE(f.status, 404);
    QCOMPARE(m_server->counters(DemoServer::Route::Unknown).byStatus.value(404), quint64(1));
}

void tst_DemoServer::wrongMethodIsNotAllowed()
{
    QCOMPARE(fetch(url("/healthy"), 1, "POST").first().status, 405);
    QCOMPARE(fetch(url("/sink"), 1, "GET").first().status, 405);
}

void tst_DemoServer::oversizedHeaderClosesTheConnection()
{
    QTcpSocket socket;
    socket.setProxy(QNetworkProxy::NoProxy);
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    QVERIFY(socket.waitForConnected(3000));
    socket.write("GET /healthy HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Padding: "
                 + QByteArray(100 * 1024, 'a') + "\r\n\r\n");
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 5000);

    QTRY_COMPARE(m_server->counters(DemoServer::Route::Unknown).byStatus.value(431), quint64(1));
    QCOMPARE(m_server->counters(DemoServer::Route::Healthy).received, quint64(0));
    QCOMPARE(fetch(url("/healthy")).first().status, 200);
}

void tst_DemoServer::malformedRequestGetsAnErrorAndTheClose_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<QByteArray>("statusLine");

    QTest::newRow("not http") << QByteArray("HELLO\r\n\r\n") << QByteArray("HTTP/1.1 400");
    QTest::newRow("header without colon")
        << QByteArray("GET /healthy HTTP/1.1\r\nHost 127.0.0.1\r\n\r\n")
        << QByteArray("HTTP/1.1 400");
    QTest::newRow("folded header") << QByteArray("GET /healthy HTTP/1.1\r\nX-A: 1\r\n  2\r\n\r\n")
                                   << QByteArray("HTTP/1.1 400");
    QTest::newRow("negative length")
        << QByteArray("POST /sink HTTP/1.1\r\nContent-Length: -1\r\n\r\n")
        << QByteArray("HTTP/1.1 400");
    QTest::newRow("huge length") << QByteArray(
        "POST /sink HTTP/1.1\r\nContent-Length: 99999999999999999999\r\n\r\n")
                                 << QByteArray("HTTP/1.1 413");
    QTest::newRow("chunked") << QByteArray(
        "POST /sink HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n")
                             << QByteArray("HTTP/1.1 501");
}

void tst_DemoServer::malformedRequestGetsAnErrorAndTheClose()
{
    QFETCH(QByteArray, request);
    QFETCH(QByteArray, statusLine);

    const QByteArray received = exchangeRaw(request, 2);
    QVERIFY2(received.startsWith(statusLine), received.constData());
    QVERIFY(received.contains("Connection: close\r\n"));
    QCOMPARE(received.count("HTTP/1.1 "), 1);
    QCOMPARE(fetch(url("/healthy")).first().status, 200);
}

void tst_DemoServer::requestsSentTogetherAreAnsweredInTurn()
{
    const QByteArray received = exchangeRaw("GET /healthy HTTP/1.1\r\nHost: a\r\n\r\n"
                                            "GET /nowhere HTTP/1.1\r\nHost: a\r\n\r\n",
                                            2);
    const qsizetype ok = received.indexOf("HTTP/1.1 200");
    const qsizetype notFound = received.indexOf("HTTP/1.1 404");
    QVERIFY2(ok == 0 && notFound > ok, received.constData());
    QCOMPARE(m_server->connectionsAccepted(), quint64(1));
}

void tst_DemoServer::peerLeavingBeforeTheReplyIsCountedAsAbandoned()
{
    // /slow in the first window answers after more than 2 s: time enough to leave.
    QTcpSocket socket;
    socket.setProxy(QNetworkProxy::NoProxy);
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    QVERIFY(socket.waitForConnected(3000));
    socket.write("GET /slow HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QTRY_COMPARE(m_server->counters(DemoServer::Route::Slow).received, quint64(1));
    socket.abort();

    QTRY_COMPARE(m_server->counters(DemoServer::Route::Slow).abandoned, quint64(1));
    QCOMPARE(m_server->counters(DemoServer::Route::Slow).served, quint64(0));
    QCOMPARE(fetch(url("/healthy")).first().status, 200);
}

void tst_DemoServer::closedPortRefusesConnections()
{
    const quint16 closedPort = DemoServer::reserveClosedPort();
    QVERIFY(closedPort != 0);
    QVERIFY(closedPort != m_server->port());

    QTcpSocket socket;
    socket.setProxy(QNetworkProxy::NoProxy);
    socket.connectToHost(QHostAddress::LocalHost, closedPort);
    QTRY_COMPARE_WITH_TIMEOUT(socket.error(), QAbstractSocket::ConnectionRefusedError, 3000);

    const QUrl target(QStringLiteral("http://127.0.0.1:%1/healthy").arg(closedPort));
    QCOMPARE(fetch(target).first().error, QNetworkReply::ConnectionRefusedError);
}

void tst_DemoServer::schedulesHaveTheDocumentedShape()
{
    using namespace std::chrono_literals;
    QVERIFY(!DemoServer::isFlakyBurst(7999ms));
    QVERIFY(DemoServer::isFlakyBurst(8000ms));
    QVERIFY(DemoServer::isFlakyBurst(13999ms));
    QVERIFY(!DemoServer::isFlakyBurst(14000ms));
    QVERIFY(DemoServer::isFlakyBurst(28000ms));

    // Slow first, so that the slow breaker opens early; fast from 10 s, so that its first
    // half-open probe succeeds; 40% of all windows fast.
    QVERIFY(!DemoServer::isSlowFastWindow(0ms));
    QVERIFY(!DemoServer::isSlowFastWindow(9999ms));
    QVERIFY(DemoServer::isSlowFastWindow(10000ms));
    QVERIFY(DemoServer::isSlowFastWindow(19999ms));
    QVERIFY(!DemoServer::isSlowFastWindow(20000ms));
    int fast = 0;
    for (int window = 0; window < 50; ++window)
        fast += DemoServer::isSlowFastWindow(DemoServer::slowWindow * window) ? 1 : 0;
    QCOMPARE(fast, 20);

    QCOMPARE(DemoServer::routeForPath("/healthy"), DemoServer::Route::Healthy);
    QCOMPARE(DemoServer::routeForPath("/healthy/"), DemoServer::Route::Unknown);
    QCOMPARE(DemoServer::httpDate(WallTime{784111777s}),
             QByteArray("Sun, 06 Nov 1994 08:49:37 GMT"));
}

void tst_DemoServer::demoConfigHasBothPlaceholders()
{
    QFile file(QFINDTESTDATA("../../resources/demo/demo.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QJsonParseError error;
    QJsonDocument::fromJson(text, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(text.contains("${DEMO_PORT}"));
    QVERIFY(text.contains("${DOWN_PORT}"));

    const QJsonArray endpoints = demoConfig().value("endpoints").toArray();
    QStringList names;
    for (const QJsonValue &endpoint : endpoints) {
        const QUrl target(endpoint["url"].toString());
        QVERIFY2(target.isValid() && target.host() == "127.0.0.1", qPrintable(target.toString()));
        QVERIFY(target.port() == 18080 || target.port() == 18081);
        names << endpoint["name"].toString();
    }
    QCOMPARE(names, QStringList({"Healthy API", "Flaky API (503 bursts)", "Rate-limited API (429)",
                                 "Slow API", "Down API (refused)", "Delivery queue (sink)"}));
}

void tst_DemoServer::demoConfigFitsTheSchedules()
{
    QJsonObject flaky;
    QJsonObject slow;
    const QJsonArray endpoints = demoConfig().value("endpoints").toArray();
    for (const QJsonValue &endpoint : endpoints) {
        if (endpoint["id"].toString() == u"flaky")
            flaky = endpoint.toObject();
        else if (endpoint["id"].toString() == u"slow")
            slow = endpoint.toObject();
    }
    QVERIFY(!flaky.isEmpty() && !slow.isEmpty());

    // /slow: of the first five calls only the fifth is under 2 s, so whichever minimumCalls of
    // them return first trip the breaker, at the latest when call minimumCalls returns 2.1-3.5 s
    // after it started. The first probe must land in the fast window [10 s, 20 s), with slack
    // for the app to start the engine a little after the server.
    const QJsonObject breaker = slow["breaker"].toObject();
    const int minimumCalls = breaker["minimumCalls"].toInt();
    QVERIFY(minimumCalls < DemoServer::slowEveryNthQuicker);
    const double lastStart = (minimumCalls - 1) * slow["intervalMs"].toInt() / 1000.0;
    const double firstProbe = lastStart + 2.1 + breaker["openSeconds"].toInt();
    const double lastProbe = lastStart + 3.5 + breaker["openSeconds"].toInt();
    QVERIFY(firstProbe >= 10 && lastProbe + 2 < 20);
    QVERIFY(slow["timeoutMs"].toInt() > 3500);

    // /flaky: the open period must end inside the calm part, or the probe after a trip late in
    // the burst would meet the next burst and the breaker would never be seen closing.
    const QJsonObject flakyBreaker = flaky["breaker"].toObject();
    const auto burst = (DemoServer::flakyBurstEnd - DemoServer::flakyBurstStart).count();
    QVERIFY(flakyBreaker["openSeconds"].toInt() < DemoServer::flakyCycle.count() - burst);
}

QTEST_GUILESS_MAIN(tst_DemoServer)
#include "tst_demoserver.moc"
