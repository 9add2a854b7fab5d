// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "queue/intakerequest.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace bw;
using namespace Qt::StringLiterals;

using State = IntakeParse::State;

/// The intake's request reading without a socket: every decision (411, 413, 431, 400, and
/// the route's 404 and 405) from bytes alone, and the same answer however the bytes arrive.
class tst_IntakeRequest : public QObject
{
    Q_OBJECT

private slots:
    void decides_data();
    void decides();
    void asksForTheWholeHeadThenTheWholeBody();
    void answersTheSameHoweverTheBytesArrive();
    void drainsOnlyABodyUnderTheDiscardLimit();
    void findsTheHeadAtTheLimitButNotBeyond();
    void keepsItsDecisionWhenTheBlankLineCrossesTheLimit();
    void ignoresBytesPastTheBody();
    void routes_data();
    void routes();
    void seedCorpusParsesWithoutSurprises();
};

void tst_IntakeRequest::decides_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("state");
    QTest::addColumn<int>("status"); // for Refused
    QTest::addColumn<QByteArray>("body");

    const int complete = int(State::Complete);
    const int refused = int(State::Refused);
    const int needMore = int(State::NeedMore);
    QTest::newRow("post") << "POST /a HTTP/1.1\r\nContent-Length: 2\r\n\r\n{}"_ba << complete
                          << 0 << "{}"_ba;
    QTest::newRow("bare LF") << "POST /a HTTP/1.0\nContent-Length: 2\n\n{}"_ba << complete << 0
                             << "{}"_ba;
    QTest::newRow("mixed ends, first blank line wins")
        << "POST /a HTTP/1.1\r\nContent-Length: 1\n\nx\r\n\r\n"_ba << complete << 0 << "x"_ba;
    QTest::newRow("header names any case, spaces around")
        << "POST /a HTTP/1.1\r\n  cOnTeNt-LeNgTh :  3 \r\n\r\nabc"_ba << complete << 0
        << "abc"_ba;
    QTest::newRow("the first Content-Length counts")
        << "POST /a HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 3\r\n\r\nabc"_ba
        << complete << 0 << "a"_ba;
    QTest::newRow("get without a length") << "GET / HTTP/1.1\r\n\r\n"_ba << complete << 0
                                          << QByteArray();
    QTest::newRow("get, negative length ignored")
        << "GET / HTTP/1.1\r\nContent-Length: -5\r\n\r\n"_ba << complete << 0 << QByteArray();
    QTest::newRow("get, garbage length ignored")
        << "GET / HTTP/1.1\r\nContent-Length: lots\r\n\r\n"_ba << complete << 0 << QByteArray();
    QTest::newRow("post without a length") << "POST /a HTTP/1.1\r\n\r\n{}"_ba << refused << 411
                                           << QByteArray();
    QTest::newRow("post, negative length")
        << "POST /a HTTP/1.1\r\nContent-Length: -1\r\n\r\n"_ba << refused << 411 << QByteArray();
    QTest::newRow("post, length not a number")
        << "POST /a HTTP/1.1\r\nContent-Length: 1e3\r\n\r\n"_ba << refused << 411 << QByteArray();
    QTest::newRow("post, length overflows")
        << "POST /a HTTP/1.1\r\nContent-Length: 99999999999999999999999\r\n\r\n"_ba << refused
        << 411 << QByteArray();
    QTest::newRow("post, empty length") << "POST /a HTTP/1.1\r\nContent-Length:\r\n\r\n"_ba
                                        << refused << 411 << QByteArray();
    QTest::newRow("chunked") << "POST /a HTTP/1.1\r\nTransfer-Encoding: chunked\r\n"
                                "Content-Length: 2\r\n\r\n{}"_ba
                             << refused << 411 << QByteArray();
    QTest::newRow("any transfer coding, even empty")
        << "GET / HTTP/1.1\r\nTransfer-Encoding:\r\n\r\n"_ba << refused << 411 << QByteArray();
    QTest::newRow("length over the maximum")
        << "POST /a HTTP/1.1\r\nContent-Length: 1048577\r\n\r\n"_ba << refused << 413
        << QByteArray();
    QTest::newRow("length at the maximum, waiting")
        << "POST /a HTTP/1.1\r\nContent-Length: 1048576\r\n\r\n"_ba << needMore << 0
        << QByteArray();
    QTest::newRow("short body") << "POST /a HTTP/1.1\r\nContent-Length: 3\r\n\r\nab"_ba
                                << needMore << 0 << QByteArray();
    QTest::newRow("no blank line yet") << "POST /a HTTP/1.1\r\nContent-Length: 3\r\n"_ba
                                       << needMore << 0 << QByteArray();
    QTest::newRow("nothing") << QByteArray() << needMore << 0 << QByteArray();
    QTest::newRow("two-part request line") << "POST /a\r\nContent-Length: 0\r\n\r\n"_ba
                                           << refused << 400 << QByteArray();
    QTest::newRow("HTTP/2 request line") << "GET / HTTP/2\r\n\r\n"_ba << refused << 400
                                         << QByteArray();
    QTest::newRow("absolute target") << "GET http://x/ HTTP/1.1\r\n\r\n"_ba << refused << 400
                                     << QByteArray();
    QTest::newRow("double space") << "GET  / HTTP/1.1\r\n\r\n"_ba << refused << 400
                                  << QByteArray();
    QTest::newRow("empty head") << "\r\n\r\n"_ba << refused << 400 << QByteArray();
    QTest::newRow("a lone POST is no method") << "POST\r\n\r\n"_ba << refused << 400
                                              << QByteArray();
    QTest::newRow("bad request line waits for the body")
        << "NOPE\r\nContent-Length: 4\r\n\r\nab"_ba << needMore << 0 << QByteArray();
    QTest::newRow("binary in the body")
        << "POST /a HTTP/1.1\r\nContent-Length: 3\r\n\r\n\0\xff\n"_ba << complete << 0
        << "\0\xff\n"_ba;
}

