// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "retrypolicy.h"

namespace bw {

std::optional<RetryOn> RetryOn::fromNames(const QStringList &names, QString *error)
{
    RetryOn on;
    on.networkError = false;
    on.timeout = false;
    on.rateLimited = false;
    on.statuses.clear();
    for (const QString &name : names) {
        bool isNumber = false;
        const int status = name.toInt(&isNumber);
        if (isNumber) {
            if (status < 100 || status > 599) {
                if (error)
                    *error = QStringLiteral("\"%1\" is not an HTTP status").arg(name);
                return std::nullopt;
            }
            if (!on.statuses.contains(status))
                on.statuses.append(status);
        } else if (name == QLatin1String("network_error")) {
            on.networkError = true;
        } else if (name == QLatin1String("timeout")) {
            on.timeout = true;
        } else if (name == QLatin1String("rate_limited")) {
            on.rateLimited = true;
        } else if (name == QLatin1String("server_error")) {
            for (int s : {500, 502, 503, 504}) {
                if (!on.statuses.contains(s))
                    on.statuses.append(s);
            }
        } else if (name == QLatin1String("5xx")) {
            on.anyServerError = true;
        } else {
            if (error)
                *error = QStringLiteral("\"%1\" is not one of network_error, timeout, "
                                        "rate_limited, server_error, 5xx or a status number")
                             .arg(name);
            return std::nullopt;
        }
    }
    return on;
}

QStringList RetryOn::toNames() const
{
    QStringList names;
    if (networkError)
        names.append(QStringLiteral("network_error"));
    if (timeout)
        names.append(QStringLiteral("timeout"));
    if (rateLimited)
        names.append(QStringLiteral("rate_limited"));
    if (anyServerError)
        names.append(QStringLiteral("5xx"));
    for (int status : statuses)
        names.append(QString::number(status));
    return names;
}

bool isIdempotentMethod(QByteArrayView method)
{
    return method == "GET" || method == "HEAD" || method == "PUT" || method == "DELETE"
           || method == "OPTIONS";
}

static bool listed(const RetryOn &on, Outcome outcome, int status)
{
    // Not transient, so never listable, not even through the last 3xx of a redirect loop.
    if (outcome == Outcome::TlsError || outcome == Outcome::RedirectError)
        return false;
    if (status > 0 && on.statuses.contains(status))
        return true;
    switch (outcome) {
    case Outcome::NetworkError: return on.networkError;
    case Outcome::Timeout: return on.timeout;
    case Outcome::RateLimited: return on.rateLimited;
    case Outcome::ServerError: return on.anyServerError;
    case Outcome::Ok:
    case Outcome::ClientError:
    case Outcome::ShortCircuited:
    case Outcome::TlsError:
    case Outcome::RedirectError: return false;
    }
    return false;
}

bool mayRetry(const RetryOn &retryOn, const RetryContext &c, QString *why)
{
    auto no = [why](const QString &reason) {
        if (why)
            *why = reason;
        return false;
    };
    if (c.outcome == Outcome::Ok || c.outcome == Outcome::ShortCircuited)
        return no(QString());
    if (!listed(retryOn, c.outcome, c.httpStatus))
        return no(QStringLiteral("not retryable"));
    if (c.attempt >= c.maxAttempts)
        return no(
            QStringLiteral("attempts exhausted (%1 of %2)").arg(c.attempt).arg(c.maxAttempts));
    if (!isIdempotentMethod(c.method) && !c.hasIdempotencyKey && !c.connectionRefused)
        return no(QStringLiteral("%1 without an idempotency key is not repeated")
                      .arg(QString::fromLatin1(c.method)));
    return true;
}

} // namespace bw
