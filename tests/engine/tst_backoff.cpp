// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "policy/backoff.h"

#include <QTest>

#include <climits>
#include <cmath>
#include <limits>

using namespace bw;

Q_DECLARE_METATYPE(bw::BackoffKind)
Q_DECLARE_METATYPE(bw::Jitter)

namespace {

RetrySettings settingsFor(BackoffKind kind, Jitter jitter, qint64 baseMs, qint64 maxMs,
                          double multiplier = 2.0, qint64 minMs = 0)
{
    RetrySettings s;
    s.kind = kind;
    s.jitter = jitter;
    s.baseDelay = Millis{baseMs};
    s.maxDelay = Millis{maxMs};
    s.multiplier = multiplier;
    s.minDelay = Millis{minMs};
    return s;
}

} // namespace

class tst_Backoff : public QObject
{
    Q_OBJECT

private slots:
    void ceilingGrowsByKindAndIsCapped_data();
    void ceilingGrowsByKindAndIsCapped();
    void jitterDrawsWithinItsBand_data();
    void jitterDrawsWithinItsBand();
    void decorrelatedGrowsFromPreviousDelay_data();
    void decorrelatedGrowsFromPreviousDelay();
    void everyDelayIsAtLeastMinDelay_data();
    void everyDelayIsAtLeastMinDelay();
    void hugeGrowthSaturatesAtMaxDelay_data();
    void hugeGrowthSaturatesAtMaxDelay();
    void randomOutsideUnitIntervalIsClamped_data();
    void randomOutsideUnitIntervalIsClamped();
    void retryBelowOneCountsAsFirstRetry();
    void delaysStayWithinReportedRange_data();
    void delaysStayWithinReportedRange();
};

void tst_Backoff::ceilingGrowsByKindAndIsCapped_data()
{
    QTest::addColumn<BackoffKind>("kind");
    QTest::addColumn<double>("multiplier");
    QTest::addColumn<int>("retry");
    QTest::addColumn<qint64>("expectedMs");

    // base 200 ms, cap 5000 ms, no jitter
    QTest::newRow("constant 1") << BackoffKind::Constant << 2.0 << 1 << qint64(200);
    QTest::newRow("constant 9") << BackoffKind::Constant << 2.0 << 9 << qint64(200);
    QTest::newRow("linear 1") << BackoffKind::Linear << 2.0 << 1 << qint64(200);
    QTest::newRow("linear 3") << BackoffKind::Linear << 2.0 << 3 << qint64(600);
    QTest::newRow("linear 25 reaches cap") << BackoffKind::Linear << 2.0 << 25 << qint64(5000);
    QTest::newRow("linear 40 capped") << BackoffKind::Linear << 2.0 << 40 << qint64(5000);
    QTest::newRow("exponential 1") << BackoffKind::Exponential << 2.0 << 1 << qint64(200);
    QTest::newRow("exponential 2") << BackoffKind::Exponential << 2.0 << 2 << qint64(400);
    QTest::newRow("exponential 3") << BackoffKind::Exponential << 2.0 << 3 << qint64(800);
    QTest::newRow("exponential 5") << BackoffKind::Exponential << 2.0 << 5 << qint64(3200);
    QTest::newRow("exponential 6 capped") << BackoffKind::Exponential << 2.0 << 6 << qint64(5000);
    QTest::newRow("exponential x1.5 retry 3")
        << BackoffKind::Exponential << 1.5 << 3 << qint64(450);
    QTest::newRow("exponential x1.1 retry 4")
        << BackoffKind::Exponential << 1.1 << 4 << qint64(266);
}

void tst_Backoff::ceilingGrowsByKindAndIsCapped()
{
    QFETCH(BackoffKind, kind);
    QFETCH(double, multiplier);
    QFETCH(int, retry);
    QFETCH(qint64, expectedMs);

    const RetrySettings s = settingsFor(kind, Jitter::None, 200, 5000, multiplier);
    QCOMPARE(backoffDelay(s, retry, Millis{0}, 0.7).count(), expectedMs);
    const auto [low, high] = backoffRange(s, retry, Millis{0});
    QCOMPARE(low.count(), expectedMs);
    QCOMPARE(high.count(), expectedMs);
}

