// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "endpointrunner.h"

#include "engine.h"
#include "logging.h"
#include "policy/backoff.h"
#include "policy/outcome.h"
#include "policy/retryafter.h"
#include "policy/retrypolicy.h"
#include "policy/serverhints.h"
#include "metrics/csv.h"
#include "metrics/metricsstore.h"
#include "queue/deliveryqueue.h"
#include "transport/attempt.h"
#include "transport/networkerrors.h"

#include <QNetworkRequest>
#include <QSslConfiguration>

#include <algorithm>

namespace bw {

namespace {

/// Poll work that may wait at once: the poll itself plus retries of earlier polls.
int maxWaitingFor(const EndpointConfig &config)
{
    return std::max(4, config.maxInFlight * 2);
}

QString httpErrorText(int status)
{
    return status > 0 ? QStringLiteral("HTTP %1").arg(status) : QStringLiteral("timeout");
}

/// The structured twin of the English error text built in onAttemptFinished: the same
/// checks in the same order, so the two always describe the same failure.
ErrorKind errorKindOf(const AttemptResult &result, Outcome outcome)
{
    if (result.timedOut)
        return ErrorKind::Timeout;
    if (result.tooLarge)
        return ErrorKind::TooLarge;
    if (result.cancelled)
        return ErrorKind::Cancelled;
    if (result.cutShort)
        return ErrorKind::CutShort;
    if (result.tlsPinMismatch)
        return ErrorKind::TlsPinMismatch;
    if (result.tlsUntrusted)
        return ErrorKind::TlsUntrusted;
    if (outcome == Outcome::NetworkError || outcome == Outcome::TlsError
        || outcome == Outcome::RedirectError)
        return ErrorKind::Network;
    if (outcome != Outcome::Ok)
        return result.httpStatus > 0 ? ErrorKind::Http : ErrorKind::Timeout;
    return ErrorKind::None;
}

/// Deliveries loaded into memory at once: enough to keep every slot busy between refills.
int deliveryWindowFor(const EndpointConfig &config)
{
    return std::max(32, config.maxInFlight * 8);
}

/// A 4xx that no retry will fix (408 and 429 are about timing, not the request), or a TLS or
/// redirect failure, which repeats until someone changes the server or the configuration.
bool isPermanentFailure(Outcome outcome, int httpStatus)
{
    if (outcome == Outcome::TlsError || outcome == Outcome::RedirectError)
        return true;
    return outcome == Outcome::ClientError && httpStatus >= 400 && httpStatus < 500
           && httpStatus != 408 && httpStatus != 429;
}

QString hostKeyOf(const QUrl &url)
{
    const int defaultPort = url.scheme() == QLatin1String("https") ? 443 : 80;
    return url.scheme() + QLatin1String("://") + url.host() + QLatin1Char(':')
           + QString::number(url.port(defaultPort));
}

} // namespace

EndpointRunner::EndpointRunner(Engine &engine, const EndpointConfig &config)
    : m_engine(engine)
    , m_config(config)
    , m_limiter(config.rateLimit, engine.clock().now())
    , m_breaker(config.breaker)
    , m_budget(config.retryBudget)
    , m_throttle(config.adaptiveThrottle)
    , m_random(QRandomGenerator::securelySeeded())
    , m_hostKey(hostKeyOf(config.url))
{
    m_pollTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_pollTimer, &QTimer::timeout, this, &EndpointRunner::onPollTick);
    if (config.breakerMode != BreakerMode::Automatic)
        m_breaker.setMode(config.breakerMode, engine.clock().now());
    m_wakeTimer.setSingleShot(true);
    m_wakeTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_wakeTimer, &QTimer::timeout, this, [this] {
        m_wakeAt = SteadyTime::max();
        pump();
    });
    if (config.mode == EndpointMode::Deliver && engine.deliveryStore()) {
        m_queue = std::make_unique<DeliveryQueue>(*engine.deliveryStore(), config.id,
                                                  deliveryWindowFor(config));
        m_queueTimer.setInterval(Millis(100));
        connect(&m_queueTimer, &QTimer::timeout, this, &EndpointRunner::onQueueTick);
    } else if (config.mode == EndpointMode::Deliver) {
        qCWarning(lcQueue) << "endpoint" << config.id
                           << "is in deliver mode but no queue file is open; nothing is sent";
    }
}

