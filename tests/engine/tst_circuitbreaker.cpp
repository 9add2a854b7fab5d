// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeclock.h"
#include "policy/circuitbreaker.h"

#include <QTest>

using namespace bw;
using namespace std::chrono_literals;

namespace {

constexpr Millis fast{10};

BreakerSettings tenCalls()
{
    BreakerSettings s;
    s.failureRateThreshold = 0.5;
    s.minimumCalls = 10;
    s.window = 30s;
    s.openDuration = 15s;
    s.halfOpenProbes = 1;
    s.slowCall = 2000ms;
    s.slowCallRateThreshold = 1.0;
    return s;
}

// One call through the breaker from permit to result, all at `now`.
void call(CircuitBreaker &breaker, CallVerdict verdict, SteadyTime now, Millis duration = fast)
{
    const CircuitBreaker::Permit permit = breaker.tryAcquire(now);
    QVERIFY(permit.allowed);
    breaker.record(permit, verdict, duration, now);
}

void callMany(CircuitBreaker &breaker, int count, CallVerdict verdict, SteadyTime now,
              Millis duration = fast)
{
    for (int i = 0; i < count; ++i) {
        call(breaker, verdict, now, duration);
    }
}

// Opens the breaker with ten failures at `now`.
void trip(CircuitBreaker &breaker, SteadyTime now)
{
    callMany(breaker, breaker.settings().minimumCalls, CallVerdict::Failure, now);
    QCOMPARE(breaker.state(now), BreakerState::Open);
}

} // namespace

class tst_CircuitBreaker : public QObject
{
    Q_OBJECT

private slots:
    void stateNamesAreStable_data();
    void stateNamesAreStable();
    void startsClosedAndAllows();
    void tripsAtMinimumCallsNotBefore_data();
    void tripsAtMinimumCallsNotBefore();
    void comparesFailureRateWithGreaterOrEqual_data();
    void comparesFailureRateWithGreaterOrEqual();
    void tripsOnSlowCalls_data();
    void tripsOnSlowCalls();
    void neutralResultsAreNotCounted();
    void windowExpiryDropsOldCalls();
    void windowNotAMultipleOfTenKeepsItsLength_data();
    void windowNotAMultipleOfTenKeepsItsLength();
    void openRefusesCalls();
    void halfOpensAfterOpenDuration();
    void transitionIsStampedWhenDueEvenIfNoticedLate_data();
    void transitionIsStampedWhenDueEvenIfNoticedLate();
    void halfOpenIssuesOnlyConfiguredProbes_data();
    void halfOpenIssuesOnlyConfiguredProbes();
    void probePermitsAreNotRecycled();
    void neutralProbeReturnsItsPermit();
    void closesWhenProbesSucceed_data();
    void closesWhenProbesSucceed();
    void reopensOnProbeFailureWithFreshTimer();
    void slowProbesReopen();
    void lateResultFromOldGenerationIsIgnored_data();
    void lateResultFromOldGenerationIsIgnored();
    void refusedPermitRecordsNothing();
    void transitionCarriesWindowFigures();
    void takeTransitionsEmptiesTheList();
    void reconfigureKeepsOpenStartWithNewDuration();
    void reconfigureKeepsWindowCounts();
};

void tst_CircuitBreaker::stateNamesAreStable_data()
{
    QTest::addColumn<BreakerState>("state");
    QTest::addColumn<QString>("name");

    QTest::newRow("closed") << BreakerState::Closed << "closed";
    QTest::newRow("open") << BreakerState::Open << "open";
    QTest::newRow("half-open") << BreakerState::HalfOpen << "half_open";
}

void tst_CircuitBreaker::stateNamesAreStable()
{
    QFETCH(BreakerState, state);
    QFETCH(QString, name);

    QCOMPARE(breakerStateName(state), name);
}

void tst_CircuitBreaker::startsClosedAndAllows()
{
    FakeClock clock;
    CircuitBreaker breaker(tenCalls());
    QCOMPARE(breaker.state(clock.now()), BreakerState::Closed);
    QCOMPARE(breaker.nextTransitionAt(), std::nullopt);

    const CircuitBreaker::Permit permit = breaker.tryAcquire(clock.now());
    QVERIFY(permit.allowed);
    QVERIFY(!permit.probe);
    QVERIFY(breaker.takeTransitions().empty());
}

