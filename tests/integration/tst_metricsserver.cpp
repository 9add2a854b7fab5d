// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/metricsserver.h"

#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QTcpSocket>
#include <QTest>

using namespace bw;

namespace {

const char promtoolPath[] = "/usr/bin/promtool";

EngineUpdate sampleUpdate()
{
    EngineUpdate update;
    AttemptRecord ok;
    ok.endpointId = QStringLiteral("billing \"eu\"\\primary");
    ok.latency = 42ms;
    AttemptRecord limited = ok;
    limited.outcome = Outcome::RateLimited;
    limited.httpStatus = 429;
    limited.attempt = 2;
    AttemptRecord refused = ok;
    refused.endpointId = QStringLiteral("search");
    refused.outcome = Outcome::ShortCircuited;
    refused.latency = 0ms;
    update.records = {ok, limited, refused};
    EndpointStatus status;
    status.endpointId = QStringLiteral("search");
    status.breaker = BreakerState::Open;
    status.queueDepth = 3;
    status.pausedUntil = WallTime{} + 5s;
    update.statuses = {status};
    return update;
}

} // namespace

/// MetricsServer on 127.0.0.1 with a real HTTP client, raw sockets for what clients should
/// not send, and promtool (from Debian's prometheus package) as the judge of the format.
class tst_MetricsServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void parsesListenAddresses_data();
    void parsesListenAddresses();
    void refusesBadListenAddresses_data();
    void refusesBadListenAddresses();
    void servesMetricsWithTheExpositionContentType();
    void headHasHeadersButNoBody();
    void otherPathsAre404AndOtherMethods405();
    void promtoolAcceptsTheExposition();
    void answersMalformedRequestsWith400();
    void answersOversizedHeadsWith431AndCloses();
    void survivesClientsThatLeaveEarly();

private:
    struct Fetched
    {
        int status = 0;
        QByteArray contentType;
        QByteArray body;
    };
    Fetched fetch(const QByteArray &verb, const QString &path);
    QByteArray rawExchange(const QByteArray &request);

    std::unique_ptr<MetricsServer> m_server;
    QNetworkAccessManager m_manager;
};

void tst_MetricsServer::initTestCase()
{
    m_manager.setProxy(QNetworkProxy::NoProxy);
    m_server = std::make_unique<MetricsServer>();
    const auto listening = m_server->listen({QHostAddress(QHostAddress::LocalHost), 0});
    // QVERIFY2 builds its message even on success, so error() is only read on failure.
    QVERIFY2(listening.has_value(), listening ? "" : qPrintable(listening.error()));
    QVERIFY(m_server->port() != 0);
    m_server->applyUpdate(sampleUpdate());
}

void tst_MetricsServer::parsesListenAddresses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("port");
    QTest::addColumn<bool>("loopback");
    QTest::newRow("ipv4") << QStringLiteral("127.0.0.1:9464") << QStringLiteral("127.0.0.1")
                          << 9464 << true;
    QTest::newRow("bare port") << QStringLiteral("9464") << QStringLiteral("127.0.0.1") << 9464
                               << true;
    QTest::newRow("localhost") << QStringLiteral("localhost:0") << QStringLiteral("127.0.0.1")
                               << 0 << true;
    QTest::newRow("ipv6") << QStringLiteral("[::1]:9464") << QStringLiteral("::1") << 9464
                          << true;
    QTest::newRow("all interfaces") << QStringLiteral("0.0.0.0:9464")
                                    << QStringLiteral("0.0.0.0") << 9464 << false;
}

void tst_MetricsServer::parsesListenAddresses()
{
    QFETCH(QString, text);
    QFETCH(QString, address);
    QFETCH(int, port);
    QFETCH(bool, loopback);
    const auto parsed = parseListenAddress(text);
    QVERIFY2(parsed.has_value(), parsed ? "" : qPrintable(parsed.error()));
    QCOMPARE(parsed->address.toString(), address);
    QCOMPARE(int(parsed->port), port);
    QCOMPARE(parsed->address.isLoopback(), loopback);
}

void tst_MetricsServer::refusesBadListenAddresses_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("port too big") << QStringLiteral("127.0.0.1:65536");
    QTest::newRow("no port") << QStringLiteral("127.0.0.1:");
    QTest::newRow("host name") << QStringLiteral("metrics.example.test:9464");
    QTest::newRow("bare ipv6") << QStringLiteral("::1:9464");
    QTest::newRow("no host") << QStringLiteral(":9464");
}

void tst_MetricsServer::refusesBadListenAddresses()
{
    QFETCH(QString, text);
    QVERIFY(!parseListenAddress(text).has_value());
}

tst_MetricsServer::Fetched tst_MetricsServer::fetch(const QByteArray &verb, const QString &path)
{
    QNetworkRequest request(
        QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server->port()).arg(path)));
    request.setTransferTimeout(10000);
    std::unique_ptr<QNetworkReply> reply(m_manager.sendCustomRequest(request, verb));
    if (!QTest::qWaitFor([&reply] { return reply->isFinished(); }, 15000))
        return {};
    return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
            reply->rawHeader("Content-Type"), reply->readAll()};
}

QByteArray tst_MetricsServer::rawExchange(const QByteArray &request)
{
    QTcpSocket socket;
    socket.setProxy(QNetworkProxy::NoProxy);
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    if (!socket.waitForConnected(5000))
        return QByteArrayLiteral("<no connection>");
    socket.write(request);
    // The server closes after answering; waiting for that proves it did not keep the socket.
    QByteArray received;
    const bool closed = QTest::qWaitFor(
        [&] {
            received += socket.readAll();
            return socket.state() == QAbstractSocket::UnconnectedState;
        },
        15000);
    received += socket.readAll();
    return closed ? received : QByteArrayLiteral("<still open> ") + received;
}

