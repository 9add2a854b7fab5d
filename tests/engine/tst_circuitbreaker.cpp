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

// Waits out the open period and fails the one probe, so the breaker re-opens at once.
void failProbe(CircuitBreaker &breaker, FakeClock &clock)
{
    const std::optional<SteadyTime> due = breaker.nextTransitionAt();
    QVERIFY(due.has_value());
    clock.advance(*due - clock.now());
    const CircuitBreaker::Permit probe = breaker.tryAcquire(clock.now());
    QVERIFY(probe.probe);
    breaker.record(probe, CallVerdict::Failure, fast, clock.now());
    QCOMPARE(breaker.state(clock.now()), BreakerState::Open);
}

// One call per letter, each an hour after the one before (a time window would have
// forgotten it): S success, F failure, L slow success, N neutral.
void feed(CircuitBreaker &breaker, FakeClock &clock, const QString &outcomes)
{
    for (const QChar c : outcomes) {
        clock.advance(1h);
        const CallVerdict verdict = c == u'F'   ? CallVerdict::Failure
                                    : c == u'N' ? CallVerdict::Neutral
                                                : CallVerdict::Success;
        call(breaker, verdict, clock.now(), c == u'L' ? Millis(5000) : fast);
    }
}

BreakerSettings countWindow(int size, int minimumCalls)
{
    BreakerSettings s = tenCalls();
    s.windowKind = BreakerSettings::WindowKind::Count;
    s.windowSize = size;
    s.minimumCalls = minimumCalls;
    return s;
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
    void modeNamesAreStable_data();
    void modeNamesAreStable();
    void defaultsKeepTimeWindowAndFixedOpenPeriod();
    void countWindowJudgesLastOutcomes_data();
    void countWindowJudgesLastOutcomes();
    void countWindowDoesNotAgeOut();
    void reconfigureCountWindow();
    void openPeriodGrowsOnRepeatedTrips_data();
    void openPeriodGrowsOnRepeatedTrips();
    void openReasonNamesGrownPeriod_data();
    void openReasonNamesGrownPeriod();
    void openPeriodResetsOnClose();
    void reconfigureKeepsRepeatedTripCount();
    void halfOpenAdmissionHoldsInEveryConfiguration_data();
    void halfOpenAdmissionHoldsInEveryConfiguration();
    void modeSetsAdmissionAndState_data();
    void modeSetsAdmissionAndState();
    void modeChangeFromOpenRecordsTransition_data();
    void modeChangeFromOpenRecordsTransition();
    void modeChangeRecordsDueHalfOpenFirst();
    void forcedOpenIgnoresTimeAndResults();
    void manualModesNeverTransition_data();
    void manualModesNeverTransition();
    void metricsOnlyWouldTripFollowsWindow();
    void returningToAutomaticStartsClosedAndEmpty_data();
    void returningToAutomaticStartsClosedAndEmpty();
    void modeChangeDiscardsOlderPermits();
    void settingSameModeChangesNothing();
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

void tst_CircuitBreaker::modeNamesAreStable_data()
{
    QTest::addColumn<BreakerMode>("mode");
    QTest::addColumn<QString>("name");

    QTest::newRow("automatic") << BreakerMode::Automatic << "automatic";
    QTest::newRow("forced open") << BreakerMode::ForcedOpen << "forced_open";
    QTest::newRow("forced closed") << BreakerMode::ForcedClosed << "forced_closed";
    QTest::newRow("disabled") << BreakerMode::Disabled << "disabled";
    QTest::newRow("metrics only") << BreakerMode::MetricsOnly << "metrics_only";
}

void tst_CircuitBreaker::modeNamesAreStable()
{
    QFETCH(BreakerMode, mode);
    QFETCH(QString, name);

    QCOMPARE(breakerModeName(mode), name);
}

void tst_CircuitBreaker::defaultsKeepTimeWindowAndFixedOpenPeriod()
{
    const BreakerSettings defaults;
    QCOMPARE(defaults.windowKind, BreakerSettings::WindowKind::Time);
    QCOMPARE(defaults.windowSize, 100);
    QCOMPARE(defaults.openBackoffMultiplier, 1.0);
    QCOMPARE(defaults.maxOpenDuration, std::chrono::seconds(300));

    FakeClock clock;
    CircuitBreaker breaker(tenCalls());
    QCOMPARE(breaker.mode(), BreakerMode::Automatic);
    trip(breaker, clock.now());
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(breaker.currentOpenDuration(), Millis(15s));
        QCOMPARE(breaker.nextTransitionAt(), std::optional<SteadyTime>(clock.now() + 15s));
        failProbe(breaker, clock);
    }
}