void tst_Backoff::jitterDrawsWithinItsBand_data()
{
    QTest::addColumn<Jitter>("jitter");
    QTest::addColumn<int>("retry");
    QTest::addColumn<double>("random");
    QTest::addColumn<qint64>("expectedMs");

    // exponential, base 200 ms, cap 5000 ms: ceilings 200, 400, 800, ...
    QTest::newRow("full, draw 0") << Jitter::Full << 3 << 0.0 << qint64(0);
    QTest::newRow("full, draw 0.5") << Jitter::Full << 3 << 0.5 << qint64(400);
    QTest::newRow("full, draw 0.25") << Jitter::Full << 2 << 0.25 << qint64(100);
    QTest::newRow("full, top draw") << Jitter::Full << 3 << 0.9999999 << qint64(800);
    QTest::newRow("full, capped ceiling") << Jitter::Full << 10 << 0.5 << qint64(2500);
    QTest::newRow("equal, draw 0") << Jitter::Equal << 3 << 0.0 << qint64(400);
    QTest::newRow("equal, draw 0.5") << Jitter::Equal << 3 << 0.5 << qint64(600);
    QTest::newRow("equal, top draw") << Jitter::Equal << 3 << 0.9999999 << qint64(800);
    QTest::newRow("equal, capped ceiling") << Jitter::Equal << 10 << 0.0 << qint64(2500);
}

void tst_Backoff::jitterDrawsWithinItsBand()
{
    QFETCH(Jitter, jitter);
    QFETCH(int, retry);
    QFETCH(double, random);
    QFETCH(qint64, expectedMs);

    const RetrySettings s = settingsFor(BackoffKind::Exponential, jitter, 200, 5000);
    QCOMPARE(backoffDelay(s, retry, Millis{0}, random).count(), expectedMs);
}

void tst_Backoff::decorrelatedGrowsFromPreviousDelay_data()
{
    QTest::addColumn<int>("retry");
    QTest::addColumn<qint64>("previousMs");
    QTest::addColumn<double>("random");
    QTest::addColumn<qint64>("expectedMs");
    QTest::addColumn<qint64>("lowMs");
    QTest::addColumn<qint64>("highMs");

    // base 200 ms, cap 5000 ms
    QTest::newRow("first retry ignores previous")
        << 1 << qint64(4000) << 0.5 << qint64(400) << qint64(200) << qint64(600);
    QTest::newRow("first retry, draw 0")
        << 1 << qint64(0) << 0.0 << qint64(200) << qint64(200) << qint64(600);
    QTest::newRow("from 600") << 2 << qint64(600) << 0.5 << qint64(1000) << qint64(200)
                              << qint64(1800);
    QTest::newRow("from 1800, capped draw")
        << 3 << qint64(1800) << 0.97 << qint64(5000) << qint64(200) << qint64(5000);
    QTest::newRow("previous below base")
        << 2 << qint64(10) << 0.5 << qint64(200) << qint64(200) << qint64(200);
    QTest::newRow("previous at the limit of Millis")
        << 2 << std::numeric_limits<qint64>::max() << 0.5 << qint64(5000) << qint64(200)
        << qint64(5000);
}

void tst_Backoff::decorrelatedGrowsFromPreviousDelay()
{
    QFETCH(int, retry);
    QFETCH(qint64, previousMs);
    QFETCH(double, random);
    QFETCH(qint64, expectedMs);
    QFETCH(qint64, lowMs);
    QFETCH(qint64, highMs);

    const RetrySettings s = settingsFor(BackoffKind::Exponential, Jitter::Decorrelated, 200, 5000);
    QCOMPARE(backoffDelay(s, retry, Millis{previousMs}, random).count(), expectedMs);
    const auto [low, high] = backoffRange(s, retry, Millis{previousMs});
    QCOMPARE(low.count(), lowMs);
    QCOMPARE(high.count(), highMs);
}

