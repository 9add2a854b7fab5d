// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clock.h"

#include <QElapsedTimer>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QSslError>
#include <QTimer>

class QNetworkAccessManager;

namespace bw {

/// What came back from one request, before any policy looked at it.
struct AttemptResult
{
    int httpStatus = 0; ///< 0 when no status line was received
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    /// Our own English description when the attempt was ended by us or found cut short
    /// (timeout, too large, cancelled, body shorter than announced); empty otherwise.
    QString errorText;
    bool timedOut = false;
    bool tooLarge = false;
    bool cancelled = false; ///< ended by cancel(), e.g. at shutdown: says nothing of the server
    bool cutShort = false;  ///< the body ended before the announced Content-Length
    bool tlsUntrusted = false;   ///< the server's certificate was refused; see errorText
    bool tlsPinMismatch = false; ///< the certificate matched none of the configured pins
    std::chrono::microseconds latency{0}; ///< from the request leaving our hands to the end
    QByteArray retryAfter;  ///< raw Retry-After header value, empty if absent
    QByteArray dateHeader;  ///< raw Date header value, empty if absent
    QList<QNetworkReply::RawHeaderPair> headers;
    QByteArray bodyPrefix;  ///< the first bodyPrefixLimit bytes of the body
    qint64 bodyBytes = 0;
};

/// One HTTP request on a shared QNetworkAccessManager, with a deadline of its own.
///
/// Qt's transfer timeout only fires on a stalled transfer: a server that trickles a byte a
/// second never trips it. So the whole attempt runs against a QTimer armed at `timeout`;
/// when it fires the reply is aborted and the result says timedOut. The body is read as it
/// arrives and dropped beyond a short prefix, and an attempt whose body passes
/// `maxResponseBytes` is aborted, so a hostile server cannot grow memory. A certificate the
/// request's TLS configuration does not trust ends the attempt with tlsUntrusted, unless a
/// pin set with setPins() vouches for it.
///
/// finished() is emitted exactly once, after start(). The Attempt does not own the manager.
/// Destroying an Attempt that is still running aborts it without emitting finished().
class Attempt final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Attempt)

public:
    static constexpr qint64 bodyPrefixLimit = 64 * 1024;

    Attempt(QNetworkAccessManager &network, QNetworkRequest request, QByteArray method,
            QByteArray body, Millis timeout, qint64 maxResponseBytes, QObject *parent = nullptr);
    ~Attempt() override;

    /// SHA-256 digests the server's certificate must match, by its public key or as a whole
    /// (see TlsSettings). A match also forgives an unknown or self-signed issuer, nothing
    /// else: a wrong host name or an expired certificate is still refused. Call before start().
    void setPins(QList<QByteArray> pinsSha256) { m_pins = std::move(pinsSha256); }

    void start();
    /// Ends the attempt now, reported as a network error with `reason`.
    void cancel(const QString &reason);

signals:
    void finished(const bw::AttemptResult &result);

private:
    void onReadyRead();
    void onFinished();
    void onDeadline();
    void onSslErrors(const QList<QSslError> &errors);
    void onEncrypted();

    QNetworkAccessManager &m_network;
    QNetworkRequest m_request;
    QByteArray m_method;
    QByteArray m_body;
    Millis m_timeout;
    qint64 m_maxResponseBytes;
    QPointer<QNetworkReply> m_reply;
    QTimer m_deadline;
    QElapsedTimer m_elapsed;
    AttemptResult m_result;
    QString m_cancelReason;
    QList<QByteArray> m_pins;
    bool m_done = false;
};

} // namespace bw

Q_DECLARE_METATYPE(bw::AttemptResult)
