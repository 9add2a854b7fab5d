// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeclock.h"
#include "policy/retrybudget.h"

#include <QTest>

#include <limits>

using namespace bw;
using namespace std::chrono_literals;

namespace {

RetryBudgetSettings budget(double ratio, double minRetriesPerSecond, int windowSeconds = 10)
{
    RetryBudgetSettings s;
    s.ratio = ratio;
    s.minRetriesPerSecond = minRetriesPerSecond;
    s.window = std::chrono::seconds(windowSeconds);
    return s;
}

void recordRequests(RetryBudget &b, int count, SteadyTime now)
{
    for (int i = 0; i < count; ++i) {
        b.recordRequest(now);
    }
}

// Asks `count` times and returns how many retries were allowed.
int askRetries(RetryBudget &b, int count, SteadyTime now)
{
    int allowed = 0;
    for (int i = 0; i < count; ++i) {
        allowed += b.tryAcquireRetry(now) ? 1 : 0;
    }
    return allowed;
}

} // namespace

class tst_RetryBudget : public QObject
{
    Q_OBJECT

private slots:
    void defaultsFollowTheSreAdvice();
    void burstCannotExceedBudget_data();
    void burstCannotExceedBudget();
    void quietEndpointCanStillRetry_data();
    void quietEndpointCanStillRetry();
    void synchronizedRetriesStayWithinBudget();
    void refusedRetriesTakeNothing();
    void retriesDoNotFundRetries();
    void windowSlides_data();
    void windowSlides();
    void ratioIsRetriesPerRequest_data();
    void ratioIsRetriesPerRequest();
    void disabledAllowsEveryRetry();
    void reconfigure_data();
    void reconfigure();
};

void tst_RetryBudget::defaultsFollowTheSreAdvice()
{
    const RetryBudgetSettings s;
    QVERIFY(s.enabled);
    QCOMPARE(s.ratio, 0.1);
    QCOMPARE(s.window, std::chrono::seconds(10));
    QCOMPARE(s.minRetriesPerSecond, 1.0);
    QCOMPARE(RetryBudget().settings(), s);
}

// Bug log #17: however many requests fail at once, and however often each asks, the retries
// are at most max(ratio * requests, floor * window).
void tst_RetryBudget::burstCannotExceedBudget_data()
{
    QTest::addColumn<int>("requests");
    QTest::addColumn<double>("ratio");
    QTest::addColumn<double>("minRetriesPerSecond");
    QTest::addColumn<int>("asksPerRequest");
    QTest::addColumn<int>("allowed");

    QTest::newRow("#17 200 failing, 10%") << 200 << 0.1 << 1.0 << 1 << 20;
    QTest::newRow("#17 200 failing, each asks 5 times") << 200 << 0.1 << 1.0 << 5 << 20;
    QTest::newRow("#17 1000 failing, 10%") << 1000 << 0.1 << 1.0 << 3 << 100;
    QTest::newRow("#17 50 failing, the floor is larger") << 50 << 0.1 << 1.0 << 1 << 10;
    QTest::newRow("20%") << 200 << 0.2 << 1.0 << 1 << 40;
    QTest::newRow("no floor") << 50 << 0.1 << 0.0 << 1 << 5;
    QTest::newRow("a fractional allowance rounds down") << 25 << 0.1 << 0.0 << 1 << 2;
    QTest::newRow("ratio 0 leaves the floor") << 1000 << 0.0 << 0.5 << 1 << 5;
    QTest::newRow("a negative ratio acts as 0") << 1000 << -1.0 << 0.0 << 1 << 0;
}

void tst_RetryBudget::burstCannotExceedBudget()
{
    QFETCH(int, requests);
    QFETCH(double, ratio);
    QFETCH(double, minRetriesPerSecond);
    QFETCH(int, asksPerRequest);
    QFETCH(int, allowed);

    FakeClock clock;
    RetryBudget b(budget(ratio, minRetriesPerSecond));
    recordRequests(b, requests, clock.now());
    QCOMPARE(b.retriesAvailable(clock.now()), allowed);

    QCOMPARE(askRetries(b, requests * asksPerRequest, clock.now()), allowed);
    QCOMPARE(b.retries(clock.now()), allowed);
    QCOMPARE(b.retriesAvailable(clock.now()), 0);
    QCOMPARE(b.requests(clock.now()), requests);
}

