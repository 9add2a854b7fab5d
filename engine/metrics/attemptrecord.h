// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clock.h"
#include "policy/circuitbreaker.h"
#include "policy/outcome.h"

#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace bw {

/// Why an attempt failed, in a form the UI can put into words in any language.
enum class ErrorKind {
    None,
    Http,               ///< a status line that is not a success; see httpStatus
    Network,            ///< see AttemptRecord::networkError
    Timeout,            ///< no complete answer within the attempt's timeout
    DeadlineBeforeSend, ///< the work's deadline passed while it waited to be sent
    TooLarge,           ///< body over the configured maximum, aborted
    CutShort,           ///< body shorter than the announced Content-Length
    Cancelled,          ///< ended by us, e.g. at shutdown
    BreakerOpen,        ///< refused by the breaker, nothing sent
    ThrottledLocally,   ///< refused by adaptive throttling, nothing sent
    TlsUntrusted,       ///< the server's certificate was refused (no CA, no pin vouches for it)
    TlsPinMismatch,     ///< the certificate matched none of the endpoint's tls.pinSha256
};

/// Why a failed attempt was not followed by a retry, when the policy would otherwise retry.
enum class NoRetryReason {
    None,
    Deadline,       ///< the next attempt would start after the work's deadline
    Budget,         ///< the retry budget is spent
    ServerCeiling,  ///< the server asked for a wait beyond the configured ceiling
    QuotaExhausted, ///< the server says the quota is used up
    ServerSaysNo,   ///< the server says not to retry
};

/// One try at one piece of work, as it ended. Attempt 1 is the first try, not a retry.
struct AttemptRecord
{
    WallTime timestamp{};          ///< UTC instant the attempt was started (or refused)
    QString endpointId;
    quint64 requestId = 0;         ///< shared by all attempts of one piece of work
    int attempt = 1;
    Outcome outcome = Outcome::Ok;
    int httpStatus = 0;            ///< 0 when no status line was received
    std::chrono::microseconds latency{0}; ///< send to finish; 0 for short-circuited
    std::optional<Millis> retryAfter; ///< what the server asked for, if it did
    BreakerState breakerAfter = BreakerState::Closed;
    int queueDepth = 0;            ///< work waiting on this endpoint when the attempt ended
    bool slow = false;             ///< at or over the breaker's slow-call threshold
    bool willRetry = false;
    Millis nextDelay{0};           ///< delay before the retry, when willRetry
    QString error;                 ///< English, for logs and CSV; never contains secrets
    ErrorKind errorKind = ErrorKind::None; ///< the same failure, structured, for translation
    int networkError = 0;          ///< a QNetworkReply::NetworkError value, for Network
    Millis timeout{0};             ///< for Timeout and DeadlineBeforeSend
    NoRetryReason noRetry = NoRetryReason::None;
    std::optional<WallTime> notBefore; ///< for Deadline and ServerCeiling: the earliest retry
    QString deliveryId;            ///< deliver mode: the delivery this attempt sent; else empty
};

/// A breaker transition of one endpoint, stamped in UTC for charts and CSV.
struct BreakerEvent
{
    QString endpointId;
    WallTime at{};
    BreakerState from = BreakerState::Closed;
    BreakerState to = BreakerState::Closed;
    QString reason;
};

/// The live state of one endpoint at the moment of an update.
struct EndpointStatus
{
    QString endpointId;
    BreakerState breaker = BreakerState::Closed; ///< effective state
    int queueDepth = 0;        ///< work waiting: for a token, a pause, a slot, or a retry delay
    int inFlight = 0;
    double currentRate = 0;    ///< limiter's current requests/s, 0 when unlimited
    double tokens = 0;
    std::optional<WallTime> pausedUntil; ///< a server-requested pause in force
    quint64 skippedPolls = 0;  ///< polls dropped because the previous one had not been sent
    quint64 sentRequests = 0;
    // Deliver mode only (deliver == true); queueDepth then counts the pending deliveries.
    bool deliver = false;
    qint64 deadLetters = 0;
    double drainRate = 0;      ///< deliveries delivered per second, last 10 s
    quint64 delivered = 0;     ///< delivered by this run
    std::optional<Millis> oldestDeliveryAge; ///< age of the queue's head; none when empty
};

/// What the engine thread hands the UI (and the headless monitor) a few times a second:
/// plain values, safe to copy across threads.
struct EngineUpdate
{
    WallTime at{};
    QList<AttemptRecord> records;
    QList<BreakerEvent> breakerEvents;
    QList<EndpointStatus> statuses;
    /// Connection slots in use per host:port ("127.0.0.1:8080"), hosts with none left out;
    /// each at most Engine::connectionsPerHost.
    QList<std::pair<QString, int>> hostConnections;
};

} // namespace bw

Q_DECLARE_METATYPE(bw::EngineUpdate)