void tst_CircuitBreaker::countWindowJudgesLastOutcomes_data()
{
    QTest::addColumn<int>("windowSize");
    QTest::addColumn<int>("minimumCalls");
    QTest::addColumn<QString>("outcomes");
    QTest::addColumn<bool>("opens");
    QTest::addColumn<int>("calls"); ///< the transition's figure if it opens, else windowCalls

    QTest::newRow("5 of the last 10 failed") << 10 << 10 << "SSSSSFFFFF" << true << 10;
    QTest::newRow("4 of the last 10 failed") << 10 << 10 << "FFFFSSSSSS" << false << 10;
    QTest::newRow("the oldest failure leaves the ring") << 4 << 4 << "FSSSS" << false << 4;
    QTest::newRow("a ring of 4 opens at 2 of 4") << 4 << 4 << "SSSSFF" << true << 4;
    QTest::newRow("#12 nine calls are too few") << 100 << 10 << "FFFFFFFFF" << false << 9;
    QTest::newRow("#12 minimum capped at the ring size") << 5 << 100 << "FFFFF" << true << 5;
    QTest::newRow("#14 neutral calls stay out of the ring") << 4 << 4 << "NNNNFFNNFF" << true << 4;
    QTest::newRow("slow calls trip a ring too") << 4 << 4 << "LLLL" << true << 4;
}

void tst_CircuitBreaker::countWindowJudgesLastOutcomes()
{
    QFETCH(int, windowSize);
    QFETCH(int, minimumCalls);
    QFETCH(QString, outcomes);
    QFETCH(bool, opens);
    QFETCH(int, calls);

    FakeClock clock;
    CircuitBreaker breaker(countWindow(windowSize, minimumCalls));
    feed(breaker, clock, outcomes);

    const auto transitions = breaker.takeTransitions();
    QCOMPARE(int(transitions.size()), opens ? 1 : 0);
    QCOMPARE(breaker.state(clock.now()), opens ? BreakerState::Open : BreakerState::Closed);
    if (opens) {
        QCOMPARE(transitions.front().calls, calls);
        QCOMPARE(breaker.windowCalls(clock.now()), 0);
    } else {
        QCOMPARE(breaker.windowCalls(clock.now()), calls);
    }
}

void tst_CircuitBreaker::countWindowDoesNotAgeOut()
{
    FakeClock clock;
    CircuitBreaker breaker(countWindow(20, 10));
    callMany(breaker, 9, CallVerdict::Failure, clock.now());

    clock.advance(24h * 30);
    QCOMPARE(breaker.windowCalls(clock.now()), 9);
    QCOMPARE(breaker.failureRate(clock.now()), 1.0);
    QVERIFY(!breaker.wouldTrip(clock.now()));

    call(breaker, CallVerdict::Failure, clock.now());
    QCOMPARE(breaker.state(clock.now()), BreakerState::Open);
}

