// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeclock.h"
#include "policy/ratelimiter.h"

#include <QTest>

#include <algorithm>

using namespace bw;

namespace {

RateLimitSettings limitOf(double rps, double burst)
{
    RateLimitSettings s;
    s.requestsPerSecond = rps;
    s.burst = burst;
    return s;
}

// Takes every token available at `now`; returns how many that was.
int drain(RateLimiter &limiter, SteadyTime now)
{
    int taken = 0;
    while (taken < 10000 && limiter.tryAcquire(now) == Millis{0}) {
        ++taken;
    }
    return taken;
}

/// The stricter server of the simulation: a plain token bucket that answers 429 when empty.
class ServerBucket
{
public:
    ServerBucket(double rate, double burst, SteadyTime now)
        : m_rate(rate)
        , m_burst(burst)
        , m_tokens(burst)
        , m_last(now)
    {
    }

    bool admit(SteadyTime now)
    {
        m_tokens = std::min(
            m_burst, m_tokens + std::chrono::duration<double>(now - m_last).count() * m_rate);
        m_last = now;
        if (m_tokens < 1.0 - 1e-9) {
            return false;
        }
        m_tokens = std::max(m_tokens - 1.0, 0.0);
        return true;
    }

private:
    double m_rate;
    double m_burst;
    double m_tokens;
    SteadyTime m_last;
};

} // namespace

class tst_RateLimiter : public QObject
{
    Q_OBJECT

private slots:
    void unlimitedAlwaysAdmits_data();
    void unlimitedAlwaysAdmits();
    void startsFullAndAdmitsTheBurst_data();
    void startsFullAndAdmitsTheBurst();
    void grantsAfterExactlyTheReportedWait_data();
    void grantsAfterExactlyTheReportedWait();
    void timeUntilAvailableTakesNothing();
    void refillsUpToCapacityOnly();
    void throttleHalvesRateAndEmptiesBucket();
    void throttleNeverGoesBelowMinimumRate_data();
    void throttleNeverGoesBelowMinimumRate();
    void growthFollowsTimeNotCallCount();
    void growthSlowsNearLastThrottleRate();
    void defaultGrowthIsFivePercentOfThrottledRate_data();
    void defaultGrowthIsFivePercentOfThrottledRate();
    void nonAdaptiveIgnoresFeedback();
    void reconfigureKeepsLearnedRateBelowNewLimit_data();
    void reconfigureKeepsLearnedRateBelowNewLimit();
    void reconfigureClampsTokensToNewSize();
    void reconfigureBetweenUnlimitedAndLimited();
    void settlesJustBelowAStricterServer_data();
    void settlesJustBelowAStricterServer();
};

void tst_RateLimiter::unlimitedAlwaysAdmits_data()
{
    QTest::addColumn<double>("rps");

    QTest::newRow("zero") << 0.0;
    QTest::newRow("negative") << -3.0;
}

void tst_RateLimiter::unlimitedAlwaysAdmits()
{
    QFETCH(double, rps);

    FakeClock clock;
    RateLimiter limiter(limitOf(rps, 1), clock.now());
    QVERIFY(limiter.isUnlimited());
    for (int i = 0; i < 1000; ++i) {
        QCOMPARE(limiter.tryAcquire(clock.now()), Millis{0});
    }
    limiter.onThrottled(clock.now());
    QCOMPARE(limiter.tryAcquire(clock.now()), Millis{0});
    QCOMPARE(limiter.timeUntilAvailable(clock.now()), Millis{0});
}