// Bug log #12: without a minimum volume the very first failure is a 100% failure rate.
void tst_CircuitBreaker::tripsAtMinimumCallsNotBefore_data()
{
    QTest::addColumn<int>("minimumCalls");

    QTest::newRow("#12 one call") << 1;
    QTest::newRow("#12 ten calls") << 10;
    QTest::newRow("#12 twenty calls") << 20;
}

void tst_CircuitBreaker::tripsAtMinimumCallsNotBefore()
{
    QFETCH(int, minimumCalls);

    FakeClock clock;
    BreakerSettings s = tenCalls();
    s.minimumCalls = minimumCalls;
    CircuitBreaker breaker(s);
    for (int i = 1; i < minimumCalls; ++i) {
        call(breaker, CallVerdict::Failure, clock.now());
        QCOMPARE(breaker.state(clock.now()), BreakerState::Closed);
        clock.advance(100ms);
    }
    call(breaker, CallVerdict::Failure, clock.now());
    QCOMPARE(breaker.state(clock.now()), BreakerState::Open);
}

void tst_CircuitBreaker::comparesFailureRateWithGreaterOrEqual_data()
{
    QTest::addColumn<double>("threshold");
    QTest::addColumn<int>("failures");
    QTest::addColumn<bool>("opens");
    QTest::addColumn<QString>("reason");

    QTest::newRow("5 of 10 at 50% opens")
        << 0.5 << 5 << true << "failure rate 50% >= 50% over 10 calls";
    QTest::newRow("4 of 10 at 50% stays") << 0.5 << 4 << false << "";
    QTest::newRow("6 of 10 at 50% opens")
        << 0.5 << 6 << true << "failure rate 60% >= 50% over 10 calls";
    QTest::newRow("6 of 10 at 60% opens")
        << 0.6 << 6 << true << "failure rate 60% >= 60% over 10 calls";
    QTest::newRow("3 of 10 at 30% opens")
        << 0.3 << 3 << true << "failure rate 30% >= 30% over 10 calls";
    QTest::newRow("9 of 10 at 100% stays") << 1.0 << 9 << false << "";
    QTest::newRow("10 of 10 at 100% opens")
        << 1.0 << 10 << true << "failure rate 100% >= 100% over 10 calls";
}

void tst_CircuitBreaker::comparesFailureRateWithGreaterOrEqual()
{
    QFETCH(double, threshold);
    QFETCH(int, failures);
    QFETCH(bool, opens);
    QFETCH(QString, reason);

    FakeClock clock;
    BreakerSettings s = tenCalls();
    s.failureRateThreshold = threshold;
    CircuitBreaker breaker(s);
    // Successes first, so the verdict falls on the tenth call.
    callMany(breaker, 10 - failures, CallVerdict::Success, clock.now());
    callMany(breaker, failures, CallVerdict::Failure, clock.now());

    QCOMPARE(breaker.state(clock.now()), opens ? BreakerState::Open : BreakerState::Closed);
    const auto transitions = breaker.takeTransitions();
    QCOMPARE(int(transitions.size()), opens ? 1 : 0);
    if (opens) {
        QCOMPARE(transitions.front().reason, reason);
    }
}

void tst_CircuitBreaker::tripsOnSlowCalls_data()
{
    QTest::addColumn<double>("slowThreshold");
    QTest::addColumn<int>("slowCalls");
    QTest::addColumn<qint64>("slowDurationMs");
    QTest::addColumn<CallVerdict>("slowVerdict");
    QTest::addColumn<bool>("opens");

    // 10 calls, `slowCalls` of them taking slowDurationMs; slow threshold 2000 ms.
    QTest::newRow("all slow at 100%") << 1.0 << 10 << qint64(2500) << CallVerdict::Success << true;
    QTest::newRow("9 of 10 slow at 100%")
        << 1.0 << 9 << qint64(2500) << CallVerdict::Success << false;
    QTest::newRow("exactly the threshold is slow")
        << 1.0 << 10 << qint64(2000) << CallVerdict::Success << true;
    QTest::newRow("a millisecond under is not")
        << 1.0 << 10 << qint64(1999) << CallVerdict::Success << false;
    QTest::newRow("5 of 10 at 50%") << 0.5 << 5 << qint64(3000) << CallVerdict::Success << true;
    QTest::newRow("4 of 10 at 50%") << 0.5 << 4 << qint64(3000) << CallVerdict::Success << false;
    QTest::newRow("slow neutral calls do not count")
        << 0.5 << 10 << qint64(3000) << CallVerdict::Neutral << false;
}