void tst_CircuitBreaker::reconfigureCountWindow()
{
    FakeClock clock;
    CircuitBreaker breaker(countWindow(10, 10));
    feed(breaker, clock, QStringLiteral("FFFFSSSSS"));
    QCOMPARE(breaker.windowCalls(clock.now()), 9);

    // A smaller ring keeps the newest outcomes.
    breaker.reconfigure(countWindow(5, 10));
    QCOMPARE(breaker.windowCalls(clock.now()), 5);
    QCOMPARE(breaker.failureRate(clock.now()), 0.0);

    // A larger one keeps them all and takes more.
    breaker.reconfigure(countWindow(8, 8));
    feed(breaker, clock, QStringLiteral("FF"));
    QCOMPARE(breaker.windowCalls(clock.now()), 7);
    QCOMPARE(breaker.state(clock.now()), BreakerState::Closed);

    // Rings and time buckets do not convert into each other.
    breaker.reconfigure(tenCalls());
    QCOMPARE(breaker.windowCalls(clock.now()), 0);
    callMany(breaker, 3, CallVerdict::Failure, clock.now());
    breaker.reconfigure(countWindow(8, 8));
    QCOMPARE(breaker.windowCalls(clock.now()), 0);
}

// Also bug log #18: the effective state follows the grown period without anyone asking, and
// a late notice is stamped at the instant the period ended.
void tst_CircuitBreaker::openPeriodGrowsOnRepeatedTrips_data()
{
    QTest::addColumn<double>("multiplier");
    QTest::addColumn<int>("maxOpenSeconds");
    QTest::addColumn<int>("openSeconds");
    QTest::addColumn<QList<qint64>>("periodsMs");

    QTest::newRow("x1 stays fixed") << 1.0 << 300 << 15 << QList<qint64>{15000, 15000, 15000};
    QTest::newRow("x2 up to the cap")
        << 2.0 << 300 << 15 << QList<qint64>{15000, 30000, 60000, 120000, 240000, 300000, 300000};
    QTest::newRow("x1.5 in fractions of a second")
        << 1.5 << 300 << 10 << QList<qint64>{10000, 15000, 22500, 33750, 50625};
    QTest::newRow("a cap below the base keeps the base")
        << 2.0 << 10 << 15 << QList<qint64>{15000, 15000, 15000};
    QTest::newRow("a multiplier below 1 acts as 1")
        << 0.5 << 300 << 15 << QList<qint64>{15000, 15000, 15000};
}

void tst_CircuitBreaker::openPeriodGrowsOnRepeatedTrips()
{
    QFETCH(double, multiplier);
    QFETCH(int, maxOpenSeconds);
    QFETCH(int, openSeconds);
    QFETCH(QList<qint64>, periodsMs);

    FakeClock clock;
    BreakerSettings s = tenCalls();
    s.openBackoffMultiplier = multiplier;
    s.maxOpenDuration = std::chrono::seconds(maxOpenSeconds);
    s.openDuration = std::chrono::seconds(openSeconds);
    CircuitBreaker breaker(s);
    trip(breaker, clock.now());

    for (const qint64 periodMs : periodsMs) {
        const SteadyTime openedAt = clock.now();
        const SteadyTime due = openedAt + Millis(periodMs);
        QCOMPARE(breaker.currentOpenDuration(), Millis(periodMs));
        QCOMPARE(breaker.nextTransitionAt(), std::optional<SteadyTime>(due));
        QCOMPARE(breaker.state(due - 1ms), BreakerState::Open);
        QCOMPARE(breaker.state(due), BreakerState::HalfOpen);
        breaker.takeTransitions();

        // Noticed late: stamped when due. Then the single probe fails and the next period runs.
        clock.advance(Millis(periodMs) + 100s);
        breaker.advance(clock.now());
        const auto transitions = breaker.takeTransitions();
        QCOMPARE(int(transitions.size()), 1);
        QCOMPARE(transitions.front().at, due);
        const CircuitBreaker::Permit probe = breaker.tryAcquire(clock.now());
        QVERIFY(probe.probe);
        breaker.record(probe, CallVerdict::Failure, fast, clock.now());
        QCOMPARE(breaker.state(clock.now()), BreakerState::Open);
    }
}