void tst_RateLimiter::startsFullAndAdmitsTheBurst_data()
{
    QTest::addColumn<double>("rps");
    QTest::addColumn<double>("burst");
    QTest::addColumn<int>("admitted");
    QTest::addColumn<qint64>("nextWaitMs");

    QTest::newRow("10/s burst 5") << 10.0 << 5.0 << 5 << qint64(100);
    QTest::newRow("10/s burst 1") << 10.0 << 1.0 << 1 << qint64(100);
    QTest::newRow("burst below 1 counts as 1") << 10.0 << 0.5 << 1 << qint64(100);
    QTest::newRow("3/s rounds the wait up") << 3.0 << 2.0 << 2 << qint64(334);
    QTest::newRow("fractional burst keeps the part") << 20.0 << 2.5 << 2 << qint64(25);
    QTest::newRow("slow rate") << 0.1 << 1.0 << 1 << qint64(10000);
}

void tst_RateLimiter::startsFullAndAdmitsTheBurst()
{
    QFETCH(double, rps);
    QFETCH(double, burst);
    QFETCH(int, admitted);
    QFETCH(qint64, nextWaitMs);

    FakeClock clock;
    RateLimiter limiter(limitOf(rps, burst), clock.now());
    QCOMPARE(drain(limiter, clock.now()), admitted);
    QCOMPARE(limiter.tryAcquire(clock.now()).count(), nextWaitMs);
}

void tst_RateLimiter::grantsAfterExactlyTheReportedWait_data()
{
    QTest::addColumn<double>("rps");

    QTest::newRow("1/s") << 1.0;
    QTest::newRow("3/s") << 3.0;
    QTest::newRow("7/s") << 7.0;
    QTest::newRow("20/s") << 20.0;
    QTest::newRow("333/s") << 333.0;
    QTest::newRow("1000/s") << 1000.0;
}

void tst_RateLimiter::grantsAfterExactlyTheReportedWait()
{
    QFETCH(double, rps);

    FakeClock clock;
    RateLimiter limiter(limitOf(rps, 1), clock.now());
    for (int i = 0; i < 50; ++i) {
        drain(limiter, clock.now());
        const Millis wait = limiter.tryAcquire(clock.now());
        QVERIFY(wait > Millis{0});
        if (wait > Millis{1}) {
            clock.advance(wait - Millis{1});
            QVERIFY2(limiter.tryAcquire(clock.now()) > Millis{0}, "admitted before the wait ended");
            clock.advance(Millis{1});
        } else {
            clock.advance(wait);
        }
        QCOMPARE(limiter.tryAcquire(clock.now()), Millis{0});
    }
}

void tst_RateLimiter::timeUntilAvailableTakesNothing()
{
    FakeClock clock;
    RateLimiter limiter(limitOf(10, 2), clock.now());
    QCOMPARE(limiter.timeUntilAvailable(clock.now()), Millis{0});
    QCOMPARE(limiter.tokens(clock.now()), 2.0);

    drain(limiter, clock.now());
    QCOMPARE(limiter.timeUntilAvailable(clock.now()), Millis{100});
    QCOMPARE(limiter.timeUntilAvailable(clock.now()), Millis{100});
    clock.advance(Millis{40});
    QCOMPARE(limiter.timeUntilAvailable(clock.now()), Millis{60});
}

void tst_RateLimiter::refillsUpToCapacityOnly()
{
    FakeClock clock;
    RateLimiter limiter(limitOf(10, 5), clock.now());
    drain(limiter, clock.now());
    clock.advance(Millis{300});
    QCOMPARE(drain(limiter, clock.now()), 3);

    clock.advance(std::chrono::seconds{60});
    QCOMPARE(limiter.tokens(clock.now()), 5.0);
    QCOMPARE(drain(limiter, clock.now()), 5);
}

void tst_RateLimiter::throttleHalvesRateAndEmptiesBucket()
{
    FakeClock clock;
    RateLimiter limiter(limitOf(20, 5), clock.now());
    QCOMPARE(limiter.capacity(), 5.0);

    limiter.onThrottled(clock.now());
    QCOMPARE(limiter.currentRate(), 10.0);
    QCOMPARE(limiter.tokens(clock.now()), 0.0);
    // The bucket shrinks with the rate, so no saved-up burst hits a server that just refused.
    QCOMPARE(limiter.capacity(), 2.5);
    QCOMPARE(limiter.tryAcquire(clock.now()), Millis{100});
}

