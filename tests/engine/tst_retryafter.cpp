// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "policy/retryafter.h"

#include <QTest>

using namespace bw;
using namespace std::chrono;

namespace {

WallTime utc(int y, unsigned mo, unsigned d, int h = 0, int mi = 0, int s = 0)
{
    return sys_days{year{y} / mo / d} + hours{h} + minutes{mi} + seconds{s};
}

qint64 epochSeconds(WallTime t)
{
    return duration_cast<seconds>(t.time_since_epoch()).count();
}

const qint64 tenYearsMs = duration_cast<milliseconds>(years{10}).count();

// The reference the bug log's repros use: 2026-08-20 09:00:00 UTC, as FakeClock starts.
const WallTime today = utc(2026, 8, 20, 9);

} // namespace

class tst_RetryAfter : public QObject
{
    Q_OBJECT

private slots:
    void delaySecondsAreTakenAsSeconds_data();
    void delaySecondsAreTakenAsSeconds();
    void decimalsRoundUpNeverDown_data();
    void decimalsRoundUpNeverDown();
    void hugeValuesSaturateAtTenYears_data();
    void hugeValuesSaturateAtTenYears();
    void malformedValuesAreRejected_data();
    void malformedValuesAreRejected();
    void allThreeDateFormsGiveOneInstant_data();
    void allThreeDateFormsGiveOneInstant();
    void dateWaitsUntilTheServersInstant_data();
    void dateWaitsUntilTheServersInstant();
    void pastDateWaitsZero_data();
    void pastDateWaitsZero();
    void rfc850YearFollowsFiftyYearRule_data();
    void rfc850YearFollowsFiftyYearRule();
    void malformedDatesAreRejected_data();
    void malformedDatesAreRejected();
    void wrongWeekdayIsTolerated();
    void leapSecondCarriesIntoNextMinute();
    void responseDateCancelsClockSkew();
    void datesBeyondWallTimeDoNotOverflow();
};

void tst_RetryAfter::delaySecondsAreTakenAsSeconds_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("expectedMs");

    QTest::newRow("0") << QByteArray("0") << qint64(0);
    QTest::newRow("1") << QByteArray("1") << qint64(1000);
    QTest::newRow("120") << QByteArray("120") << qint64(120000);
    QTest::newRow("leading zeros") << QByteArray("0005") << qint64(5000);
    QTest::newRow("surrounding spaces") << QByteArray("  5 ") << qint64(5000);
    QTest::newRow("surrounding tabs") << QByteArray("\t7\t") << qint64(7000);
    // #4 and #5: the parser reports what the server asked; the caller's ceiling or deadline
    // decides what to do with it, never by waking early.
    QTest::newRow("#4 one hour") << QByteArray("3600") << qint64(3600000);
    QTest::newRow("#5 one day") << QByteArray("86400") << qint64(86400000);
}

void tst_RetryAfter::delaySecondsAreTakenAsSeconds()
{
    QFETCH(QByteArray, value);
    QFETCH(qint64, expectedMs);

    const auto wait = parseRetryAfter(value, today);
    QVERIFY(wait.has_value());
    QCOMPARE(wait->count(), expectedMs);
}

// Bug log #1, #2 and #7: a decimal must neither throw, nor fall back to a short retry, nor be
// read as a calendar year. It is rounded up so the client never sends before the server's
// instant.
void tst_RetryAfter::decimalsRoundUpNeverDown_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("expectedMs");

    QTest::newRow("#1 0.503") << QByteArray("0.503") << qint64(1000);
    QTest::newRow("#2 299.997") << QByteArray("299.997") << qint64(300000);
    QTest::newRow("#7 1.5") << QByteArray("1.5") << qint64(2000);
    QTest::newRow("1.0") << QByteArray("1.0") << qint64(1000);
    QTest::newRow("2.0") << QByteArray("2.0") << qint64(2000);
    QTest::newRow("0.0") << QByteArray("0.0") << qint64(0);
    QTest::newRow("tiny fraction") << QByteArray("0.000001") << qint64(1000);
    QTest::newRow("trailing zeros") << QByteArray("3.500") << qint64(4000);
    QTest::newRow("spaces around") << QByteArray(" 2.25 ") << qint64(3000);
}

