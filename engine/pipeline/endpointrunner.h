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
#include <memory>

namespace bw {

class Attempt;
struct ServerHints;
struct AttemptResult;
class Engine;
class DeliveryQueue;

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
/// In deliver mode (EndpointConfig::mode) there is no polling: the runner loads the head of
/// the endpoint's durable queue (DeliveryQueue) and sends each delivery through the same
/// pipeline, in FIFO order. Deliveries never fail fast: while the breaker is open, or every
/// half-open probe is out, the queue waits; the retry deadline and adaptive throttling do not
/// apply. A delivery ends delivered (2xx/3xx), or as a dead letter after its last attempt or
/// at once on a 4xx other than 408 and 429; every other outcome schedules it again.
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
    /// Deliver mode: another process may have queued deliveries; look at the file again.
    void noteQueueChanged();
    /// Deliver mode: writes the outcomes recorded so far.
    void flushQueue();

private:
    struct Work
    {
        quint64 requestId = 0;
        int attempt = 1;
        SteadyTime arrivedAt{};
        SteadyTime notBefore{};
        Millis previousDelay{0};
        QString deliveryId{}; ///< deliver mode: the delivery this work sends
        qint64 seq = 0;     ///< deliver mode: its FIFO position
    };
    struct InFlight
    {
        Work work;
        CircuitBreaker::Permit permit;
        WallTime sentAtWall{};
    };

    void onPollTick();
    void onQueueTick();
    /// Deliver mode: moves newly loaded deliveries into the waiting work, in FIFO order.
    void loadDeliveries();
    void enqueueWork(Work work);
    /// Deliver mode: what to do with a delivery after its attempt (delivered, again, dead).
    void finishDelivery(const Work &work, Outcome outcome, const AttemptResult &result,
                        std::optional<Millis> hint, AttemptRecord &record);
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
    QTimer m_queueTimer;
    std::unique_ptr<DeliveryQueue> m_queue;
    SteadyTime m_wakeAt = SteadyTime::max();
    QRandomGenerator m_random;
    QString m_hostKey; ///< scheme://host:port, the key of the engine's connection slots
    bool m_waitingForHostSlot = false; ///< queued in Engine::waitForHostSlot
    quint64 m_skippedPolls = 0;
    quint64 m_sent = 0;
    bool m_polling = false;
};

} // namespace bw