void tst_CircuitBreaker::openReasonNamesGrownPeriod_data()
{
    QTest::addColumn<double>("multiplier");
    QTest::addColumn<int>("maxOpenSeconds");
    QTest::addColumn<int>("reopens");
    QTest::addColumn<QString>("openReason");
    QTest::addColumn<QString>("halfOpenReason");

    QTest::newRow("the first trip names no growth")
        << 2.0 << 300 << 0 << "failure rate 100% >= 50% over 10 calls"
        << "open for 15 s";
    QTest::newRow("x2 after one re-open")
        << 2.0 << 300 << 1 << "1 of 1 probes failed; open for 30 s (x2 after repeated trips)"
        << "open for 30 s (x2 after repeated trips)";
    QTest::newRow("x1.5 after two re-opens")
        << 1.5 << 300 << 2 << "1 of 1 probes failed; open for 33.75 s (x2.25 after repeated trips)"
        << "open for 33.75 s (x2.25 after repeated trips)";
    QTest::newRow("capped")
        << 2.0 << 40 << 2
        << "1 of 1 probes failed; open for 40 s (x2.667 after repeated trips, capped)"
        << "open for 40 s (x2.667 after repeated trips, capped)";
    QTest::newRow("x1 names nothing") << 1.0 << 300 << 2 << "1 of 1 probes failed"
                                      << "open for 15 s";
}

void tst_CircuitBreaker::openReasonNamesGrownPeriod()
{
    QFETCH(double, multiplier);
    QFETCH(int, maxOpenSeconds);
    QFETCH(int, reopens);
    QFETCH(QString, openReason);
    QFETCH(QString, halfOpenReason);

    FakeClock clock;
    BreakerSettings s = tenCalls();
    s.openBackoffMultiplier = multiplier;
    s.maxOpenDuration = std::chrono::seconds(maxOpenSeconds);
    CircuitBreaker breaker(s);
    trip(breaker, clock.now());
    for (int i = 0; i < reopens; ++i) {
        failProbe(breaker, clock);
    }
    QCOMPARE(breaker.takeTransitions().back().reason, openReason);

    clock.advance(*breaker.nextTransitionAt() - clock.now());
    breaker.advance(clock.now());
    const auto transitions = breaker.takeTransitions();
    QCOMPARE(int(transitions.size()), 1);
    QCOMPARE(transitions.front().to, BreakerState::HalfOpen);
    QCOMPARE(transitions.front().reason, halfOpenReason);
}

void tst_CircuitBreaker::openPeriodResetsOnClose()
{
    FakeClock clock;
    BreakerSettings s = tenCalls();
    s.openBackoffMultiplier = 2.0;
    CircuitBreaker breaker(s);
    trip(breaker, clock.now());
    failProbe(breaker, clock);
    failProbe(breaker, clock);
    QCOMPARE(breaker.currentOpenDuration(), Millis(60s));

    clock.advance(60s);
    const CircuitBreaker::Permit probe = breaker.tryAcquire(clock.now());
    breaker.record(probe, CallVerdict::Success, fast, clock.now());
    QCOMPARE(breaker.state(clock.now()), BreakerState::Closed);
    QCOMPARE(breaker.currentOpenDuration(), Millis(15s));

    trip(breaker, clock.now());
    QCOMPARE(breaker.nextTransitionAt(), std::optional<SteadyTime>(clock.now() + 15s));
    QCOMPARE(breaker.takeTransitions().back().reason,
             QStringLiteral("failure rate 100% >= 50% over 10 calls"));
}

void tst_CircuitBreaker::reconfigureKeepsRepeatedTripCount()
{
    FakeClock clock;
    BreakerSettings s = tenCalls();
    s.openBackoffMultiplier = 2.0;
    CircuitBreaker breaker(s);
    trip(breaker, clock.now());
    failProbe(breaker, clock);
    const SteadyTime openedAt = clock.now();
    QCOMPARE(breaker.nextTransitionAt(), std::optional<SteadyTime>(openedAt + 30s));

    s.openBackoffMultiplier = 3.0;
    breaker.reconfigure(s);
    QCOMPARE(breaker.nextTransitionAt(), std::optional<SteadyTime>(openedAt + 45s));

    s.maxOpenDuration = 20s;
    breaker.reconfigure(s);
    QCOMPARE(breaker.nextTransitionAt(), std::optional<SteadyTime>(openedAt + 20s));
}