void tst_CircuitBreaker::tripsOnSlowCalls()
{
    QFETCH(double, slowThreshold);
    QFETCH(int, slowCalls);
    QFETCH(qint64, slowDurationMs);
    QFETCH(CallVerdict, slowVerdict);
    QFETCH(bool, opens);

    FakeClock clock;
    BreakerSettings s = tenCalls();
    s.slowCallRateThreshold = slowThreshold;
    CircuitBreaker breaker(s);
    callMany(breaker, 10 - slowCalls, CallVerdict::Success, clock.now());
    callMany(breaker, slowCalls, slowVerdict, clock.now(), Millis{slowDurationMs});

    QCOMPARE(breaker.state(clock.now()), opens ? BreakerState::Open : BreakerState::Closed);
    if (opens) {
        QVERIFY(breaker.takeTransitions().front().reason.startsWith(u"slow-call rate"));
    }
}

// Bug log #14 and #20: 4xx and 429 say nothing about the server's health, so a stream of them
// neither fills the window nor dilutes its failure rate.
void tst_CircuitBreaker::neutralResultsAreNotCounted()
{
    FakeClock clock;
    CircuitBreaker breaker(tenCalls());
    callMany(breaker, 100, CallVerdict::Neutral, clock.now());
    QCOMPARE(breaker.windowCalls(clock.now()), 0);

    callMany(breaker, 9, CallVerdict::Failure, clock.now());
    QCOMPARE(breaker.windowCalls(clock.now()), 9);
    QCOMPARE(breaker.state(clock.now()), BreakerState::Closed);

    callMany(breaker, 50, CallVerdict::Neutral, clock.now());
    QCOMPARE(breaker.failureRate(clock.now()), 1.0);
    QCOMPARE(breaker.state(clock.now()), BreakerState::Closed);

    // The valid request after the bad ones still goes through.
    QVERIFY(breaker.tryAcquire(clock.now()).allowed);
}

void tst_CircuitBreaker::windowExpiryDropsOldCalls()
{
    FakeClock clock;
    CircuitBreaker breaker(tenCalls());
    callMany(breaker, 9, CallVerdict::Failure, clock.now());

    // 30 s in 10 buckets of 3 s: calls stay counted until their bucket leaves the window.
    clock.advance(29999ms);
    QCOMPARE(breaker.windowCalls(clock.now()), 9);
    clock.advance(1ms);
    QCOMPARE(breaker.windowCalls(clock.now()), 0);
    QCOMPARE(breaker.failureRate(clock.now()), 0.0);

    // The tenth failure arrives alone in the new window, far below the minimum.
    call(breaker, CallVerdict::Failure, clock.now());
    QCOMPARE(breaker.windowCalls(clock.now()), 1);
    QCOMPARE(breaker.state(clock.now()), BreakerState::Closed);

    // A bucket slot is reused by a later slot: old counts do not leak into it.
    callMany(breaker, 4, CallVerdict::Success, clock.now());
    clock.advance(30s);
    call(breaker, CallVerdict::Success, clock.now());
    QCOMPARE(breaker.windowCalls(clock.now()), 1);
    QCOMPARE(breaker.failureRate(clock.now()), 0.0);
}

void tst_CircuitBreaker::windowNotAMultipleOfTenKeepsItsLength_data()
{
    QTest::addColumn<int>("windowSeconds");
    QTest::newRow("5 s") << 5;
    QTest::newRow("7 s") << 7;
    QTest::newRow("15 s") << 15;
    QTest::newRow("1 s") << 1;
}

void tst_CircuitBreaker::windowNotAMultipleOfTenKeepsItsLength()
{
    QFETCH(int, windowSeconds);
    FakeClock clock;
    BreakerSettings settings;
    settings.minimumCalls = 100;
    settings.window = std::chrono::seconds(windowSeconds);
    CircuitBreaker breaker(settings);
    // One failure every 10th of the window: all of them stay counted until the first ages out.
    const auto step = std::chrono::nanoseconds(settings.window) / 10;
    for (int i = 0; i < 9; ++i) {
        call(breaker, CallVerdict::Failure, clock.now());
        clock.advance(step);
    }
    QCOMPARE(breaker.windowCalls(clock.now()), 9);
}