EndpointRunner::~EndpointRunner()
{
    for (auto &[attempt, inFlight] : m_inFlight) {
        Q_UNUSED(inFlight)
        attempt->disconnect(this);
        delete attempt;
    }
}

QString EndpointRunner::hostKey() const
{
    return m_hostKey;
}

void EndpointRunner::onHostSlotFreed()
{
    m_waitingForHostSlot = false;
    pump();
}

void EndpointRunner::start(double phase)
{
    if (!m_config.enabled)
        return;
    m_polling = true;
    if (m_config.mode == EndpointMode::Deliver) {
        if (m_queue) {
            m_queueTimer.start();
            onQueueTick();
        }
        return;
    }
    const auto offset = Millis(qint64(std::clamp(phase, 0.0, 1.0)
                                      * double(m_config.interval.count())));
    QTimer::singleShot(offset, this, [this] {
        if (!m_polling)
            return;
        m_pollTimer.start(m_config.interval);
        onPollTick();
    });
}

void EndpointRunner::stopPolling()
{
    m_polling = false;
    m_pollTimer.stop();
    m_wakeTimer.stop();
    m_queueTimer.stop();
    m_wakeAt = SteadyTime::max();
    if (m_queue) {
        for (const Work &work : m_waiting)
            m_queue->release(work.deliveryId);
        flushQueue();
    }
    m_waiting.clear();
}

void EndpointRunner::onQueueTick()
{
    if (!m_queue || !m_polling)
        return;
    flushQueue();
    loadDeliveries();
    pump();
}

void EndpointRunner::loadDeliveries()
{
    const SteadyTime now = m_engine.clock().now();
    const qint64 wallNowMs = toEpochMs(m_engine.clock().wallNow());
    for (const Delivery *d : m_queue->refill()) {
        if (auto target = resolveDeliveryTarget(m_config.url, d->request.target); !target) {
            // Checked at intake too; a configuration changed since can make a target foreign.
            m_queue->recordDeadLetter(d->id, d->attempts, m_engine.clock().wallNow(),
                                      target.error());
            continue;
        }
        // The next eligible time was stored as a wall-clock instant; turn what remains of it
        // into the monotonic clock the pipeline decides with.
        const SteadyTime notBefore = now + Millis(std::max<qint64>(0, d->nextEligibleMs
                                                                          - wallNowMs));
        enqueueWork(Work{m_engine.nextRequestId(), d->attempts + 1, now, notBefore, Millis(0),
                         d->id, d->seq});
    }
}

void EndpointRunner::enqueueWork(Work work)
{
    // Waiting deliveries stay in FIFO order, so that pump() sends the first due one.
    if (work.deliveryId.isEmpty()) {
        m_waiting.push_back(std::move(work));
        return;
    }
    const auto at = std::upper_bound(m_waiting.begin(), m_waiting.end(), work.seq,
                                     [](qint64 seq, const Work &w) { return seq < w.seq; });
    m_waiting.insert(at, std::move(work));
}

void EndpointRunner::noteQueueChanged()
{
    if (!m_queue)
        return;
    m_queue->noteChanged();
}

void EndpointRunner::flushQueue()
{
    if (!m_queue)
        return;
    if (auto done = m_queue->flush(); !done)
        qCCritical(lcQueue) << "endpoint" << m_config.id
                            << "could not record delivery outcomes (kept, retried):"
                            << done.error();
}

void EndpointRunner::cancelInFlight(const QString &reason)
{
    std::vector<Attempt *> attempts;
    for (const auto &entry : m_inFlight)
        attempts.push_back(entry.first);
    for (Attempt *attempt : attempts)
        attempt->cancel(reason);
}