// Bug log #10, #11, #13 again, with a count window and after the open period has grown.
void tst_CircuitBreaker::halfOpenAdmissionHoldsInEveryConfiguration_data()
{
    QTest::addColumn<bool>("countWindow");
    QTest::addColumn<int>("reopens");
    QTest::addColumn<int>("probes");

    QTest::newRow("#10 stampede, count window") << true << 0 << 1;
    QTest::newRow("#10 stampede, grown period") << false << 2 << 1;
    QTest::newRow("#11 not recycled, count window") << true << 0 << 2;
    QTest::newRow("#11 not recycled, grown period") << false << 3 << 3;
    QTest::newRow("#13 single trial, count window, grown") << true << 1 << 1;
}

void tst_CircuitBreaker::halfOpenAdmissionHoldsInEveryConfiguration()
{
    QFETCH(bool, countWindow);
    QFETCH(int, reopens);
    QFETCH(int, probes);

    FakeClock clock;
    BreakerSettings s = tenCalls();
    s.windowKind
        = countWindow ? BreakerSettings::WindowKind::Count : BreakerSettings::WindowKind::Time;
    s.halfOpenProbes = probes;
    s.openBackoffMultiplier = 2.0;
    CircuitBreaker breaker(s);
    trip(breaker, clock.now());
    for (int i = 0; i < reopens; ++i) {
        // Every probe of the round fails.
        clock.advance(*breaker.nextTransitionAt() - clock.now());
        for (int p = 0; p < probes; ++p) {
            const CircuitBreaker::Permit probe = breaker.tryAcquire(clock.now());
            QVERIFY(probe.probe);
            breaker.record(probe, CallVerdict::Failure, fast, clock.now());
        }
        QCOMPARE(breaker.state(clock.now()), BreakerState::Open);
    }
    clock.advance(*breaker.nextTransitionAt() - clock.now());

    // 100 callers while the probes are out: only `probes` get through.
    std::vector<CircuitBreaker::Permit> out;
    for (int i = 0; i < 100; ++i) {
        const CircuitBreaker::Permit permit = breaker.tryAcquire(clock.now());
        if (permit.allowed) {
            QVERIFY(permit.probe);
            out.push_back(permit);
        }
        clock.advance(300ms);
    }
    QCOMPARE(int(out.size()), probes);

    // Results come back one by one; none of them frees a permit for another trial.
    for (const CircuitBreaker::Permit &permit : out) {
        QCOMPARE(breaker.state(clock.now()), BreakerState::HalfOpen);
        QVERIFY(!breaker.tryAcquire(clock.now()).allowed);
        breaker.record(permit, CallVerdict::Success, fast, clock.now());
    }
    QCOMPARE(breaker.state(clock.now()), BreakerState::Closed);
}

void tst_CircuitBreaker::modeSetsAdmissionAndState_data()
{
    QTest::addColumn<BreakerMode>("mode");
    QTest::addColumn<bool>("allows");
    QTest::addColumn<BreakerState>("state");
    QTest::addColumn<QString>("reason");

    QTest::newRow("forced open") << BreakerMode::ForcedOpen << false << BreakerState::Open
                                 << "forced open";
    QTest::newRow("forced closed")
        << BreakerMode::ForcedClosed << true << BreakerState::Closed << "forced closed";
    QTest::newRow("disabled") << BreakerMode::Disabled << true << BreakerState::Closed
                              << "disabled";
    QTest::newRow("metrics only") << BreakerMode::MetricsOnly << true << BreakerState::Closed
                                  << "metrics only";
}

