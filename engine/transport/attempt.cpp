// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "attempt.h"

#include "logging.h"
#include "networkerrors.h"

#include <QCryptographicHash>
#include <QNetworkAccessManager>
#include <QSslConfiguration>
#include <QSslKey>

#include <algorithm>

namespace bw {

/// True when the server announced a plain (not content-encoded) body length and fewer bytes
/// arrived. With Content-Encoding, Qt decodes the body and the counts are not comparable.
static bool endedEarly(const QNetworkReply &reply, QByteArrayView method, qint64 bodyBytes)
{
    const int status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (method == "HEAD" || status == 204 || status == 304 || (status >= 100 && status < 200)
        || !reply.rawHeader("Content-Encoding").isEmpty())
        return false;
    bool ok = false;
    const qint64 announced = reply.header(QNetworkRequest::ContentLengthHeader).toLongLong(&ok);
    return ok && bodyBytes < announced;
}

static bool matchesPin(const QSslCertificate &certificate, const QList<QByteArray> &pins)
{
    if (certificate.isNull())
        return false;
    const QByteArray spki = QCryptographicHash::hash(certificate.publicKey().toDer(),
                                                     QCryptographicHash::Sha256);
    return pins.contains(spki) || pins.contains(certificate.digest(QCryptographicHash::Sha256));
}

/// Errors that only say no trusted CA vouches for the certificate: a matching pin answers them.
static bool isTrustError(QSslError::SslError error)
{
    using E = QSslError::SslError;
    return error == E::SelfSignedCertificate || error == E::SelfSignedCertificateInChain
           || error == E::UnableToGetIssuerCertificate
           || error == E::UnableToGetLocalIssuerCertificate
           || error == E::UnableToVerifyFirstCertificate || error == E::CertificateUntrusted;
}

Attempt::Attempt(QNetworkAccessManager &network, QNetworkRequest request, QByteArray method,
                 QByteArray body, Millis timeout, qint64 maxResponseBytes, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_request(std::move(request))
    , m_method(std::move(method))
    , m_body(std::move(body))
    , m_timeout(timeout)
    , m_maxResponseBytes(maxResponseBytes)
{
    m_deadline.setSingleShot(true);
    m_deadline.setTimerType(Qt::PreciseTimer);
    connect(&m_deadline, &QTimer::timeout, this, &Attempt::onDeadline);
}

Attempt::~Attempt()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void Attempt::start()
{
    m_elapsed.start();
    if (m_body.isEmpty() && (m_method == "GET" || m_method == "HEAD"))
        m_reply = m_network.sendCustomRequest(m_request, m_method);
    else
        m_reply = m_network.sendCustomRequest(m_request, m_method, m_body);
    connect(m_reply, &QNetworkReply::readyRead, this, &Attempt::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &Attempt::onFinished);
    // Direct: ignoreSslErrors() only counts when called from a slot of sslErrors itself.
    connect(m_reply, &QNetworkReply::sslErrors, this, &Attempt::onSslErrors,
            Qt::DirectConnection);
    connect(m_reply, &QNetworkReply::encrypted, this, &Attempt::onEncrypted,
            Qt::DirectConnection);
    m_deadline.start(m_timeout);
}

void Attempt::cancel(const QString &reason)
{
    if (m_done || !m_reply)
        return;
    m_cancelReason = reason;
    m_reply->abort();
}

void Attempt::onReadyRead()
{
    // Keep a short prefix for throttle recognition, drop the rest, and stop a body that grows
    // past the configured maximum. The prefix is read straight into place and the rest is
    // skipped: reading chunks with read(64 KiB) allocated 64 KiB per chunk, and a prefix cut
    // from such a chunk kept the whole 64 KiB alive with the result, even for a body of two
    // bytes. With a hundred attempts in flight that was megabytes of short-lived blocks in
    // the engine thread's heap, whose high-water mark rose in steps over a long run.
    while (m_reply && m_reply->bytesAvailable() > 0) {
        const qint64 available = m_reply->bytesAvailable();
        const qint64 room = bodyPrefixLimit - m_result.bodyPrefix.size();
        qint64 got = 0;
        if (room > 0) {
            const qint64 take = std::min(room, available);
            const qsizetype before = m_result.bodyPrefix.size();
            m_result.bodyPrefix.resize(before + take);
            got = m_reply->read(m_result.bodyPrefix.data() + before, take);
            m_result.bodyPrefix.resize(before + std::max<qint64>(got, 0));
        } else {
            got = m_reply->skip(available);
        }
        if (got <= 0)
            break;
        m_result.bodyBytes += got;
        if (m_maxResponseBytes > 0 && m_result.bodyBytes > m_maxResponseBytes) {
            m_result.tooLarge = true;
            m_reply->abort();
            return;
        }
    }
}

void Attempt::onSslErrors(const QList<QSslError> &errors)
{
    if (!m_reply || errors.isEmpty())
        return;
    QSslCertificate leaf = m_reply->sslConfiguration().peerCertificate();
    if (leaf.isNull())
        leaf = errors.first().certificate();
    if (!m_pins.isEmpty()) {
        if (!matchesPin(leaf, m_pins)) {
            m_result.tlsPinMismatch = true;
            return; // not ignored: the handshake fails
        }
        const bool onlyTrust = std::all_of(errors.begin(), errors.end(), [](const QSslError &e) {
            return isTrustError(e.error());
        });
        if (onlyTrust) {
            m_reply->ignoreSslErrors(errors);
            return;
        }
    }
    // Without a pin nothing is forgiven. Report the first error a pin could not answer.
    const auto serious = std::find_if(errors.begin(), errors.end(), [](const QSslError &e) {
        return !isTrustError(e.error());
    });
    m_result.tlsUntrusted = true;
    m_result.errorText = QStringLiteral("TLS: ")
                         + describeTlsError((serious != errors.end() ? *serious
                                                                     : errors.first())
                                                .error());
}

void Attempt::onEncrypted()
{
    // A CA-valid certificate raises no sslErrors, so the pin is checked here as well.
    if (!m_reply || m_pins.isEmpty())
        return;
    if (!matchesPin(m_reply->sslConfiguration().peerCertificate(), m_pins)) {
        m_result.tlsPinMismatch = true;
        m_reply->abort();
    }
}

void Attempt::onDeadline()
{
    if (m_done || !m_reply)
        return;
    m_result.timedOut = true;
    m_reply->abort();
}

void Attempt::onFinished()
{
    if (m_done)
        return;
    m_done = true;
    m_deadline.stop();
    m_result.latency = std::chrono::duration_cast<std::chrono::microseconds>(
        std::chrono::nanoseconds(m_elapsed.nsecsElapsed()));

    QNetworkReply *reply = m_reply;
    if (!m_result.timedOut && !m_result.tooLarge && m_cancelReason.isEmpty())
        onReadyRead();
    m_result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_result.networkError = reply->error();
    if (m_result.timedOut) {
        m_result.errorText = QStringLiteral("no complete answer within %1 ms")
                                 .arg(m_timeout.count());
    } else if (m_result.tooLarge) {
        m_result.errorText = QStringLiteral("response larger than %1 bytes, aborted")
                                 .arg(m_maxResponseBytes);
    } else if (!m_cancelReason.isEmpty()) {
        m_result.cancelled = true;
        m_result.errorText = m_cancelReason;
    } else if (m_result.tlsPinMismatch) {
        m_result.networkError = QNetworkReply::SslHandshakeFailedError;
        m_result.tlsUntrusted = false;
        m_result.errorText =
            QStringLiteral("TLS: the server's certificate matches none of the endpoint's pins");
    } else if (m_result.tlsUntrusted) {
        m_result.networkError = QNetworkReply::SslHandshakeFailedError;
    } else if (reply->error() != QNetworkReply::NoError) {
        // Qt's errorString() can quote the URL, which may carry credentials: the caller
        // describes the error from its code instead.
    } else if (endedEarly(*reply, m_method, m_result.bodyBytes)) {
        // Qt 6.4 can finish a reply whose connection was reset mid-body with NoError and a
        // short body; a cut response must not count as a success.
        m_result.networkError = QNetworkReply::RemoteHostClosedError;
        m_result.cutShort = true;
        m_result.errorText = QStringLiteral("response ended after %1 of %2 body bytes")
                                 .arg(m_result.bodyBytes)
                                 .arg(reply->header(QNetworkRequest::ContentLengthHeader)
                                          .toLongLong());
    }
    m_result.retryAfter = reply->rawHeader("Retry-After");
    m_result.dateHeader = reply->rawHeader("Date");
    m_result.headers = reply->rawHeaderPairs();
    reply->disconnect(this);
    reply->deleteLater();
    m_reply = nullptr;
    emit finished(m_result);
}

} // namespace bw
