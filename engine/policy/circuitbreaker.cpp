// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "circuitbreaker.h"

#include "../logging.h"

#include <algorithm>
#include <cmath>

namespace bw {

namespace {

// Past this many re-opens the open period sits at its ceiling for any multiplier above 1.0001,
// so counting further only risks overflow.
constexpr int maxCountedReopens = 100000;

QString percent(double rate)
{
    return QString::number(rate * 100, 'f', 0) + QLatin1Char('%');
}

double ratio(int part, int whole)
{
    return whole > 0 ? static_cast<double>(part) / whole : 0.0;
}

int effectiveMinimumCalls(const BreakerSettings &settings)
{
    const int minimum = std::max(settings.minimumCalls, 1);
    if (settings.windowKind == BreakerSettings::WindowKind::Count) {
        return std::min(minimum, std::max(settings.windowSize, 1));
    }
    return minimum;
}

struct OpenPeriod
{
    Millis length;
    bool capped = false;
};

// openDuration * multiplier^reopens, at most max(maxOpenDuration, openDuration). Computed in
// double so that a large exponent saturates to infinity instead of overflowing an integer.
OpenPeriod openPeriod(const BreakerSettings &settings, int reopens)
{
    const Millis base = settings.openDuration;
    if (reopens <= 0) {
        return {base, false};
    }
    // Written so that NaN also falls back to 1.
    const double multiplier
        = settings.openBackoffMultiplier > 1.0 ? settings.openBackoffMultiplier : 1.0;
    const double grown = double(base.count()) * std::pow(multiplier, reopens);
    const Millis cap = std::max<Millis>(settings.maxOpenDuration, base);
    if (!(grown < double(cap.count()))) {
        return {cap, grown > double(cap.count())};
    }
    return {Millis(std::llround(grown)), false};
}

// "15", "22.5", "0.25": whole seconds without decimals, otherwise up to milliseconds.
QString secondsText(Millis length)
{
    if (length.count() % 1000 == 0) {
        return QString::number(length.count() / 1000);
    }
    QString text = QString::number(double(length.count()) / 1000.0, 'f', 3);
    while (text.endsWith(QLatin1Char('0'))) {
        text.chop(1);
    }
    return text;
}

struct Verdict
{
    BreakerState to;
    QString reason;
};

// Why a full enough closed window should open the breaker, or nothing if it should not.
std::optional<QString> judgeWindow(const BreakerSettings &settings, int calls, int failures,
                                   int slow)
{
    const double failureRate = ratio(failures, calls);
    if (failureRate >= settings.failureRateThreshold) {
        return QStringLiteral("failure rate %1 >= %2 over %3 calls")
            .arg(percent(failureRate), percent(settings.failureRateThreshold))
            .arg(calls);
    }
    const double slowRate = ratio(slow, calls);
    if (slowRate >= settings.slowCallRateThreshold) {
        return QStringLiteral("slow-call rate %1 >= %2 over %3 calls")
            .arg(percent(slowRate), percent(settings.slowCallRateThreshold))
            .arg(calls);
    }
    return std::nullopt;
}

// Judges a completed round of probes by the same thresholds as the closed window.
Verdict judgeProbes(const BreakerSettings &settings, int done, int failures, int slow)
{
    if (ratio(failures, done) >= settings.failureRateThreshold) {
        return {BreakerState::Open,
                QStringLiteral("%1 of %2 probes failed").arg(failures).arg(done)};
    }
    if (ratio(slow, done) >= settings.slowCallRateThreshold) {
        return {BreakerState::Open, QStringLiteral("%1 of %2 probes slow").arg(slow).arg(done)};
    }
    return {BreakerState::Closed,
            QStringLiteral("%1 of %2 probes succeeded").arg(done - failures).arg(done)};
}

} // namespace

QString breakerStateName(BreakerState state)
{
    switch (state) {
    case BreakerState::Closed:
        return QStringLiteral("closed");
    case BreakerState::Open:
        return QStringLiteral("open");
    case BreakerState::HalfOpen:
        return QStringLiteral("half_open");
    }
    Q_UNREACHABLE();
    return QString();
}

QString breakerModeName(BreakerMode mode)
{
    switch (mode) {
    case BreakerMode::Automatic:
        return QStringLiteral("automatic");
    case BreakerMode::ForcedOpen:
        return QStringLiteral("forced_open");
    case BreakerMode::ForcedClosed:
        return QStringLiteral("forced_closed");
    case BreakerMode::Disabled:
        return QStringLiteral("disabled");
    case BreakerMode::MetricsOnly:
        return QStringLiteral("metrics_only");
    }
    Q_UNREACHABLE();
    return QString();
}

CircuitBreaker::Counts &CircuitBreaker::Counts::operator+=(const Counts &other)
{
    calls += other.calls;
    failures += other.failures;
    slow += other.slow;
    return *this;
}

CircuitBreaker::CircuitBreaker(const BreakerSettings &settings)
    : m_settings(settings)
    , m_timeWindow(settings.window)
{
}

CircuitBreaker::Counts CircuitBreaker::totals(SteadyTime now) const
{
    if (m_settings.windowKind == BreakerSettings::WindowKind::Count) {
        return m_ringTotals;
    }
    return m_timeWindow.total(now);
}

int CircuitBreaker::windowCalls(SteadyTime now) const
{
    return totals(now).calls;
}

double CircuitBreaker::failureRate(SteadyTime now) const
{
    const Counts t = totals(now);
    return ratio(t.failures, t.calls);
}

double CircuitBreaker::slowCallRate(SteadyTime now) const
{
    const Counts t = totals(now);
    return ratio(t.slow, t.calls);
}

BreakerState CircuitBreaker::state(SteadyTime now) const
{
    // Outside Automatic, m_state holds what the mode reads (Open or Closed) and never ages.
    if (m_mode == BreakerMode::Automatic && m_state == BreakerState::Open
        && now >= m_openedAt + currentOpenDuration()) {
        return BreakerState::HalfOpen;
    }
    return m_state;
}

std::optional<SteadyTime> CircuitBreaker::nextTransitionAt() const
{
    if (m_mode != BreakerMode::Automatic || m_state != BreakerState::Open) {
        return std::nullopt;
    }
    return m_openedAt + currentOpenDuration();
}

Millis CircuitBreaker::currentOpenDuration() const
{
    return openPeriod(m_settings, m_reopens).length;
}

QString CircuitBreaker::openPeriodText() const
{
    const OpenPeriod period = openPeriod(m_settings, m_reopens);
    QString text = QStringLiteral("open for %1 s").arg(secondsText(period.length));
    const Millis base = m_settings.openDuration;
    if (period.length > base) {
        const double factor = double(period.length.count()) / double(base.count());
        text += QStringLiteral(" (x%1 after repeated trips%2)")
                    .arg(QString::number(factor, 'g', 4),
                         period.capped ? QStringLiteral(", capped") : QString());
    }
    return text;
}

void CircuitBreaker::advance(SteadyTime now)
{
    if (m_mode != BreakerMode::Automatic || m_state != BreakerState::Open) {
        return;
    }
    const SteadyTime due = m_openedAt + currentOpenDuration();
    if (now >= due) {
        // Stamped at the due instant, so a chart of a quiet endpoint shows when it really
        // became half-open, not when someone happened to look.
        transition(BreakerState::HalfOpen, due, openPeriodText(), now);
    }
}

void CircuitBreaker::setMode(BreakerMode mode, SteadyTime now)
{
    if (mode == m_mode) {
        return;
    }
    // A half-open transition that fell due is recorded first, at its own instant, so the
    // event list does not jump from Open straight past it.
    advance(now);
    m_mode = mode;
    const BreakerState to
        = mode == BreakerMode::ForcedOpen ? BreakerState::Open : BreakerState::Closed;
    // The reason is the mode's name in words: "forced open", "metrics only", "automatic".
    transition(to, now, breakerModeName(mode).replace(QLatin1Char('_'), QLatin1Char(' ')), now);
    // Whatever the mode, its counts start from nothing, and an automatic breaker starts over
    // at the base open period.
    clearWindow();
    m_reopens = 0;
}

bool CircuitBreaker::wouldTrip(SteadyTime now) const
{
    if (m_mode == BreakerMode::Disabled || m_mode == BreakerMode::ForcedOpen) {
        return false;
    }
    return windowTripReason(now).has_value();
}

std::optional<QString> CircuitBreaker::windowTripReason(SteadyTime now) const
{
    const Counts t = totals(now);
    if (t.calls < effectiveMinimumCalls(m_settings)) {
        return std::nullopt;
    }
    return judgeWindow(m_settings, t.calls, t.failures, t.slow);
}

CircuitBreaker::Permit CircuitBreaker::tryAcquire(SteadyTime now)
{
    advance(now);
    switch (m_mode) {
    case BreakerMode::Automatic:
        break;
    case BreakerMode::ForcedOpen:
        return {false, false, m_generation};
    case BreakerMode::ForcedClosed:
    case BreakerMode::Disabled:
    case BreakerMode::MetricsOnly:
        return {true, false, m_generation};
    }
    switch (m_state) {
    case BreakerState::Closed:
        return {true, false, m_generation};
    case BreakerState::Open:
        return {false, false, m_generation};
    case BreakerState::HalfOpen:
        if (m_probesIssued < std::max(m_settings.halfOpenProbes, 1)) {
            ++m_probesIssued;
            return {true, true, m_generation};
        }
        return {false, false, m_generation};
    }
    Q_UNREACHABLE();
    return {};
}

void CircuitBreaker::record(const Permit &permit, CallVerdict verdict, Millis duration,
                            SteadyTime now)
{
    advance(now);
    // A call that started before the last transition reports on a state that no longer
    // exists: counting it could close a breaker that its probes would keep open.
    if (!permit.allowed || permit.generation != m_generation) {
        return;
    }
    if (m_mode == BreakerMode::Disabled || m_mode == BreakerMode::ForcedOpen) {
        return;
    }
    const bool failed = verdict == CallVerdict::Failure;
    const bool slow = verdict != CallVerdict::Neutral && duration >= m_settings.slowCall;

    if (m_state == BreakerState::HalfOpen) {
        if (verdict == CallVerdict::Neutral) {
            // A 429 or 4xx says nothing about recovery, so the probe slot goes to another call.
            m_probesIssued = std::max(m_probesIssued - 1, 0);
            return;
        }
        ++m_probesDone;
        m_probeFailures += failed ? 1 : 0;
        m_probeSlowCalls += slow ? 1 : 0;
        if (m_probesDone >= std::max(m_settings.halfOpenProbes, 1)) {
            const Verdict v
                = judgeProbes(m_settings, m_probesDone, m_probeFailures, m_probeSlowCalls);
            transition(v.to, now, v.reason, now);
        }
        return;
    }

    if (m_state != BreakerState::Closed || verdict == CallVerdict::Neutral) {
        return;
    }
    addToWindow(failed, slow, now);
    if (m_mode != BreakerMode::Automatic) {
        return;
    }
    if (const auto reason = windowTripReason(now)) {
        transition(BreakerState::Open, now, *reason, now);
    }
}

void CircuitBreaker::addToWindow(bool failed, bool slow, SteadyTime now)
{
    if (m_settings.windowKind == BreakerSettings::WindowKind::Count) {
        m_ring.push_back({failed, slow});
        ++m_ringTotals.calls;
        m_ringTotals.failures += failed ? 1 : 0;
        m_ringTotals.slow += slow ? 1 : 0;
        trimRing();
        return;
    }
    Counts &bucket = m_timeWindow.current(now);
    ++bucket.calls;
    bucket.failures += failed ? 1 : 0;
    bucket.slow += slow ? 1 : 0;
}

void CircuitBreaker::trimRing()
{
    const size_t capacity = size_t(std::max(m_settings.windowSize, 1));
    while (m_ring.size() > capacity) {
        const CallMark oldest = m_ring.front();
        m_ring.pop_front();
        --m_ringTotals.calls;
        m_ringTotals.failures -= oldest.failed ? 1 : 0;
        m_ringTotals.slow -= oldest.slow ? 1 : 0;
    }
}

void CircuitBreaker::clearWindow()
{
    m_timeWindow.clear();
    m_ring.clear();
    m_ringTotals = Counts{};
}

void CircuitBreaker::transition(BreakerState to, SteadyTime at, const QString &reason,
                                SteadyTime now)
{
    const bool automatic = m_mode == BreakerMode::Automatic;
    if (automatic && to == BreakerState::Open && m_state == BreakerState::HalfOpen) {
        m_reopens = std::min(m_reopens + 1, maxCountedReopens);
    } else if (to == BreakerState::Closed) {
        m_reopens = 0;
    }

    BreakerTransition change;
    change.from = m_state;
    change.to = to;
    change.at = at;
    change.reason = reason;
    if (automatic && to == BreakerState::Open && m_reopens > 0
        && currentOpenDuration() > Millis(m_settings.openDuration)) {
        change.reason += QStringLiteral("; ") + openPeriodText();
    }
    if (m_state == BreakerState::HalfOpen) {
        // The probes are the half-open state's window.
        change.calls = m_probesDone;
        change.failureRate = ratio(m_probeFailures, m_probesDone);
        change.slowCallRate = ratio(m_probeSlowCalls, m_probesDone);
    } else {
        const Counts t = totals(now);
        change.calls = t.calls;
        change.failureRate = ratio(t.failures, t.calls);
        change.slowCallRate = ratio(t.slow, t.calls);
    }
    // The engine logs the same change with the endpoint id at info level.
    qCDebug(lcBreaker) << "breaker" << breakerStateName(m_state) << "->" << breakerStateName(to)
                       << reason;

    m_state = to;
    ++m_generation;
    m_probesIssued = 0;
    m_probesDone = 0;
    m_probeFailures = 0;
    m_probeSlowCalls = 0;
    if (to == BreakerState::Open) {
        m_openedAt = at;
    }
    if (to != BreakerState::HalfOpen) {
        clearWindow();
    }
    m_transitions.push_back(change);
}

std::vector<BreakerTransition> CircuitBreaker::takeTransitions()
{
    return std::exchange(m_transitions, {});
}

void CircuitBreaker::reconfigure(const BreakerSettings &settings)
{
    const BreakerSettings old = std::exchange(m_settings, settings);
    if (old.windowKind != settings.windowKind) {
        // Time buckets hold no order of outcomes and a ring holds no times: neither converts.
        clearWindow();
    }
    // Keeps the counts of a window that was and stays time-based; otherwise it is empty and
    // only takes the new length.
    m_timeWindow.rescaleWindow(settings.window);
    if (settings.windowKind == BreakerSettings::WindowKind::Count) {
        trimRing();
    }
}

} // namespace bw