void tst_RetryAfter::decimalsRoundUpNeverDown()
{
    QFETCH(QByteArray, value);
    QFETCH(qint64, expectedMs);

    const auto wait = parseRetryAfter(value, today);
    QVERIFY(wait.has_value());
    QCOMPARE(wait->count(), expectedMs);
}

// Bug log #3: an absurd value passed straight to a sleep overflowed.
void tst_RetryAfter::hugeValuesSaturateAtTenYears_data()
{
    QTest::addColumn<QByteArray>("value");

    QTest::newRow("#3 9999999999") << QByteArray("9999999999");
    QTest::newRow("#3 past 64 bits") << QByteArray("9999999999999999999999");
    QTest::newRow("#3 a thousand digits") << QByteArray(1000, '9');
    QTest::newRow("#3 huge decimal") << QByteArray("9999999999999999999999.5");
    QTest::newRow("exactly ten years")
        << QByteArray::number(duration_cast<seconds>(years{10}).count());
    QTest::newRow("ten years and a second")
        << QByteArray::number(duration_cast<seconds>(years{10}).count() + 1);
    QTest::newRow("far-future date") << QByteArray("Fri, 31 Dec 9999 23:59:59 GMT");
}

void tst_RetryAfter::hugeValuesSaturateAtTenYears()
{
    QFETCH(QByteArray, value);

    const auto wait = parseRetryAfter(value, today);
    QVERIFY(wait.has_value());
    QCOMPARE(wait->count(), tenYearsMs);
}

// Bug log #6 and #7: negative numbers and non-digits are invalid, so the caller's backoff
// applies; nothing may fall through to a lenient parser.
void tst_RetryAfter::malformedValuesAreRejected_data()
{
    QTest::addColumn<QByteArray>("value");

    QTest::newRow("empty") << QByteArray("");
    QTest::newRow("blank") << QByteArray(" ");
    QTest::newRow("tabs only") << QByteArray("\t\t");
    QTest::newRow("#6 -1") << QByteArray("-1");
    QTest::newRow("#7 -3") << QByteArray("-3");
    QTest::newRow("-0") << QByteArray("-0");
    QTest::newRow("+5") << QByteArray("+5");
    QTest::newRow("1e3") << QByteArray("1e3");
    QTest::newRow("abc") << QByteArray("abc");
    QTest::newRow("1.5.2") << QByteArray("1.5.2");
    QTest::newRow(".5") << QByteArray(".5");
    QTest::newRow("5.") << QByteArray("5.");
    QTest::newRow("-1.5") << QByteArray("-1.5");
    QTest::newRow("comma decimal") << QByteArray("1,5");
    QTest::newRow("inner space") << QByteArray("1 2");
    QTest::newRow("hex") << QByteArray("0x10");
    QTest::newRow("unit") << QByteArray("10s");
    QTest::newRow("fullwidth digit") << QByteArray("\xef\xbc\x95");
    QTest::newRow("#6 date without GMT") << QByteArray("Wed, 21 Oct 2015 07:28:00");
    QTest::newRow("ISO 8601") << QByteArray("2015-10-21T07:28:00Z");
}

void tst_RetryAfter::malformedValuesAreRejected()
{
    QFETCH(QByteArray, value);

    QCOMPARE(parseRetryAfter(value, today), std::nullopt);
}

// Bug log #9: RFC 9110 makes all three forms mandatory for recipients.
void tst_RetryAfter::allThreeDateFormsGiveOneInstant_data()
{
    QTest::addColumn<QByteArray>("value");

    QTest::newRow("#9 IMF-fixdate") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT");
    QTest::newRow("#9 RFC 850") << QByteArray("Sunday, 06-Nov-94 08:49:37 GMT");
    QTest::newRow("#9 asctime") << QByteArray("Sun Nov  6 08:49:37 1994");
    QTest::newRow("asctime, two-digit day") << QByteArray("Sun Nov 06 08:49:37 1994");
    QTest::newRow("surrounding whitespace") << QByteArray(" \tSun, 06 Nov 1994 08:49:37 GMT ");
}

void tst_RetryAfter::allThreeDateFormsGiveOneInstant()
{
    QFETCH(QByteArray, value);

    const WallTime instant = utc(1994, 11, 6, 8, 49, 37);
    QCOMPARE(parseHttpDate(value, today), std::optional<WallTime>(instant));

    const auto wait = parseRetryAfter(value, instant - 60s);
    QVERIFY(wait.has_value());
    QCOMPARE(wait->count(), qint64(60000));
}

