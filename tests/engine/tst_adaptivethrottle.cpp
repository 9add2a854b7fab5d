// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeclock.h"
#include "policy/adaptivethrottle.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace bw;
using namespace std::chrono_literals;

namespace {

AdaptiveThrottleSettings throttle(double k = 2.0, int windowSeconds = 120)
{
    AdaptiveThrottleSettings s;
    s.enabled = true;
    s.k = k;
    s.window = std::chrono::seconds(windowSeconds);
    return s;
}

void record(AdaptiveThrottle &t, int requests, int accepts, SteadyTime now)
{
    for (int i = 0; i < requests; ++i) {
        t.recordRequest(now);
    }
    for (int i = 0; i < accepts; ++i) {
        t.recordAccept(now);
    }
}

} // namespace

class tst_AdaptiveThrottle : public QObject
{
    Q_OBJECT

private slots:
    void defaultsAreOffWithSreValues();
    void probabilityFollowsSreFormula_data();
    void probabilityFollowsSreFormula();
    void disabledNeverRejects();
    void shouldRejectComparesRandomWithProbability_data();
    void shouldRejectComparesRandomWithProbability();
    void rejectedAttemptsStillCountAsRequests();
    void healthyTrafficIsNeverRejected();
    void windowAgesOut_data();
    void windowAgesOut();
    void reconfigure_data();
    void reconfigure();
};

void tst_AdaptiveThrottle::defaultsAreOffWithSreValues()
{
    const AdaptiveThrottleSettings s;
    QVERIFY(!s.enabled);
    QCOMPARE(s.k, 2.0);
    QCOMPARE(s.window, std::chrono::seconds(120));
    QCOMPARE(AdaptiveThrottle().settings(), s);
}

// Bug log #22: P(reject) = max(0, (requests - k * accepts) / (requests + 1)).
void tst_AdaptiveThrottle::probabilityFollowsSreFormula_data()
{
    QTest::addColumn<int>("requests");
    QTest::addColumn<int>("accepts");
    QTest::addColumn<double>("k");
    QTest::addColumn<double>("probability");

    QTest::newRow("#22 no traffic") << 0 << 0 << 2.0 << 0.0;
    QTest::newRow("#22 all accepted") << 100 << 100 << 2.0 << 0.0;
    QTest::newRow("#22 half accepted at k=2") << 100 << 50 << 2.0 << 0.0;
    QTest::newRow("#22 a third accepted at k=2") << 90 << 30 << 2.0 << 30.0 / 91.0;
    QTest::newRow("#22 none accepted") << 100 << 0 << 2.0 << 100.0 / 101.0;
    QTest::newRow("#22 k=1.1, 9% failing") << 100 << 91 << 1.1 << 0.0;
    QTest::newRow("#22 k=1.1, 11% failing") << 100 << 89 << 1.1 << (100.0 - 97.9) / 101.0;
    QTest::newRow("k below 1 acts as 1") << 100 << 100 << 0.5 << 0.0;
    QTest::newRow("k below 1, some failing") << 100 << 90 << 0.5 << 10.0 / 101.0;
    QTest::newRow("more accepts than requests") << 10 << 30 << 2.0 << 0.0;
}

void tst_AdaptiveThrottle::probabilityFollowsSreFormula()
{
    QFETCH(int, requests);
    QFETCH(int, accepts);
    QFETCH(double, k);
    QFETCH(double, probability);

    FakeClock clock;
    AdaptiveThrottle t(throttle(k));
    record(t, requests, accepts, clock.now());
    QCOMPARE(t.requests(clock.now()), requests);
    QCOMPARE(t.accepts(clock.now()), accepts);
    QVERIFY2(qAbs(t.rejectProbability(clock.now()) - probability) < 1e-12,
             qPrintable(QString::number(t.rejectProbability(clock.now()), 'g', 17)));
}

void tst_AdaptiveThrottle::disabledNeverRejects()
{
    FakeClock clock;
    AdaptiveThrottleSettings s = throttle();
    s.enabled = false;
    AdaptiveThrottle t(s);
    record(t, 1000, 0, clock.now());
    QCOMPARE(t.rejectProbability(clock.now()), 0.0);
    QVERIFY(!t.shouldReject(clock.now(), 0.0));
    QCOMPARE(t.rejections(clock.now()), 0);
    // The counts are kept, so enabling it later starts from what happened.
    QCOMPARE(t.requests(clock.now()), 1000);
}

void tst_AdaptiveThrottle::shouldRejectComparesRandomWithProbability_data()
{
    QTest::addColumn<int>("accepts");
    QTest::addColumn<double>("random01");
    QTest::addColumn<bool>("rejects");

    // 100 requests at k=2: 0 accepts gives 100/101 (0.990...); 25 accepts gives 50/101.
    QTest::newRow("p 0.99, draw 0") << 0 << 0.0 << true;
    QTest::newRow("p 0.99, draw 0.99") << 0 << 0.99 << true;
    QTest::newRow("p 0.99, draw 0.9901") << 0 << 0.9901 << false;
    QTest::newRow("p 0.495, draw 0.49") << 25 << 0.49 << true;
    QTest::newRow("p 0.495, draw 0.5") << 25 << 0.5 << false;
    QTest::newRow("p 0, draw 0") << 50 << 0.0 << false;
}