// Bug log #16: a random exponential wait drew from zero, so waits fell below the stated
// minimum. Every kind of jitter, at every retry, honours minDelay.
void tst_Backoff::everyDelayIsAtLeastMinDelay_data()
{
    QTest::addColumn<BackoffKind>("kind");
    QTest::addColumn<Jitter>("jitter");

    QTest::newRow("#16 full jitter") << BackoffKind::Exponential << Jitter::Full;
    QTest::newRow("#16 equal jitter") << BackoffKind::Exponential << Jitter::Equal;
    QTest::newRow("#16 decorrelated") << BackoffKind::Exponential << Jitter::Decorrelated;
    QTest::newRow("#16 no jitter") << BackoffKind::Exponential << Jitter::None;
    QTest::newRow("#16 linear full") << BackoffKind::Linear << Jitter::Full;
    QTest::newRow("#16 constant full") << BackoffKind::Constant << Jitter::Full;
}

void tst_Backoff::everyDelayIsAtLeastMinDelay()
{
    QFETCH(BackoffKind, kind);
    QFETCH(Jitter, jitter);

    const RetrySettings s = settingsFor(kind, jitter, 100, 30000, 2.0, 2000);
    Millis previous{0};
    for (int retry = 1; retry <= 12; ++retry) {
        for (const double r : {0.0, 0.001, 0.3, 0.999}) {
            const Millis delay = backoffDelay(s, retry, previous, r);
            QVERIFY2(delay >= Millis{2000}, qPrintable(QStringLiteral("retry %1, draw %2: %3 ms")
                                                           .arg(retry)
                                                           .arg(r)
                                                           .arg(delay.count())));
            previous = delay;
        }
        QVERIFY(backoffRange(s, retry, previous).first >= Millis{2000});
    }
}

void tst_Backoff::hugeGrowthSaturatesAtMaxDelay_data()
{
    QTest::addColumn<BackoffKind>("kind");
    QTest::addColumn<qint64>("baseMs");
    QTest::addColumn<qint64>("maxMs");
    QTest::addColumn<double>("multiplier");
    QTest::addColumn<int>("retry");

    const qint64 maxMillis = std::numeric_limits<qint64>::max();
    QTest::newRow("exponential retry INT_MAX")
        << BackoffKind::Exponential << qint64(200) << qint64(5000) << 2.0 << INT_MAX;
    QTest::newRow("exponential retry 1100, 2^1099 overflows double")
        << BackoffKind::Exponential << qint64(200) << qint64(5000) << 2.0 << 1100;
    QTest::newRow("multiplier 1e300")
        << BackoffKind::Exponential << qint64(200) << qint64(5000) << 1e300 << 3;
    QTest::newRow("multiplier NaN")
        << BackoffKind::Exponential << qint64(200) << qint64(5000) << std::nan("") << 2;
    QTest::newRow("linear retry INT_MAX")
        << BackoffKind::Linear << qint64(200) << qint64(5000) << 2.0 << INT_MAX;
    QTest::newRow("linear huge base")
        << BackoffKind::Linear << maxMillis / 2 << qint64(5000) << 2.0 << 1000;
    QTest::newRow("uncapped exponential")
        << BackoffKind::Exponential << qint64(200) << maxMillis << 2.0 << 2000;
    QTest::newRow("uncapped linear")
        << BackoffKind::Linear << maxMillis << maxMillis << 2.0 << INT_MAX;
}

