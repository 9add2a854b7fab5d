// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "queue/intakeserver.h"

#include <QNetworkProxy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace bw;
using namespace Qt::StringLiterals;

/// The intake server in this process, spoken to over raw loopback sockets, so that every
/// answer the request-head parser decides (400, 405, 411, 413, 431) is seen as a client sees
/// it, including the 413 that must reach a client still sending its body.
class tst_IntakeServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void answers_data();
    void answers();
    void answersAHeadSentOneByteAtATime();
    void answers413ToAClientStillSendingItsBody();
    void dropsAConnectionBeyondTheDiscardLimitAfterAnswering();

private:
    struct Exchange
    {
        int status = 0;
        QByteArray response;
        bool closed = false;
    };
    /// Sends `chunks` one after the other (each given a moment to arrive on its own) and
    /// reads until the server closes, at most 10 s.
    Exchange exchange(const QList<QByteArray> &chunks);

    QTemporaryDir m_dir;
    std::unique_ptr<IntakeServer> m_server;
};

void tst_IntakeServer::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_server = std::make_unique<IntakeServer>();
    const auto opened = m_server->openQueue(m_dir.filePath(u"queue.sqlite"_s));
    QVERIFY2(opened.has_value(), opened ? "" : qPrintable(opened.error()));
    EndpointConfig in;
    in.id = u"in"_s;
    in.name = in.id;
    in.mode = EndpointMode::Deliver;
    in.url = QUrl(u"http://127.0.0.1:9/hook"_s); // never contacted: no engine runs here
    EndpointConfig polled = in;
    polled.id = u"polled"_s;
    polled.mode = EndpointMode::Poll;
    m_server->setEndpoints({in, polled});
    const auto listening = m_server->listen({QHostAddress(QHostAddress::LocalHost), 0});
    QVERIFY2(listening.has_value(), listening ? "" : qPrintable(listening.error()));
    QVERIFY(m_server->port() != 0);
}

tst_IntakeServer::Exchange tst_IntakeServer::exchange(const QList<QByteArray> &chunks)
{
    QTcpSocket socket;
    socket.setProxy(QNetworkProxy::NoProxy);
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    Exchange result;
    if (!socket.waitForConnected(5000))
        return result;
    QByteArray received;
    for (const QByteArray &chunk : chunks) {
        socket.write(chunk);
        QTest::qWait(chunks.size() > 1 ? 5 : 0);
        received += socket.readAll();
    }
    result.closed = QTest::qWaitFor(
        [&] {
            received += socket.readAll();
            return socket.state() == QAbstractSocket::UnconnectedState;
        },
        10000);
    received += socket.readAll();
    result.response = received;
    const QList<QByteArray> statusLine = received.left(received.indexOf('\r')).split(' ');
    if (statusLine.size() >= 2 && statusLine.first() == "HTTP/1.1")
        result.status = statusLine.at(1).toInt();
    return result;
}

