// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/endpointconfig.h"
#include "metrics/attemptrecord.h"
#include "policy/adaptivethrottle.h"
#include "policy/circuitbreaker.h"
#include "policy/ratelimiter.h"
#include "policy/retrybudget.h"

#include <QObject>
#include <QRandomGenerator>
#include <QTimer>

#include <deque>
#include <map>

namespace bw {

class Attempt;
struct ServerHints;
struct AttemptResult;
class Engine;

/// Polls one endpoint through the resilience pipeline, in this order for every piece of work:
/// deadline, server pause, breaker (fail fast while open), per-host and per-endpoint
/// concurrency, rate limiter, optional adaptive throttling, then the attempt with its own
/// deadline; afterwards classify, feed the breaker, limiter and throttle, honour Retry-After,
/// and decide on a retry within the attempts, the deadline and the retry budget.
///
/// A 429 or 503 with Retry-After pauses the whole endpoint until that instant: no request to it
/// is sent earlier, whichever piece of work got the hint. Polls that cannot be sent before the
/// next one is due are skipped and counted, so waiting work never grows without bound.
///
/// Lives in the engine thread; owned by Engine.
class EndpointRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EndpointRunner)

public:
    EndpointRunner(Engine &engine, const EndpointConfig &config);
    ~EndpointRunner() override;

    const EndpointConfig &config() const { return m_config; }
    void reconfigure(const EndpointConfig &config);
    /// Starts polling; the first poll comes `phase` (0..1) of an interval from now.
    void start(double phase);
    /// Stops polling and drops waiting work; attempts in flight go on.
    void stopPolling();
    void cancelInFlight(const QString &reason);
    int inFlight() const { return int(m_inFlight.size()); }
    QString hostKey() const;
    EndpointStatus status() const;
    /// Tries to send waiting work; called when a timer fires or capacity frees up.
    void pump();
    /// The engine's answer to a wait for a host slot (see Engine::waitForHostSlot).
    void onHostSlotFreed();
    /// Holds every piece of work on this endpoint until `until` (extends, never shortens).
    void pauseUntil(SteadyTime until, WallTime untilWall, const QString &reason);

private:
    struct Work
    {
        quint64 requestId = 0;
        int attempt = 1;
        SteadyTime arrivedAt{};
        SteadyTime notBefore{};
        Millis previousDelay{0};
    };
    struct InFlight
    {
        Work work;
        CircuitBreaker::Permit permit;
        WallTime sentAtWall{};
    };

    void onPollTick();
    void send(Work work, const CircuitBreaker::Permit &permit);
    void onAttemptFinished(Attempt *attempt, const AttemptResult &result);
    void shortCircuit(const Work &work, ErrorKind kind = ErrorKind::BreakerOpen,
                      const QString &reason = {});
    void expire(const Work &work);
    /// Records work that ends without a request being sent.
    void endUnsent(const Work &work, Outcome outcome, ErrorKind kind, const QString &error);
    SteadyTime earliestDeadline() const;
    void learnLimit(const ServerHints &hints);
    void armWake(SteadyTime at);
    void flushBreakerTransitions();
    bool hasIdempotencyKey() const;
    double nextRandom() { return m_random.generateDouble(); }

    Engine &m_engine;
    EndpointConfig m_config;
    RateLimiter m_limiter;
    CircuitBreaker m_breaker;
    RetryBudget m_budget;
    AdaptiveThrottle m_throttle;
    std::deque<Work> m_waiting;
    std::map<Attempt *, InFlight> m_inFlight;
    SteadyTime m_pausedUntil{};
    SteadyTime m_paceNotBefore{};
    double m_learnedRate = 0;
    WallTime m_pausedUntilWall{};
    QTimer m_pollTimer;
    QTimer m_wakeTimer;
    SteadyTime m_wakeAt = SteadyTime::max();
    QRandomGenerator m_random;
    QString m_hostKey; ///< scheme://host:port, the key of the engine's connection slots
    bool m_waitingForHostSlot = false; ///< queued in Engine::waitForHostSlot
    quint64 m_skippedPolls = 0;
    quint64 m_sent = 0;
    bool m_polling = false;
};

} // namespace bw