void tst_RetryBudget::quietEndpointCanStillRetry_data()
{
    QTest::addColumn<double>("minRetriesPerSecond");
    QTest::addColumn<int>("windowSeconds");
    QTest::addColumn<int>("requests");
    QTest::addColumn<int>("allowed");

    QTest::newRow("no traffic, 1/s over 10 s") << 1.0 << 10 << 0 << 10;
    QTest::newRow("one request, 1/s over 10 s") << 1.0 << 10 << 1 << 10;
    QTest::newRow("0.5/s over 10 s") << 0.5 << 10 << 3 << 5;
    QTest::newRow("2/s over 5 s") << 2.0 << 5 << 0 << 10;
    QTest::newRow("0.25/s over 10 s") << 0.25 << 10 << 0 << 2;
    QTest::newRow("no floor, no traffic") << 0.0 << 10 << 0 << 0;
}

void tst_RetryBudget::quietEndpointCanStillRetry()
{
    QFETCH(double, minRetriesPerSecond);
    QFETCH(int, windowSeconds);
    QFETCH(int, requests);
    QFETCH(int, allowed);

    FakeClock clock;
    RetryBudget b(budget(0.1, minRetriesPerSecond, windowSeconds));
    recordRequests(b, requests, clock.now());
    QCOMPARE(askRetries(b, 100, clock.now()), allowed);
}

// Bug log #17 as reported: 200 clients start together against a server that answers 503 for
// 10 s, each retrying after an unjittered 1.0 s, 1.1 s, 1.21 s ... (6 tries). Every client
// asks at the same instants; the budget lets through at most its share in any window.
void tst_RetryBudget::synchronizedRetriesStayWithinBudget()
{
    constexpr int clients = 200;
    constexpr int tries = 6;
    FakeClock clock;
    const SteadyTime start = clock.now();
    RetryBudget b(budget(0.1, 1.0));
    recordRequests(b, clients, start);

    // The retry instants are the same for every client: the herd.
    std::vector<SteadyTime> instants;
    std::chrono::duration<double> delay = 1s;
    std::chrono::duration<double> sinceStart = 0s;
    for (int i = 0; i < tries; ++i) {
        sinceStart += delay;
        instants.push_back(start
                           + std::chrono::duration_cast<std::chrono::nanoseconds>(sinceStart));
        delay *= 1.1;
    }

    int granted = 0;
    int asked = 0;
    for (const SteadyTime at : instants) {
        clock.advance(at - clock.now());
        for (int c = 0; c < clients; ++c) {
            ++asked;
            granted += b.tryAcquireRetry(clock.now()) ? 1 : 0;
        }
        QVERIFY(b.retries(clock.now()) <= 20);
    }
    QCOMPARE(asked, clients * tries);
    QCOMPARE(granted, 20);
    QCOMPARE(b.ratio(clock.now()), 0.1);

    // Once the burst has left the window, the floor lets a few through again, no more.
    clock.advance(start + 11s - clock.now());
    QCOMPARE(b.requests(clock.now()), 0);
    QCOMPARE(askRetries(b, clients, clock.now()), 10);
}

void tst_RetryBudget::refusedRetriesTakeNothing()
{
    FakeClock clock;
    RetryBudget b(budget(0.1, 0.0));
    recordRequests(b, 100, clock.now());
    QCOMPARE(askRetries(b, 10, clock.now()), 10);
    QCOMPARE(askRetries(b, 500, clock.now()), 0);
    QCOMPARE(b.retries(clock.now()), 10);

    // Ten more first attempts earn exactly one more retry.
    recordRequests(b, 10, clock.now());
    QCOMPARE(askRetries(b, 5, clock.now()), 1);
}

// A retry is not a first attempt: sending retries never raises the budget for more retries.
void tst_RetryBudget::retriesDoNotFundRetries()
{
    FakeClock clock;
    RetryBudget b(budget(0.5, 0.0));
    recordRequests(b, 10, clock.now());
    QCOMPARE(askRetries(b, 10, clock.now()), 5);
    QCOMPARE(b.requests(clock.now()), 10);
}