void tst_RateLimiter::throttleNeverGoesBelowMinimumRate_data()
{
    QTest::addColumn<double>("minimumRate");
    QTest::addColumn<double>("decreaseFactor");
    QTest::addColumn<double>("floor");

    QTest::newRow("default floor") << 0.05 << 0.5 << 0.05;
    QTest::newRow("floor 2/s") << 2.0 << 0.5 << 2.0;
    QTest::newRow("factor 0 drops to the floor") << 1.0 << 0.0 << 1.0;
    QTest::newRow("floor above configured rate") << 50.0 << 0.5 << 20.0;
}

void tst_RateLimiter::throttleNeverGoesBelowMinimumRate()
{
    QFETCH(double, minimumRate);
    QFETCH(double, decreaseFactor);
    QFETCH(double, floor);

    FakeClock clock;
    RateLimitSettings s = limitOf(20, 5);
    s.minimumRate = minimumRate;
    s.decreaseFactor = decreaseFactor;
    RateLimiter limiter(s, clock.now());
    for (int i = 0; i < 40; ++i) {
        limiter.onThrottled(clock.now());
        QVERIFY(limiter.currentRate() >= floor);
    }
    QCOMPARE(limiter.currentRate(), floor);
    QVERIFY(limiter.capacity() >= 1.0);
}

void tst_RateLimiter::growthFollowsTimeNotCallCount()
{
    FakeClock clock;
    RateLimiter busy(limitOf(20, 5), clock.now());
    RateLimiter quiet(limitOf(20, 5), clock.now());
    busy.onThrottled(clock.now());
    quiet.onThrottled(clock.now());

    for (int i = 0; i < 100; ++i) {
        busy.onSuccess(clock.now());
    }
    QCOMPARE(busy.currentRate(), 10.0);

    for (int i = 0; i < 2000; ++i) {
        clock.advance(Millis{1});
        busy.onSuccess(clock.now());
    }
    quiet.onSuccess(clock.now());
    QCOMPARE(quiet.currentRate(), 12.0);
    QVERIFY(qAbs(busy.currentRate() - quiet.currentRate()) < 1e-9);
}

void tst_RateLimiter::growthSlowsNearLastThrottleRate()
{
    FakeClock clock;
    RateLimiter limiter(limitOf(20, 5), clock.now());
    limiter.onThrottled(clock.now());
    QCOMPARE(limiter.currentRate(), 10.0);

    // Default growth is 5% of 20/s = 1/s per second while below 90% of the throttle rate (18).
    const struct
    {
        std::chrono::seconds after;
        double rate;
    } steps[] = {{std::chrono::seconds{7}, 17.0},  {std::chrono::seconds{1}, 18.0},
                 {std::chrono::seconds{1}, 18.25}, {std::chrono::seconds{4}, 19.25},
                 {std::chrono::seconds{10}, 20.0}, {std::chrono::seconds{10}, 20.0}};
    for (const auto &step : steps) {
        clock.advance(step.after);
        limiter.onSuccess(clock.now());
        QCOMPARE(limiter.currentRate(), step.rate);
    }
}

void tst_RateLimiter::defaultGrowthIsFivePercentOfThrottledRate_data()
{
    QTest::addColumn<double>("rps");
    QTest::addColumn<double>("increasePerSecond");
    QTest::addColumn<double>("rateAfterOneSecond");

    QTest::newRow("20/s grows 1/s") << 20.0 << 0.0 << 11.0;
    QTest::newRow("0.5/s grows at least 0.05/s") << 0.5 << 0.0 << 0.3;
    QTest::newRow("explicit 3/s") << 20.0 << 3.0 << 13.0;
}