void tst_CircuitBreaker::openRefusesCalls()
{
    FakeClock clock;
    CircuitBreaker breaker(tenCalls());
    trip(breaker, clock.now());

    for (int i = 0; i < 100; ++i) {
        const CircuitBreaker::Permit permit = breaker.tryAcquire(clock.now());
        QVERIFY(!permit.allowed);
        QVERIFY(!permit.probe);
        clock.advance(100ms);
    }
}

void tst_CircuitBreaker::halfOpensAfterOpenDuration()
{
    FakeClock clock;
    CircuitBreaker breaker(tenCalls());
    const SteadyTime openedAt = clock.now();
    trip(breaker, openedAt);
    QCOMPARE(breaker.nextTransitionAt(), std::optional<SteadyTime>(openedAt + 15s));

    clock.advance(15s - 1ms);
    QCOMPARE(breaker.state(clock.now()), BreakerState::Open);
    QVERIFY(!breaker.tryAcquire(clock.now()).allowed);

    clock.advance(1ms);
    QCOMPARE(breaker.state(clock.now()), BreakerState::HalfOpen);
    const CircuitBreaker::Permit probe = breaker.tryAcquire(clock.now());
    QVERIFY(probe.allowed);
    QVERIFY(probe.probe);
    QCOMPARE(breaker.nextTransitionAt(), std::nullopt);
}

// Bug log #18: a passive observer must see the half-open state, and the chart must show it at
// the instant it became due, not when something next asked.
void tst_CircuitBreaker::transitionIsStampedWhenDueEvenIfNoticedLate_data()
{
    QTest::addColumn<QString>("noticedBy");

    QTest::newRow("#18 advance") << "advance";
    QTest::newRow("#18 tryAcquire") << "tryAcquire";
    QTest::newRow("#18 record of a late result") << "record";
}

void tst_CircuitBreaker::transitionIsStampedWhenDueEvenIfNoticedLate()
{
    QFETCH(QString, noticedBy);

    FakeClock clock;
    CircuitBreaker breaker(tenCalls());
    const CircuitBreaker::Permit early = breaker.tryAcquire(clock.now());
    const SteadyTime openedAt = clock.now();
    trip(breaker, openedAt);
    breaker.takeTransitions();

    clock.advance(100s);
    // state() is a pure read: it reports the due state without recording anything.
    QCOMPARE(breaker.state(clock.now()), BreakerState::HalfOpen);
    QVERIFY(breaker.takeTransitions().empty());

    if (noticedBy == QLatin1String("advance")) {
        breaker.advance(clock.now());
    } else if (noticedBy == QLatin1String("tryAcquire")) {
        QVERIFY(breaker.tryAcquire(clock.now()).probe);
    } else {
        breaker.record(early, CallVerdict::Failure, fast, clock.now());
    }
    const auto transitions = breaker.takeTransitions();
    QCOMPARE(int(transitions.size()), 1);
    QCOMPARE(transitions.front().from, BreakerState::Open);
    QCOMPARE(transitions.front().to, BreakerState::HalfOpen);
    QCOMPARE(transitions.front().at, openedAt + 15s);
    QCOMPARE(transitions.front().reason, QStringLiteral("open for 15 s"));

    // Noticing it again changes nothing.
    breaker.advance(clock.now());
    QVERIFY(breaker.takeTransitions().empty());
}

// Bug log #10 and #13: while probes are out, every other caller fails fast.
void tst_CircuitBreaker::halfOpenIssuesOnlyConfiguredProbes_data()
{
    QTest::addColumn<int>("probes");

    QTest::newRow("#10 one probe") << 1;
    QTest::newRow("#13 one probe") << 1;
    QTest::newRow("three probes") << 3;
    QTest::newRow("ten probes") << 10;
}

void tst_CircuitBreaker::halfOpenIssuesOnlyConfiguredProbes()
{
    QFETCH(int, probes);

    FakeClock clock;
    BreakerSettings s = tenCalls();
    s.halfOpenProbes = probes;
    CircuitBreaker breaker(s);
    trip(breaker, clock.now());
    clock.advance(15s);

    // 100 callers arrive while the probes are slow: only `probes` of them are let through.
    int allowed = 0;
    for (int i = 0; i < 100; ++i) {
        const CircuitBreaker::Permit permit = breaker.tryAcquire(clock.now());
        if (permit.allowed) {
            QVERIFY(permit.probe);
            ++allowed;
        }
        clock.advance(300ms);
    }
    QCOMPARE(allowed, probes);
    QCOMPARE(breaker.state(clock.now()), BreakerState::HalfOpen);
}