void tst_Backoff::hugeGrowthSaturatesAtMaxDelay()
{
    QFETCH(BackoffKind, kind);
    QFETCH(qint64, baseMs);
    QFETCH(qint64, maxMs);
    QFETCH(double, multiplier);
    QFETCH(int, retry);

    const RetrySettings plain = settingsFor(kind, Jitter::None, baseMs, maxMs, multiplier);
    QCOMPARE(backoffDelay(plain, retry, Millis{0}, 0.5).count(), maxMs);
    QCOMPARE(backoffRange(plain, retry, Millis{0}).second.count(), maxMs);

    const RetrySettings full = settingsFor(kind, Jitter::Full, baseMs, maxMs, multiplier);
    const Millis drawn = backoffDelay(full, retry, Millis{0}, 0.5);
    QVERIFY(drawn >= Millis{0});
    QVERIFY(drawn <= Millis{maxMs});
}

void tst_Backoff::randomOutsideUnitIntervalIsClamped_data()
{
    QTest::addColumn<double>("random");
    QTest::addColumn<qint64>("expectedMs");

    // full jitter over a ceiling of 800 ms
    QTest::newRow("negative") << -0.5 << qint64(0);
    QTest::newRow("minus infinity") << -std::numeric_limits<double>::infinity() << qint64(0);
    QTest::newRow("NaN") << std::nan("") << qint64(0);
    QTest::newRow("exactly 1") << 1.0 << qint64(800);
    QTest::newRow("above 1") << 7.0 << qint64(800);
    QTest::newRow("plus infinity") << std::numeric_limits<double>::infinity() << qint64(800);
}

void tst_Backoff::randomOutsideUnitIntervalIsClamped()
{
    QFETCH(double, random);
    QFETCH(qint64, expectedMs);

    const RetrySettings s = settingsFor(BackoffKind::Exponential, Jitter::Full, 200, 5000);
    QCOMPARE(backoffDelay(s, 3, Millis{0}, random).count(), expectedMs);
}

void tst_Backoff::retryBelowOneCountsAsFirstRetry()
{
    const RetrySettings s = settingsFor(BackoffKind::Exponential, Jitter::None, 200, 5000);
    QCOMPARE(backoffDelay(s, 0, Millis{0}, 0.5), Millis{200});
    QCOMPARE(backoffDelay(s, -5, Millis{0}, 0.5), Millis{200});
    QCOMPARE(backoffDelay(s, INT_MIN, Millis{0}, 0.5), Millis{200});
}

void tst_Backoff::delaysStayWithinReportedRange_data()
{
    QTest::addColumn<BackoffKind>("kind");
    QTest::addColumn<Jitter>("jitter");

    const std::pair<const char *, BackoffKind> kinds[]
        = {{"constant", BackoffKind::Constant},
           {"linear", BackoffKind::Linear},
           {"exponential", BackoffKind::Exponential}};
    const std::pair<const char *, Jitter> jitters[] = {{"none", Jitter::None},
                                                       {"full", Jitter::Full},
                                                       {"equal", Jitter::Equal},
                                                       {"decorrelated", Jitter::Decorrelated}};
    for (const auto &[kindName, kind] : kinds) {
        for (const auto &[jitterName, jitter] : jitters) {
            QTest::addRow("%s, %s", kindName, jitterName) << kind << jitter;
        }
    }
}

void tst_Backoff::delaysStayWithinReportedRange()
{
    QFETCH(BackoffKind, kind);
    QFETCH(Jitter, jitter);

    const RetrySettings s = settingsFor(kind, jitter, 150, 7000, 1.7, 50);
    Millis previous{0};
    for (int retry = 1; retry <= 15; ++retry) {
        const auto [low, high] = backoffRange(s, retry, previous);
        QVERIFY(low <= high);
        QVERIFY(high <= s.maxDelay);
        Millis last{0};
        for (int step = 0; step < 100; ++step) {
            const Millis delay = backoffDelay(s, retry, previous, step / 100.0);
            QVERIFY(delay >= low);
            QVERIFY(delay <= high);
            // Delays never fall as the draw rises, so the range's ends are real extremes.
            QVERIFY(delay >= last);
            last = delay;
        }
        previous = backoffDelay(s, retry, previous, 0.6);
    }
}

QTEST_GUILESS_MAIN(tst_Backoff)
#include "tst_backoff.moc"