void tst_RateLimiter::defaultGrowthIsFivePercentOfThrottledRate()
{
    QFETCH(double, rps);
    QFETCH(double, increasePerSecond);
    QFETCH(double, rateAfterOneSecond);

    FakeClock clock;
    RateLimitSettings s = limitOf(rps, 1);
    s.increasePerSecond = increasePerSecond;
    s.minimumRate = 0.01;
    RateLimiter limiter(s, clock.now());
    limiter.onThrottled(clock.now());
    clock.advance(std::chrono::seconds{1});
    limiter.onSuccess(clock.now());
    QVERIFY(qAbs(limiter.currentRate() - rateAfterOneSecond) < 1e-9);
}

void tst_RateLimiter::nonAdaptiveIgnoresFeedback()
{
    FakeClock clock;
    RateLimitSettings s = limitOf(20, 5);
    s.adaptive = false;
    RateLimiter limiter(s, clock.now());
    limiter.onThrottled(clock.now());
    QCOMPARE(limiter.currentRate(), 20.0);
    QCOMPARE(limiter.tokens(clock.now()), 5.0);
    clock.advance(std::chrono::seconds{5});
    limiter.onSuccess(clock.now());
    QCOMPARE(limiter.currentRate(), 20.0);
}

void tst_RateLimiter::reconfigureKeepsLearnedRateBelowNewLimit_data()
{
    QTest::addColumn<double>("newRps");
    QTest::addColumn<bool>("adaptive");
    QTest::addColumn<double>("expectedRate");

    // The limiter has learned 10/s from a throttle at its configured 20/s.
    QTest::newRow("higher limit keeps learned rate") << 30.0 << true << 10.0;
    QTest::newRow("lower limit caps learned rate") << 8.0 << true << 8.0;
    QTest::newRow("non-adaptive uses the limit") << 30.0 << false << 30.0;
    QTest::newRow("unlimited") << 0.0 << true << 0.0;
}

void tst_RateLimiter::reconfigureKeepsLearnedRateBelowNewLimit()
{
    QFETCH(double, newRps);
    QFETCH(bool, adaptive);
    QFETCH(double, expectedRate);

    FakeClock clock;
    RateLimiter limiter(limitOf(20, 5), clock.now());
    limiter.onThrottled(clock.now());

    RateLimitSettings next = limitOf(newRps, 5);
    next.adaptive = adaptive;
    limiter.reconfigure(next, clock.now());
    QCOMPARE(limiter.settings(), next);
    QCOMPARE(limiter.currentRate(), expectedRate);
}

void tst_RateLimiter::reconfigureClampsTokensToNewSize()
{
    FakeClock clock;
    RateLimiter limiter(limitOf(20, 5), clock.now());
    limiter.reconfigure(limitOf(20, 2), clock.now());
    QCOMPARE(limiter.tokens(clock.now()), 2.0);

    limiter.reconfigure(limitOf(20, 8), clock.now());
    QCOMPARE(limiter.tokens(clock.now()), 2.0);
}

void tst_RateLimiter::reconfigureBetweenUnlimitedAndLimited()
{
    FakeClock clock;
    RateLimiter limiter(limitOf(0, 3), clock.now());
    limiter.reconfigure(limitOf(10, 3), clock.now());
    QVERIFY(!limiter.isUnlimited());
    QCOMPARE(limiter.currentRate(), 10.0);
    QCOMPARE(drain(limiter, clock.now()), 3);

    limiter.reconfigure(limitOf(0, 3), clock.now());
    QCOMPARE(drain(limiter, clock.now()), 10000);
}

