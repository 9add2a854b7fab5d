// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QNetworkReply>
#include <QString>

#include <optional>

namespace bw {
Q_NAMESPACE

/// How one attempt ended. The names are the stable strings used in CSV, metrics, the history
/// file and logs. New values go at the end: the history file stores names, but in-memory
/// tables are indexed by the enum (see outcomeCount).
enum class Outcome {
    Ok,             ///< 1xx/2xx/3xx
    RateLimited,    ///< 429, or a throttle recognised from the response
    ServerError,    ///< 5xx
    ClientError,    ///< 4xx other than 408 and 429
    NetworkError,   ///< refused, reset, DNS, malformed reply: possibly transient
    Timeout,        ///< our per-attempt deadline, or 408
    ShortCircuited, ///< the breaker was open: no request was sent
    /// The TLS handshake failed or the certificate was refused (self-signed, unknown CA,
    /// another host name, expired, no pin matched). A configuration fault on one side or the
    /// other: the same request fails the same way until someone changes it, so never retried.
    TlsError,
    /// Too many redirects (a loop) or a redirect to a less safe scheme: what the server
    /// answers, not a passing failure, so never retried.
    RedirectError,
};
Q_ENUM_NS(Outcome)

/// The number of Outcome values, for tables indexed by the enum.
inline constexpr int outcomeCount = static_cast<int>(Outcome::RedirectError) + 1;

/// What the circuit breaker makes of an outcome. 429 and other 4xx are neutral: they say
/// nothing about the health of the server.
enum class CallVerdict { Success, Failure, Neutral };
Q_ENUM_NS(CallVerdict)

/// A circuit breaker's state (see circuitbreaker.h). It lives here because moc allows one
/// Q_NAMESPACE per namespace in the library, and every enum it reflects must sit beside it.
enum class BreakerState { Closed, Open, HalfOpen };
Q_ENUM_NS(BreakerState)

/// Who drives a circuit breaker (see CircuitBreaker::setMode); here for the same reason.
enum class BreakerMode { Automatic, ForcedOpen, ForcedClosed, Disabled, MetricsOnly };
Q_ENUM_NS(BreakerMode)

QString outcomeName(Outcome outcome);
/// The Outcome whose outcomeName() is `name`, or nullopt for an unknown name.
std::optional<Outcome> outcomeFromName(QStringView name);

/// Classifies a finished reply. `httpStatus` is 0 when no status line was received;
/// `timedOut` is true when our own deadline aborted the attempt.
Outcome classifyReply(int httpStatus, QNetworkReply::NetworkError error, bool timedOut);

/// Success and Failure for the breaker; `slow` marks a call over the slow-call threshold.
/// TLS and redirect errors are failures: the endpoint answers nothing usable, and an open
/// breaker stops a misconfigured peer from being asked again at full rate, while its
/// half-open probes notice when the certificate or the redirect is fixed.
CallVerdict breakerVerdict(Outcome outcome);

/// True for the outcomes that the default retry policy retries: network errors, timeouts,
/// 408, 429, 500, 502, 503 and 504. TLS and redirect errors are not transient and never are.
bool isRetryableByDefault(Outcome outcome, int httpStatus);

} // namespace bw