void tst_RetryAfter::dateWaitsUntilTheServersInstant_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("referenceMs");
    QTest::addColumn<qint64>("expectedMs");

    const qint64 at0914 = epochSeconds(utc(2026, 8, 20, 9, 14)) * 1000;
    // Bug log #8: poll at the server's stated time, not after a 2 s fallback.
    QTest::newRow("#8 one minute ahead")
        << QByteArray("Thu, 20 Aug 2026 09:15:00 GMT") << at0914 << qint64(60000);
    QTest::newRow("#8 RFC 850 form")
        << QByteArray("Thursday, 20-Aug-26 09:15:00 GMT") << at0914 << qint64(60000);
    QTest::newRow("#8 asctime form")
        << QByteArray("Thu Aug 20 09:15:00 2026") << at0914 << qint64(60000);
    // Bug log #23: 429 with an HTTP-date waits to that instant.
    QTest::newRow("#23 next day") << QByteArray("Fri, 21 Aug 2026 09:14:00 GMT") << at0914
                                  << qint64(86400000);
    QTest::newRow("reference mid-second rounds up")
        << QByteArray("Thu, 20 Aug 2026 09:15:00 GMT") << at0914 + 250 << qint64(59750);
    QTest::newRow("under a second ahead")
        << QByteArray("Thu, 20 Aug 2026 09:14:01 GMT") << at0914 + 999 << qint64(1);
}

void tst_RetryAfter::dateWaitsUntilTheServersInstant()
{
    QFETCH(QByteArray, value);
    QFETCH(qint64, referenceMs);
    QFETCH(qint64, expectedMs);

    const WallTime reference{milliseconds{referenceMs}};
    const auto wait = parseRetryAfter(value, reference);
    QVERIFY(wait.has_value());
    QCOMPARE(wait->count(), expectedMs);
}

// Bug log #6: a date already past must mean "now", not a negative sleep or a failure.
void tst_RetryAfter::pastDateWaitsZero_data()
{
    QTest::addColumn<QByteArray>("value");

    QTest::newRow("#6 2015 date received today") << QByteArray("Wed, 21 Oct 2015 07:28:00 GMT");
    QTest::newRow("one second ago") << QByteArray("Thu, 20 Aug 2026 08:59:59 GMT");
    QTest::newRow("exactly now") << QByteArray("Thu, 20 Aug 2026 09:00:00 GMT");
    QTest::newRow("RFC 850 last century") << QByteArray("Sunday, 06-Nov-94 08:49:37 GMT");
    QTest::newRow("year 0001") << QByteArray("Mon, 01 Jan 0001 00:00:00 GMT");
}

void tst_RetryAfter::pastDateWaitsZero()
{
    QFETCH(QByteArray, value);

    QCOMPARE(parseRetryAfter(value, today), std::optional<Millis>(Millis{0}));
}

