// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "outcome.h"

namespace bw {

namespace {

// Qt reports an HTTP error status twice: as the status attribute and as a NetworkError chosen
// from the status (404 -> ContentNotFoundError, 503 -> ServiceUnavailableError, 400 ->
// ProtocolInvalidOperationError, 407 -> ProxyAuthenticationRequiredError, ...). Such an error
// says nothing beyond the status, so the status decides. Every other error means the exchange
// itself broke.
bool merelyEchoesHttpStatus(QNetworkReply::NetworkError error)
{
    const int code = error;
    return (code >= QNetworkReply::ContentAccessDenied
            && code <= QNetworkReply::UnknownContentError)
           || (code >= QNetworkReply::InternalServerError
               && code <= QNetworkReply::UnknownServerError)
           || error == QNetworkReply::ProtocolInvalidOperationError
           || error == QNetworkReply::ProxyAuthenticationRequiredError;
}

} // namespace

QString outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Ok:
        return QStringLiteral("ok");
    case Outcome::RateLimited:
        return QStringLiteral("rate_limited");
    case Outcome::ServerError:
        return QStringLiteral("server_error");
    case Outcome::ClientError:
        return QStringLiteral("client_error");
    case Outcome::NetworkError:
        return QStringLiteral("network_error");
    case Outcome::Timeout:
        return QStringLiteral("timeout");
    case Outcome::ShortCircuited:
        return QStringLiteral("short_circuited");
    case Outcome::TlsError:
        return QStringLiteral("tls_error");
    case Outcome::RedirectError:
        return QStringLiteral("redirect_error");
    }
    Q_UNREACHABLE();
    return QString();
}

std::optional<Outcome> outcomeFromName(QStringView name)
{
    for (int i = 0; i < outcomeCount; ++i) {
        if (outcomeName(static_cast<Outcome>(i)) == name)
            return static_cast<Outcome>(i);
    }
    return std::nullopt;
}

Outcome classifyReply(int httpStatus, QNetworkReply::NetworkError error, bool timedOut)
{
    // Our own deadline aborts the reply, which Qt then reports as OperationCanceledError with
    // whatever status had already arrived; the deadline is the real cause.
    if (timedOut) {
        return Outcome::Timeout;
    }

    // Checked before the status: a redirect loop ends with the last 3xx as the status.
    switch (error) {
    case QNetworkReply::SslHandshakeFailedError:
        return Outcome::TlsError;
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::InsecureRedirectError:
        return Outcome::RedirectError;
    default:
        break;
    }

    if (httpStatus == 429) {
        return Outcome::RateLimited;
    }
    if (httpStatus == 408) {
        return Outcome::Timeout;
    }
    // A 4xx or 5xx status is the server's verdict even when the body was then cut off.
    if (httpStatus >= 500 && httpStatus <= 599) {
        return Outcome::ServerError;
    }
    if (httpStatus >= 400 && httpStatus <= 499) {
        return Outcome::ClientError;
    }
    if (httpStatus >= 100 && httpStatus <= 399) {
        // A success status followed by a reset or a malformed body did not deliver.
        return error == QNetworkReply::NoError || merelyEchoesHttpStatus(error)
                   ? Outcome::Ok
                   : Outcome::NetworkError;
    }

    // No status line, or one outside the range HTTP defines (a malformed reply). Qt's own
    // TimeoutError is a connect or transfer timeout: a timeout, not a broken exchange.
    if (error == QNetworkReply::TimeoutError) {
        return Outcome::Timeout;
    }
    return Outcome::NetworkError;
}

CallVerdict breakerVerdict(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Ok:
        return CallVerdict::Success;
    case Outcome::ServerError:
    case Outcome::NetworkError:
    case Outcome::Timeout:
    case Outcome::TlsError:
    case Outcome::RedirectError:
        return CallVerdict::Failure;
    case Outcome::RateLimited:
    case Outcome::ClientError:
    case Outcome::ShortCircuited:
        return CallVerdict::Neutral;
    }
    Q_UNREACHABLE();
    return CallVerdict::Neutral;
}

bool isRetryableByDefault(Outcome outcome, int httpStatus)
{
    switch (outcome) {
    case Outcome::NetworkError:
    case Outcome::Timeout:
    case Outcome::RateLimited:
        return true;
    case Outcome::ServerError:
        // 501 and 505 say the server cannot do this at all; retrying will not change that.
        return httpStatus == 500 || httpStatus == 502 || httpStatus == 503 || httpStatus == 504;
    case Outcome::Ok:
    case Outcome::ClientError:
    case Outcome::ShortCircuited:
    case Outcome::TlsError:
    case Outcome::RedirectError:
        return false;
    }
    Q_UNREACHABLE();
    return false;
}

} // namespace bw