void EndpointRunner::reconfigure(const EndpointConfig &config)
{
    const SteadyTime now = m_engine.clock().now();
    const bool intervalChanged = config.interval != m_config.interval;
    const bool enabledChanged = config.enabled != m_config.enabled;
    // Connections already open were trusted under the old settings: never reuse them.
    if (config.tls != m_config.tls && (m_config.tls.isSet() || m_config.isolate))
        m_engine.isolatedNetwork(m_config.id).clearConnectionCache();
    m_config = config;
    m_hostKey = hostKeyOf(config.url);
    m_limiter.reconfigure(config.rateLimit, now);
    m_breaker.reconfigure(config.breaker);
    if (m_breaker.mode() != config.breakerMode)
        m_breaker.setMode(config.breakerMode, now);
    m_budget.reconfigure(config.retryBudget);
    m_throttle.reconfigure(config.adaptiveThrottle);
    if (enabledChanged && !config.enabled)
        stopPolling();
    else if (enabledChanged && config.enabled && m_engine.isRunning())
        start(0);
    else if (intervalChanged && m_polling)
        m_pollTimer.start(config.interval);
    pump();
}

void EndpointRunner::onPollTick()
{
    // A deliver-mode endpoint sends its queue, never polls (reconfigure may restart the timer).
    if (!m_polling || m_config.mode == EndpointMode::Deliver)
        return;
    const bool pollWaiting = std::any_of(m_waiting.begin(), m_waiting.end(),
                                         [](const Work &w) { return w.attempt == 1; });
    if (pollWaiting || int(m_waiting.size()) >= maxWaitingFor(m_config)) {
        ++m_skippedPolls;
        qCDebug(lcEngine) << "endpoint" << m_config.id << "poll skipped: previous one not sent";
        return;
    }
    const SteadyTime now = m_engine.clock().now();
    m_waiting.push_back(Work{m_engine.nextRequestId(), 1, now, now, Millis(0)});
    pump();
}

void EndpointRunner::armWake(SteadyTime at)
{
    // Waiting work whose deadline comes first must be woken to expire on time.
    at = std::min(at, earliestDeadline());
    if (at == SteadyTime::max())
        return;
    if (m_wakeTimer.isActive() && m_wakeAt <= at)
        return;
    m_wakeAt = at;
    const Millis wait = std::max(Millis(0), ceilMillis(at - m_engine.clock().now()));
    m_wakeTimer.start(wait);
}

void EndpointRunner::pump()
{
    const SteadyTime now = m_engine.clock().now();
    m_breaker.advance(now);
    flushBreakerTransitions();

    while (!m_waiting.empty()) {
        auto due = std::find_if(m_waiting.begin(), m_waiting.end(),
                                [now](const Work &w) { return w.notBefore <= now; });
        if (due == m_waiting.end()) {
            const auto next = std::min_element(
                m_waiting.begin(), m_waiting.end(),
                [](const Work &a, const Work &b) { return a.notBefore < b.notBefore; });
            armWake(next->notBefore);
            break;
        }
        const bool delivery = !due->deliveryId.isEmpty();
        if (!delivery && m_config.retry.deadline > Millis(0)
            && now >= due->arrivedAt + m_config.retry.deadline) {
            const Work work = *due;
            m_waiting.erase(due);
            expire(work);
            continue;
        }
        if (now < m_pausedUntil) {
            armWake(m_pausedUntil);
            break;
        }
        if (now < m_paceNotBefore) {
            armWake(m_paceNotBefore);
            break;
        }
        if (m_breaker.state(now) == BreakerState::Open && delivery)
            break; // the queue waits; the breaker's transition time is armed below
        if (m_breaker.state(now) == BreakerState::Open) {
            const Work work = *due;
            m_waiting.erase(due);
            shortCircuit(work);
            continue;
        }
        // Capacity: resumed from onAttemptFinished, or by the engine when a host slot frees.
        if (inFlight() >= m_config.maxInFlight || !m_engine.hasHostSlot(m_hostKey)) {
            // Our own attempts pump us when they end; a slot of the host needs asking for.
            if (inFlight() < m_config.maxInFlight && !m_waitingForHostSlot) {
                m_waitingForHostSlot = true;
                m_engine.waitForHostSlot(m_hostKey, this);
            }
            armWake(SteadyTime::max()); // only a deadline can come due before a slot frees
            break;
        }
        const Millis wait = m_limiter.timeUntilAvailable(now);
        if (wait > Millis(0)) {
            armWake(now + wait);
            break;
        }
        const Work work = *due;
        m_waiting.erase(due);
        if (delivery && !m_queue->find(work.deliveryId))
            continue; // no longer loaded (purged or released): nothing to send
        // Before the breaker's permit, so a rejected call never holds a half-open probe.
        if (m_config.adaptiveThrottle.enabled && !delivery) {
            // Asked before the request is counted: an idle endpoint's first call must not
            // face its own weight (SRE client-side throttling, dropped requests counted).
            const bool reject = m_throttle.shouldReject(now, nextRandom());
            m_throttle.recordRequest(now);
            if (reject) {
                shortCircuit(work, ErrorKind::ThrottledLocally,
                             QStringLiteral("rejected locally by adaptive throttling "
                                            "(server accepting too few requests)"));
                continue;
            }
        }
        const CircuitBreaker::Permit permit = m_breaker.tryAcquire(now);
        if (!permit.allowed && delivery) {
            // Half-open with every probe out: wait for a probe to decide.
            enqueueWork(work);
            break;
        }
        if (!permit.allowed) {
            // Half-open with every probe already out: the rest fail fast.
            shortCircuit(work);
            continue;
        }
        m_limiter.tryAcquire(now);
        if (work.attempt == 1)
            m_budget.recordRequest(now);
        send(work, permit);
    }

    if (const auto transitionAt = m_breaker.nextTransitionAt())
        armWake(*transitionAt);
}