// Bug log #11: permitted 2, sequential short probes: the first result does not hand out a
// third permit, so no more than two trial calls run in one half-open period.
void tst_CircuitBreaker::probePermitsAreNotRecycled()
{
    FakeClock clock;
    BreakerSettings s = tenCalls();
    s.halfOpenProbes = 2;
    CircuitBreaker breaker(s);
    trip(breaker, clock.now());
    clock.advance(15s);

    const CircuitBreaker::Permit first = breaker.tryAcquire(clock.now());
    QVERIFY(first.probe);
    breaker.record(first, CallVerdict::Success, fast, clock.now());
    const CircuitBreaker::Permit second = breaker.tryAcquire(clock.now());
    QVERIFY(second.probe);
    QVERIFY(!breaker.tryAcquire(clock.now()).allowed);
    QVERIFY(!breaker.tryAcquire(clock.now()).allowed);

    breaker.record(second, CallVerdict::Success, fast, clock.now());
    QCOMPARE(breaker.state(clock.now()), BreakerState::Closed);
}

// Bug log #20: a 429 probe is neither success nor failure; it gives its slot back.
void tst_CircuitBreaker::neutralProbeReturnsItsPermit()
{
    FakeClock clock;
    CircuitBreaker breaker(tenCalls());
    trip(breaker, clock.now());
    clock.advance(15s);
    breaker.advance(clock.now());
    breaker.takeTransitions();

    const CircuitBreaker::Permit probe = breaker.tryAcquire(clock.now());
    QVERIFY(probe.probe);
    QVERIFY(!breaker.tryAcquire(clock.now()).allowed);

    breaker.record(probe, CallVerdict::Neutral, fast, clock.now());
    QCOMPARE(breaker.state(clock.now()), BreakerState::HalfOpen);
    QVERIFY(breaker.takeTransitions().empty());

    const CircuitBreaker::Permit again = breaker.tryAcquire(clock.now());
    QVERIFY(again.allowed);
    QVERIFY(again.probe);
    QVERIFY(!breaker.tryAcquire(clock.now()).allowed);
}

void tst_CircuitBreaker::closesWhenProbesSucceed_data()
{
    QTest::addColumn<int>("probes");
    QTest::addColumn<int>("failures");
    QTest::addColumn<BreakerState>("after");
    QTest::addColumn<QString>("reason");

    QTest::newRow("1 of 1 succeeded")
        << 1 << 0 << BreakerState::Closed << "1 of 1 probes succeeded";
    QTest::newRow("2 of 2 succeeded")
        << 2 << 0 << BreakerState::Closed << "2 of 2 probes succeeded";
    QTest::newRow("1 of 3 failed, below 50%")
        << 3 << 1 << BreakerState::Closed << "2 of 3 probes succeeded";
    QTest::newRow("1 of 2 failed, at 50%")
        << 2 << 1 << BreakerState::Open << "1 of 2 probes failed";
    QTest::newRow("1 of 1 failed") << 1 << 1 << BreakerState::Open << "1 of 1 probes failed";
}

void tst_CircuitBreaker::closesWhenProbesSucceed()
{
    QFETCH(int, probes);
    QFETCH(int, failures);
    QFETCH(BreakerState, after);
    QFETCH(QString, reason);

    FakeClock clock;
    BreakerSettings s = tenCalls();
    s.halfOpenProbes = probes;
    CircuitBreaker breaker(s);
    trip(breaker, clock.now());
    clock.advance(15s);
    breaker.advance(clock.now());
    breaker.takeTransitions();

    std::vector<CircuitBreaker::Permit> permits;
    for (int i = 0; i < probes; ++i) {
        permits.push_back(breaker.tryAcquire(clock.now()));
        QVERIFY(permits.back().probe);
    }
    // Failures report last, so the verdict waits for every probe.
    for (int i = 0; i < probes; ++i) {
        QCOMPARE(breaker.state(clock.now()), BreakerState::HalfOpen);
        const bool fails = i >= probes - failures;
        breaker.record(permits[size_t(i)], fails ? CallVerdict::Failure : CallVerdict::Success,
                       fast, clock.now());
    }

    QCOMPARE(breaker.state(clock.now()), after);
    const auto transitions = breaker.takeTransitions();
    QCOMPARE(int(transitions.size()), 1);
    QCOMPARE(transitions.front().from, BreakerState::HalfOpen);
    QCOMPARE(transitions.front().to, after);
    QCOMPARE(transitions.front().reason, reason);
    QCOMPARE(transitions.front().calls, probes);
    // Either way the window starts empty.
    QCOMPARE(breaker.windowCalls(clock.now()), 0);
}