void tst_CircuitBreaker::modeSetsAdmissionAndState()
{
    QFETCH(BreakerMode, mode);
    QFETCH(bool, allows);
    QFETCH(BreakerState, state);
    QFETCH(QString, reason);

    FakeClock clock;
    CircuitBreaker breaker(tenCalls());
    breaker.setMode(mode, clock.now());
    QCOMPARE(breaker.mode(), mode);
    QCOMPARE(breaker.state(clock.now()), state);
    QCOMPARE(breaker.nextTransitionAt(), std::nullopt);

    const auto transitions = breaker.takeTransitions();
    QCOMPARE(int(transitions.size()), 1);
    QCOMPARE(transitions.front().from, BreakerState::Closed);
    QCOMPARE(transitions.front().to, state);
    QCOMPARE(transitions.front().at, clock.now());
    QCOMPARE(transitions.front().reason, reason);

    for (int i = 0; i < 50; ++i) {
        const CircuitBreaker::Permit permit = breaker.tryAcquire(clock.now());
        QCOMPARE(permit.allowed, allows);
        QVERIFY(!permit.probe);
        clock.advance(1s);
    }
}

void tst_CircuitBreaker::modeChangeFromOpenRecordsTransition_data()
{
    QTest::addColumn<BreakerMode>("mode");
    QTest::addColumn<BreakerState>("to");
    QTest::addColumn<QString>("reason");

    // Forcing an open breaker open still records the change: its timer no longer runs.
    QTest::newRow("forced open") << BreakerMode::ForcedOpen << BreakerState::Open << "forced open";
    QTest::newRow("forced closed")
        << BreakerMode::ForcedClosed << BreakerState::Closed << "forced closed";
    QTest::newRow("disabled") << BreakerMode::Disabled << BreakerState::Closed << "disabled";
    QTest::newRow("metrics only") << BreakerMode::MetricsOnly << BreakerState::Closed
                                  << "metrics only";
}

void tst_CircuitBreaker::modeChangeFromOpenRecordsTransition()
{
    QFETCH(BreakerMode, mode);
    QFETCH(BreakerState, to);
    QFETCH(QString, reason);

    FakeClock clock;
    CircuitBreaker breaker(tenCalls());
    trip(breaker, clock.now());
    breaker.takeTransitions();
    clock.advance(5s);

    breaker.setMode(mode, clock.now());
    const auto transitions = breaker.takeTransitions();
    QCOMPARE(int(transitions.size()), 1);
    QCOMPARE(transitions.front().from, BreakerState::Open);
    QCOMPARE(transitions.front().to, to);
    QCOMPARE(transitions.front().reason, reason);
    QCOMPARE(breaker.nextTransitionAt(), std::nullopt);
    QCOMPARE(breaker.state(clock.now() + 1h), to);
}

// Bug log #18: a half-open period that fell due before the mode change appears in the event
// list at its own instant, before the mode's transition.
void tst_CircuitBreaker::modeChangeRecordsDueHalfOpenFirst()
{
    FakeClock clock;
    CircuitBreaker breaker(tenCalls());
    const SteadyTime openedAt = clock.now();
    trip(breaker, openedAt);
    breaker.takeTransitions();
    clock.advance(100s);

    breaker.setMode(BreakerMode::ForcedClosed, clock.now());
    const auto transitions = breaker.takeTransitions();
    QCOMPARE(int(transitions.size()), 2);
    QCOMPARE(transitions[0].to, BreakerState::HalfOpen);
    QCOMPARE(transitions[0].at, openedAt + 15s);
    QCOMPARE(transitions[1].from, BreakerState::HalfOpen);
    QCOMPARE(transitions[1].to, BreakerState::Closed);
    QCOMPARE(transitions[1].at, clock.now());
}

void tst_CircuitBreaker::forcedOpenIgnoresTimeAndResults()
{
    FakeClock clock;
    CircuitBreaker breaker(tenCalls());
    const CircuitBreaker::Permit before = breaker.tryAcquire(clock.now());
    breaker.setMode(BreakerMode::ForcedOpen, clock.now());
    breaker.takeTransitions();

    breaker.record(before, CallVerdict::Success, fast, clock.now());
    for (int i = 0; i < 48; ++i) {
        clock.advance(30min);
        breaker.advance(clock.now());
        QCOMPARE(breaker.state(clock.now()), BreakerState::Open);
        QVERIFY(!breaker.tryAcquire(clock.now()).allowed);
    }
    QVERIFY(breaker.takeTransitions().empty());
    QCOMPARE(breaker.windowCalls(clock.now()), 0);
    QVERIFY(!breaker.wouldTrip(clock.now()));
}