void EndpointRunner::send(Work work, const CircuitBreaker::Permit &permit)
{
    const Delivery *delivery = work.deliveryId.isEmpty() ? nullptr
                                                         : m_queue->find(work.deliveryId);
    QUrl url = m_config.url;
    if (delivery) {
        if (auto target = resolveDeliveryTarget(m_config.url, delivery->request.target))
            url = *target;
    }
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         m_config.maxRedirects > 0 ? QNetworkRequest::NoLessSafeRedirectPolicy
                                                   : QNetworkRequest::ManualRedirectPolicy);
    request.setMaximumRedirectsAllowed(m_config.maxRedirects);
    // No Qt transfer timeout: the Attempt's own deadline bounds the whole attempt, and a
    // transfer timeout firing first would report a stalled server as a cancellation.
    for (const auto &[name, value] : m_config.resolvedHeaders)
        request.setRawHeader(name, value);
    if (delivery) {
        // The delivery's own headers win over the endpoint's; its key goes with every attempt.
        for (const auto &[name, value] : delivery->request.headers)
            request.setRawHeader(name, value);
        if (!m_config.idempotencyKeyHeader.isEmpty())
            request.setRawHeader(m_config.idempotencyKeyHeader,
                                 delivery->idempotencyKey.toLatin1());
    }
    if (!m_config.requestIdHeader.isEmpty())
        request.setRawHeader(m_config.requestIdHeader,
                             QByteArray::number(work.requestId) + '-'
                                 + QByteArray::number(work.attempt));

    // The attempt's own deadline is its timeout, shortened to what remains of the work's
    // total deadline.
    Millis timeout = m_config.timeout;
    if (m_config.retry.deadline > Millis(0)) {
        const auto remaining = ceilMillis(work.arrivedAt + m_config.retry.deadline
                                          - m_engine.clock().now());
        timeout = std::clamp(remaining, Millis(1), timeout);
    }
    if (!m_config.tls.caCertificates.isEmpty()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setCaCertificates(m_config.tls.caCertificates); // replaces the system CAs
        request.setSslConfiguration(ssl);
    }
    QNetworkAccessManager &network = m_config.isolate || m_config.tls.isSet()
                                         ? m_engine.isolatedNetwork(m_config.id)
                                         : m_engine.network();
    auto *attempt = new Attempt(network, request,
                                delivery ? delivery->request.method : m_config.method,
                                delivery ? delivery->request.body : m_config.body, timeout,
                                m_config.maxResponseBytes, this);
    attempt->setPins(m_config.tls.pinsSha256);
    m_inFlight.emplace(attempt, InFlight{work, permit, m_engine.clock().wallNow()});
    m_engine.acquireHostSlot(hostKey());
    ++m_sent;
    connect(attempt, &Attempt::finished, this,
            [this, attempt](const AttemptResult &result) { onAttemptFinished(attempt, result); });
    qCDebug(lcAttempt) << "endpoint" << m_config.id << "request" << work.requestId << "delivery"
                       << work.deliveryId << "attempt" << work.attempt << "sent";
    attempt->start();
}