// Bug log #13: the first probe failure re-opens, and the open period starts again from then.
void tst_CircuitBreaker::reopensOnProbeFailureWithFreshTimer()
{
    FakeClock clock;
    CircuitBreaker breaker(tenCalls());
    const SteadyTime openedAt = clock.now();
    trip(breaker, openedAt);

    clock.advance(20s);
    const CircuitBreaker::Permit probe = breaker.tryAcquire(clock.now());
    QVERIFY(probe.probe);
    clock.advance(2s);
    const SteadyTime failedAt = clock.now();
    breaker.record(probe, CallVerdict::Failure, 2s, failedAt);

    QCOMPARE(breaker.state(clock.now()), BreakerState::Open);
    QCOMPARE(breaker.nextTransitionAt(), std::optional<SteadyTime>(failedAt + 15s));
    clock.advance(15s - 1ms);
    QVERIFY(!breaker.tryAcquire(clock.now()).allowed);
    clock.advance(1ms);
    QVERIFY(breaker.tryAcquire(clock.now()).probe);

    const auto transitions = breaker.takeTransitions();
    QCOMPARE(int(transitions.size()), 4);
    QCOMPARE(transitions[0].to, BreakerState::Open);
    QCOMPARE(transitions[0].at, openedAt);
    QCOMPARE(transitions[1].to, BreakerState::HalfOpen);
    QCOMPARE(transitions[1].at, openedAt + 15s);
    QCOMPARE(transitions[2].to, BreakerState::Open);
    QCOMPARE(transitions[2].at, failedAt);
    QCOMPARE(transitions[2].reason, QStringLiteral("1 of 1 probes failed"));
    QCOMPARE(transitions[3].to, BreakerState::HalfOpen);
    QCOMPARE(transitions[3].at, failedAt + 15s);
}

void tst_CircuitBreaker::slowProbesReopen()
{
    FakeClock clock;
    CircuitBreaker breaker(tenCalls());
    trip(breaker, clock.now());
    clock.advance(15s);

    const CircuitBreaker::Permit probe = breaker.tryAcquire(clock.now());
    breaker.record(probe, CallVerdict::Success, 5s, clock.now());
    QCOMPARE(breaker.state(clock.now()), BreakerState::Open);
    QCOMPARE(breaker.takeTransitions().back().reason, QStringLiteral("1 of 1 probes slow"));
}

// A call that started before the last transition reports on a state that no longer exists.
void tst_CircuitBreaker::lateResultFromOldGenerationIsIgnored_data()
{
    QTest::addColumn<CallVerdict>("verdict");

    QTest::newRow("late success does not close") << CallVerdict::Success;
    QTest::newRow("late failure does not re-open") << CallVerdict::Failure;
    QTest::newRow("late neutral frees no probe") << CallVerdict::Neutral;
}

void tst_CircuitBreaker::lateResultFromOldGenerationIsIgnored()
{
    QFETCH(CallVerdict, verdict);

    FakeClock clock;
    CircuitBreaker breaker(tenCalls());
    const CircuitBreaker::Permit overhanging = breaker.tryAcquire(clock.now());
    trip(breaker, clock.now());
    clock.advance(15s);
    const CircuitBreaker::Permit probe = breaker.tryAcquire(clock.now());
    QVERIFY(probe.probe);
    QVERIFY(probe.generation != overhanging.generation);
    breaker.takeTransitions();

    breaker.record(overhanging, verdict, fast, clock.now());
    QCOMPARE(breaker.state(clock.now()), BreakerState::HalfOpen);
    QVERIFY(breaker.takeTransitions().empty());
    QVERIFY(!breaker.tryAcquire(clock.now()).allowed);

    // After the breaker closes again, the old result still counts nowhere.
    breaker.record(probe, CallVerdict::Success, fast, clock.now());
    QCOMPARE(breaker.state(clock.now()), BreakerState::Closed);
    breaker.record(overhanging, verdict, fast, clock.now());
    QCOMPARE(breaker.windowCalls(clock.now()), 0);
}