void tst_IntakeRequest::decides()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, state);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    const IntakeParse p = parseIntakeRequest(bytes);
    QCOMPARE(int(p.state), state);
    if (p.state == State::Refused)
        QCOMPARE(p.refusal.status, status);
    if (p.state == State::Complete) {
        QCOMPARE(p.body, body);
        QVERIFY(p.target.startsWith('/'));
    }
    if (p.state == State::NeedMore)
        QVERIFY(p.wanted > bytes.size());
}

void tst_IntakeRequest::asksForTheWholeHeadThenTheWholeBody()
{
    const IntakeLimits limits;
    QCOMPARE(parseIntakeRequest("POST").wanted, limits.maxHeadBytes + 4);
    const QByteArray head = "POST /a HTTP/1.1\r\nContent-Length: 10\r\n\r\n";
    const IntakeParse p = parseIntakeRequest(head + "abc");
    QCOMPARE(p.state, State::NeedMore);
    QCOMPARE(p.wanted, head.size() + 10);
}

void tst_IntakeRequest::answersTheSameHoweverTheBytesArrive()
{
    // Fed as the server reads (never past `wanted`), in every chunk size from 1 to 9, the
    // request ends in the same decision as when parsed whole.
    const IntakeLimits small{64, 16, 32};
    const QList<QByteArray> requests{
        "POST /v1/endpoints/a/deliveries HTTP/1.1\r\nContent-Length: 5\r\n\r\nhello",
        "POST /a HTTP/1.1\nContent-Length: 17\n\n",
        "POST /a HTTP/1.1\r\nContent-Length: 40\r\n\r\n" + QByteArray(40, 'x'),
        "GET / HTTP/1.1\r\nX: " + QByteArray(80, 'h') + "\r\n\r\n",
        "GET / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
        "BAD\r\nContent-Length: 3\r\n\r\nabc",
    };
    for (const QByteArray &request : requests) {
        const IntakeParse whole = parseIntakeRequest(request, small);
        for (qsizetype step = 1; step <= 9; ++step) {
            QByteArray buffer;
            qsizetype wanted = small.maxHeadBytes + 4;
            qsizetype offset = 0;
            IntakeParse p;
            for (int round = 0; round < 1000; ++round) {
                const qsizetype take = std::min({step, wanted - buffer.size(),
                                                 request.size() - offset});
                buffer += request.mid(offset, take);
                offset += take;
                p = parseIntakeRequest(buffer, small);
                if (p.state != State::NeedMore || offset == request.size())
                    break;
                wanted = p.wanted;
            }
            QCOMPARE(p.state, whole.state);
            QCOMPARE(p.refusal.status, whole.refusal.status);
            QCOMPARE(p.body, whole.body);
            QCOMPARE(p.target, whole.target);
        }
    }
}