bool EndpointRunner::hasIdempotencyKey() const
{
    const QByteArray &name = m_config.idempotencyKeyHeader;
    return !name.isEmpty()
           && std::any_of(m_config.headers.begin(), m_config.headers.end(), [&name](const auto &h) {
                  return h.first.compare(name, Qt::CaseInsensitive) == 0;
              });
}

void EndpointRunner::onAttemptFinished(Attempt *attempt, const AttemptResult &result)
{
    auto node = m_inFlight.extract(attempt);
    if (node.empty())
        return;
    const InFlight flight = node.mapped();
    attempt->deleteLater();

    const SteadyTime now = m_engine.clock().now();
    const WallTime wallNow = m_engine.clock().wallNow();
    Outcome outcome = classifyReply(result.httpStatus, result.networkError, result.timedOut);
    if (result.tooLarge)
        outcome = Outcome::NetworkError;
    const Millis latency = ceilMillis(result.latency);
    const bool slow = !result.cancelled && latency >= m_breaker.settings().slowCall;

    // Everything the response says about when to come back, from the whole response: a
    // throttle can arrive as 200, 400, 403, 503 or 529, not only as 429.
    ServerHints hints;
    if (result.httpStatus > 0) {
        HintSettings hintSettings;
        hintSettings.resetFormat = m_config.resetFormat;
        hintSettings.maxServerDelay = m_config.retry.maxServerDelay;
        hints = readServerHints(result.httpStatus, result.headers, result.bodyPrefix, wallNow,
                                hintSettings);
        if (hints.throttled && (outcome == Outcome::Ok || outcome == Outcome::ClientError
                                || outcome == Outcome::ServerError))
            outcome = Outcome::RateLimited;
    }

    // A cancelled attempt (shutdown, endpoint removed) says nothing about the server.
    if (!result.cancelled) {
        m_breaker.record(flight.permit, breakerVerdict(outcome), latency, now);
        if (outcome == Outcome::Ok || outcome == Outcome::ClientError)
            m_throttle.recordAccept(now);
        if (outcome == Outcome::RateLimited)
            m_limiter.onThrottled(now);
        else if (outcome == Outcome::Ok)
            m_limiter.onSuccess(now);
        learnLimit(hints);
    }

    // A server-requested wait pauses the whole endpoint, whichever piece of work got it: on a
    // throttle, a 503, or a counter that has run out.
    std::optional<Millis> hint = hints.wait;
    const bool pausing = hints.throttled || result.httpStatus == 503 || result.httpStatus == 429
                         || (hints.remaining && *hints.remaining <= 0);
    if (hint && *hint > Millis(0) && pausing) {
        pauseUntil(now + *hint, wallNow + *hint, hints.reason);
        // A limit the server names as global holds for every endpoint on that host.
        if (hints.scope.endsWith(QLatin1String(":global")))
            m_engine.pauseHost(hostKey(), now + *hint, wallNow + *hint, hints.reason);
    }
    // A counter running low spaces requests out before any 429 arrives.
    if (hints.pace && !pausing)
        m_paceNotBefore = std::max(m_paceNotBefore, now + *hints.pace);

    AttemptRecord record;
    record.timestamp = flight.sentAtWall;
    record.endpointId = m_config.id;
    record.requestId = flight.work.requestId;
    record.attempt = flight.work.attempt;
    record.outcome = outcome;
    record.httpStatus = result.httpStatus;
    record.latency = result.latency;
    record.retryAfter = hint;
    record.slow = slow;
    if (!result.errorText.isEmpty())
        record.error = result.errorText;
    else if (outcome == Outcome::NetworkError || outcome == Outcome::TlsError
             || outcome == Outcome::RedirectError)
        record.error = describeNetworkError(result.networkError);
    else if (outcome != Outcome::Ok)
        record.error = httpErrorText(result.httpStatus);
    record.errorKind = errorKindOf(result, outcome);
    record.networkError = int(result.networkError);
    record.deliveryId = flight.work.deliveryId;
    if (result.timedOut)
        record.timeout = m_config.timeout;

    RetryContext context;
    context.outcome = outcome;
    context.httpStatus = result.httpStatus;
    context.connectionRefused = result.networkError == QNetworkReply::ConnectionRefusedError;
    context.attempt = flight.work.attempt;
    context.maxAttempts = m_config.retry.maxAttempts;
    context.method = m_config.method;
    context.hasIdempotencyKey = hasIdempotencyKey();
    if (hints.quotaExhausted && flight.work.deliveryId.isEmpty()) {
        record.error += QStringLiteral("; quota exhausted (%1): no retry").arg(hints.source);
        record.noRetry = NoRetryReason::QuotaExhausted;
    } else if (hints.throttled && !hints.retry && !hints.capped
               && flight.work.deliveryId.isEmpty()) {
        record.error += QStringLiteral("; the server says not to retry (%1)").arg(hints.source);
        record.noRetry = NoRetryReason::ServerSaysNo;
    } else if (!flight.work.deliveryId.isEmpty()) {
        finishDelivery(flight.work, outcome, result, hint, record);
        // Keep the window full between timer ticks, so a fast receiver is not held to
        // one window per tick.
        if (m_polling && m_queue->loaded() < deliveryWindowFor(m_config) / 2)
            loadDeliveries();
    } else if (m_polling && mayRetry(m_config.retry.retryOn, context)) {
        Millis delay = backoffDelay(m_config.retry, flight.work.attempt,
                                    flight.work.previousDelay, nextRandom());
        if (hint)
            delay = std::max(delay, *hint);
        const bool pastDeadline = m_config.retry.deadline > Millis(0)
                                  && now + delay >= flight.work.arrivedAt + m_config.retry.deadline;
        if (hint && *hint > m_config.retry.maxServerDelay) {
            // Never a silent early retry: the work ends here with the server's instant.
            record.error += QStringLiteral("; server asked to wait %1 s, beyond the %2 s "
                                           "ceiling: not before %3, no retry")
                                .arg(ceil<std::chrono::seconds>(*hint).count())
                                .arg(ceil<std::chrono::seconds>(m_config.retry.maxServerDelay)
                                         .count())
                                .arg(isoUtc(wallNow + *hint));
            record.noRetry = NoRetryReason::ServerCeiling;
            record.notBefore = wallNow + *hint;
        } else if (pastDeadline) {
            record.error += QStringLiteral("; the %1 ms deadline would pass before the next "
                                           "attempt (not before %2): no retry")
                                .arg(m_config.retry.deadline.count())
                                .arg(isoUtc(wallNow + delay));
            record.noRetry = NoRetryReason::Deadline;
            record.notBefore = wallNow + delay;
        } else if (!m_budget.tryAcquireRetry(now)) {
            record.error += QStringLiteral("; retry budget spent (%1% of requests): no retry")
                                .arg(qRound(m_config.retryBudget.ratio * 100));
            record.noRetry = NoRetryReason::Budget;
        } else {
            record.willRetry = true;
            record.nextDelay = delay;
            m_waiting.push_back(Work{flight.work.requestId, flight.work.attempt + 1,
                                     flight.work.arrivedAt, now + delay, delay});
        }
    }

    record.breakerAfter = m_breaker.state(now);
    record.queueDepth = m_queue ? int(m_queue->counts(now).pending) : int(m_waiting.size());
    qCDebug(lcAttempt) << "endpoint" << m_config.id << "request" << record.requestId << "attempt"
                       << record.attempt << outcomeName(outcome) << result.httpStatus
                       << latency.count() << "ms";
    m_engine.post(record);
    flushBreakerTransitions();
    m_engine.releaseHostSlot(hostKey());
    pump();
}