void tst_CircuitBreaker::refusedPermitRecordsNothing()
{
    FakeClock clock;
    CircuitBreaker breaker(tenCalls());
    trip(breaker, clock.now());
    clock.advance(15s);
    const CircuitBreaker::Permit probe = breaker.tryAcquire(clock.now());
    const CircuitBreaker::Permit refused = breaker.tryAcquire(clock.now());
    QVERIFY(!refused.allowed);
    QCOMPARE(refused.generation, probe.generation);

    breaker.record(refused, CallVerdict::Success, fast, clock.now());
    QCOMPARE(breaker.state(clock.now()), BreakerState::HalfOpen);
}

void tst_CircuitBreaker::transitionCarriesWindowFigures()
{
    FakeClock clock;
    BreakerSettings s = tenCalls();
    s.slowCallRateThreshold = 0.9;
    CircuitBreaker breaker(s);
    callMany(breaker, 4, CallVerdict::Success, clock.now(), 2500ms);
    callMany(breaker, 6, CallVerdict::Failure, clock.now());

    const auto transitions = breaker.takeTransitions();
    QCOMPARE(int(transitions.size()), 1);
    const BreakerTransition &t = transitions.front();
    QCOMPARE(t.from, BreakerState::Closed);
    QCOMPARE(t.to, BreakerState::Open);
    QCOMPARE(t.at, clock.now());
    QCOMPARE(t.reason, QStringLiteral("failure rate 60% >= 50% over 10 calls"));
    QCOMPARE(t.calls, 10);
    QCOMPARE(t.failureRate, 0.6);
    QCOMPARE(t.slowCallRate, 0.4);
    // Opening clears the window.
    QCOMPARE(breaker.windowCalls(clock.now()), 0);
}

void tst_CircuitBreaker::takeTransitionsEmptiesTheList()
{
    FakeClock clock;
    CircuitBreaker breaker(tenCalls());
    trip(breaker, clock.now());
    QCOMPARE(int(breaker.takeTransitions().size()), 1);
    QVERIFY(breaker.takeTransitions().empty());
}

void tst_CircuitBreaker::reconfigureKeepsOpenStartWithNewDuration()
{
    FakeClock clock;
    CircuitBreaker breaker(tenCalls());
    const SteadyTime openedAt = clock.now();
    trip(breaker, openedAt);
    clock.advance(10s);

    BreakerSettings shorter = tenCalls();
    shorter.openDuration = 5s;
    breaker.reconfigure(shorter);
    QCOMPARE(breaker.settings(), shorter);
    QCOMPARE(breaker.nextTransitionAt(), std::optional<SteadyTime>(openedAt + 5s));
    QCOMPARE(breaker.state(clock.now()), BreakerState::HalfOpen);
    breaker.advance(clock.now());
    QCOMPARE(breaker.takeTransitions().back().at, openedAt + 5s);
}

void tst_CircuitBreaker::reconfigureKeepsWindowCounts()
{
    FakeClock clock;
    CircuitBreaker breaker(tenCalls());
    callMany(breaker, 6, CallVerdict::Failure, clock.now());
    clock.advance(4s);
    callMany(breaker, 2, CallVerdict::Success, clock.now());

    BreakerSettings same = tenCalls();
    same.minimumCalls = 8;
    breaker.reconfigure(same);
    QCOMPARE(breaker.windowCalls(clock.now()), 8);

    BreakerSettings longer = same;
    longer.window = 60s;
    breaker.reconfigure(longer);
    QCOMPARE(breaker.windowCalls(clock.now()), 8);
    QCOMPARE(breaker.failureRate(clock.now()), 0.75);

    // Under the new minimum the next failure decides: 7 of 9 failed.
    call(breaker, CallVerdict::Failure, clock.now());
    QCOMPARE(breaker.state(clock.now()), BreakerState::Open);
}

QTEST_GUILESS_MAIN(tst_CircuitBreaker)
#include "tst_circuitbreaker.moc"
