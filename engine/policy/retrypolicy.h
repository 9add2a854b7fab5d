// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "outcome.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace bw {

/// Which outcomes earn another attempt. The default retries network errors, timeouts
/// (including 408), 429, and 500, 502, 503 and 504.
struct RetryOn
{
    bool networkError = true;
    bool timeout = true;
    bool rateLimited = true;
    bool anyServerError = false;            ///< every 5xx, not just the listed statuses
    QList<int> statuses{500, 502, 503, 504}; ///< further statuses, whatever their class

    friend bool operator==(const RetryOn &, const RetryOn &) = default;

    /// Parses the configuration's list form: "network_error", "timeout", "rate_limited",
    /// "server_error" (500, 502, 503, 504), "5xx", or HTTP status numbers. An empty list
    /// means "never retry". Returns an error naming the offending entry.
    static std::optional<RetryOn> fromNames(const QStringList &names, QString *error);
    QStringList toNames() const;
};

/// What the retry decision needs to know about the request and the attempt that just ended.
struct RetryContext
{
    Outcome outcome = Outcome::Ok;
    int httpStatus = 0;
    bool connectionRefused = false; ///< the request provably never left
    int attempt = 1;                ///< the attempt that just ended, 1 = first try
    int maxAttempts = 1;
    QByteArray method = "GET";
    bool hasIdempotencyKey = false;
};

/// Whether the outcome may be retried at all: attempts left, the outcome is listed in
/// `retryOn`, and the request is safe to repeat. POST and PATCH are repeated only with an
/// idempotency key, or when the connection was refused (nothing reached the server).
/// `why` receives a short English reason when the answer is no.
bool mayRetry(const RetryOn &retryOn, const RetryContext &context, QString *why = nullptr);

bool isIdempotentMethod(QByteArrayView method);

} // namespace bw