void EndpointRunner::finishDelivery(const Work &work, Outcome outcome, const AttemptResult &result,
                                    std::optional<Millis> hint, AttemptRecord &record)
{
    const SteadyTime now = m_engine.clock().now();
    const WallTime wallNow = m_engine.clock().wallNow();
    if (result.cancelled) {
        // Shutdown or removal: the attempt says nothing; the delivery stays as it was.
        m_queue->release(work.deliveryId);
        return;
    }
    if (outcome == Outcome::Ok) {
        m_queue->recordDelivered(work.deliveryId, now);
        return;
    }
    RetryContext context;
    context.outcome = outcome;
    context.httpStatus = result.httpStatus;
    context.connectionRefused = result.networkError == QNetworkReply::ConnectionRefusedError;
    context.attempt = work.attempt;
    context.maxAttempts = m_config.retry.maxAttempts;
    context.method = m_config.method;
    context.hasIdempotencyKey = true; // every delivery carries its key
    QString deadReason;
    if (isPermanentFailure(outcome, result.httpStatus))
        deadReason = QStringLiteral("%1: will not succeed by retrying").arg(record.error);
    else if (work.attempt >= m_config.retry.maxAttempts)
        deadReason = QStringLiteral("%1 after the last of %2 attempts")
                         .arg(record.error)
                         .arg(m_config.retry.maxAttempts);
    else if (!mayRetry(m_config.retry.retryOn, context))
        deadReason = QStringLiteral("%1: not retried (retry.retryOn)").arg(record.error);
    if (!deadReason.isEmpty()) {
        m_queue->recordDeadLetter(work.deliveryId, work.attempt, wallNow, deadReason);
        qCInfo(lcQueue).noquote() << "endpoint" << m_config.id << "delivery" << work.deliveryId
                                  << "dead-lettered after attempt" << work.attempt << "-"
                                  << deadReason;
        return;
    }
    Millis delay = backoffDelay(m_config.retry, work.attempt, work.previousDelay, nextRandom());
    if (hint)
        delay = std::max(delay, *hint);
    // A spent retry budget or a far server instant delays the delivery; it never drops it.
    if (!m_budget.tryAcquireRetry(now)) {
        delay = std::max(delay, Millis(1000));
        record.noRetry = NoRetryReason::Budget;
        record.error += QStringLiteral("; retry budget spent: the delivery waits %1 ms")
                            .arg(delay.count());
    }
    record.willRetry = true;
    record.nextDelay = delay;
    m_queue->recordRetry(work.deliveryId, work.attempt, wallNow + delay, record.error);
    if (!m_polling) {
        m_queue->release(work.deliveryId); // stopping: the next run takes it up
        return;
    }
    enqueueWork(Work{work.requestId, work.attempt + 1, work.arrivedAt, now + delay, delay,
                     work.deliveryId, work.seq});
}