void tst_RetryBudget::windowSlides_data()
{
    QTest::addColumn<int>("elapsedMs");
    QTest::addColumn<int>("requests");
    QTest::addColumn<int>("retries");
    QTest::addColumn<int>("available");

    // 100 requests and 10 retries at 0; 10 s window in 1 s buckets; no floor.
    QTest::newRow("at once") << 0 << 100 << 10 << 0;
    QTest::newRow("just before the window ends") << 9999 << 100 << 10 << 0;
    QTest::newRow("when it ends") << 10000 << 0 << 0 << 0;
    QTest::newRow("long after") << 3600000 << 0 << 0 << 0;
}

void tst_RetryBudget::windowSlides()
{
    QFETCH(int, elapsedMs);
    QFETCH(int, requests);
    QFETCH(int, retries);
    QFETCH(int, available);

    FakeClock clock;
    RetryBudget b(budget(0.1, 0.0));
    recordRequests(b, 100, clock.now());
    QCOMPARE(askRetries(b, 10, clock.now()), 10);

    clock.advance(Millis(elapsedMs));
    QCOMPARE(b.requests(clock.now()), requests);
    QCOMPARE(b.retries(clock.now()), retries);
    QCOMPARE(b.retriesAvailable(clock.now()), available);

    // New traffic after the slide earns its own budget, undiminished by the old retries.
    recordRequests(b, 50, clock.now());
    QCOMPARE(b.retriesAvailable(clock.now()), (requests + 50) / 10 - retries);
}

void tst_RetryBudget::ratioIsRetriesPerRequest_data()
{
    QTest::addColumn<int>("requests");
    QTest::addColumn<int>("retries");
    QTest::addColumn<double>("ratio");

    QTest::newRow("10 per 100") << 100 << 10 << 0.1;
    QTest::newRow("5 per 200") << 200 << 5 << 0.025;
    QTest::newRow("nothing") << 0 << 0 << 0.0;
    QTest::newRow("retries on the floor alone") << 0 << 3 << 3.0;
}

void tst_RetryBudget::ratioIsRetriesPerRequest()
{
    QFETCH(int, requests);
    QFETCH(int, retries);
    QFETCH(double, ratio);

    FakeClock clock;
    RetryBudget b(budget(0.1, 1.0));
    recordRequests(b, requests, clock.now());
    QCOMPARE(askRetries(b, retries, clock.now()), retries);
    QCOMPARE(b.ratio(clock.now()), ratio);
}

void tst_RetryBudget::disabledAllowsEveryRetry()
{
    FakeClock clock;
    RetryBudgetSettings s = budget(0.1, 0.0);
    s.enabled = false;
    RetryBudget b(s);
    QCOMPARE(askRetries(b, 1000, clock.now()), 1000);
    QCOMPARE(b.retries(clock.now()), 1000);
    QCOMPARE(b.retriesAvailable(clock.now()), std::numeric_limits<int>::max());
}

void tst_RetryBudget::reconfigure_data()
{
    QTest::addColumn<double>("ratio");
    QTest::addColumn<int>("windowSeconds");
    QTest::addColumn<bool>("enabled");
    QTest::addColumn<int>("requestsKept");
    QTest::addColumn<int>("available");

    // Before: 100 requests, 10 retries, ratio 0.1, 10 s, no floor.
    QTest::newRow("a higher ratio applies at once") << 0.3 << 10 << true << 100 << 20;
    QTest::newRow("a lower ratio leaves nothing") << 0.05 << 10 << true << 100 << 0;
    QTest::newRow("a new window drops the counts") << 0.1 << 20 << true << 0 << 0;
    QTest::newRow("disabling lets everything through")
        << 0.1 << 10 << false << 100 << std::numeric_limits<int>::max();
}

void tst_RetryBudget::reconfigure()
{
    QFETCH(double, ratio);
    QFETCH(int, windowSeconds);
    QFETCH(bool, enabled);
    QFETCH(int, requestsKept);
    QFETCH(int, available);

    FakeClock clock;
    RetryBudget b(budget(0.1, 0.0));
    recordRequests(b, 100, clock.now());
    QCOMPARE(askRetries(b, 10, clock.now()), 10);

    RetryBudgetSettings s = budget(ratio, 0.0, windowSeconds);
    s.enabled = enabled;
    b.reconfigure(s);
    QCOMPARE(b.settings(), s);
    QCOMPARE(b.requests(clock.now()), requestsKept);
    QCOMPARE(b.retriesAvailable(clock.now()), available);
}

QTEST_GUILESS_MAIN(tst_RetryBudget)
#include "tst_retrybudget.moc"