void tst_CircuitBreaker::manualModesNeverTransition_data()
{
    QTest::addColumn<BreakerMode>("mode");
    QTest::addColumn<bool>("countWindow");
    QTest::addColumn<int>("counted");
    QTest::addColumn<bool>("wouldTrip");

    QTest::newRow("forced closed counts") << BreakerMode::ForcedClosed << false << 20 << true;
    QTest::newRow("disabled counts nothing") << BreakerMode::Disabled << false << 0 << false;
    QTest::newRow("metrics only counts") << BreakerMode::MetricsOnly << false << 20 << true;
    QTest::newRow("metrics only, count window") << BreakerMode::MetricsOnly << true << 10 << true;
    QTest::newRow("forced closed, count window") << BreakerMode::ForcedClosed << true << 10 << true;
}

void tst_CircuitBreaker::manualModesNeverTransition()
{
    QFETCH(BreakerMode, mode);
    QFETCH(bool, countWindow);
    QFETCH(int, counted);
    QFETCH(bool, wouldTrip);

    FakeClock clock;
    BreakerSettings s = tenCalls();
    if (countWindow) {
        s.windowKind = BreakerSettings::WindowKind::Count;
        s.windowSize = 10;
    }
    CircuitBreaker breaker(s);
    breaker.setMode(mode, clock.now());
    breaker.takeTransitions();

    callMany(breaker, 20, CallVerdict::Failure, clock.now(), 5s);
    QCOMPARE(breaker.state(clock.now()), BreakerState::Closed);
    QVERIFY(breaker.takeTransitions().empty());
    QCOMPARE(breaker.windowCalls(clock.now()), counted);
    QCOMPARE(breaker.failureRate(clock.now()), counted > 0 ? 1.0 : 0.0);
    QCOMPARE(breaker.slowCallRate(clock.now()), counted > 0 ? 1.0 : 0.0);
    QCOMPARE(breaker.wouldTrip(clock.now()), wouldTrip);
    QVERIFY(breaker.tryAcquire(clock.now()).allowed);
}

void tst_CircuitBreaker::metricsOnlyWouldTripFollowsWindow()
{
    FakeClock clock;
    CircuitBreaker breaker(tenCalls());
    breaker.setMode(BreakerMode::MetricsOnly, clock.now());

    callMany(breaker, 9, CallVerdict::Failure, clock.now());
    QVERIFY(!breaker.wouldTrip(clock.now())); // #12: under the minimum
    call(breaker, CallVerdict::Failure, clock.now());
    QVERIFY(breaker.wouldTrip(clock.now()));
    callMany(breaker, 11, CallVerdict::Success, clock.now());
    QVERIFY(!breaker.wouldTrip(clock.now())); // 10 of 21
    call(breaker, CallVerdict::Failure, clock.now());
    QVERIFY(breaker.wouldTrip(clock.now())); // 11 of 22

    clock.advance(30s);
    QCOMPARE(breaker.windowCalls(clock.now()), 0);
    QVERIFY(!breaker.wouldTrip(clock.now()));
    QCOMPARE(breaker.state(clock.now()), BreakerState::Closed);
}

void tst_CircuitBreaker::returningToAutomaticStartsClosedAndEmpty_data()
{
    QTest::addColumn<BreakerMode>("from");

    QTest::newRow("forced open") << BreakerMode::ForcedOpen;
    QTest::newRow("forced closed") << BreakerMode::ForcedClosed;
    QTest::newRow("disabled") << BreakerMode::Disabled;
    QTest::newRow("metrics only") << BreakerMode::MetricsOnly;
}

