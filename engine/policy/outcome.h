// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QNetworkReply>
#include <QString>

namespace bw {
Q_NAMESPACE

/// How one attempt ended. The names are the stable strings used in CSV and logs.
enum class Outcome {
    Ok,             ///< 1xx/2xx/3xx
    RateLimited,    ///< 429, or a throttle recognised from the response
    ServerError,    ///< 5xx
    ClientError,    ///< 4xx other than 408 and 429
    NetworkError,   ///< refused, reset, DNS, TLS, malformed reply
    Timeout,        ///< our per-attempt deadline, or 408
    ShortCircuited, ///< the breaker was open: no request was sent
};
Q_ENUM_NS(Outcome)

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

/// Classifies a finished reply. `httpStatus` is 0 when no status line was received;
/// `timedOut` is true when our own deadline aborted the attempt.
Outcome classifyReply(int httpStatus, QNetworkReply::NetworkError error, bool timedOut);

/// Success and Failure for the breaker; `slow` marks a call over the slow-call threshold.
CallVerdict breakerVerdict(Outcome outcome);

/// True for the outcomes that the default retry policy retries: network errors, timeouts,
/// 408, 429, 500, 502, 503 and 504.
bool isRetryableByDefault(Outcome outcome, int httpStatus);

} // namespace bw