void tst_MetricsServer::servesMetricsWithTheExpositionContentType()
{
    const Fetched got = fetch("GET", QStringLiteral("/metrics"));
    QCOMPARE(got.status, 200);
    QCOMPARE(got.contentType, "text/plain; version=0.0.4; charset=utf-8");
    QVERIFY(got.body.contains("# TYPE breakwater_attempts_total counter\n"));
    QVERIFY(got.body.contains(
        "breakwater_attempts_total{endpoint=\"billing \\\"eu\\\"\\\\primary\",outcome=\"ok\"} 1"));
    QVERIFY(got.body.contains(R"(breakwater_breaker_state{endpoint="search"} 2)"));
    QVERIFY(got.body.contains(R"(breakwater_paused{endpoint="search"} 1)"));

    // A query string does not change the answer.
    QCOMPARE(fetch("GET", QStringLiteral("/metrics?x=1")).body, got.body);
}

void tst_MetricsServer::headHasHeadersButNoBody()
{
    const QByteArray raw = rawExchange("HEAD /metrics HTTP/1.1\r\nHost: x\r\n\r\n");
    QVERIFY2(raw.startsWith("HTTP/1.1 200 OK\r\n"), raw.constData());
    QVERIFY(raw.contains("Content-Type: text/plain; version=0.0.4; charset=utf-8\r\n"));
    QVERIFY(raw.contains("Content-Length: "));
    QVERIFY2(raw.endsWith("\r\n\r\n"), raw.constData());
}

void tst_MetricsServer::otherPathsAre404AndOtherMethods405()
{
    QCOMPARE(fetch("GET", QStringLiteral("/")).status, 404);
    QCOMPARE(fetch("GET", QStringLiteral("/metrics/x")).status, 404);
    QCOMPARE(fetch("POST", QStringLiteral("/metrics")).status, 405);
    const QByteArray raw = rawExchange("DELETE /metrics HTTP/1.1\r\n\r\n");
    QVERIFY2(raw.startsWith("HTTP/1.1 405 "), raw.constData());
    QVERIFY(raw.contains("Allow: GET, HEAD\r\n"));
}

void tst_MetricsServer::promtoolAcceptsTheExposition()
{
    if (!QFileInfo(QString::fromLatin1(promtoolPath)).isExecutable())
        QSKIP("/usr/bin/promtool is missing; install Debian's prometheus package "
              "(scripts/deps.sh test) to check the format");
    const Fetched got = fetch("GET", QStringLiteral("/metrics"));
    QCOMPARE(got.status, 200);

    QProcess promtool;
    promtool.start(QString::fromLatin1(promtoolPath),
                   {QStringLiteral("check"), QStringLiteral("metrics")});
    QVERIFY(promtool.waitForStarted(10000));
    promtool.write(got.body);
    promtool.closeWriteChannel();
    QVERIFY(promtool.waitForFinished(60000));
    const QByteArray report = promtool.readAllStandardOutput() + promtool.readAllStandardError();
    QVERIFY2(promtool.exitStatus() == QProcess::NormalExit && promtool.exitCode() == 0,
             report.constData());
}

void tst_MetricsServer::answersMalformedRequestsWith400()
{
    for (const QByteArray &request :
         {QByteArray("NONSENSE\r\n\r\n"), QByteArray("GET\r\n\r\n"),
          QByteArray("GET metrics HTTP/1.1\r\n\r\n"), QByteArray("GET /metrics SPDY/3\r\n\r\n"),
          QByteArray("\r\n\r\n"), QByteArray("GET /metrics HTTP/1.1 extra\r\n\r\n")}) {
        const QByteArray raw = rawExchange(request);
        QVERIFY2(raw.startsWith("HTTP/1.1 400 "), (request + " -> " + raw).constData());
    }
    QCOMPARE(fetch("GET", QStringLiteral("/metrics")).status, 200);
}

void tst_MetricsServer::answersOversizedHeadsWith431AndCloses()
{
    QByteArray request = "GET /metrics HTTP/1.1\r\n";
    while (request.size() <= MetricsServer::maxHeadBytes)
        request += "X-Filler: " + QByteArray(100, 'a') + "\r\n";
    request += "\r\n";
    const QByteArray raw = rawExchange(request);
    QVERIFY2(raw.startsWith("HTTP/1.1 431 "), raw.left(200).constData());

    // A head of endless bytes with no line end at all is cut off the same way.
    const QByteArray endless = rawExchange(QByteArray(4 * MetricsServer::maxHeadBytes, 'G'));
    QVERIFY2(endless.startsWith("HTTP/1.1 431 "), endless.left(200).constData());
    QCOMPARE(fetch("GET", QStringLiteral("/metrics")).status, 200);
}

void tst_MetricsServer::survivesClientsThatLeaveEarly()
{
    for (int i = 0; i < 20; ++i) {
        QTcpSocket socket;
        socket.setProxy(QNetworkProxy::NoProxy);
        socket.connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(socket.waitForConnected(5000));
        // Half a request, a full one whose answer is never read, or nothing at all.
        if (i % 3 == 0)
            socket.write("GET /metr");
        else if (i % 3 == 1)
            socket.write("GET /metrics HTTP/1.1\r\n\r\n");
        socket.flush();
        socket.abort();
    }
    QCOMPARE(fetch("GET", QStringLiteral("/metrics")).status, 200);
}

QTEST_GUILESS_MAIN(tst_MetricsServer)
#include "tst_metricsserver.moc"
