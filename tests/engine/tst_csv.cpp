// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/csv.h"
#include "metrics/metricsstore.h"

#include <QDateTime>
#include <QTest>

using namespace bw;

class tst_Csv : public QObject
{
    Q_OBJECT

private slots:
    void quotesFieldsPerRfc4180_data();
    void quotesFieldsPerRfc4180();
    void formatsUtcWithMilliseconds();
    void formatsUtcLikeQDateTime();
    void writesOneRowPerAttempt();
    void leavesEmptyCellsForAbsentValues();
    void namesTheDeliveryInTheLastColumn();
};

void tst_Csv::quotesFieldsPerRfc4180_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("field");
    QTest::newRow("plain") << "HTTP 503" << QByteArray("HTTP 503");
    QTest::newRow("comma") << "a,b" << QByteArray("\"a,b\"");
    QTest::newRow("quote") << "say \"hi\"" << QByteArray("\"say \"\"hi\"\"\"");
    QTest::newRow("newline") << "two\nlines" << QByteArray("\"two\nlines\"");
    QTest::newRow("carriage return") << "a\rb" << QByteArray("\"a\rb\"");
    QTest::newRow("formula") << "=cmd()" << QByteArray("'=cmd()");
    QTest::newRow("formula with comma") << "@x,y" << QByteArray("\"'@x,y\"");
    QTest::newRow("utf8") << QStringLiteral("délai") << QByteArray("d\xc3\xa9lai");
    QTest::newRow("empty") << "" << QByteArray();
}

void tst_Csv::quotesFieldsPerRfc4180()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, field);
    QCOMPARE(csvField(text), field);
}

void tst_Csv::formatsUtcWithMilliseconds()
{
    const WallTime t = fromEpochMs(1'787'216'400'123); // 2026-08-20T09:00:00.123Z
    QCOMPARE(isoUtc(t), QStringLiteral("2026-08-20T09:00:00.123Z"));
    QCOMPARE(isoUtc(fromEpochMs(1'787'216'400'000)), QStringLiteral("2026-08-20T09:00:00.000Z"));
}

void tst_Csv::formatsUtcLikeQDateTime()
{
    // isoUtc writes digits itself; QDateTime is the reference, across days, leap days,
    // millisecond edges, the epoch and before it (WallTime counts nanoseconds in 64 bits, so
    // it spans the years 1678 to 2262).
    const qint64 instants[] = {0, -1, -86'400'000, 951'782'399'999, 951'782'400'000,
                               951'868'800'000, 1'709'164'800'000, 1'787'216'399'999,
                               7'258'118'399'999, -2'208'988'800'000};
    for (const qint64 ms : instants) {
        QCOMPARE(isoUtc(fromEpochMs(ms)),
                 QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs));
    }
    for (qint64 ms = 1'700'000'000'000; ms < 1'800'000'000'000; ms += 987'654'321'7)
        QCOMPARE(isoUtc(fromEpochMs(ms)),
                 QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs));
}

void tst_Csv::writesOneRowPerAttempt()
{
    AttemptRecord r;
    r.timestamp = fromEpochMs(1'787'216'400'123);
    r.endpointId = QStringLiteral("orders");
    r.requestId = 42;
    r.attempt = 2;
    r.outcome = Outcome::RateLimited;
    r.httpStatus = 429;
    r.latency = std::chrono::microseconds(12'345);
    r.retryAfter = Millis(1000);
    r.breakerAfter = BreakerState::HalfOpen;
    r.queueDepth = 3;
    r.willRetry = true;
    r.nextDelay = Millis(1000);
    r.error = QStringLiteral("HTTP 429");
    QCOMPARE(attemptCsvRow(r),
             QByteArray("2026-08-20T09:00:00.123Z,orders,42,2,rate_limited,429,12.345,1000,"
                        "half_open,3,HTTP 429,0,1,1000,\r\n"));
    QVERIFY(attemptCsvHeader().startsWith(
        "timestamp_utc,endpoint_id,request_id,attempt,outcome,http_status,latency_ms,"
        "retry_after_ms,breaker_state,queue_depth,error"));
    QCOMPARE(attemptCsvHeader().count(','), attemptCsvRow(r).count(','));
}

void tst_Csv::leavesEmptyCellsForAbsentValues()
{
    AttemptRecord r;
    r.timestamp = fromEpochMs(0);
    r.endpointId = QStringLiteral("down");
    r.requestId = 7;
    r.outcome = Outcome::ShortCircuited;
    r.breakerAfter = BreakerState::Open;
    r.error = QStringLiteral("breaker open: no request sent");
    QCOMPARE(attemptCsvRow(r), QByteArray("1970-01-01T00:00:00.000Z,down,7,1,short_circuited,,,,"
                                          "open,0,breaker open: no request sent,0,0,,\r\n"));
}

void tst_Csv::namesTheDeliveryInTheLastColumn()
{
    AttemptRecord r;
    r.timestamp = fromEpochMs(0);
    r.endpointId = QStringLiteral("crm");
    r.deliveryId = QStringLiteral("0b7c9f0e-1c52-4c55-9d0e-3f4a8a2f6c11");
    QVERIFY(attemptCsvHeader().endsWith(",delivery_id\r\n"));
    QVERIFY(attemptCsvRow(r).endsWith(",0b7c9f0e-1c52-4c55-9d0e-3f4a8a2f6c11\r\n"));
}

QTEST_GUILESS_MAIN(tst_Csv)
#include "tst_csv.moc"
