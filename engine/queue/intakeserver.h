// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/endpointconfig.h"
#include "metrics/metricsserver.h"
#include "queue/deliverystore.h"
#include "result.h"

#include <QHash>
#include <QObject>
#include <QTcpServer>

class QTcpSocket;

namespace bw {

/// The opt-in local intake: `POST /v1/endpoints/{id}/deliveries` with one delivery as its body
/// (a JSON body or an envelope, as one line of `breakwater enqueue`). Answers, always as a
/// small JSON object and always closing the connection:
///   202 {"id", "idempotencyKey"}  once the delivery is committed to the queue file
///   400 bad JSON or envelope, 404 unknown or non-deliver endpoint or path, 405 other method,
///   411 no Content-Length, 413 body over maxBodyBytes, 431 head over maxHeadBytes,
///   503 queue full (with Retry-After), 500 the queue file failed.
/// Bounded like MetricsServer: head and body sizes, connection count and lifetime.
///
/// Lives in the thread that created it and owns its own connection to the queue file, which
/// the engine thread sees through PRAGMA data_version.
class IntakeServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IntakeServer)

public:
    static constexpr qsizetype maxHeadBytes = 16 * 1024;
    static constexpr qsizetype maxBodyBytes = 1024 * 1024;
    /// A body over maxBodyBytes but under this is read and dropped after the 413, so that the
    /// client, still sending, receives the answer instead of a reset.
    static constexpr qint64 maxDiscardBytes = 64 * 1024 * 1024;
    static constexpr int maxConnections = 64;
    static constexpr Millis connectionTimeout{10000};

    explicit IntakeServer(QObject *parent = nullptr);
    ~IntakeServer() override;

    Result<void> openQueue(const QString &path);
    void setEndpoints(const QList<EndpointConfig> &endpoints);
    Result<void> listen(const ListenAddress &where);
    quint16 port() const;

private:
    struct Pending
    {
        QByteArray buffer;
        qsizetype headLength = -1;
        qsizetype bodyLength = -1;
        qint64 discard = 0; ///< body bytes still to read and drop after an early answer
    };

    void acceptConnections();
    void readRequest(QTcpSocket *socket);
    void handle(QTcpSocket *socket, const QByteArray &method, const QByteArray &target,
                const QByteArray &body);
    /// Writes one response; closes the connection once it is sent unless `keepReading`
    /// (then readRequest drops the rest of the body first, so the client sees the answer).
    void respond(QTcpSocket *socket, int status, const QByteArray &json,
                 const QByteArray &extraHeaders = {}, bool keepReading = false);

    QTcpServer m_server;
    DeliveryStore m_store;
    QHash<QString, EndpointConfig> m_endpoints;
    QHash<QTcpSocket *, Pending> m_pending;
};

} // namespace bw
