// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "networkerrors.h"

#include <QMetaEnum>

namespace bw {

QString describeNetworkError(QNetworkReply::NetworkError error)
{
    using E = QNetworkReply::NetworkError;
    switch (error) {
    case E::NoError: return QString();
    case E::ConnectionRefusedError: return QStringLiteral("connection refused");
    case E::RemoteHostClosedError: return QStringLiteral("connection closed by the server");
    case E::HostNotFoundError: return QStringLiteral("host not found");
    case E::TimeoutError: return QStringLiteral("transfer stalled (no data within the timeout)");
    case E::OperationCanceledError: return QStringLiteral("cancelled");
    case E::SslHandshakeFailedError: return QStringLiteral("TLS handshake failed");
    case E::TemporaryNetworkFailureError: return QStringLiteral("temporary network failure");
    case E::NetworkSessionFailedError: return QStringLiteral("network session failed");
    case E::ProxyConnectionRefusedError: return QStringLiteral("proxy refused the connection");
    case E::ProxyTimeoutError: return QStringLiteral("proxy timed out");
    case E::TooManyRedirectsError: return QStringLiteral("too many redirects");
    case E::InsecureRedirectError: return QStringLiteral("redirect to a less safe scheme refused");
    case E::ProtocolFailure: return QStringLiteral("malformed HTTP response");
    case E::ProtocolUnknownError: return QStringLiteral("unsupported protocol");
    case E::UnknownNetworkError: return QStringLiteral("unknown network error");
    default: break;
    }
    const char *key = QMetaEnum::fromType<QNetworkReply::NetworkError>().valueToKey(error);
    return QStringLiteral("network error (%1)").arg(QLatin1String(key ? key : "unknown"));
}

QString describeTlsError(QSslError::SslError error)
{
    using E = QSslError::SslError;
    switch (error) {
    case E::SelfSignedCertificate:
    case E::SelfSignedCertificateInChain:
        return QStringLiteral("self-signed certificate, not trusted (configure tls.caFile or "
                              "tls.pinSha256 for this endpoint)");
    case E::UnableToGetIssuerCertificate:
    case E::UnableToGetLocalIssuerCertificate:
    case E::UnableToVerifyFirstCertificate:
    case E::CertificateUntrusted:
        return QStringLiteral("certificate issued by a CA this endpoint does not trust");
    case E::HostNameMismatch: return QStringLiteral("certificate is for another host name");
    case E::CertificateExpired: return QStringLiteral("certificate expired");
    case E::CertificateNotYetValid: return QStringLiteral("certificate not yet valid");
    case E::CertificateRevoked: return QStringLiteral("certificate revoked");
    case E::CertificateBlacklisted: return QStringLiteral("certificate blocked");
    default: break;
    }
    return QStringLiteral("certificate refused (QSslError %1)").arg(int(error));
}

} // namespace bw