void tst_AdaptiveThrottle::shouldRejectComparesRandomWithProbability()
{
    QFETCH(int, accepts);
    QFETCH(double, random01);
    QFETCH(bool, rejects);

    FakeClock clock;
    AdaptiveThrottle t(throttle());
    record(t, 100, accepts, clock.now());
    QCOMPARE(t.shouldReject(clock.now(), random01), rejects);
    QCOMPARE(t.rejections(clock.now()), rejects ? 1 : 0);
    // Asking counts no request: the caller records the attempt itself.
    QCOMPARE(t.requests(clock.now()), 100);
}

// Bug log #22: attempts the throttle drops locally stay in `requests`, so the probability is
// the SRE formula's and not a gentler one.
void tst_AdaptiveThrottle::rejectedAttemptsStillCountAsRequests()
{
    FakeClock clock;
    AdaptiveThrottle t(throttle());
    QRandomGenerator random(22);

    // The backend is down for 100 s: one attempt every 100 ms, nothing accepted. Each attempt
    // asks first and is recorded whatever the answer.
    int sent = 0;
    for (int i = 0; i < 1000; ++i) {
        if (!t.shouldReject(clock.now(), random.generateDouble())) {
            ++sent;
        }
        t.recordRequest(clock.now());
        clock.advance(100ms);
    }
    QCOMPARE(t.requests(clock.now()), 1000);
    QCOMPARE(t.rejections(clock.now()), 1000 - sent);
    QCOMPARE(t.rejectProbability(clock.now()), 1000.0 / 1001.0);
    // p never reaches 1, so a trickle still probes the backend.
    QVERIFY(sent > 0);
    QVERIFY(sent < 50);

    // The backend recovers and accepts whatever is sent. Because the dropped attempts count,
    // the share let through grows gradually (about doubling per window at k=2) rather than at
    // once; within ten windows nothing is rejected any more.
    std::vector<int> sentPerWindow;
    for (int window = 0; window < 10; ++window) {
        int sentInWindow = 0;
        for (int i = 0; i < 1200; ++i) {
            if (!t.shouldReject(clock.now(), random.generateDouble())) {
                t.recordAccept(clock.now());
                ++sentInWindow;
            }
            t.recordRequest(clock.now());
            clock.advance(100ms);
        }
        sentPerWindow.push_back(sentInWindow);
    }
    QVERIFY(std::is_sorted(sentPerWindow.begin(), sentPerWindow.end()));
    QCOMPARE(sentPerWindow.back(), 1200);
    QCOMPARE(t.rejectProbability(clock.now()), 0.0);
}

// Even at the most eager k, a backend that accepts everything is never throttled, as long
// as each attempt asks before it is recorded.
void tst_AdaptiveThrottle::healthyTrafficIsNeverRejected()
{
    FakeClock clock;
    AdaptiveThrottle t(throttle(1.0));
    for (int i = 0; i < 1000; ++i) {
        QVERIFY(!t.shouldReject(clock.now(), 0.0));
        t.recordRequest(clock.now());
        t.recordAccept(clock.now());
        clock.advance(50ms);
    }
    QCOMPARE(t.rejections(clock.now()), 0);
}

void tst_AdaptiveThrottle::windowAgesOut_data()
{
    QTest::addColumn<int>("windowSeconds");
    QTest::addColumn<int>("elapsedMs");
    QTest::addColumn<int>("requests");

    // 100 failing requests at 0; 10 buckets per window.
    QTest::newRow("120 s, just before") << 120 << 119999 << 100;
    QTest::newRow("120 s, at the end") << 120 << 120000 << 0;
    QTest::newRow("10 s, just before") << 10 << 9999 << 100;
    QTest::newRow("10 s, at the end") << 10 << 10000 << 0;
}

void tst_AdaptiveThrottle::windowAgesOut()
{
    QFETCH(int, windowSeconds);
    QFETCH(int, elapsedMs);
    QFETCH(int, requests);

    FakeClock clock;
    AdaptiveThrottle t(throttle(2.0, windowSeconds));
    record(t, 100, 0, clock.now());
    QVERIFY(t.shouldReject(clock.now(), 0.5));

    clock.advance(Millis(elapsedMs));
    QCOMPARE(t.requests(clock.now()), requests);
    QCOMPARE(t.rejections(clock.now()), requests > 0 ? 1 : 0);
    QCOMPARE(t.rejectProbability(clock.now()), requests / (requests + 1.0));
}

void tst_AdaptiveThrottle::reconfigure_data()
{
    QTest::addColumn<double>("k");
    QTest::addColumn<int>("windowSeconds");
    QTest::addColumn<double>("probability");

    // Before: 90 requests, 30 accepts, k=2, 120 s.
    QTest::newRow("a lower k applies at once") << 1.5 << 120 << 45.0 / 91.0;
    QTest::newRow("a higher k stops rejecting") << 3.0 << 120 << 0.0;
    QTest::newRow("a new window drops the counts") << 2.0 << 60 << 0.0;
}

void tst_AdaptiveThrottle::reconfigure()
{
    QFETCH(double, k);
    QFETCH(int, windowSeconds);
    QFETCH(double, probability);

    FakeClock clock;
    AdaptiveThrottle t(throttle());
    record(t, 90, 30, clock.now());

    const AdaptiveThrottleSettings s = throttle(k, windowSeconds);
    t.reconfigure(s);
    QCOMPARE(t.settings(), s);
    QVERIFY(qAbs(t.rejectProbability(clock.now()) - probability) < 1e-12);
}

QTEST_GUILESS_MAIN(tst_AdaptiveThrottle)
#include "tst_adaptivethrottle.moc"