// Bug log #9: a two-digit year that would lie more than 50 years ahead means the most recent
// past year with those digits. Both sides of the boundary, to the second.
void tst_RetryAfter::rfc850YearFollowsFiftyYearRule_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("referenceSeconds");
    QTest::addColumn<qint64>("expectedSeconds");

    const qint64 ref2026 = epochSeconds(today);
    QTest::newRow("94 is 1994") << QByteArray("Sunday, 06-Nov-94 08:49:37 GMT") << ref2026
                                << epochSeconds(utc(1994, 11, 6, 8, 49, 37));
    QTest::newRow("99 is 1999") << QByteArray("Friday, 31-Dec-99 23:59:59 GMT") << ref2026
                                << epochSeconds(utc(1999, 12, 31, 23, 59, 59));
    QTest::newRow("00 is 2000") << QByteArray("Saturday, 01-Jan-00 00:00:00 GMT") << ref2026
                                << epochSeconds(utc(2000, 1, 1));
    QTest::newRow("26 is this year") << QByteArray("Thursday, 20-Aug-26 09:15:00 GMT") << ref2026
                                     << epochSeconds(utc(2026, 8, 20, 9, 15));
    QTest::newRow("70, 44 years ahead, stays ahead")
        << QByteArray("Wednesday, 01-Jan-70 00:00:00 GMT") << ref2026
        << epochSeconds(utc(2070, 1, 1));
    QTest::newRow("77, 51 years ahead, goes back") << QByteArray("Saturday, 01-Jan-77 00:00:00 GMT")
                                                   << ref2026 << epochSeconds(utc(1977, 1, 1));
    QTest::newRow("76, a day inside 50 years") << QByteArray("Wednesday, 19-Aug-76 09:00:00 GMT")
                                               << ref2026 << epochSeconds(utc(2076, 8, 19, 9));
    QTest::newRow("76, exactly 50 years") << QByteArray("Thursday, 20-Aug-76 09:00:00 GMT")
                                          << ref2026 << epochSeconds(utc(2076, 8, 20, 9));
    QTest::newRow("76, a second past 50 years")
        << QByteArray("Thursday, 20-Aug-76 09:00:01 GMT") << ref2026
        << epochSeconds(utc(1976, 8, 20, 9, 0, 1));
    QTest::newRow("76, a day past 50 years") << QByteArray("Friday, 21-Aug-76 09:00:00 GMT")
                                             << ref2026 << epochSeconds(utc(1976, 8, 21, 9));

    const qint64 ref1999 = epochSeconds(utc(1999, 6, 1));
    QTest::newRow("from 1999, 05 is 2005") << QByteArray("Saturday, 01-Jan-05 00:00:00 GMT")
                                           << ref1999 << epochSeconds(utc(2005, 1, 1));
    QTest::newRow("from 1999, 49 is 2049")
        << QByteArray("Friday, 01-Jan-49 00:00:00 GMT") << ref1999 << epochSeconds(utc(2049, 1, 1));
    QTest::newRow("from 1999, 50 is 1950")
        << QByteArray("Sunday, 01-Jan-50 00:00:00 GMT") << ref1999 << epochSeconds(utc(1950, 1, 1));
}

void tst_RetryAfter::rfc850YearFollowsFiftyYearRule()
{
    QFETCH(QByteArray, value);
    QFETCH(qint64, referenceSeconds);
    QFETCH(qint64, expectedSeconds);

    const WallTime reference{seconds{referenceSeconds}};
    const auto instant = parseHttpDate(value, reference);
    QVERIFY(instant.has_value());
    QCOMPARE(epochSeconds(*instant), expectedSeconds);
}

void tst_RetryAfter::malformedDatesAreRejected_data()
{
    QTest::addColumn<QByteArray>("value");

    QTest::newRow("no zone") << QByteArray("Wed, 21 Oct 2015 07:28:00");
    QTest::newRow("UTC instead of GMT") << QByteArray("Wed, 21 Oct 2015 07:28:00 UTC");
    QTest::newRow("numeric zone") << QByteArray("Wed, 21 Oct 2015 07:28:00 +0000");
    QTest::newRow("lower-case zone") << QByteArray("Wed, 21 Oct 2015 07:28:00 gmt");
    QTest::newRow("lower-case day") << QByteArray("wed, 21 Oct 2015 07:28:00 GMT");
    QTest::newRow("lower-case month") << QByteArray("Wed, 21 oct 2015 07:28:00 GMT");
    QTest::newRow("unknown day name") << QByteArray("Wez, 21 Oct 2015 07:28:00 GMT");
    QTest::newRow("unknown month") << QByteArray("Wed, 21 Ocx 2015 07:28:00 GMT");
    QTest::newRow("one-digit day") << QByteArray("Wed, 1 Oct 2015 07:28:00 GMT");
    QTest::newRow("two-digit year in IMF") << QByteArray("Wed, 21 Oct 15 07:28:00 GMT");
    QTest::newRow("missing space after comma") << QByteArray("Wed,21 Oct 2015 07:28:00 GMT");
    QTest::newRow("double space") << QByteArray("Wed, 21  Oct 2015 07:28:00 GMT");
    QTest::newRow("one-digit hour") << QByteArray("Wed, 21 Oct 2015 7:28:00 GMT");
    QTest::newRow("no seconds") << QByteArray("Wed, 21 Oct 2015 07:28 GMT");
    QTest::newRow("trailing text") << QByteArray("Wed, 21 Oct 2015 07:28:00 GMT x");
    QTest::newRow("long day name in IMF") << QByteArray("Wednesday, 21 Oct 2015 07:28:00 GMT");
    QTest::newRow("short day name in RFC 850") << QByteArray("Wed, 21-Oct-15 07:28:00 GMT");
    QTest::newRow("four-digit year in RFC 850")
        << QByteArray("Wednesday, 21-Oct-2015 07:28:00 GMT");
    QTest::newRow("asctime with one space") << QByteArray("Sun Nov 6 08:49:37 1994");
    QTest::newRow("asctime with zone") << QByteArray("Sun Nov  6 08:49:37 1994 GMT");
    QTest::newRow("asctime two-digit year") << QByteArray("Sun Nov  6 08:49:37 94");
    QTest::newRow("day 32") << QByteArray("Wed, 32 Oct 2015 07:28:00 GMT");
    QTest::newRow("day 00") << QByteArray("Wed, 00 Oct 2015 07:28:00 GMT");
    QTest::newRow("31 November") << QByteArray("Mon, 31 Nov 2015 07:28:00 GMT");
    QTest::newRow("29 February, common year") << QByteArray("Sun, 29 Feb 2015 07:28:00 GMT");
    QTest::newRow("29 February 1900") << QByteArray("Thu, 29 Feb 1900 07:28:00 GMT");
    QTest::newRow("hour 24") << QByteArray("Wed, 21 Oct 2015 24:00:00 GMT");
    QTest::newRow("minute 60") << QByteArray("Wed, 21 Oct 2015 07:60:00 GMT");
    QTest::newRow("second 61") << QByteArray("Wed, 21 Oct 2015 07:28:61 GMT");
    QTest::newRow("RFC 850 day 30 February") << QByteArray("Monday, 30-Feb-15 07:28:00 GMT");
    QTest::newRow("empty") << QByteArray("");
}

