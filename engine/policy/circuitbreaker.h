// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../clock.h"
#include "outcome.h"
#include "slidingwindow.h"

#include <QString>

#include <deque>
#include <optional>
#include <vector>

namespace bw {

// BreakerState and BreakerMode are declared in outcome.h, next to the namespace's only
// Q_NAMESPACE.

/// "closed", "open", "half_open": the names used in CSV and logs.
QString breakerStateName(BreakerState state);
/// "automatic", "forced_open", "forced_closed", "disabled", "metrics_only".
QString breakerModeName(BreakerMode mode);

struct BreakerSettings
{
    enum class WindowKind {
        Time,  ///< the calls of the last `window`, in 10 buckets
        Count, ///< the last `windowSize` non-neutral calls, however old
    };

    double failureRateThreshold = 0.5; ///< trips when failures/calls >= this
    int minimumCalls = 10;             ///< no verdict before this many calls in the window
    std::chrono::seconds window{30};   ///< time-based sliding window, in 10 buckets
    std::chrono::seconds openDuration{15};
    int halfOpenProbes = 1;
    Millis slowCall{2000};             ///< a call at least this long is slow
    double slowCallRateThreshold = 1.0;///< trips when slow/calls >= this
    WindowKind windowKind = WindowKind::Time;
    /// Count windows only: how many outcomes the ring holds (at least 1). minimumCalls is
    /// capped at this, or a count window could never reach a verdict.
    int windowSize = 100;
    /// Each re-open from HalfOpen without a close in between multiplies the open period by
    /// this (values below 1 act as 1); a close resets it to openDuration.
    double openBackoffMultiplier = 1.0;
    /// Ceiling for the grown open period. It never shortens openDuration itself.
    std::chrono::seconds maxOpenDuration{300};

    friend bool operator==(const BreakerSettings &, const BreakerSettings &) = default;
};

/// One state change with the reason and the window's figures at that moment.
struct BreakerTransition
{
    BreakerState from = BreakerState::Closed;
    BreakerState to = BreakerState::Closed;
    SteadyTime at{};
    QString reason; ///< English, for logs and the event list
    int calls = 0;
    double failureRate = 0;
    double slowCallRate = 0;
};

/// A circuit breaker for one endpoint. Pure: every call takes `now`, nothing reads a clock.
///
/// Closed: calls pass; outcomes go into the window: 10 time buckets spanning `window`, or a
/// ring of the last `windowSize` non-neutral outcomes. Once the window holds at least
/// `minimumCalls` non-neutral calls, the breaker opens when the failure rate or the slow-call
/// rate reaches its threshold (compared with >=).
/// Open: tryAcquire refuses until the open period has passed since opening; then the breaker
/// is half-open, whether or not anything asks (state(now) reports it, and advance(now)
/// records the transition at the instant it became due, not when it was noticed). The open
/// period is `openDuration`, multiplied by `openBackoffMultiplier` for each re-open since the
/// last close, up to `maxOpenDuration`.
/// HalfOpen: exactly `halfOpenProbes` permits are handed out; they are consumed, not recycled.
/// Once all have reported, the breaker closes if their failure rate is below the threshold and
/// re-opens otherwise. A Neutral result (429, 4xx) hands its probe permit back, so another
/// probe may go.
/// Every permit carries the generation it was issued in; a result from an older generation
/// (a call that started before the last transition) is counted nowhere and never causes a
/// transition.
///
/// Modes (setMode) override the automatic machine; every mode change bumps the generation,
/// empties the window and records one transition whose reason names the mode, even when the
/// state reads the same before and after. ForcedOpen refuses everything and reads Open;
/// ForcedClosed lets everything through and counts it without ever changing state; Disabled
/// lets everything through and counts nothing; MetricsOnly counts like Automatic but never
/// changes state (wouldTrip tells whether Automatic would have opened). Returning to
/// Automatic starts Closed with an empty window and the open period back at openDuration.
class CircuitBreaker
{
public:
    struct Permit
    {
        bool allowed = false;
        bool probe = false;
        quint64 generation = 0;
    };

    explicit CircuitBreaker(const BreakerSettings &settings = {});

    /// Asks to send one call. Applies a due Open->HalfOpen transition first.
    Permit tryAcquire(SteadyTime now);
    /// Reports the result of a call that got `permit`. `duration` judges slowness; a Failure
    /// or Success that is slow counts as slow.
    void record(const Permit &permit, CallVerdict verdict, Millis duration, SteadyTime now);

    /// Applies a due Open->HalfOpen transition (stamped at the instant it became due).
    void advance(SteadyTime now);
    /// The effective state at `now` (an Open breaker whose time is up reads HalfOpen).
    BreakerState state(SteadyTime now) const;
    /// When the breaker will change by itself (the end of the open period), if it will.
    std::optional<SteadyTime> nextTransitionAt() const;
    /// How long the current (or next) open period lasts, with repeated trips counted in.
    Millis currentOpenDuration() const;
    /// Transitions since the last call, oldest first.
    std::vector<BreakerTransition> takeTransitions();

    /// New settings at run time. The window's counts are kept (a switch of window kind
    /// empties it; a smaller count window keeps the newest outcomes); the open period keeps
    /// its start and the count of repeated trips but uses the new durations.
    void reconfigure(const BreakerSettings &settings);
    const BreakerSettings &settings() const { return m_settings; }

    /// Switches who drives the breaker. Setting the current mode again changes nothing.
    void setMode(BreakerMode mode, SteadyTime now);
    BreakerMode mode() const { return m_mode; }
    /// True when the window, as it stands, would open an automatic closed breaker. Meant for
    /// MetricsOnly and ForcedClosed; always false in Disabled and ForcedOpen (nothing counted).
    bool wouldTrip(SteadyTime now) const;

    int windowCalls(SteadyTime now) const;
    double failureRate(SteadyTime now) const;
    double slowCallRate(SteadyTime now) const;

private:
    struct Counts
    {
        int calls = 0;
        int failures = 0;
        int slow = 0;

        Counts &operator+=(const Counts &other);
    };

    struct CallMark
    {
        bool failed = false;
        bool slow = false;
    };

    Counts totals(SteadyTime now) const;
    void addToWindow(bool failed, bool slow, SteadyTime now);
    void clearWindow();
    void trimRing();
    std::optional<QString> windowTripReason(SteadyTime now) const;
    QString openPeriodText() const;
    void transition(BreakerState to, SteadyTime at, const QString &reason, SteadyTime now);

    BreakerSettings m_settings;
    BreakerState m_state = BreakerState::Closed;
    quint64 m_generation = 1;
    SteadyTime m_openedAt{};
    SlidingWindow<Counts> m_timeWindow; ///< time windows only; empty in count windows
    std::deque<CallMark> m_ring; ///< count windows: oldest first, at most windowSize
    Counts m_ringTotals;         ///< the ring's sums, kept as marks come and go
    int m_reopens = 0;           ///< re-opens from HalfOpen since the last close
    BreakerMode m_mode = BreakerMode::Automatic;
    int m_probesIssued = 0;
    int m_probesDone = 0;
    int m_probeFailures = 0;
    int m_probeSlowCalls = 0;
    std::vector<BreakerTransition> m_transitions;
};

} // namespace bw