void tst_IntakeRequest::drainsOnlyABodyUnderTheDiscardLimit()
{
    const IntakeLimits limits{1024, 100, 1000};
    const QByteArray head = "POST /a HTTP/1.1\r\nContent-Length: 500\r\n\r\n";
    IntakeParse p = parseIntakeRequest(head + QByteArray(20, 'x'), limits);
    QCOMPARE(p.refusal.status, 413);
    QCOMPARE(p.refusal.discard, 480); // what is still to come
    p = parseIntakeRequest("POST /a HTTP/1.1\r\nContent-Length: 1001\r\n\r\n", limits);
    QCOMPARE(p.refusal.status, 413);
    QCOMPARE(p.refusal.discard, 0); // too much to drain: answer and close
    p = parseIntakeRequest("GET /a HTTP/1.1\r\nContent-Length: 1000\r\n\r\n", limits);
    QCOMPARE(p.refusal.status, 413); // any method announcing too much
    QCOMPARE(p.refusal.discard, 1000);
}

void tst_IntakeRequest::findsTheHeadAtTheLimitButNotBeyond()
{
    const IntakeLimits limits{32, 100, 100};
    const QByteArray line = "GET / HTTP/1.1\r\nX: ";
    // The blank line starts exactly at maxHeadBytes: the head fits.
    const QByteArray fits = line + QByteArray(32 - line.size(), 'a') + "\r\n\r\n";
    QCOMPARE(parseIntakeRequest(fits, limits).state, State::Complete);
    // Its blank line arriving in pieces across the limit is waited for, not refused: the
    // answer must not depend on where the network split the bytes.
    for (qsizetype cut = 33; cut < fits.size(); ++cut)
        QCOMPARE(parseIntakeRequest(fits.first(cut), limits).state, State::NeedMore);
    // One byte more and it does not, whatever follows.
    const QByteArray over = line + QByteArray(33 - line.size(), 'a') + "\r\n\r\n";
    QCOMPARE(parseIntakeRequest(over, limits).refusal.status, 431);
    // Up to maxHeadBytes without a blank line is still worth waiting for.
    QCOMPARE(parseIntakeRequest(QByteArray(32, 'a'), limits).state, State::NeedMore);
    QCOMPARE(parseIntakeRequest(QByteArray(33, 'a'), limits).refusal.status, 431);
    // A blank line far past the window does not rescue an oversized head.
    QCOMPARE(parseIntakeRequest(QByteArray(200, 'a') + "\r\n\r\n", limits).refusal.status, 431);
}

void tst_IntakeRequest::keepsItsDecisionWhenTheBlankLineCrossesTheLimit()
{
    // Found by fuzz_intake (corpus/intake/regression-blank-line-across-head-limit) against
    // the reader as it was taken out of IntakeServer: with the blank line starting two bytes
    // before the head limit, the first 49 of these 52 bytes, arriving alone, were refused
    // with 431 while the whole request is a complete head (refused 411 for its missing
    // Content-Length). The answer now waits for the bytes that can still end the head.
    const QString file = QFINDTESTDATA(
        "../../tests/fuzz/corpus/intake/regression-blank-line-across-head-limit");
    QFile input(file);
    QVERIFY(input.open(QIODevice::ReadOnly));
    const QByteArray bytes = input.readAll();
    const IntakeLimits small{48, 24, 96}; // the fuzz target's small limits
    QCOMPARE(bytes.indexOf("\r\n\r\n"), 46);
    for (qsizetype cut = 47; cut < 50; ++cut)
        QCOMPARE(parseIntakeRequest(bytes.first(cut), small).state, State::NeedMore);
    const IntakeParse whole = parseIntakeRequest(bytes, small);
    QCOMPARE(whole.state, State::Refused);
    QCOMPARE(whole.refusal.status, 411);
    QCOMPARE(parseIntakeRequest(bytes.first(50), small).refusal.status, 411);
}