void tst_RetryAfter::malformedDatesAreRejected()
{
    QFETCH(QByteArray, value);

    QCOMPARE(parseHttpDate(value, today), std::nullopt);
    QCOMPARE(parseRetryAfter(value, today), std::nullopt);
}

void tst_RetryAfter::wrongWeekdayIsTolerated()
{
    // 6 November 1994 was a Sunday; each form names another day.
    const std::optional<WallTime> instant(utc(1994, 11, 6, 8, 49, 37));
    QCOMPARE(parseHttpDate("Mon, 06 Nov 1994 08:49:37 GMT", today), instant);
    QCOMPARE(parseHttpDate("Friday, 06-Nov-94 08:49:37 GMT", today), instant);
    QCOMPARE(parseHttpDate("Tue Nov  6 08:49:37 1994", today), instant);
}

void tst_RetryAfter::leapSecondCarriesIntoNextMinute()
{
    QCOMPARE(parseHttpDate("Sat, 31 Dec 2016 23:59:60 GMT", today),
             std::optional<WallTime>(utc(2017, 1, 1)));
    QCOMPARE(parseHttpDate("Sun, 29 Feb 2004 12:00:00 GMT", today),
             std::optional<WallTime>(utc(2004, 2, 29, 12)));
}

// The header recommends the response's Date as the reference, so a server whose clock runs
// five minutes fast still gets exactly the pause it meant.
void tst_RetryAfter::responseDateCancelsClockSkew()
{
    const WallTime localReceipt = utc(2026, 8, 20, 9, 14);
    const auto serverDate = parseHttpDate("Thu, 20 Aug 2026 09:19:00 GMT", localReceipt);
    QVERIFY(serverDate.has_value());

    const QByteArray retryAfter("Thu, 20 Aug 2026 09:20:00 GMT");
    QCOMPARE(parseRetryAfter(retryAfter, *serverDate), std::optional<Millis>(60s));
    QCOMPARE(parseRetryAfter(retryAfter, localReceipt), std::optional<Millis>(360s));
}

void tst_RetryAfter::datesBeyondWallTimeDoNotOverflow()
{
    // WallTime counts nanoseconds, which end in 2262 and begin in 1677.
    const auto late = parseHttpDate("Fri, 31 Dec 9999 23:59:59 GMT", today);
    QVERIFY(late.has_value());
    QVERIFY(*late > utc(2262, 1, 1));

    const auto early = parseHttpDate("Mon, 01 Jan 0001 00:00:00 GMT", today);
    QVERIFY(early.has_value());
    QVERIFY(*early < utc(1678, 1, 1));
}

QTEST_GUILESS_MAIN(tst_RetryAfter)
#include "tst_retryafter.moc"