void tst_CircuitBreaker::returningToAutomaticStartsClosedAndEmpty()
{
    QFETCH(BreakerMode, from);

    FakeClock clock;
    BreakerSettings s = tenCalls();
    s.openBackoffMultiplier = 2.0;
    CircuitBreaker breaker(s);
    // A grown open period first, to see it reset too.
    trip(breaker, clock.now());
    failProbe(breaker, clock);
    QCOMPARE(breaker.currentOpenDuration(), Millis(30s));

    breaker.setMode(from, clock.now());
    for (int i = 0; i < 9; ++i) {
        const CircuitBreaker::Permit permit = breaker.tryAcquire(clock.now());
        breaker.record(permit, CallVerdict::Failure, fast, clock.now());
    }
    breaker.takeTransitions();

    breaker.setMode(BreakerMode::Automatic, clock.now());
    QCOMPARE(breaker.mode(), BreakerMode::Automatic);
    QCOMPARE(breaker.state(clock.now()), BreakerState::Closed);
    QCOMPARE(breaker.windowCalls(clock.now()), 0);
    QCOMPARE(breaker.nextTransitionAt(), std::nullopt);
    QCOMPARE(breaker.currentOpenDuration(), Millis(15s));
    const auto transitions = breaker.takeTransitions();
    QCOMPARE(int(transitions.size()), 1);
    QCOMPARE(transitions.front().to, BreakerState::Closed);
    QCOMPARE(transitions.front().reason, QStringLiteral("automatic"));

    // The failures from the manual mode do not count towards the first verdict.
    callMany(breaker, 9, CallVerdict::Failure, clock.now());
    QCOMPARE(breaker.state(clock.now()), BreakerState::Closed);
    call(breaker, CallVerdict::Failure, clock.now());
    QCOMPARE(breaker.state(clock.now()), BreakerState::Open);
    QCOMPARE(breaker.nextTransitionAt(), std::optional<SteadyTime>(clock.now() + 15s));
}

// A result from a permit handed out before the mode change reports on a state that is gone.
void tst_CircuitBreaker::modeChangeDiscardsOlderPermits()
{
    FakeClock clock;
    CircuitBreaker breaker(tenCalls());
    trip(breaker, clock.now());
    clock.advance(15s);
    const CircuitBreaker::Permit probe = breaker.tryAcquire(clock.now());
    QVERIFY(probe.probe);

    breaker.setMode(BreakerMode::MetricsOnly, clock.now());
    breaker.takeTransitions();
    breaker.record(probe, CallVerdict::Failure, fast, clock.now());
    QCOMPARE(breaker.windowCalls(clock.now()), 0);

    const CircuitBreaker::Permit metered = breaker.tryAcquire(clock.now());
    breaker.setMode(BreakerMode::Automatic, clock.now());
    breaker.record(metered, CallVerdict::Failure, fast, clock.now());
    QCOMPARE(breaker.windowCalls(clock.now()), 0);
    QCOMPARE(breaker.state(clock.now()), BreakerState::Closed);
}

void tst_CircuitBreaker::settingSameModeChangesNothing()
{
    FakeClock clock;
    CircuitBreaker breaker(tenCalls());
    callMany(breaker, 5, CallVerdict::Failure, clock.now());
    const CircuitBreaker::Permit permit = breaker.tryAcquire(clock.now());

    breaker.setMode(BreakerMode::Automatic, clock.now());
    QVERIFY(breaker.takeTransitions().empty());
    QCOMPARE(breaker.windowCalls(clock.now()), 5);
    breaker.record(permit, CallVerdict::Failure, fast, clock.now());
    QCOMPARE(breaker.windowCalls(clock.now()), 6);

    breaker.setMode(BreakerMode::ForcedOpen, clock.now());
    breaker.takeTransitions();
    breaker.setMode(BreakerMode::ForcedOpen, clock.now());
    QVERIFY(breaker.takeTransitions().empty());
}

QTEST_GUILESS_MAIN(tst_CircuitBreaker)
#include "tst_circuitbreaker.moc"