void tst_IntakeServer::answers_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("inResponse");

    const QByteArray route = "/v1/endpoints/in/deliveries";
    QTest::newRow("accepted") << "POST " + route + " HTTP/1.1\r\nHost: x\r\n"
                                 "Content-Length: 7\r\n\r\n{\"n\":1}"
                              << 202 << QByteArray("\"idempotencyKey\"");
    QTest::newRow("bare LF line ends") << "POST " + route + " HTTP/1.1\nContent-Length: 7\n\n"
                                          "{\"n\":1}"
                                       << 202 << QByteArray("\"id\"");
    QTest::newRow("query ignored") << "POST " + route + "?x=1 HTTP/1.0\r\ncontent-length:  2 "
                                      "\r\n\r\n{}"
                                   << 202 << QByteArray("\"id\"");
    QTest::newRow("GET on the route") << "GET " + route + " HTTP/1.1\r\n\r\n" << 405
                                      << QByteArray("Allow: POST\r\n");
    QTest::newRow("unknown path") << QByteArray("POST /v2 HTTP/1.1\r\nContent-Length: 0\r\n\r\n")
                                  << 404 << QByteArray("not found");
    QTest::newRow("poll endpoint") << QByteArray("POST /v1/endpoints/polled/deliveries HTTP/1.1"
                                                 "\r\nContent-Length: 2\r\n\r\n{}")
                                   << 404 << QByteArray("deliver-mode");
    QTest::newRow("no length") << "POST " + route + " HTTP/1.1\r\n\r\n{}" << 411
                               << QByteArray("Content-Length required");
    QTest::newRow("negative length") << "POST " + route + " HTTP/1.1\r\nContent-Length: -1\r\n"
                                        "\r\n"
                                     << 411 << QByteArray("Content-Length required");
    QTest::newRow("chunked") << "POST " + route + " HTTP/1.1\r\nTransfer-Encoding: chunked\r\n"
                                "\r\n2\r\n{}\r\n0\r\n\r\n"
                             << 411 << QByteArray("not chunks");
    QTest::newRow("bad request line") << QByteArray("POST /v1 HTTP/2\r\nContent-Length: 2\r\n"
                                                    "\r\n{}")
                                      << 400 << QByteArray("bad request line");
    QTest::newRow("target without slash") << "POST x HTTP/1.1\r\nContent-Length: 0\r\n\r\n"_ba
                                          << 400 << QByteArray("bad request line");
    QTest::newRow("lone method") << "POST\r\n\r\n"_ba << 400 << QByteArray("bad request line");
    QTest::newRow("bad JSON") << "POST " + route + " HTTP/1.1\r\nContent-Length: 5\r\n\r\n{nope"
                              << 400 << QByteArray("error");
    QTest::newRow("head too large")
        << "POST " + route + " HTTP/1.1\r\nX-Big: " + QByteArray(20000, 'a') + "\r\n\r\n"
        << 431 << QByteArray("request head too large");
    QTest::newRow("head just too large, blank line inside")
        << "GET / HTTP/1.1\r\nX: " + QByteArray(IntakeServer::maxHeadBytes, 'a') + "\r\n\r\n"
        << 431 << QByteArray("too large");
}

void tst_IntakeServer::answers()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    QFETCH(QByteArray, inResponse);
    const Exchange got = exchange({request});
    QVERIFY2(got.response.contains(inResponse), got.response.constData());
    QCOMPARE(got.status, status);
    QVERIFY(got.response.contains("Connection: close\r\n"));
    QVERIFY(got.closed);
}

void tst_IntakeServer::answersAHeadSentOneByteAtATime()
{
    const QByteArray request = "POST /v1/endpoints/in/deliveries HTTP/1.1\r\nContent-Length: 7"
                               "\r\n\r\n{\"n\":2}";
    QList<QByteArray> chunks;
    for (const char c : request)
        chunks.append(QByteArray(1, c));
    const Exchange got = exchange(chunks);
    QCOMPARE(got.status, 202);
    QVERIFY(got.closed);
}

void tst_IntakeServer::answers413ToAClientStillSendingItsBody()
{
    // Under maxDiscardBytes: the body is read and dropped, so the 413 arrives, not a reset.
    const qsizetype length = 3 * 1024 * 1024;
    QList<QByteArray> chunks{"POST /v1/endpoints/in/deliveries HTTP/1.1\r\nContent-Length: "
                             + QByteArray::number(length) + "\r\n\r\n"};
    for (qsizetype sent = 0; sent < length; sent += 256 * 1024)
        chunks.append(QByteArray(256 * 1024, 'x'));
    const Exchange got = exchange(chunks);
    QCOMPARE(got.status, 413);
    QVERIFY(got.closed); // closed once the whole body was dropped
}

void tst_IntakeServer::dropsAConnectionBeyondTheDiscardLimitAfterAnswering()
{
    const Exchange got = exchange({"POST /v1/endpoints/in/deliveries HTTP/1.1\r\nContent-Length: "
                                   + QByteArray::number(IntakeServer::maxDiscardBytes + 1)
                                   + "\r\n\r\nxx"});
    QCOMPARE(got.status, 413);
    QVERIFY(got.closed);
}

QTEST_GUILESS_MAIN(tst_IntakeServer)
#include "tst_intakeserver.moc"