void EndpointRunner::pauseUntil(SteadyTime until, WallTime untilWall, const QString &reason)
{
    if (until <= m_pausedUntil)
        return;
    m_pausedUntil = until;
    m_pausedUntilWall = untilWall;
    qCInfo(lcRateLimit).noquote()
        << "endpoint" << m_config.id << "paused until" << isoUtc(untilWall) << "-" << reason;
}

void EndpointRunner::learnLimit(const ServerHints &hints)
{
    // A server that announces its limit (RateLimit-Policy, X-RateLimit-Limit with a window)
    // caps the bucket at that rate, when it is below what is configured.
    if (!hints.limit || !hints.windowSeconds || *hints.windowSeconds <= 0 || *hints.limit <= 0)
        return;
    const double learned = double(*hints.limit) / double(*hints.windowSeconds);
    if (qFuzzyCompare(learned, m_learnedRate))
        return;
    const double configured = m_config.rateLimit.requestsPerSecond;
    if (configured > 0 && learned >= configured)
        return;
    m_learnedRate = learned;
    RateLimitSettings settings = m_config.rateLimit;
    settings.requestsPerSecond = learned;
    settings.burst = std::clamp(settings.burst, 1.0, std::max(1.0, learned));
    m_limiter.reconfigure(settings, m_engine.clock().now());
    qCInfo(lcRateLimit) << "endpoint" << m_config.id << "learned a limit of" << *hints.limit
                        << "per" << *hints.windowSeconds << "s from the server";
}

