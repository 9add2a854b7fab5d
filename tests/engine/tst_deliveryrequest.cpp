// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "queue/deliveryrequest.h"

#include <QTest>

using namespace bw;

class tst_DeliveryRequest : public QObject
{
    Q_OBJECT

private slots:
    void plainJsonIsTheBodyByteForByte();
    void envelopeSetsMethodPathHeadersAndKey();
    void envelopeStringBodyIsSentAsItsText();
    void objectWithOtherKeysIsABody();
    void refusesBadLines_data();
    void refusesBadLines();
    void batchNamesBadLinesByNumber();
    void targetsStayOnTheEndpointsOrigin();
};

void tst_DeliveryRequest::plainJsonIsTheBodyByteForByte()
{
    const QByteArray line = R"({ "event" : "signup",  "user": 42 ,"body2": "é" })";
    const auto parsed = parseDeliveryLine(line + "\r");
    QVERIFY2(parsed, qPrintable(parsed.error()));
    QCOMPARE(parsed->body, line);
    QCOMPARE(parsed->method, QByteArray("POST"));
    QVERIFY(parsed->target.isEmpty());
    QCOMPARE(parsed->headers.size(), 1);
    QCOMPARE(parsed->headers.first().second, QByteArray("application/json"));

    const auto scalar = parseDeliveryLine("\"just a string\"");
    QVERIFY(scalar);
    QCOMPARE(scalar->body, QByteArray("\"just a string\""));
}

void tst_DeliveryRequest::envelopeSetsMethodPathHeadersAndKey()
{
    const auto parsed = parseDeliveryLine(
        R"({"method":"put","path":"/v1/orders/7?x=1","headers":{"X-Tenant":"a"},)"
        R"("idempotencyKey":"order-7","body":{"total":3}})");
    QVERIFY2(parsed, qPrintable(parsed.error()));
    QCOMPARE(parsed->method, QByteArray("PUT"));
    QCOMPARE(parsed->target, QStringLiteral("/v1/orders/7?x=1"));
    QCOMPARE(parsed->idempotencyKey, QStringLiteral("order-7"));
    QCOMPARE(parsed->body, QByteArray(R"({"total":3})"));
    QCOMPARE(parsed->headers.size(), 2);
    QCOMPARE(parsed->headers.at(0).first, QByteArray("X-Tenant"));
    QCOMPARE(parsed->headers.at(1).first, QByteArray("Content-Type"));
}

void tst_DeliveryRequest::envelopeStringBodyIsSentAsItsText()
{
    const auto parsed = parseDeliveryLine(
        R"({"headers":{"Content-Type":"text/plain"},"body":"a,b\nc"})");
    QVERIFY(parsed);
    QCOMPARE(parsed->body, QByteArray("a,b\nc"));
    QCOMPARE(parsed->headers.size(), 1);
}

void tst_DeliveryRequest::objectWithOtherKeysIsABody()
{
    const QByteArray line = R"({"method":"card","body":"x","amount":3})";
    const auto parsed = parseDeliveryLine(line);
    QVERIFY(parsed);
    QCOMPARE(parsed->body, line);
    QCOMPARE(parsed->method, QByteArray("POST"));
}

void tst_DeliveryRequest::refusesBadLines_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("reason");
    QTest::newRow("not json") << QByteArray("{oops") << QStringLiteral("not valid JSON");
    QTest::newRow("two values") << QByteArray("1, 2") << QStringLiteral("more than one");
    QTest::newRow("trailing") << QByteArray("{} x") << QStringLiteral("not valid JSON");
    QTest::newRow("method") << QByteArray(R"({"method":"BREW","body":""})")
                            << QStringLiteral("method");
    QTest::newRow("path") << QByteArray(R"({"path":"v1","body":""})") << QStringLiteral("path");
    QTest::newRow("both") << QByteArray(R"({"path":"/a","url":"http://h/","body":""})")
                          << QStringLiteral("one or the other");
    QTest::newRow("header value") << QByteArray(R"({"headers":{"A":1},"body":""})")
                                  << QStringLiteral("headers.A");
    QTest::newRow("header name") << QByteArray(R"({"headers":{"A B":"x"},"body":""})")
                                 << QStringLiteral("header name");
    QTest::newRow("header crlf") << QByteArray(R"({"headers":{"A":"x\r\nB: y"},"body":""})")
                                 << QStringLiteral("line breaks");
    QTest::newRow("key") << QByteArray(R"({"idempotencyKey":"a b","body":""})")
                         << QStringLiteral("idempotencyKey");
    QTest::newRow("ftp url") << QByteArray(R"({"url":"ftp://h/x","body":""})")
                             << QStringLiteral("url");
}

void tst_DeliveryRequest::refusesBadLines()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, reason);
    const auto parsed = parseDeliveryLine(line);
    QVERIFY(!parsed);
    QVERIFY2(parsed.error().contains(reason), qPrintable(parsed.error()));
}

void tst_DeliveryRequest::batchNamesBadLinesByNumber()
{
    const QByteArray text = "{\"a\":1}\n\n{bad\n{\"b\":2}\r\n[1,\n{\"c\":3}";
    const DeliveryBatch batch = parseDeliveryLines(text);
    QCOMPARE(batch.requests.size(), 3);
    QCOMPARE(batch.lines, (QList<qsizetype>{1, 4, 6}));
    QCOMPARE(batch.requests.at(1).body, QByteArray("{\"b\":2}"));
    QCOMPARE(batch.errors.size(), 2);
    QCOMPARE(batch.errors.at(0).line, 3);
    QCOMPARE(batch.errors.at(1).line, 5);
}

void tst_DeliveryRequest::targetsStayOnTheEndpointsOrigin()
{
    const QUrl endpoint(QStringLiteral("http://127.0.0.1:8080/sink?token=a"));
    QCOMPARE(*resolveDeliveryTarget(endpoint, QString()), endpoint);
    QCOMPARE(resolveDeliveryTarget(endpoint, QStringLiteral("/v1/e?id=3"))->toString(),
             QStringLiteral("http://127.0.0.1:8080/v1/e?id=3"));
    QVERIFY(resolveDeliveryTarget(endpoint, QStringLiteral("http://127.0.0.1:8080/other")));
    QVERIFY(!resolveDeliveryTarget(endpoint, QStringLiteral("http://127.0.0.1:9090/other")));
    QVERIFY(!resolveDeliveryTarget(endpoint, QStringLiteral("https://127.0.0.1:8080/other")));
    QVERIFY(!resolveDeliveryTarget(endpoint, QStringLiteral("http://example.org:8080/")));
}

QTEST_GUILESS_MAIN(tst_DeliveryRequest)
#include "tst_deliveryrequest.moc"