// The design goal: a client configured above what the server allows learns the server's rate
// from its 429s and then stays just under it, so only a small share of requests is refused.
// The server bucket refills continuously; each 429 carries Retry-After: 1, which the client
// honours by sending nothing for that long. The client sends whenever its limiter admits.
void tst_RateLimiter::settlesJustBelowAStricterServer_data()
{
    QTest::addColumn<double>("clientRps");
    QTest::addColumn<double>("clientBurst");
    QTest::addColumn<double>("serverRps");
    QTest::addColumn<double>("serverBurst");
    QTest::addColumn<double>("minThroughput");

    QTest::newRow("design goal: 20/s against 5/s burst 2") << 20.0 << 5.0 << 5.0 << 2.0 << 3.5;
    QTest::newRow("10/s against 5/s burst 2") << 10.0 << 5.0 << 5.0 << 2.0 << 3.5;
    QTest::newRow("8/s against 5/s burst 1") << 8.0 << 5.0 << 5.0 << 1.0 << 3.0;
    QTest::newRow("20/s against 10/s burst 5") << 20.0 << 5.0 << 10.0 << 5.0 << 7.0;
    QTest::newRow("20/s against 19/s burst 5") << 20.0 << 5.0 << 19.0 << 5.0 << 15.0;
    QTest::newRow("100/s against 50/s burst 10") << 100.0 << 10.0 << 50.0 << 10.0 << 35.0;
    // Far above the server: growth follows the refused rate, not the configured one.
    QTest::newRow("50/s against 5/s burst 2") << 50.0 << 10.0 << 5.0 << 2.0 << 3.5;
    QTest::newRow("20/s against 2/s burst 2") << 20.0 << 5.0 << 2.0 << 2.0 << 1.3;
    QTest::newRow("200/s against 5/s burst 2") << 200.0 << 20.0 << 5.0 << 2.0 << 3.0;
}

void tst_RateLimiter::settlesJustBelowAStricterServer()
{
    QFETCH(double, clientRps);
    QFETCH(double, clientBurst);
    QFETCH(double, serverRps);
    QFETCH(double, serverBurst);
    QFETCH(double, minThroughput);

    FakeClock clock;
    RateLimiter client(limitOf(clientRps, clientBurst), clock.now());
    ServerBucket server(serverRps, serverBurst, clock.now());
    const auto simulated = std::chrono::seconds{60};
    const SteadyTime end = clock.now() + simulated;
    SteadyTime pausedUntil = clock.now();

    int delivered = 0;
    int sentAfterFirstThrottle = 0;
    int throttledAfterFirst = 0;
    bool throttledOnce = false;
    for (int step = 0; step < 200000 && clock.now() < end; ++step) {
        if (clock.now() < pausedUntil) {
            clock.advance(pausedUntil - clock.now());
            continue;
        }
        const Millis wait = client.tryAcquire(clock.now());
        if (wait > Millis{0}) {
            clock.advance(wait);
            continue;
        }
        sentAfterFirstThrottle += throttledOnce ? 1 : 0;
        if (server.admit(clock.now())) {
            ++delivered;
            client.onSuccess(clock.now());
        } else {
            throttledAfterFirst += throttledOnce ? 1 : 0;
            throttledOnce = true;
            client.onThrottled(clock.now());
            pausedUntil = clock.now() + std::chrono::seconds{1};
        }
    }
    QVERIFY2(clock.now() >= end, "the simulation ran out of steps");
    QVERIFY(throttledOnce);

    const double throttledShare = double(throttledAfterFirst) / sentAfterFirstThrottle;
    const double throughput = delivered / double(simulated.count());
    const QByteArray figures = QStringLiteral("%1 of %2 throttled after the first (%3%), %4 req/s")
                                   .arg(throttledAfterFirst)
                                   .arg(sentAfterFirstThrottle)
                                   .arg(throttledShare * 100, 0, 'f', 1)
                                   .arg(throughput, 0, 'f', 2)
                                   .toUtf8();
    QVERIFY2(throttledShare < 0.10, figures.constData());
    QVERIFY2(throughput >= minThroughput, figures.constData());
    QVERIFY2(throughput <= serverRps + serverBurst / simulated.count(), figures.constData());
}

QTEST_GUILESS_MAIN(tst_RateLimiter)
#include "tst_ratelimiter.moc"