void tst_IntakeRequest::ignoresBytesPastTheBody()
{
    const IntakeParse p = parseIntakeRequest("POST /a HTTP/1.1\r\nContent-Length: 2\r\n\r\n"
                                             "{}GET / HTTP/1.1\r\n\r\n");
    QCOMPARE(p.state, State::Complete);
    QCOMPARE(p.body, "{}"_ba);
    QCOMPARE(p.method, "POST"_ba);
}

void tst_IntakeRequest::routes_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<int>("status");

    QTest::newRow("post") << "POST"_ba << "/v1/endpoints/billing.eu_1-a/deliveries"_ba
                          << u"billing.eu_1-a"_s << 0;
    QTest::newRow("query ignored") << "POST"_ba << "/v1/endpoints/a/deliveries?x=/y"_ba << u"a"_s
                                   << 0;
    QTest::newRow("get") << "GET"_ba << "/v1/endpoints/a/deliveries"_ba << QString() << 405;
    QTest::newRow("lower-case post") << "post"_ba << "/v1/endpoints/a/deliveries"_ba
                                     << QString() << 405;
    QTest::newRow("other path, other method") << "GET"_ba << "/metrics"_ba << QString() << 404;
    QTest::newRow("trailing slash") << "POST"_ba << "/v1/endpoints/a/deliveries/"_ba
                                    << QString() << 404;
    QTest::newRow("empty id") << "POST"_ba << "/v1/endpoints//deliveries"_ba << QString() << 404;
    QTest::newRow("id too long") << "POST"_ba
                                 << "/v1/endpoints/" + QByteArray(65, 'a') + "/deliveries"
                                 << QString() << 404;
    QTest::newRow("id of 64") << "POST"_ba << "/v1/endpoints/" + QByteArray(64, 'a') + "/deliveries"
                              << QString(64, u'a') << 0;
    QTest::newRow("encoded slash") << "POST"_ba << "/v1/endpoints/a%2Fb/deliveries"_ba
                                   << QString() << 404;
    QTest::newRow("latin-1 bytes") << "POST"_ba << "/v1/endpoints/\xe9/deliveries"_ba
                                   << QString() << 404;
}

void tst_IntakeRequest::routes()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, target);
    QFETCH(QString, endpoint);
    QFETCH(int, status);
    const IntakeRoute r = routeIntakeRequest(method, target);
    QCOMPARE(r.endpointId, endpoint);
    if (status != 0) {
        QCOMPARE(r.refusal.status, status);
        QCOMPARE(r.extraHeaders.isEmpty(), status != 405);
    }
}

void tst_IntakeRequest::seedCorpusParsesWithoutSurprises()
{
    // The fuzzer's seeds, and any input it ever crashed on, kept as regression cases.
    const QString folder = QFINDTESTDATA("../../tests/fuzz/corpus/intake");
    QVERIFY(!folder.isEmpty());
    const QDir corpus(folder);
    const QStringList files = corpus.entryList(QDir::Files);
    QVERIFY(files.size() >= 5);
    for (const QString &name : files) {
        QFile file(corpus.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        const IntakeParse p = parseIntakeRequest(bytes);
        if (p.state == State::NeedMore)
            QVERIFY2(p.wanted > bytes.size(), qPrintable(name));
        if (p.state == State::Complete) {
            QVERIFY2(p.target.startsWith('/'), qPrintable(name));
            (void)routeIntakeRequest(p.method, p.target);
        }
    }
}

QTEST_GUILESS_MAIN(tst_IntakeRequest)
#include "tst_intakerequest.moc"