SteadyTime EndpointRunner::earliestDeadline() const
{
    if (m_config.retry.deadline <= Millis(0) || m_waiting.empty())
        return SteadyTime::max();
    SteadyTime earliest = SteadyTime::max();
    for (const Work &w : m_waiting)
        earliest = std::min(earliest, w.arrivedAt + m_config.retry.deadline);
    return earliest;
}

void EndpointRunner::expire(const Work &work)
{
    // The deadline covers queue wait too: work that could not be sent in time ends as a
    // timeout without a request.
    endUnsent(work, Outcome::Timeout, ErrorKind::DeadlineBeforeSend,
              QStringLiteral("the %1 ms deadline passed before the request could be sent")
                  .arg(m_config.retry.deadline.count()));
}

void EndpointRunner::shortCircuit(const Work &work, ErrorKind kind, const QString &reason)
{
    endUnsent(work, Outcome::ShortCircuited, kind,
              reason.isEmpty() ? QStringLiteral("breaker open: no request sent") : reason);
}

void EndpointRunner::endUnsent(const Work &work, Outcome outcome, ErrorKind kind,
                               const QString &error)
{
    AttemptRecord record;
    record.timestamp = m_engine.clock().wallNow();
    record.endpointId = m_config.id;
    record.requestId = work.requestId;
    record.attempt = work.attempt;
    record.outcome = outcome;
    record.breakerAfter = m_breaker.state(m_engine.clock().now());
    // Deliver mode counts pending deliveries, as every other attempt record does.
    record.queueDepth = m_queue ? int(m_queue->counts(m_engine.clock().now()).pending)
                                : int(m_waiting.size());
    record.error = error;
    record.errorKind = kind;
    if (kind == ErrorKind::DeadlineBeforeSend)
        record.timeout = m_config.retry.deadline;
    m_engine.post(record);
}

void EndpointRunner::flushBreakerTransitions()
{
    const SteadyTime now = m_engine.clock().now();
    const WallTime wallNow = m_engine.clock().wallNow();
    for (const BreakerTransition &t : m_breaker.takeTransitions()) {
        const auto wallAt = wallNow - std::chrono::duration_cast<WallTime::duration>(now - t.at);
        qCInfo(lcBreaker).noquote() << "endpoint" << m_config.id << "breaker"
                                    << breakerStateName(t.from) << "->" << breakerStateName(t.to)
                                    << ":" << t.reason;
        m_engine.post(BreakerEvent{m_config.id, wallAt, t.from, t.to, t.reason});
    }
}

EndpointStatus EndpointRunner::status() const
{
    const SteadyTime now = m_engine.clock().now();
    EndpointStatus s;
    s.endpointId = m_config.id;
    s.breaker = m_breaker.state(now);
    s.queueDepth = int(m_waiting.size());
    s.inFlight = inFlight();
    s.currentRate = m_limiter.isUnlimited() ? 0 : m_limiter.currentRate();
    s.tokens = m_limiter.isUnlimited() ? 0 : m_limiter.tokens(now);
    if (now < m_pausedUntil)
        s.pausedUntil = m_pausedUntilWall;
    s.skippedPolls = m_skippedPolls;
    s.sentRequests = m_sent;
    if (m_queue) {
        const QueueCounts counts = m_queue->counts(now);
        s.deliver = true;
        s.queueDepth = int(std::min<qint64>(counts.pending, std::numeric_limits<int>::max()));
        s.deadLetters = counts.deadLetters;
        s.drainRate = m_queue->drainRate(now);
        s.delivered = m_queue->delivered();
        if (counts.headEnqueuedMs)
            s.oldestDeliveryAge = Millis(std::max<qint64>(
                0, toEpochMs(m_engine.clock().wallNow()) - *counts.headEnqueuedMs));
    }
    return s;
}

} // namespace bw
